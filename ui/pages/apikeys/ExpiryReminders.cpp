#include "pages/apikeys/ExpiryReminders.h"

#include "pages/apikeys/ExpiryNotifier.h"
#include "secrets/AccountsRegistry.h"

#include <QTimer>

ExpiryReminders::ExpiryReminders(AccountsRegistry* accounts, QObject* parent)
    : QObject(parent)
    , m_accounts(accounts)
{
    if (!accounts)
        return;
    connect(accounts, &AccountsRegistry::accountAdded, this, &ExpiryReminders::update);
    connect(accounts, &AccountsRegistry::accountChanged, this, &ExpiryReminders::update);
    connect(accounts, &AccountsRegistry::accountRemoved, this, [this](const QString& id) {
        if (ExpiryNotifier* notifier = m_notifiers.take(id))
            notifier->deleteLater();
    });
    // Not during start-up: the window comes first, then the reminders.
    QTimer::singleShot(0, this, &ExpiryReminders::checkAll);
}

ExpiryReminders::~ExpiryReminders() = default;

void ExpiryReminders::checkAll()
{
    if (!m_accounts)
        return;
    for (const Account& account : m_accounts->accounts())
        update(account.id);
}

ExpiryNotifier* ExpiryReminders::notifier(const QString& accountId)
{
    ExpiryNotifier*& notifier = m_notifiers[accountId];
    if (!notifier)
        notifier = new ExpiryNotifier(m_accounts, accountId, this);
    return notifier;
}

void ExpiryReminders::update(const QString& accountId)
{
    const auto account = m_accounts ? m_accounts->find(accountId) : std::nullopt;
    if (!account)
        return;
    ExpiryNotifier* n = notifier(accountId);
    n->setAccountLabel(account->label);
    n->setExpiry(account->keyExpiry);
}
