#pragma once

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include "widgets/DesktopNotifier.h"

#include <functional>

class AccountsRegistry;

/**
 * Shows a desktop notification when the account's API key expires within 30 days, at most once a day while
 * Keydeck runs (KeyExpiry::shouldNotify). Remembers the day it last notified with the account
 * (AccountsRegistry::lastExpiryNotification, a date, never a secret), so the day survives a restart and goes
 * when the account is removed. The notification goes the one way Keydeck has (widgets/DesktopNotifier: the
 * desktop's service where there is one, else the tray).
 * ExpiryReminders keeps one per account from start-up on, so the API Keys tab need not be opened.
 */
class ExpiryNotifier : public QObject
{
    Q_OBJECT

public:
    /** Shows one notification; returns false when the platform cannot show it (then nothing is remembered). */
    using Notify = DesktopNotifier::Notify;
    using NotifyAsync = DesktopNotifier::NotifyAsync;

    /** Without @p accounts (or for an account it does not know) the day is remembered for this run only. */
    explicit ExpiryNotifier(AccountsRegistry* accounts, const QString& accountId, QObject* parent = nullptr);
    ~ExpiryNotifier() override;

    /** The key's expiry (null when unknown); checks at once. */
    void setExpiry(const QDate& expiry);
    void setAccountLabel(const QString& label) { m_accountLabel = label; }
    /**
     * Replaces the notification (tests). The default is DesktopNotifier::notify() (the desktop's notification
     * service, else the tray).
     */
    void setNotify(Notify notify);
    /** Replaces today's date (tests). */
    void setToday(std::function<QDate()> today) { m_today = std::move(today); }

    /**
     * Notifies now if KeyExpiry::shouldNotify() says so; returns whether a notification was shown at once. The
     * desktop service answers later: notified() says when it showed one.
     */
    bool check();
    QDate lastNotified() const;

signals:
    void notified(const QString& message);

private:
    void remember(const QDate& day);

    QString m_accountId;
    QString m_accountLabel;
    QPointer<AccountsRegistry> m_accounts;
    QDate m_notifiedThisRun; ///< when the registry cannot remember the day
    QDate m_expiry;
    NotifyAsync m_notify;
    bool m_waiting = false; ///< a notification was sent and its answer has not come yet
    std::function<QDate()> m_today;
    QTimer m_timer;
    DesktopNotifier m_desktop;
};
