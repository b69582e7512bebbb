#include "core/AppInfo.h"
#include "net/ApiTransport.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <optional>
#include <vector>

using Kind = ApiError::Kind;
using namespace std::chrono_literals;

namespace {

const QString kKey = QStringLiteral("test-secret-key-0123456789abcdef");

/** A plain TCP server that reads a request and then hangs up: a dropped connection. */
class DroppingServer : public QTcpServer
{
public:
    int hits = 0;
    DroppingServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    if (!s->readAll().contains("\r\n\r\n"))
                        return;
                    ++hits;
                    s->abort();
                    s->deleteLater();
                });
            }
        });
    }
};

// A self-signed certificate for 127.0.0.1 (valid until 2126), made for this test with
// `openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 36500`.
// No client trusts it, which is the point: the transport must refuse it, never ignore the error.
const char* kTestCertificate = R"(-----BEGIN CERTIFICATE-----
MIIBkDCCATagAwIBAgIUDXfgDPLEKun55RSdw/MDTCPFl0MwCgYIKoZIzj0EAwIw
FDESMBAGA1UEAwwJMTI3LjAuMC4xMCAXDTI2MTEyMjIwMzU0OFoYDzIxMjYxMDI5
MjAzNTQ4WjAUMRIwEAYDVQQDDAkxMjcuMC4wLjEwWTATBgcqhkjOPQIBBggqhkjO
PQMBBwNCAASDcRdbf9bbsPBZA9iGHWV43dgX0Zza5srkeZ0vrpuMT1X1cjVBGlfr
LO5hQZDwb58VvbN64nl4ndd/pz4in3yto2QwYjAdBgNVHQ4EFgQUJZYUvURXYSnS
/GBnZ7N4hzwUO+cwHwYDVR0jBBgwFoAUJZYUvURXYSnS/GBnZ7N4hzwUO+cwDwYD
VR0TAQH/BAUwAwEB/zAPBgNVHREECDAGhwR/AAABMAoGCCqGSM49BAMCA0gAMEUC
IQDCm1INXBUcv41Z5ywcOFB5afZYbB0g3H/iBHnCVbtvBAIgTpUlpciHGAt1Mv8l
Zftqz1qAciHvT6Fc2NeO4RV+g3s=
-----END CERTIFICATE-----
)";
const char* kTestPrivateKey = R"(-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg6yUdZ5F2lp0mPvrs
+gP7ygNeZkeLNOOwNAFi7vyqn3yhRANCAASDcRdbf9bbsPBZA9iGHWV43dgX0Zza
5srkeZ0vrpuMT1X1cjVBGlfrLO5hQZDwb58VvbN64nl4ndd/pz4in3yt
-----END PRIVATE KEY-----
)";

QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;
void captureMessages(QtMsgType type, const QMessageLogContext& ctx, const QString& msg)
{
    capturedLog << msg;
    if (previousHandler)
        previousHandler(type, ctx, msg);
}

} // namespace

class tst_ApiTransport : public QObject
{
    Q_OBJECT

private:
    QHttpServer m_server;
    QHttpServer m_otherOrigin;
    QUrl m_base;
    QUrl m_otherBase;
    int m_flakyHits = 0;
    int m_postHits = 0;
    int m_limitedHits = 0;
    int m_tooLongHits = 0;
    int m_otherOriginHits = 0;
    QByteArray m_otherOriginAuth;
    QHttpServerRequest::Method m_lastMethod = QHttpServerRequest::Method::Unknown;
    QByteArray m_lastBody;
    QHash<QByteArray, QByteArray> m_lastHeaders;
    std::vector<std::unique_ptr<QHttpServerResponder>> m_parked;

    QUrl url(const QString& path) const
    {
        QUrl u = m_base;
        u.setPath(path);
        return u;
    }

    static ApiTransport::Limits fastLimits()
    {
        ApiTransport::Limits l;
        l.inactivityTimeout = 2000ms;
        l.deadline = 10000ms;
        l.retry.baseDelay = 20ms;
        l.retry.maxDelay = 100ms;
        return l;
    }

    /** Sends and waits (tests only) for the one callback. */
    static ApiResponse run(ApiTransport& transport, ApiRequest request, int timeoutMs = 15000)
    {
        request.bearer = kKey;
        QObject context;
        std::optional<ApiResponse> result;
        int calls = 0;
        transport.send(request, &context, [&](const ApiResponse& r) {
            ++calls;
            result = r;
        });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs))
            return ApiResponse {-1, {}, ApiError::make(Kind::None)};
        QTest::qWait(20); // a second call would show up here
        if (calls != 1)
            return ApiResponse {-2, {}, ApiError::make(Kind::None)};
        return *result;
    }

private slots:
    void initTestCase()
    {
        m_server.route("/echo", [this](const QHttpServerRequest& req) {
            m_lastMethod = req.method();
            m_lastBody = req.body();
            m_lastHeaders.clear();
            for (const auto& name : {"Authorization", "User-Agent", "Accept", "Content-Type"})
                m_lastHeaders.insert(name, req.value(name));
            return QHttpServerResponse(QJsonObject {{QStringLiteral("ok"), true}});
        });
        m_server.route("/flaky", [this] {
            return ++m_flakyHits < 3 ? QHttpServerResponse(QHttpServerResponder::StatusCode::ServiceUnavailable)
                                     : QHttpServerResponse(QJsonObject {{QStringLiteral("ok"), true}});
        });
        m_server.route("/post503", [this] {
            ++m_postHits;
            return QHttpServerResponse(QHttpServerResponder::StatusCode::ServiceUnavailable);
        });
        m_server.route("/limited", [this] {
            if (++m_limitedHits >= 2)
                return QHttpServerResponse(QJsonObject {{QStringLiteral("ok"), true}});
            QHttpServerResponse r(QByteArrayLiteral("application/json"),
                                  QByteArrayLiteral(R"({"error":"RATE_LIMIT_EXCEEDED","retryAfter":0.05})"),
                                  QHttpServerResponder::StatusCode::TooManyRequests);
            return r;
        });
        m_server.route("/always429", [] {
            QHttpServerResponse r(QByteArrayLiteral("text/plain"), QByteArrayLiteral("API requests too frequent"),
                                  QHttpServerResponder::StatusCode::TooManyRequests);
            r.setHeader("Retry-After", "0");
            return r;
        });
        m_server.route("/toolong", [this] {
            ++m_tooLongHits;
            QHttpServerResponse r(QHttpServerResponder::StatusCode::TooManyRequests);
            r.setHeader("Retry-After", "3600");
            return r;
        });
        m_server.route("/bad", [] {
            return QHttpServerResponse(QJsonObject {{QStringLiteral("success"), false},
                                                    {QStringLiteral("msg"), QStringLiteral("No ssh key provided")}},
                                       QHttpServerResponder::StatusCode::BadRequest);
        });
        m_server.route("/big", [] {
            return QHttpServerResponse(QByteArrayLiteral("application/json"), QByteArray(2 * 1024 * 1024, 'x'));
        });
        m_server.route("/stall", [this](const QHttpServerRequest&, QHttpServerResponder&& responder) {
            m_parked.push_back(std::make_unique<QHttpServerResponder>(std::move(responder)));
        });
        m_server.route("/redirect-away", [this] {
            QHttpServerResponse r(QHttpServerResponder::StatusCode::Found);
            QUrl target = m_otherBase;
            target.setPath(QStringLiteral("/steal"));
            r.setHeader("Location", target.toEncoded());
            return r;
        });
        m_server.route("/redirect-here", [this] {
            QHttpServerResponse r(QHttpServerResponder::StatusCode::Found);
            r.setHeader("Location", url(QStringLiteral("/echo")).toEncoded());
            return r;
        });
        m_otherOrigin.route("/steal", [this](const QHttpServerRequest& req) {
            ++m_otherOriginHits;
            m_otherOriginAuth = req.value("Authorization");
            return QHttpServerResponse(QJsonObject {{QStringLiteral("stolen"), true}});
        });

        const quint16 port = m_server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port != 0);
        m_base = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        const quint16 otherPort = m_otherOrigin.listen(QHostAddress::LocalHost, 0);
        QVERIFY(otherPort != 0);
        m_otherBase = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(otherPort));
    }

    void sendsBearerUserAgentAndJsonHeaders()
    {
        ApiTransport t;
        t.setLimits(fastLimits());
        const ApiResponse r
            = run(t,
                  ApiRequest::post(
                      url(QStringLiteral("/echo")),
                      QJsonDocument(QJsonObject {{QStringLiteral("ssh_key"), QStringLiteral("ssh-ed25519 AAAA")}})));
        QVERIFY(r.ok());
        QCOMPARE(r.httpStatus, 200);
        QVERIFY(m_lastHeaders.value("Authorization") == "Bearer " + kKey.toUtf8());
        QCOMPARE(QString::fromUtf8(m_lastHeaders.value("User-Agent")), AppInfo::userAgent());
        QCOMPARE(m_lastHeaders.value("Accept"), QByteArray("application/json"));
        QCOMPARE(m_lastHeaders.value("Content-Type"), QByteArray("application/json"));
        QCOMPARE(m_lastBody, QByteArray(R"({"ssh_key":"ssh-ed25519 AAAA"})"));
        QCOMPARE(r.json()->toObject().value(QStringLiteral("ok")).toBool(), true);
    }

    void sendsDeleteWithABody()
    {
        ApiTransport t;
        t.setLimits(fastLimits());
        const ApiResponse r
            = run(t,
                  ApiRequest::del(url(QStringLiteral("/echo")),
                                  QJsonDocument(QJsonObject {{QStringLiteral("key"), QStringLiteral("FOO")}})));
        QVERIFY(r.ok());
        QCOMPARE(int(m_lastMethod), int(QHttpServerRequest::Method::Delete));
        QCOMPARE(m_lastBody, QByteArray(R"({"key":"FOO"})"));
    }

    void sendsNoAuthorizationWithoutAKey()
    {
        ApiTransport t;
        QObject context;
        bool done = false;
        t.send(ApiRequest::get(url(QStringLiteral("/echo"))), &context, [&](const ApiResponse&) { done = true; });
        QTRY_VERIFY(done);
        QVERIFY(m_lastHeaders.value("Authorization").isEmpty());
    }

    void refusesPlainHttpToARemoteHost()
    {
        ApiTransport t;
        const ApiResponse r = run(t, ApiRequest::get(QUrl(QStringLiteral("http://example.invalid/api/v0/ssh/"))));
        QCOMPARE(r.error.kind(), Kind::Tls);
    }

    void refusesAUrlThatCarriesTheKey()
    {
        ApiTransport t;
        QUrl u = url(QStringLiteral("/echo"));
        u.setQuery(QStringLiteral("api_key=") + kKey);
        m_lastHeaders.clear();
        const ApiResponse r = run(t, ApiRequest::get(u));
        QCOMPARE(r.error.kind(), Kind::Protocol);
        QVERIFY(m_lastHeaders.isEmpty());
    }

    void mapsAnErrorBody()
    {
        ApiTransport t;
        t.setLimits(fastLimits());
        const ApiResponse r = run(t, ApiRequest::get(url(QStringLiteral("/bad"))));
        QCOMPARE(r.error.kind(), Kind::Validation);
        QCOMPARE(r.error.httpStatus(), 400);
        QCOMPARE(r.error.serverMessage(), QStringLiteral("No ssh key provided"));
    }

    void retriesGetOn503()
    {
        ApiTransport t;
        t.setLimits(fastLimits());
        m_flakyHits = 0;
        const ApiResponse r = run(t, ApiRequest::get(url(QStringLiteral("/flaky"))));
        QVERIFY(r.ok());
        QCOMPARE(m_flakyHits, 3);
    }

    void neverResendsAPostOn503()
    {
        ApiTransport t;
        t.setLimits(fastLimits());
        m_postHits = 0;
        const ApiResponse r = run(t, ApiRequest::post(url(QStringLiteral("/post503")), QJsonDocument(QJsonObject {})));
        QCOMPARE(r.error.kind(), Kind::Server);
        QCOMPARE(r.error.httpStatus(), 503);
        QCOMPARE(m_postHits, 1);
    }

    void retriesOn429WithRetryAfterInTheBody()
    {
        ApiTransport t;
        t.setLimits(fastLimits());
        m_limitedHits = 0;
        const ApiResponse r = run(t, ApiRequest::post(url(QStringLiteral("/limited")), QJsonDocument(QJsonObject {})));
        QVERIFY(r.ok());
        QCOMPARE(m_limitedHits, 2);
    }

    void reportsRateLimitedWhenTheBudgetIsSpent()
    {
        ApiTransport t;
        t.setLimits(fastLimits());
        const ApiResponse r = run(t, ApiRequest::get(url(QStringLiteral("/always429"))));
        QCOMPARE(r.error.kind(), Kind::RateLimited);
        QCOMPARE(r.error.serverMessage(), QStringLiteral("API requests too frequent"));
    }

    void givesUpAtOnceWhenRetryAfterIsTooLong()
    {
        ApiTransport t;
        t.setLimits(fastLimits());
        m_tooLongHits = 0;
        QElapsedTimer timer;
        timer.start();
        const ApiResponse r = run(t, ApiRequest::get(url(QStringLiteral("/toolong"))));
        QCOMPARE(r.error.kind(), Kind::RateLimited);
        // "At once": one attempt, no re-send after a backoff, and no wait for any part of the hour asked for. The
        // bound is far below Retry-After and far above one local round trip, even under ASan.
        QCOMPARE(m_tooLongHits, 1);
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QStringLiteral("took %1 ms").arg(timer.elapsed())));
    }

    void capsTheResponseSize()
    {
        ApiTransport t;
        auto limits = fastLimits();
        limits.maxResponseBytes = 1024 * 1024;
        t.setLimits(limits);
        const ApiResponse r = run(t, ApiRequest::get(url(QStringLiteral("/big"))));
        QCOMPARE(r.error.kind(), Kind::Protocol);
        QVERIFY(r.body.isEmpty());
    }

    void timesOutOnInactivity()
    {
        ApiTransport t;
        auto limits = fastLimits();
        limits.inactivityTimeout = 300ms;
        limits.retry.maxRetries = 0;
        t.setLimits(limits);
        const ApiResponse r = run(t, ApiRequest::get(url(QStringLiteral("/stall"))));
        QCOMPARE(r.error.kind(), Kind::Timeout);
    }

    void timesOutAtTheDeadline()
    {
        ApiTransport t;
        auto limits = fastLimits();
        limits.inactivityTimeout = 60000ms;
        limits.deadline = 400ms;
        t.setLimits(limits);
        const ApiResponse r = run(t, ApiRequest::get(url(QStringLiteral("/stall"))));
        QCOMPARE(r.error.kind(), Kind::Timeout);
        QCOMPARE(t.pendingCount(), 0);
    }

    void crossOriginRedirectDoesNotCarryTheAuthorizationHeader()
    {
        ApiTransport t;
        t.setLimits(fastLimits());
        m_otherOriginHits = 0;
        m_otherOriginAuth.clear();
        const ApiResponse r = run(t, ApiRequest::get(url(QStringLiteral("/redirect-away"))));
        QCOMPARE(r.error.kind(), Kind::Redirect);
        QVERIFY(!r.ok());
        QVERIFY(!m_otherOriginAuth.contains(kKey.toUtf8()));
        QCOMPARE(m_otherOriginHits, 0);
    }

    void followsASameOriginRedirect()
    {
        ApiTransport t;
        t.setLimits(fastLimits());
        m_lastHeaders.clear();
        const ApiResponse r = run(t, ApiRequest::get(url(QStringLiteral("/redirect-here"))));
        QVERIFY(r.ok());
        QVERIFY(m_lastHeaders.value("Authorization") == "Bearer " + kKey.toUtf8());
    }

    void reportsARefusedConnectionAsNetwork()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        ApiTransport t;
        t.setLimits(fastLimits());
        const ApiResponse r = run(t, ApiRequest::get(QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(port))));
        QCOMPARE(r.error.kind(), Kind::Network);
        QCOMPARE(r.error.httpStatus(), 0);
    }

    /** Hits one dropped-connection attempt causes: Qt's HTTP/1 channel itself re-sends once on a
     *  connection closed before any response byte (qhttpnetworkconnectionchannel.cpp, reconnectAttempts). */
    int hitsOfOneAttempt(const QByteArray& method)
    {
        DroppingServer dropper;
        if (!dropper.listen(QHostAddress::LocalHost, 0))
            return -1;
        ApiTransport t;
        auto limits = fastLimits();
        limits.retry.maxRetries = 0;
        t.setLimits(limits);
        const QUrl u(QStringLiteral("http://127.0.0.1:%1/x").arg(dropper.serverPort()));
        run(t, method == "GET" ? ApiRequest::get(u) : ApiRequest::post(u, QJsonDocument(QJsonObject {})));
        return dropper.hits;
    }

    void retriesAGetAfterADroppedConnection()
    {
        const int single = hitsOfOneAttempt("GET");
        QVERIFY(single >= 1);
        DroppingServer dropper;
        QVERIFY(dropper.listen(QHostAddress::LocalHost, 0));
        ApiTransport t;
        t.setLimits(fastLimits());
        const ApiResponse r
            = run(t, ApiRequest::get(QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(dropper.serverPort()))));
        QCOMPARE(r.error.kind(), Kind::Network);
        QVERIFY2(dropper.hits > single, qPrintable(QString::number(dropper.hits)));
    }

    void neverResendsAPostWhoseOutcomeIsUnknown()
    {
        const int single = hitsOfOneAttempt("POST");
        QVERIFY(single >= 1);
        DroppingServer dropper;
        QVERIFY(dropper.listen(QHostAddress::LocalHost, 0));
        ApiTransport t;
        t.setLimits(fastLimits()); // three retries allowed, none may be used
        const ApiResponse r
            = run(t,
                  ApiRequest::post(QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(dropper.serverPort())),
                                   QJsonDocument(QJsonObject {})));
        QCOMPARE(r.error.kind(), Kind::Network);
        QCOMPARE(dropper.hits, single);
        QCOMPARE(single, 1); // not even Qt's own HTTP/1 re-send (ApiTransport's OneShotBody)
    }

    void cancelsWhenTheContextIsDestroyed()
    {
        ApiTransport t;
        t.setLimits(fastLimits());
        auto context = std::make_unique<QObject>();
        bool called = false;
        const auto parkedBefore = m_parked.size();
        t.send(ApiRequest::get(url(QStringLiteral("/stall"))), context.get(),
               [&](const ApiResponse&) { called = true; });
        QTRY_COMPARE(m_parked.size(), parkedBefore + 1);
        QCOMPARE(t.pendingCount(), 1);
        context.reset();
        QCOMPARE(t.pendingCount(), 0);
        QTest::qWait(300);
        QVERIFY(!called);
    }

    void refusesAnUntrustedCertificate()
    {
        if (!QSslSocket::supportsSsl())
            QFAIL("no TLS backend: the Qt install is broken (docs/LIBRARIES.md §3.4)");
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(QByteArray(kTestCertificate)));
        tls.setPrivateKey(QSslKey(QByteArray(kTestPrivateKey), QSsl::Ec));
        QVERIFY(!tls.localCertificate().isNull());
        QVERIFY(!tls.privateKey().isNull());
        QSslServer server;
        server.setSslConfiguration(tls);
        int bytesAfterHandshake = 0;
        connect(&server, &QTcpServer::pendingConnectionAvailable, this, [&] {
            while (QTcpSocket* s = server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s,
                        [&bytesAfterHandshake, s] { bytesAfterHandshake += int(s->readAll().size()); });
            }
        });
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        ApiTransport t;
        t.setLimits(fastLimits());
        const ApiResponse r
            = run(t, ApiRequest::get(QUrl(QStringLiteral("https://127.0.0.1:%1/echo").arg(server.serverPort()))));
        QCOMPARE(ApiError::kindName(r.error.kind()), ApiError::kindName(Kind::Tls));
        QCOMPARE(bytesAfterHandshake, 0); // no request, so no key, ever crossed
    }

    void destroyingTheTransportAbortsEverything()
    {
        auto t = std::make_unique<ApiTransport>();
        QObject context;
        bool called = false;
        const auto parkedBefore = m_parked.size();
        t->send(ApiRequest::get(url(QStringLiteral("/stall"))), &context, [&](const ApiResponse&) { called = true; });
        t->send(ApiRequest::get(url(QStringLiteral("/stall"))), &context, [&](const ApiResponse&) { called = true; });
        QTRY_COMPARE(m_parked.size(), parkedBefore + 2);
        QCOMPARE(t->pendingCount(), 2);
        t.reset();
        QTest::qWait(200);
        QVERIFY(!called);
    }

    void neverCallsBackSynchronously()
    {
        ApiTransport t;
        QObject context;
        bool called = false;
        t.send(ApiRequest::get(QUrl(QStringLiteral("http://example.invalid/"))), &context,
               [&](const ApiResponse&) { called = true; });
        QVERIFY(!called);
        QTRY_VERIFY(called);
    }

    void neverLogsTheKey()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("keydeck.*.debug=true"));
        capturedLog.clear();
        previousHandler = qInstallMessageHandler(captureMessages);
        {
            ApiTransport t;
            t.setLimits(fastLimits());
            run(t, ApiRequest::get(url(QStringLiteral("/echo"))));
            run(t, ApiRequest::get(url(QStringLiteral("/bad"))));
            m_flakyHits = 0;
            run(t, ApiRequest::get(url(QStringLiteral("/flaky"))));
            run(t, ApiRequest::get(url(QStringLiteral("/redirect-away"))));
            QUrl u = url(QStringLiteral("/echo"));
            u.setQuery(QStringLiteral("api_key=") + kKey);
            run(t, ApiRequest::get(u));
        }
        qInstallMessageHandler(previousHandler);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(capturedLog.size() >= 5);
        bool leaked = false;
        for (const QString& line : std::as_const(capturedLog))
            leaked = leaked || line.contains(kKey);
        QVERIFY(!leaked);
    }

    void cleanupTestCase() { m_parked.clear(); }
};

QTEST_GUILESS_MAIN(tst_ApiTransport)
#include "tst_apitransport.moc"
