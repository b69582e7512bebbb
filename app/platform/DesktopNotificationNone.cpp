#include "platform/DesktopNotification.h"

// Windows and macOS: no notification service Keydeck talks to directly; the caller uses the tray.
bool DesktopNotification::supported()
{
    return false;
}

void DesktopNotification::send(const QString&, const QString&, QObject* context, std::function<void(bool sent)> done)
{
    QMetaObject::invokeMethod(
        context, [done] { done(false); }, Qt::QueuedConnection);
}
