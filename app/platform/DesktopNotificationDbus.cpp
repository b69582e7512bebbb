#include "platform/DesktopNotification.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QPointer>
#include <QVariantMap>

namespace {

// The Desktop Notifications Specification's names and the desktop id the notification is attributed to.
const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kDesktopEntry = QStringLiteral("io.keydeck.Keydeck");
constexpr int kTimeoutMs = 10000;

} // namespace

bool DesktopNotification::supported()
{
    return true;
}

void DesktopNotification::send(const QString& summary, const QString& body, QObject* context,
                               std::function<void(bool sent)> done)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    QPointer<QObject> guard(context);
    if (!bus.isConnected()) {
        // Asynchronous like every other outcome, so the caller sees one path.
        QMetaObject::invokeMethod(
            context, [done] { done(false); }, Qt::QueuedConnection);
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kService, QStringLiteral("Notify"));
    // Notify(app_name s, replaces_id u, app_icon s, summary s, body s, actions as, hints a{sv}, expire_timeout i).
    // The summary is plain text by the specification; the body is one of Keydeck's own sentences (no "<" or "&"),
    // which servers with body markup show as it is too.
    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), kDesktopEntry);
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(1))); // normal
    call << QStringLiteral("Keydeck") << uint(0) << kDesktopEntry << summary << body << QStringList() << hints
         << int(-1);
    auto* watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, kTimeoutMs), context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context, [watcher, done](QDBusPendingCallWatcher*) {
        watcher->deleteLater();
        const QDBusPendingReply<uint> reply = *watcher;
        done(!reply.isError());
    });
}
