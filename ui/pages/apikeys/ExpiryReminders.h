#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

class AccountsRegistry;
class ExpiryNotifier;

/**
 * The API key expiry reminders of every account, from start-up on: one ExpiryNotifier per account of the
 * registry, told the account's label and key expiry when it is added or changed, dropped when it is removed. So a
 * reminder comes whether or not the account's API Keys tab was ever opened this run; the tab shares the same
 * notifier (notifier()), so one day's notice is never shown twice. Built by AppServices.
 */
class ExpiryReminders : public QObject
{
    Q_OBJECT

public:
    explicit ExpiryReminders(AccountsRegistry* accounts, QObject* parent = nullptr);
    ~ExpiryReminders() override;

    /** Looks at every account now (the constructor leaves this to the event loop, after start-up). */
    void checkAll();
    /** The notifier of @p accountId (made on first use, also for an account the registry does not know). */
    ExpiryNotifier* notifier(const QString& accountId);

private:
    void update(const QString& accountId);

    QPointer<AccountsRegistry> m_accounts;
    QHash<QString, ExpiryNotifier*> m_notifiers;
};
