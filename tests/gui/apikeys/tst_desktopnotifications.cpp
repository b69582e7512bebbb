#include "AppServices.h"
#include "pages/apikeys/ExpiryNotifier.h"
#include "pages/apikeys/ExpiryReminders.h"
#include "pages/apikeys/KeyExpiry.h"
#include "platform/DesktopNotification.h"
#include "secrets/AccountsRegistry.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretsService.h"
#include "widgets/DesktopNotifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

/** A stand-in for the desktop's org.freedesktop.Notifications service: records every Notify call. */
class NotificationsStub : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Call
    {
        QString appName;
        QString summary;
        QString body;
        QVariantMap hints;
    };
    QList<Call> calls;

public slots:
    uint Notify(const QString& appName, uint, const QString&, const QString& summary, const QString& body,
                const QStringList&, const QVariantMap& hints, int)
    {
        calls.append({appName, summary, body, hints});
        return uint(calls.size());
    }
    QStringList GetCapabilities() { return {QStringLiteral("body")}; }
};

/**
 * Expiry reminders reach the desktop's notification service over D-Bus (issue 22 item 4), from start-up on, with no
 * window and no API Keys tab. Runs on a private session bus (tests/support/with-session-bus.sh) with the stub
 * service registered on a connection of its own.
 */
class tst_DesktopNotifications : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void remindsAtStartUpWithoutTheApiKeysTab();
    void remindsWhenAnExpiryIsSetWithoutTheApiKeysTab();
    void withoutAServiceNothingIsRemembered();
    void markupInTheBodyIsShownAsText();

private:
    void registerStub();
    QString addAccount(const QString& label, const QDate& expiry);
    std::unique_ptr<QSettings> settings() const
    {
        return std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("accounts.ini")), QSettings::IniFormat);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<NotificationsStub> m_stub;
    std::unique_ptr<QDBusConnection> m_stubBus;
};

void tst_DesktopNotifications::init()
{
    QVERIFY2(QDBusConnection::sessionBus().isConnected(), "no private session bus: run through ctest");
    m_dir = std::make_unique<QTemporaryDir>();
}

void tst_DesktopNotifications::cleanup()
{
    if (m_stubBus) {
        m_stubBus->unregisterService(QStringLiteral("org.freedesktop.Notifications"));
        m_stubBus->unregisterObject(QStringLiteral("/org/freedesktop/Notifications"));
        m_stubBus.reset();
        QDBusConnection::disconnectFromBus(QStringLiteral("notifications-stub"));
    }
    m_stub.reset();
    m_dir.reset();
}

void tst_DesktopNotifications::registerStub()
{
    m_stub = std::make_unique<NotificationsStub>();
    m_stubBus = std::make_unique<QDBusConnection>(
        QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("notifications-stub")));
    QVERIFY(m_stubBus->registerObject(QStringLiteral("/org/freedesktop/Notifications"), m_stub.get(),
                                      QDBusConnection::ExportAllSlots));
    QVERIFY(m_stubBus->registerService(QStringLiteral("org.freedesktop.Notifications")));
}

QString tst_DesktopNotifications::addAccount(const QString& label, const QDate& expiry)
{
    SecretsService secrets(std::make_unique<MemorySecretStore>());
    AccountsRegistry registry(&secrets, settings());
    Account account = Account::create(Provider::Spheron, label);
    account.keyExpiry = expiry;
    return registry.add(account) ? account.id : QString();
}

void tst_DesktopNotifications::remindsAtStartUpWithoutTheApiKeysTab()
{
    registerStub();
    const QDate today = QDate::currentDate();
    const QString id = addAccount(QStringLiteral("Lab"), today.addDays(5));
    addAccount(QStringLiteral("Far"), today.addDays(200));
    QVERIFY(!id.isEmpty());

    // The app's services only: no window, so no API Keys tab was ever made.
    AppServices services(std::make_unique<MemorySecretStore>(), settings());
    QTRY_COMPARE(m_stub->calls.size(), 1);
    const NotificationsStub::Call& call = m_stub->calls.first();
    QCOMPARE(call.appName, QStringLiteral("Keydeck"));
    QCOMPARE(call.summary, QStringLiteral("Keydeck: the API key of Lab expires soon"));
    QCOMPARE(call.body, KeyExpiry::bannerText(KeyExpiry::Level::Urgent, today, today.addDays(5)));
    QCOMPARE(call.hints.value(QStringLiteral("desktop-entry")).toString(), QStringLiteral("io.keydeck.Keydeck"));
    QTRY_COMPARE(services.accounts()->lastExpiryNotification(id), today);

    // Once a day: a second start the same day stays quiet.
    AppServices again(std::make_unique<MemorySecretStore>(), settings());
    QTest::qWait(300);
    QCOMPARE(m_stub->calls.size(), 1);
}

void tst_DesktopNotifications::remindsWhenAnExpiryIsSetWithoutTheApiKeysTab()
{
    registerStub();
    const QString id = addAccount(QStringLiteral("Work"), QDate());
    AppServices services(std::make_unique<MemorySecretStore>(), settings());
    QTest::qWait(200);
    QVERIFY(m_stub->calls.isEmpty());

    Account account = *services.accounts()->find(id);
    account.keyExpiry = QDate::currentDate().addDays(20);
    QVERIFY(services.accounts()->update(account));
    QTRY_COMPARE(m_stub->calls.size(), 1);
    QCOMPARE(m_stub->calls.first().summary, QStringLiteral("Keydeck: the API key of Work expires soon"));
    QVERIFY(m_stub->calls.first().body.contains(QLatin1String("20 day")));
    // The tab, opened later, shares the notifier and so stays quiet today.
    // The stub has the call; the notifier remembers the day once the service's answer is back.
    QTRY_COMPARE(services.reminders()->notifier(id)->lastNotified(), QDate::currentDate());
}

void tst_DesktopNotifications::withoutAServiceNothingIsRemembered()
{
    // No stub on the bus: the service is unknown, and the offscreen platform has no tray either.
    QVERIFY(DesktopNotification::supported());
    int answers = 0;
    bool sent = true;
    QObject context;
    DesktopNotification::send(QStringLiteral("s"), QStringLiteral("b"), &context, [&](bool ok) {
        ++answers;
        sent = ok;
    });
    QTRY_COMPARE(answers, 1);
    QVERIFY(!sent);

    const QString id = addAccount(QStringLiteral("Lab"), QDate::currentDate().addDays(3));
    AppServices services(std::make_unique<MemorySecretStore>(), settings());
    QSignalSpy notified(services.reminders()->notifier(id), &ExpiryNotifier::notified);
    QTest::qWait(500);
    QCOMPARE(notified.count(), 0);
    QVERIFY(!services.accounts()->lastExpiryNotification(id).isValid());
}

void tst_DesktopNotifications::markupInTheBodyIsShownAsText()
{
    // The security reminders' body names a key from the server (issue 23): a server that reads body markup must
    // show it as it is, not as bold text or a link.
    registerStub();
    DesktopNotifier notifier;
    bool shown = false;
    notifier.notify(QStringLiteral("Keydeck found 1 new security finding"),
                    QStringLiteral("Ada: the key “<b>ops</b> & <a href='x'>co</a>” is not on this computer."),
                    [&](bool ok) { shown = ok; });
    QTRY_VERIFY(shown);
    QCOMPARE(m_stub->calls.size(), 1);
    const QString body = m_stub->calls.first().body;
    QVERIFY2(!body.contains(u'<') && !body.contains(u'&') && !body.contains(u'>'), qPrintable(body));
    QCOMPARE(body, QStringLiteral("Ada: the key “＜b＞ops＜/b＞ ＆ ＜a href='x'＞co＜/a＞” is not on this computer."));
    QCOMPARE(m_stub->calls.first().summary, QStringLiteral("Keydeck found 1 new security finding"));
}

QTEST_MAIN(tst_DesktopNotifications)
#include "tst_desktopnotifications.moc"
