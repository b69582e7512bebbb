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

QString plainBody(QString body)
{
    // Fullwidth forms: an escape ("&lt;") would show as it is where the server reads no markup.
    return body.replace(QLatin1Char('&'), QChar(0xFF06))
        .replace(QLatin1Char('<'), QChar(0xFF1C))
        .replace(QLatin1Char('>'), QChar(0xFF1E));
}

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
    // The summary is plain text by the specification; the body may be read as markup (servers with "body-markup"),
    // and it can name a key or a file: its "<", ">" and "&" become look-alikes that every server shows as they are.
    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), kDesktopEntry);
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(1))); // normal
    call << QStringLiteral("Keydeck") << uint(0) << kDesktopEntry << summary << plainBody(body) << QStringList()
         << hints << int(-1);
    auto* watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, kTimeoutMs), context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context, [watcher, done](QDBusPendingCallWatcher*) {
        watcher->deleteLater();
        const QDBusPendingReply<uint> reply = *watcher;
        done(!reply.isError());
    });
}
