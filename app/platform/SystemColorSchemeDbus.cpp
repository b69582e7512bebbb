#include "platform/SystemColorScheme.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>

namespace {

const QString kService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString kPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString kInterface = QStringLiteral("org.freedesktop.portal.Settings");
const QString kNamespace = QStringLiteral("org.freedesktop.appearance");
const QString kKey = QStringLiteral("color-scheme");
constexpr int kTimeoutMs = 5000;

// Read() answers a variant inside a variant (the portal's documented quirk; ReadOne, newer, answers one level);
// SettingChanged carries one level. Unwrap as many as there are.
SystemColorScheme::Scheme toScheme(QVariant value)
{
    while (value.canConvert<QDBusVariant>() && value.userType() == qMetaTypeId<QDBusVariant>())
        value = value.value<QDBusVariant>().variant();
    bool ok = false;
    const uint raw = value.toUInt(&ok);
    if (!ok || raw > 2)
        return SystemColorScheme::Scheme::NoPreference;
    return static_cast<SystemColorScheme::Scheme>(raw);
}

/** Receives the portal's SettingChanged signal: Qt 6.4's QDBusConnection::connect() takes only a SLOT() name. */
class PortalListener : public QObject
{
    Q_OBJECT

public:
    explicit PortalListener(SystemColorScheme* owner)
        : QObject(owner)
        , m_owner(owner)
    { }

public slots:
    void settingChanged(const QString& nameSpace, const QString& key, const QDBusVariant& value)
    {
        if (nameSpace == kNamespace && key == kKey)
            m_owner->setScheme(toScheme(QVariant::fromValue(value)));
    }

private:
    SystemColorScheme* m_owner;
};

} // namespace

bool SystemColorScheme::supported()
{
    return true;
}

SystemColorScheme::SystemColorScheme(QObject* parent)
    : QObject(parent)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        QMetaObject::invokeMethod(this, &SystemColorScheme::ready, Qt::QueuedConnection);
        return;
    }
    // Qt 6.4 finds the slot's parameter types by name: QDBusVariant must be registered first, or connect() fails
    // (until something else, such as QDBUS_DEBUG's message printing, happened to register it).
    qRegisterMetaType<QDBusVariant>();
    // Any sender: with a service name Qt asks the bus for its owner, a blocking call on the GUI thread; only the
    // portal sends this interface's signal on this path.
    bus.connect(QString(), kPath, kInterface, QStringLiteral("SettingChanged"), new PortalListener(this),
                SLOT(settingChanged(QString, QString, QDBusVariant)));
    QDBusMessage read = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Read"));
    read << kNamespace << kKey;
    auto* watcher = new QDBusPendingCallWatcher(bus.asyncCall(read, kTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher] {
        watcher->deleteLater();
        const QDBusPendingReply<QDBusVariant> reply = *watcher;
        // No portal, or one without the setting: no preference, as the specification says.
        if (!reply.isError())
            setScheme(toScheme(QVariant::fromValue(reply.value())));
        emit ready();
    });
}

SystemColorScheme::~SystemColorScheme() = default;

void SystemColorScheme::setScheme(Scheme scheme)
{
    if (scheme == m_scheme)
        return;
    m_scheme = scheme;
    emit schemeChanged(scheme);
}

#include "SystemColorSchemeDbus.moc"
