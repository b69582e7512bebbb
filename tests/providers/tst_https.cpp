#include "ProviderTestHelpers.h"

#include "net/ApiTransport.h"
#include "providers/VastProvider.h"
#include "sandbox/SandboxServer.h"

#include "TestTls.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using Kind = ApiError::Kind;
using Problem = ApiError::TlsProblem;
using ProviderTest::call;

Q_DECLARE_METATYPE(ApiError::TlsProblem)

/**
 * HTTPS end to end (issue 24 item 1, docs/NETWORK.md "TLS"): the sandbox serves TLS with certificates from a
 * throwaway CA that only this process trusts. A good certificate works; an untrusted, expired or not yet valid one,
 * one for another host name, and a server that offers only an outdated TLS version are each refused with their own
 * sentence before any request is sent, so the key never leaves; a redirect from https:// to http:// is refused too.
 */
class tst_Https : public QObject
{
    Q_OBJECT

private:
    /** A sandbox serving @p tls, with the demo accounts seeded. */
    struct Server
    {
        SandboxServer sandbox;
        SandboxDemo demo;
        std::unique_ptr<QSignalSpy> handled;
    };

    std::unique_ptr<Server> startServer(const QSslConfiguration& tls)
    {
        auto server = std::make_unique<Server>();
        SandboxServer::Options options;
        options.tls = tls;
        QString error;
        if (!server->sandbox.start(options, &error)) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        server->demo = server->sandbox.seedDemo();
        server->handled = std::make_unique<QSignalSpy>(&server->sandbox, &SandboxServer::requestHandled);
        return server;
    }

    std::optional<ApiResult<UserProfile>> fetchProfile(Server& server, ApiTransport& transport)
    {
        VastProvider p(&transport);
        p.setBaseUrl(server.sandbox.baseUrl());
        p.setCredentials({server.demo.vastApiKey, {}});
        return call<UserProfile>([&](QObject* c, auto done) { p.fetchProfile(c, done); });
    }

private slots:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QFAIL("no TLS backend: the Qt install is broken (docs/LIBRARIES.md §3.4)");
        QVERIFY(TestTls::processAuthority().isValid());
    }

    void talksToTheSandboxOverHttps()
    {
        auto server = startServer(TestTls::serverConfiguration(TestTls::processAuthority().issueServer()));
        QVERIFY(server);
        QCOMPARE(server->sandbox.baseUrl().scheme(), QStringLiteral("https"));
        ApiTransport transport;
        const auto profile = fetchProfile(*server, transport);
        KD_VERIFY_OK(profile);
        QVERIFY(!profile->value->username.isEmpty());
        QCOMPARE(server->handled->count(), 1);
    }

    void refusesABadCertificateBeforeSendingAnything_data()
    {
        QTest::addColumn<int>("certificate");
        QTest::addColumn<Problem>("problem");
        QTest::addColumn<QString>("words");
        QTest::newRow("from a CA nobody trusts") << 0 << Problem::Untrusted << QStringLiteral("not from an authority");
        QTest::newRow("expired") << 1 << Problem::Expired << QStringLiteral("has expired");
        QTest::newRow("not valid yet") << 2 << Problem::Expired << QStringLiteral("date and time");
        QTest::newRow("for another host name") << 3 << Problem::HostName << QStringLiteral("another address");
    }
    void refusesABadCertificateBeforeSendingAnything()
    {
        QFETCH(int, certificate);
        QFETCH(Problem, problem);
        QFETCH(QString, words);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        TestTls::Identity identity;
        TestTls::ServerSpec spec;
        static const TestTls::Authority stranger(QStringLiteral("A CA this process does not trust"));
        switch (certificate) {
        case 0:
            identity = stranger.issueServer(spec);
            break;
        case 1:
            spec.notBefore = now.addDays(-60);
            spec.notAfter = now.addDays(-1);
            identity = TestTls::processAuthority().issueServer(spec);
            break;
        case 2:
            spec.notBefore = now.addDays(2);
            spec.notAfter = now.addDays(60);
            identity = TestTls::processAuthority().issueServer(spec);
            break;
        default:
            spec.dnsNames = {QStringLiteral("console.example.invalid")};
            spec.ipAddresses = {};
            identity = TestTls::processAuthority().issueServer(spec);
            break;
        }
        QVERIFY(!identity.certificate.isNull());
        auto server = startServer(TestTls::serverConfiguration(identity));
        QVERIFY(server);
        ApiTransport transport;
        const auto profile = fetchProfile(*server, transport);
        KD_VERIFY_KIND(profile, Kind::Tls);
        QCOMPARE(int(profile->error.tlsProblem()), int(problem));
        QVERIFY2(profile->error.userMessage().contains(words), qPrintable(profile->error.userMessage()));
        QVERIFY(profile->error.userMessage().contains(QLatin1String("your key was not sent")));
        QCOMPARE(server->handled->count(), 0); // the handshake failed, so no request (and no key) went out
    }

    void refusesAServerThatOffersOnlyAnOutdatedTlsVersion()
    {
        // A downgrade: the server speaks TLS 1.1 at most; Keydeck asks for 1.2 or later whatever the system allows.
        QT_WARNING_PUSH
        QT_WARNING_DISABLE_DEPRECATED
        const QSsl::SslProtocol outdated = QSsl::TlsV1_1;
        QT_WARNING_POP
        auto server = startServer(TestTls::serverConfiguration(TestTls::processAuthority().issueServer(), outdated));
        QVERIFY(server);
        ApiTransport transport;
        const auto profile = fetchProfile(*server, transport);
        KD_VERIFY_KIND(profile, Kind::Tls);
        QCOMPARE(int(profile->error.tlsProblem()), int(Problem::Protocol));
        QVERIFY2(profile->error.userMessage().contains(QLatin1String("TLS 1.2")),
                 qPrintable(profile->error.userMessage()));
        QCOMPARE(server->handled->count(), 0);
    }

    void refusesARedirectToPlainHttp()
    {
        // Issue 19 item 6: a redirect from https:// to http:// (same host and port) would send the key in clear.
        auto server = startServer(TestTls::serverConfiguration(TestTls::processAuthority().issueServer()));
        QVERIFY(server);
        QVERIFY(server->sandbox.setVariant(QStringLiteral("vast-slash"), QStringLiteral("redirect-insecure")));
        ApiTransport transport;
        const auto profile = fetchProfile(*server, transport);
        KD_VERIFY_KIND(profile, Kind::Redirect);
        QVERIFY2(profile->error.userMessage().contains(QLatin1String("http://")),
                 qPrintable(profile->error.userMessage()));
        QCOMPARE(server->handled->count(), 1); // the first request only; nothing followed the redirect
        // The same redirect over the same scheme is followed (the variant's plain-HTTP reading).
        QVERIFY(server->sandbox.setVariant(QStringLiteral("vast-slash"), QStringLiteral("redirect-same")));
        KD_VERIFY_OK(fetchProfile(*server, transport));
    }

    void refusesPlainHttpToAnotherComputerInWords()
    {
        ApiTransport transport;
        VastProvider p(&transport);
        p.setBaseUrl(QUrl(QStringLiteral("http://console.example.invalid")));
        p.setCredentials({QStringLiteral("0123456789abcdef"), {}});
        const auto profile = call<UserProfile>([&](QObject* c, auto done) { p.fetchProfile(c, done); });
        KD_VERIFY_KIND(profile, Kind::Tls);
        QCOMPARE(int(profile->error.tlsProblem()), int(Problem::PlainHttp));
        QVERIFY(profile->error.userMessage().contains(QLatin1String("https://")));
    }
};

QTEST_GUILESS_MAIN(tst_Https)
#include "tst_https.moc"
