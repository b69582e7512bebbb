#pragma once

#include <QDate>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

class QSettings;
class QSystemTrayIcon;

/**
 * Shows a desktop notification when the account's API key expires within 30 days, at most once a day while
 * Keydeck runs (KeyExpiry::shouldNotify). Remembers the day it last notified in QSettings (a date, never a
 * secret) under "apiKeys/<accountId>/lastExpiryNotification".
 */
class ExpiryNotifier : public QObject
{
    Q_OBJECT

public:
    /** Shows one notification; returns false when the platform cannot show it (then nothing is remembered). */
    using Notify = std::function<bool(const QString& title, const QString& message)>;

    /** @p settings null means the application's QSettings. */
    explicit ExpiryNotifier(const QString& accountId, QSettings* settings = nullptr, QObject* parent = nullptr);
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
    QString settingsKey() const;

    QString m_accountId;
    QString m_accountLabel;
    QSettings* m_settings;
    bool m_ownsSettings = false;
    QDate m_expiry;
    Notify m_notify;
    std::function<QDate()> m_today;
    QTimer m_timer;
    QSystemTrayIcon* m_tray = nullptr;
};
