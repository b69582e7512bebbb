#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QSystemTrayIcon;

/**
 * Keydeck's one way of showing a desktop notification: the desktop's notification service where there is one
 * (platform/DesktopNotification: org.freedesktop.Notifications on Linux, which needs no tray), else, or when it is
 * missing or refuses, the tray (QSystemTrayIcon::showMessage) when there is one. Used by the API key expiry reminders
 * (pages/apikeys/ExpiryNotifier) and the daily security check (security/SecurityReminders).
 */
class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    /** Shows one notification; returns false when the platform cannot show it. Tests replace notify() with one. */
    using Notify = std::function<bool(const QString& title, const QString& message)>;
    /** The same, answering later: @p shown gets whether it was shown. */
    using NotifyAsync
        = std::function<void(const QString& title, const QString& message, std::function<void(bool)> shown)>;

    explicit DesktopNotifier(QObject* parent = nullptr);
    ~DesktopNotifier() override;

    /**
     * Shows @p title and @p message (plain text). @p shown gets whether it was shown: at once (the tray) or later
     * (the desktop service answers over D-Bus); not at all once this notifier is gone.
     */
    void notify(const QString& title, const QString& message, std::function<void(bool)> shown);

    /** A NotifyAsync that answers at once with @p notify's result (tests' stand-ins). */
    static NotifyAsync answeringAtOnce(Notify notify);

private:
    bool trayNotify(const QString& title, const QString& message);

    QSystemTrayIcon* m_tray = nullptr;
};
