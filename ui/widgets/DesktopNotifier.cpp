#include "widgets/DesktopNotifier.h"

#include "platform/DesktopNotification.h"

#include <QApplication>
#include <QIcon>
#include <QSystemTrayIcon>

DesktopNotifier::DesktopNotifier(QObject* parent)
    : QObject(parent)
{ }

DesktopNotifier::~DesktopNotifier() = default;

DesktopNotifier::NotifyAsync DesktopNotifier::answeringAtOnce(Notify notify)
{
    return [notify = std::move(notify)](const QString& title, const QString& message, std::function<void(bool)> shown) {
        shown(notify && notify(title, message));
    };
}

void DesktopNotifier::notify(const QString& title, const QString& message, std::function<void(bool)> shown)
{
    if (!DesktopNotification::supported()) {
        shown(trayNotify(title, message));
        return;
    }
    DesktopNotification::send(title, message, this,
                              [this, title, message, shown](bool sent) { shown(sent || trayNotify(title, message)); });
}

bool DesktopNotifier::trayNotify(const QString& title, const QString& message)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable() || !QSystemTrayIcon::supportsMessages())
        return false;
    if (!m_tray) {
        // A tray icon without an icon is refused by Qt ("No Icon set"); fall back to the app's own SVG.
        const QIcon icon = QApplication::windowIcon().isNull() ? QIcon(QStringLiteral(":/icons/keydeck.svg"))
                                                               : QApplication::windowIcon();
        m_tray = new QSystemTrayIcon(icon, this);
        m_tray->setToolTip(QStringLiteral("Keydeck"));
    }
    m_tray->show();
    m_tray->showMessage(title, message, QSystemTrayIcon::Warning);
    return true;
}
