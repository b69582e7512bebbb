#include "ProviderTestHelpers.h"

#include "net/ApiTransport.h"
#include "providers/SpheronProvider.h"
#include "providers/VastProvider.h"
#include "sandbox/SandboxServer.h"

#include "TestTls.h"

#include <QTest>

#include <memory>

using Kind = ApiError::Kind;
using ProviderTest::call;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(SandboxFault::Kind)

/** Every ApiError kind, produced by a sandbox fault or rule and seen through a provider. */
class tst_ProviderFaults : public QObject
{
    Q_OBJECT

private:
    SandboxServer m_sandbox;
    SandboxDemo m_demo;
    std::unique_ptr<ApiTransport> m_transport;

    static ApiTransport::Limits fastLimits()
    {
        ApiTransport::Limits limits;
        limits.inactivityTimeout = 1500ms;
        limits.deadline = 20000ms;
        limits.retry.baseDelay = 20ms;
        limits.retry.maxDelay = 200ms;
        return limits;
    }

    std::unique_ptr<VastProvider> vast(const QString& apiKey, const QString& sessionKey = {})
    {
        auto p = std::make_unique<VastProvider>(m_transport.get());
        p->setBaseUrl(m_sandbox.baseUrl());
        p->setCredentials({apiKey, sessionKey});
        return p;
    }

    std::unique_ptr<SpheronProvider> spheron(const QString& apiKey)
    {
        auto p = std::make_unique<SpheronProvider>(m_transport.get());
        p->setBaseUrl(m_sandbox.baseUrl());
        p->setCredentials({apiKey, {}});
        return p;
    }

    void fault(SandboxFault::Kind kind, const QByteArray& method, const QString& path, int status = 503, int times = 0,
               int retryAfter = -1, bool retryAfterInBody = false)
    {
        SandboxFault f;
        f.kind = kind;
        f.method = method;
        f.pattern = path;
        f.status = status;
        f.times = times;
        f.retryAfterSeconds = retryAfter;
        f.retryAfterInBody = retryAfterInBody;
        m_sandbox.setFault(f);
    }

    void noRetries()
    {
        auto limits = fastLimits();
        limits.retry.maxRetries = 0;
        m_transport->setLimits(limits);
    }

private slots:
    void initTestCase()
    {
        QString error;
        SandboxServer::Options options;
        options.tls = TestTls::sandboxTls(); // the *_https run (docs/SANDBOX.md, "HTTPS")
        QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
        QCOMPARE(m_sandbox.baseUrl().scheme(),
                 TestTls::httpsRequested() ? QStringLiteral("https") : QStringLiteral("http"));
        m_transport = std::make_unique<ApiTransport>();
        m_transport->setLimits(fastLimits());
    }

    void init()
    {
        m_demo = m_sandbox.seedDemo();
        m_sandbox.clearFaults();
        m_transport->setLimits(fastLimits());
    }

    void mapsInjectedStatuses_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<Kind>("kind");
        QTest::addRow("400") << 400 << Kind::Validation;
        QTest::addRow("401") << 401 << Kind::Auth;
        QTest::addRow("403") << 403 << Kind::Forbidden;
        QTest::addRow("404") << 404 << Kind::NotFound;
        QTest::addRow("409") << 409 << Kind::Conflict;
        QTest::addRow("429") << 429 << Kind::RateLimited;
        QTest::addRow("500") << 500 << Kind::Server;
        QTest::addRow("502") << 502 << Kind::Server;
        QTest::addRow("503") << 503 << Kind::Server;
        QTest::addRow("504") << 504 << Kind::Server;
    }
    void mapsInjectedStatuses()
    {
        QFETCH(int, status);
        QFETCH(Kind, kind);
        fault(SandboxFault::Kind::Status, "GET", QStringLiteral("/api/v0/ssh/"), status, 0, 0);
        auto p = vast(m_demo.vastApiKey);
        auto r = call<QList<SshKey>>([&](QObject* c, auto done) { p->listSshKeys({}, c, done); });
        KD_VERIFY_KIND(r, kind);
        QCOMPARE(r->error.httpStatus(), status);
        QVERIFY(!r->error.userMessage().isEmpty());

        m_sandbox.clearFaults();
        fault(SandboxFault::Kind::Status, "GET", QStringLiteral("/api/ssh-keys"), status, 0, 0, true);
        auto s = spheron(m_demo.spheronApiKey);
        KD_VERIFY_KIND(call<QList<SshKey>>([&](QObject* c, auto done) { s->listSshKeys({}, c, done); }), kind);
    }

    void producesAuthFromADeletedKey()
    {
        auto p = vast(QStringLiteral("0000000000000000000000000000000000000000000000000000000000000000"));
        auto r = call<void>([&](QObject* c, auto done) { p->verifyKey(c, done); });
        KD_VERIFY_KIND(r, Kind::Auth);
        QCOMPARE(r->error.serverMessage(), QStringLiteral("Invalid user key"));
    }

    void producesTwoFactorRequired()
    {
        auto p = vast(m_demo.vastTfaApiKey);
        KD_VERIFY_KIND(call<QList<SshKey>>([&](QObject* c, auto done) { p->listSshKeys({}, c, done); }),
                       Kind::TwoFactorRequired);
    }

    void producesSessionExpired()
    {
        auto p = vast(m_demo.vastTfaApiKey, m_demo.vastTfaExpiredSessionKey);
        KD_VERIFY_KIND(call<UserProfile>([&](QObject* c, auto done) { p->fetchProfile(c, done); }),
                       Kind::SessionExpired);
    }

    void producesForbiddenFromAReadOnlyKey()
    {
        auto p = vast(m_demo.vastReadOnlyKey);
        KD_VERIFY_KIND(call<SshKey>([&](QObject* c, auto done) {
                           p->addSshKey({}, ProviderTest::randomEd25519Line(QStringLiteral("x")), {}, c, done);
                       }),
                       Kind::Forbidden);
    }

    void producesValidationFromAnEmptyKey()
    {
        auto p = vast(m_demo.vastApiKey);
        auto r = call<SshKey>([&](QObject* c, auto done) { p->addSshKey({}, QStringLiteral("  "), {}, c, done); });
        KD_VERIFY_KIND(r, Kind::Validation);
        QCOMPARE(r->error.serverMessage(), QStringLiteral("No ssh key provided"));
    }

    void retriesATransientFaultAndSucceeds()
    {
        fault(SandboxFault::Kind::Status, "GET", QStringLiteral("/api/v0/ssh/"), 503, 2);
        auto p = vast(m_demo.vastApiKey);
        KD_VERIFY_OK(call<QList<SshKey>>([&](QObject* c, auto done) { p->listSshKeys({}, c, done); }));
        QVERIFY(m_sandbox.faults().isEmpty()); // both injected answers were consumed by retries
    }

    void honoursRetryAfterInTheBodyOnSpheron()
    {
        fault(SandboxFault::Kind::Status, "GET", QStringLiteral("/api/balance"), 429, 1, 0, true);
        auto s = spheron(m_demo.spheronApiKey);
        KD_VERIFY_OK(call<AccountBalance>([&](QObject* c, auto done) { s->fetchBalance(c, done); }));
    }

    void producesRateLimitedWhenTheServerAsksTooMuch()
    {
        fault(SandboxFault::Kind::Status, "GET", QStringLiteral("/api/balance"), 429, 0, 3600);
        auto s = spheron(m_demo.spheronApiKey);
        KD_VERIFY_KIND(call<AccountBalance>([&](QObject* c, auto done) { s->fetchBalance(c, done); }),
                       Kind::RateLimited);
        QCOMPARE(m_sandbox.faults().size(), 1);
    }

    void recoversAGetFromOneDroppedConnection()
    {
        // One injected drop, and no retries of ours: Qt's HTTP/1 channel itself re-sends a GET when
        // the connection dies before the first response byte (docs/NETWORK.md).
        noRetries();
        fault(SandboxFault::Kind::DropConnection, "GET", QStringLiteral("/api/v0/users/current"), 0, 1);
        auto p = vast(m_demo.vastApiKey);
        KD_VERIFY_OK(call<UserProfile>([&](QObject* c, auto done) { p->fetchProfile(c, done); }));
    }

    void producesNetworkWhenEveryAttemptIsDropped()
    {
        fault(SandboxFault::Kind::DropConnection, "GET", QStringLiteral("/api/v0/users/current"));
        auto p = vast(m_demo.vastApiKey);
        KD_VERIFY_KIND(call<UserProfile>([&](QObject* c, auto done) { p->fetchProfile(c, done); }), Kind::Network);
    }

    void producesNetworkFromADroppedConnection()
    {
        fault(SandboxFault::Kind::DropConnection, "POST", QStringLiteral("/api/v0/secrets/"), 0, 1);
        auto p = vast(m_demo.vastApiKey);
        KD_VERIFY_KIND(call<void>([&](QObject* c, auto done) {
                           p->createEnvVar(QStringLiteral("DROPPED"), QStringLiteral("1"), c, done);
                       }),
                       Kind::Network);
    }

    void neverResendsACreateWhoseAnswerWasLost()
    {
        auto p = vast(m_demo.vastApiKey);
        auto before = call<QList<SshKey>>([&](QObject* c, auto done) { p->listSshKeys({}, c, done); });
        KD_VERIFY_OK(before);
        fault(SandboxFault::Kind::DropConnection, "POST", QStringLiteral("/api/v0/ssh/"), 0, 1);
        const QString line = ProviderTest::randomEd25519Line(QStringLiteral("once"));
        KD_VERIFY_KIND(call<SshKey>([&](QObject* c, auto done) { p->addSshKey({}, line, {}, c, done); }),
                       Kind::Network);
        m_sandbox.clearFaults();
        // The server did act; the caller re-lists and finds the key exactly once.
        auto after = call<QList<SshKey>>([&](QObject* c, auto done) { p->listSshKeys({}, c, done); });
        KD_VERIFY_OK(after);
        int copies = 0;
        for (const SshKey& k : *after->value)
            copies += k.publicKey == line ? 1 : 0;
        QCOMPARE(copies, 1);
    }

    void neverResendsAResetWhoseAnswerWasLost()
    {
        fault(SandboxFault::Kind::DropConnection, "PUT", QStringLiteral("/api/v0/commands/reset_apikey/"), 0, 1);
        int resets = 0;
        connect(&m_sandbox, &SandboxServer::requestHandled, this, [&](const QString& method, const QString& path, int) {
            if (method == QLatin1String("PUT") && path == QLatin1String("/api/v0/commands/reset_apikey/"))
                ++resets;
        });
        auto p = vast(m_demo.vastApiKey);
        KD_VERIFY_KIND(call<CreatedApiKey>([&](QObject* c, auto done) { p->resetApiKey(c, done); }), Kind::Network);
        QCOMPARE(resets, 1);
        disconnect(&m_sandbox, &SandboxServer::requestHandled, this, nullptr);
    }

    void producesNetworkFromATruncatedBody()
    {
        noRetries();
        fault(SandboxFault::Kind::TruncatedBody, "GET", QStringLiteral("/api/ssh-keys"), 0, 1);
        auto s = spheron(m_demo.spheronApiKey);
        KD_VERIFY_KIND(call<QList<SshKey>>([&](QObject* c, auto done) { s->listSshKeys({}, c, done); }), Kind::Network);
    }

    void producesTimeoutFromAStall()
    {
        auto limits = fastLimits();
        limits.inactivityTimeout = 300ms;
        limits.retry.maxRetries = 1;
        m_transport->setLimits(limits);
        fault(SandboxFault::Kind::Stall, "GET", QStringLiteral("/api/v0/auth/apikeys/"));
        auto p = vast(m_demo.vastApiKey);
        KD_VERIFY_KIND(call<QList<ApiKeyInfo>>([&](QObject* c, auto done) { p->listApiKeys(c, done); }), Kind::Timeout);
    }

    void producesTimeoutAtTheDeadline()
    {
        auto limits = fastLimits();
        limits.inactivityTimeout = 60000ms;
        limits.deadline = 500ms;
        m_transport->setLimits(limits);
        fault(SandboxFault::Kind::Stall, "GET", QStringLiteral("/api/balance"));
        auto s = spheron(m_demo.spheronApiKey);
        KD_VERIFY_KIND(call<AccountBalance>([&](QObject* c, auto done) { s->fetchBalance(c, done); }), Kind::Timeout);
    }

    void producesProtocolFromMalformedJson()
    {
        fault(SandboxFault::Kind::MalformedJson, "GET", QStringLiteral("/api/v0/secrets/"));
        auto p = vast(m_demo.vastApiKey);
        KD_VERIFY_KIND(call<QList<EnvVar>>([&](QObject* c, auto done) { p->listEnvVars(c, done); }), Kind::Protocol);
    }

    void producesProtocolFromAnOversizeBody()
    {
        fault(SandboxFault::Kind::OversizeBody, "GET", QStringLiteral("/api/v0/auth/sessions/"));
        auto p = vast(m_demo.vastApiKey, m_demo.vastSessionKey);
        KD_VERIFY_KIND(call<QList<LoginSession>>([&](QObject* c, auto done) { p->listSessions(c, done); }),
                       Kind::Protocol);
    }

    void producesTlsForPlainHttpToARemoteHost()
    {
        auto p = vast(m_demo.vastApiKey);
        p->setBaseUrl(QUrl(QStringLiteral("http://console.vast.ai")));
        KD_VERIFY_KIND(call<void>([&](QObject* c, auto done) { p->verifyKey(c, done); }), Kind::Tls);
    }

    void producesUnsupported()
    {
        auto s = spheron(m_demo.spheronApiKey);
        KD_VERIFY_KIND(call<TwoFactorSession>(
                           [&](QObject* c, auto done) { s->twoFactorLogin(QStringLiteral("123456"), c, done); }),
                       Kind::Unsupported);
    }

    void cancelsWhenTheContextGoesAway()
    {
        fault(SandboxFault::Kind::Stall, "GET", QStringLiteral("/api/v0/ssh/"));
        auto p = vast(m_demo.vastApiKey);
        bool called = false;
        {
            QObject context;
            p->listSshKeys({}, &context, [&](ApiResult<QList<SshKey>>) { called = true; });
            QTRY_COMPARE(m_sandbox.stalledRequests(), 1);
            QCOMPARE(m_transport->pendingCount(), 1);
        }
        QCOMPARE(m_transport->pendingCount(), 0);
        QTest::qWait(200);
        QVERIFY(!called);
    }

    void cancelsWhenTheProviderGoesAway()
    {
        fault(SandboxFault::Kind::Stall, "GET", QStringLiteral("/api/ssh-keys"));
        auto s = spheron(m_demo.spheronApiKey);
        QObject context;
        bool called = false;
        s->listSshKeys({}, &context, [&](ApiResult<QList<SshKey>>) { called = true; });
        QTRY_VERIFY(m_sandbox.stalledRequests() >= 1);
        QCOMPARE(m_transport->pendingCount(), 1);
        s.reset();
        QCOMPARE(m_transport->pendingCount(), 0);
        QTest::qWait(200);
        QVERIFY(!called);
    }

    void cleanupTestCase() { m_transport.reset(); }
};

QTEST_GUILESS_MAIN(tst_ProviderFaults)
#include "tst_providerfaults.moc"
