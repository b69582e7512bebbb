#include "ProviderTestHelpers.h"

#include "net/ApiTransport.h"
#include "providers/SpheronProvider.h"
#include "providers/VastProvider.h"
#include "sandbox/SandboxServer.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMutex>
#include <QTest>

#include <memory>

using Kind = ApiError::Kind;
using ProviderTest::call;
using namespace std::chrono_literals;

namespace {

QMutex logMutex;
QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;

/** Keeps every message of the run, whatever its category or level, and still prints it. */
void capture(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        const QMutexLocker lock(&logMutex);
        capturedLog << QStringLiteral("%1: %2").arg(QString::fromLatin1(context.category ? context.category : ""),
                                                    message);
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

/** A full session of provider operations with keydeck.* debug logging on: no secret may reach a log line. */
class tst_ProviderLogging : public QObject
{
    Q_OBJECT

private:
    SandboxServer m_sandbox;
    QStringList m_secrets;

    void remember(const QString& secret)
    {
        if (!secret.isEmpty())
            m_secrets << secret;
    }

private slots:
    void initTestCase()
    {
        previousHandler = qInstallMessageHandler(capture);
        QString error;
        QVERIFY2(m_sandbox.start({}, &error), qPrintable(error));
    }

    void fullSessionLogsNoSecret()
    {
        const SandboxDemo demo = m_sandbox.seedDemo();
        for (const QString& s : {demo.vastApiKey, demo.vastReadOnlyKey, demo.vastSessionKey, demo.vastExpiredSessionKey,
                                 demo.vastTfaExpiredSessionKey, demo.vastTfaApiKey, demo.spheronApiKey,
                                 demo.spheronExpiredKey, demo.spheronRevokedKey})
            remember(s);
        QCOMPARE(m_secrets.size(), 9);

        ApiTransport transport;
        ApiTransport::Limits limits;
        limits.inactivityTimeout = 500ms;
        limits.retry.baseDelay = 10ms;
        limits.retry.maxDelay = 50ms;
        transport.setLimits(limits);

        VastProvider vast(&transport);
        vast.setBaseUrl(m_sandbox.baseUrl());
        vast.setCredentials({demo.vastApiKey, {}});

        KD_VERIFY_OK(call<void>([&](QObject* c, auto done) { vast.verifyKey(c, done); }));
        KD_VERIFY_OK(call<UserProfile>([&](QObject* c, auto done) { vast.fetchProfile(c, done); }));
        ProfileUpdate update;
        update.fullname = QStringLiteral("Ada L.");
        KD_VERIFY_OK(call<void>([&](QObject* c, auto done) { vast.updateProfile(update, c, done); }));
        KD_VERIFY_OK(call<AccountBalance>([&](QObject* c, auto done) { vast.fetchBalance(c, done); }));

        const QString line = ProviderTest::randomEd25519Line(QStringLiteral("log@test"));
        auto key = call<SshKey>([&](QObject* c, auto done) { vast.addSshKey({}, line, {}, c, done); });
        KD_VERIFY_OK(key);
        KD_VERIFY_OK(call<SshKey>([&](QObject* c, auto done) {
            vast.updateSshKey(key->value->id, ProviderTest::randomEd25519Line(QStringLiteral("x")), c, done);
        }));
        KD_VERIFY_OK(call<QList<SshKey>>([&](QObject* c, auto done) { vast.listSshKeys({}, c, done); }));
        KD_VERIFY_OK(call<void>([&](QObject* c, auto done) { vast.deleteSshKey(key->value->id, c, done); }));

        auto created = call<CreatedApiKey>([&](QObject* c, auto done) {
            const QJsonObject readOnly {{QStringLiteral("user_read"), QJsonObject()}};
            vast.createApiKey(QStringLiteral("logging"), QJsonObject {{QStringLiteral("api"), readOnly}}, c, done);
        });
        KD_VERIFY_OK(created);
        remember(created->value->key);
        KD_VERIFY_OK(call<QList<ApiKeyInfo>>([&](QObject* c, auto done) { vast.listApiKeys(c, done); }));
        KD_VERIFY_OK(call<void>([&](QObject* c, auto done) { vast.deleteApiKey(created->value->id, c, done); }));

        const QString envValue = QStringLiteral("env-secret-value-8c1f");
        remember(envValue);
        KD_VERIFY_OK(call<void>(
            [&](QObject* c, auto done) { vast.createEnvVar(QStringLiteral("LOG_TEST"), envValue, c, done); }));
        KD_VERIFY_OK(call<void>(
            [&](QObject* c, auto done) { vast.updateEnvVar(QStringLiteral("LOG_TEST"), envValue + u'2', c, done); }));
        KD_VERIFY_OK(call<QList<EnvVar>>([&](QObject* c, auto done) { vast.listEnvVars(c, done); }));
        KD_VERIFY_OK(
            call<void>([&](QObject* c, auto done) { vast.deleteEnvVar(QStringLiteral("LOG_TEST"), c, done); }));

        auto reset = call<CreatedApiKey>([&](QObject* c, auto done) { vast.resetApiKey(c, done); });
        KD_VERIFY_OK(reset);
        remember(reset->value->key);

        VastProvider tfa(&transport);
        tfa.setBaseUrl(m_sandbox.baseUrl());
        tfa.setCredentials({demo.vastTfaApiKey, {}});
        KD_VERIFY_KIND(call<void>([&](QObject* c, auto done) { tfa.verifyKey(c, done); }), Kind::TwoFactorRequired);
        auto login
            = call<TwoFactorSession>([&](QObject* c, auto done) { tfa.twoFactorLogin(demo.vastTfaCode, c, done); });
        KD_VERIFY_OK(login);
        remember(login->value->sessionKey);
        KD_VERIFY_OK(call<QList<LoginSession>>([&](QObject* c, auto done) { tfa.listSessions(c, done); }));
        KD_VERIFY_OK(call<void>([&](QObject* c, auto done) { tfa.deleteOtherSessions(c, done); }));

        VastProvider expired(&transport);
        expired.setBaseUrl(m_sandbox.baseUrl());
        expired.setCredentials({demo.vastTfaApiKey, demo.vastTfaExpiredSessionKey});
        KD_VERIFY_KIND(call<void>([&](QObject* c, auto done) { expired.verifyKey(c, done); }), Kind::SessionExpired);

        SpheronProvider spheron(&transport);
        spheron.setBaseUrl(m_sandbox.baseUrl());
        spheron.setCredentials({demo.spheronApiKey, {}});
        KD_VERIFY_OK(call<AccountBalance>([&](QObject* c, auto done) { spheron.fetchBalance(c, done); }));
        auto sk = call<SshKey>([&](QObject* c, auto done) {
            spheron.addSshKey(QStringLiteral("log"), ProviderTest::randomEd25519Line(QStringLiteral("s")), {}, c, done);
        });
        KD_VERIFY_OK(sk);
        KD_VERIFY_OK(call<void>([&](QObject* c, auto done) { spheron.deleteSshKey(sk->value->id, c, done); }));
        SpheronProvider revoked(&transport);
        revoked.setBaseUrl(m_sandbox.baseUrl());
        revoked.setCredentials({demo.spheronRevokedKey, {}});
        KD_VERIFY_KIND(call<void>([&](QObject* c, auto done) { revoked.verifyKey(c, done); }), Kind::Auth);

        // Failure paths log too: a retried 503, a stall, a refused redirect-free http:// host.
        SandboxFault flaky;
        flaky.kind = SandboxFault::Kind::Status;
        flaky.method = "GET";
        flaky.pattern = QStringLiteral("/api/ssh-keys");
        flaky.status = 503;
        flaky.times = 1;
        m_sandbox.setFault(flaky);
        KD_VERIFY_OK(call<QList<SshKey>>([&](QObject* c, auto done) { spheron.listSshKeys({}, c, done); }));
        SandboxFault stall;
        stall.kind = SandboxFault::Kind::Stall;
        stall.method = "GET";
        stall.pattern = QStringLiteral("/api/balance");
        m_sandbox.setFault(stall);
        KD_VERIFY_KIND(call<AccountBalance>([&](QObject* c, auto done) { spheron.fetchBalance(c, done); }),
                       Kind::Timeout);
        m_sandbox.clearFaults();
        spheron.setBaseUrl(QUrl(QStringLiteral("http://app.spheron.ai")));
        KD_VERIFY_KIND(call<void>([&](QObject* c, auto done) { spheron.verifyKey(c, done); }), Kind::Tls);

        qInstallMessageHandler(previousHandler);
        const QMutexLocker lock(&logMutex);
        // The run did log (so this test can fail): requests, retries and failures of keydeck.api.
        QVERIFY(capturedLog.filter(QStringLiteral("keydeck.api: Sending")).size() >= 20);
        QVERIFY(!capturedLog.filter(QStringLiteral("Retrying")).isEmpty());
        QCOMPARE(m_secrets.size(), 13);
        int leaks = 0;
        for (const QString& logLine : std::as_const(capturedLog)) {
            for (const QString& secret : std::as_const(m_secrets))
                leaks += logLine.contains(secret) ? 1 : 0;
        }
        QCOMPARE(leaks, 0); // a count, never the secret itself
    }
};

int main(int argc, char** argv)
{
    // As a user would turn it on: every keydeck category down to debug.
    qputenv("QT_LOGGING_RULES", "keydeck.*.debug=true");
    QCoreApplication app(argc, argv);
    tst_ProviderLogging test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_providerlogging.moc"
