// keydeck-portal-stub: a stand-in for the desktop's settings portal (org.freedesktop.portal.Desktop,
// org.freedesktop.portal.Settings) on the session bus, in a process of its own, as the real portal is. Answers
// Read("org.freedesktop.appearance", "color-scheme") with a variant inside a variant, as xdg-desktop-portal does.
// Prints "ready" once the name is owned; each line "N" on standard input sets the value and sends SettingChanged,
// then prints "sent N"; "reads" prints how many Read calls came. Used by tst_appearance (issue 22 item 5).
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QSocketNotifier>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

class Portal : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Settings")

public:
    uint colorScheme = 0;
    int reads = 0;

public slots:
    QDBusVariant Read(const QString& nameSpace, const QString& key)
    {
        ++reads;
        if (nameSpace != QLatin1String("org.freedesktop.appearance") || key != QLatin1String("color-scheme"))
            return QDBusVariant(QVariant::fromValue(QDBusVariant(QString())));
        return QDBusVariant(QVariant::fromValue(QDBusVariant(colorScheme)));
    }
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    Portal portal;
    portal.colorScheme = argc > 1 ? QByteArray(argv[1]).toUInt() : 0;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.registerObject(QStringLiteral("/org/freedesktop/portal/desktop"), &portal, QDBusConnection::ExportAllSlots)
        || !bus.registerService(QStringLiteral("org.freedesktop.portal.Desktop"))) {
        std::fprintf(stderr, "keydeck-portal-stub: cannot register on the session bus\n");
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char line[64];
        if (!std::fgets(line, sizeof line, stdin)) {
            app.quit();
            return;
        }
        const QByteArray command = QByteArray(line).trimmed();
        if (command == "reads") {
            std::printf("reads %d\n", portal.reads);
        } else {
            portal.colorScheme = command.toUInt();
            QDBusMessage signal = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/portal/desktop"),
                                                             QStringLiteral("org.freedesktop.portal.Settings"),
                                                             QStringLiteral("SettingChanged"));
            signal << QStringLiteral("org.freedesktop.appearance") << QStringLiteral("color-scheme")
                   << QVariant::fromValue(QDBusVariant(portal.colorScheme));
            bus.send(signal);
            std::printf("sent %u\n", portal.colorScheme);
        }
        std::fflush(stdout);
    });
    return app.exec();
}

#include "PortalStub.moc"
