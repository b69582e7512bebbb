#include "pages/apikeys/ExpiryNotifier.h"

#include "pages/apikeys/KeyExpiry.h"
#include "secrets/AccountsRegistry.h"

#include <algorithm>
#include <chrono>
#include <memory>

ExpiryNotifier::ExpiryNotifier(AccountsRegistry* accounts, const QString& accountId, QObject* parent)
    : QObject(parent)
    , m_accountId(accountId)
    , m_accounts(accounts)
{
    m_today = [] { return QDate::currentDate(); };
    m_notify = [this](const QString& title, const QString& message, std::function<void(bool)> shown) {
        m_desktop.notify(title, message, std::move(shown));
    };
    // Keydeck may run for days: look again every hour so the next day's notice is not missed.
    m_timer.setInterval(std::chrono::hours(1));
    connect(&m_timer, &QTimer::timeout, this, &ExpiryNotifier::check);
    m_timer.start();
}

ExpiryNotifier::~ExpiryNotifier() = default;

QDate ExpiryNotifier::lastNotified() const
{
    const QDate stored = m_accounts ? m_accounts->lastExpiryNotification(m_accountId) : QDate();
    return std::max(stored, m_notifiedThisRun);
}

void ExpiryNotifier::remember(const QDate& day)
{
    m_notifiedThisRun = day;
    if (m_accounts)
        m_accounts->setLastExpiryNotification(m_accountId, day);
}

void ExpiryNotifier::setExpiry(const QDate& expiry)
{
    m_expiry = expiry;
    check();
}

void ExpiryNotifier::setNotify(Notify notify)
{
    m_notify = DesktopNotifier::answeringAtOnce(std::move(notify));
}

bool ExpiryNotifier::check()
{
    const QDate today = m_today();
    if (m_waiting || !KeyExpiry::shouldNotify(today, lastNotified(), m_expiry))
        return false;
    const QString title = m_accountLabel.isEmpty() ? tr("Keydeck: API key expiry")
                                                   : tr("Keydeck: the API key of %1 expires soon").arg(m_accountLabel);
    const QString message = KeyExpiry::bannerText(KeyExpiry::level(today, m_expiry), today, m_expiry);
    if (!m_notify)
        return false;
    // The answer may come at once (the tray, tests) or later (the desktop service).
    auto inCheck = std::make_shared<bool>(true);
    auto shownNow = std::make_shared<bool>(false);
    m_waiting = true;
    m_notify(title, message, [self = QPointer<ExpiryNotifier>(this), today, message, inCheck, shownNow](bool shown) {
        if (!self)
            return;
        self->m_waiting = false;
        if (!shown)
            return;
        self->remember(today);
        *shownNow = *inCheck;
        emit self->notified(message);
    });
    *inCheck = false;
    return *shownNow;
}
