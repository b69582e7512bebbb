#pragma once

#include <QObject>
#include <QString>

#include <functional>

/**
 * The desktop's own notification service, where the platform has one: on Linux org.freedesktop.Notifications over
 * the session D-Bus (GNOME shows these without any tray); on Windows and macOS none here, and the caller uses the
 * tray (ui/pages/apikeys/ExpiryNotifier). docs/LIBRARIES.md §9.
 */
namespace DesktopNotification {

/** Whether this build talks to such a service at all (Linux); false where the tray is the only way. */
bool supported();

/**
 * Sends @p summary and @p body (plain text) as Keydeck's notification. Never blocks: @p done gets true once the
 * service took it (it answered with a notification id), false when there is no session bus, no such service, or it
 * refused or did not answer in time; it runs on @p context's thread, and not at all once @p context is gone.
 */
void send(const QString& summary, const QString& body, QObject* context, std::function<void(bool sent)> done);

} // namespace DesktopNotification
