#pragma once

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <functional>

class AccountsRegistry;
class QSystemTrayIcon;

/**
 * Shows a desktop notification when the account's API key expires within 30 days, at most once a day while
 * Keydeck runs (KeyExpiry::shouldNotify). Remembers the day it last notified with the account
 * (AccountsRegistry::lastExpiryNotification, a date, never a secret), so the day survives a restart and goes
 * when the account is removed.
 */
class ExpiryNotifier : public QObject
{
    Q_OBJECT

public:
    /** Shows one notification; returns false when the platform cannot show it (then nothing is remembered). */
    using Notify = std::function<bool(const QString& title, const QString& message)>;

    /** Without @p accounts (or for an account it does not know) the day is remembered for this run only. */
    explicit ExpiryNotifier(AccountsRegistry* accounts, const QString& accountId, QObject* parent = nullptr);
    ~ExpiryNotifier() override;

    /** The key's expiry (null when unknown); checks at once. */
    void setExpiry(const QDate& expiry);
    void setAccountLabel(const QString& label) { m_accountLabel = label; }
    /** Replaces the tray notification (tests); the default uses QSystemTrayIcon::showMessage when available. */
    void setNotify(Notify notify) { m_notify = std::move(notify); }
    /** Replaces today's date (tests). */
    void setToday(std::function<QDate()> today) { m_today = std::move(today); }

    /** Notifies now if KeyExpiry::shouldNotify() says so; returns whether a notification was shown. */
    bool check();
    QDate lastNotified() const;

signals:
    void notified(const QString& message);

private:
    bool trayNotify(const QString& title, const QString& message);
    void remember(const QDate& day);

    QString m_accountId;
    QString m_accountLabel;
    QPointer<AccountsRegistry> m_accounts;
    QDate m_notifiedThisRun; ///< when the registry cannot remember the day
    QDate m_expiry;
    Notify m_notify;
    std::function<QDate()> m_today;
    QTimer m_timer;
    QSystemTrayIcon* m_tray = nullptr;
};
