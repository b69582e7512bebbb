#include "SandboxHttp.h"

#include "sandbox/SandboxReply.h"
#include "sandbox/SandboxRequest.h"
#include "sandbox/SandboxServer.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

/**
 * Fault injection (C++ and the /_sandbox/ admin route), the body cap and who may reach the sandbox: the admin
 * token, Host and Origin, the loopback rule (docs/SANDBOX.md, "Who may talk to it").
 */
class tst_SandboxFault : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxHttp> m_http;
    SandboxDemo m_demo;

    static SandboxFault fault(SandboxFault::Kind kind, const QString& path, const QByteArray& method = "GET")
    {
        SandboxFault f;
        f.kind = kind;
        f.pattern = path;
        f.method = method;
        return f;
    }

    HttpResult getVastSsh(int timeoutMs = 10000)
    {
        return m_http->send("GET", QStringLiteral("/api/v0/ssh/"), m_demo.vastApiKey, {}, timeoutMs);
    }

private slots:
    void init()
    {
        m_server = std::make_unique<SandboxServer>();
        SandboxServer::Options options;
        options.maxRequestBytes = 64 * 1024;
        options.adminToken = kToken;
        QVERIFY(m_server->start(options));
        m_demo = m_server->seedDemo();
        m_http = std::make_unique<SandboxHttp>(m_server->baseUrl());
    }

private:
    static constexpr char kToken[] = "0123456789abcdef0123456789abcdef";

    /** Sends @p request as raw bytes on a new connection; returns what came back before the server closed (or 5 s). */
    QByteArray raw(const QByteArray& request, int waitMs = 5000)
    {
        // The server runs on this thread: wait with the event loop running, never with waitFor…().
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        socket.write(request);
        QByteArray answer;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < waitMs) {
            QTest::qWait(10);
            answer += socket.readAll();
            if (socket.state() == QAbstractSocket::UnconnectedState || answer.contains("\r\n\r\n"))
                break;
        }
        QTest::qWait(50);
        answer += socket.readAll();
        return answer;
    }

    QByteArray host() const { return "Host: 127.0.0.1:" + QByteArray::number(m_server->port()) + "\r\n"; }

private slots:

    void cleanup()
    {
        m_http.reset();
        m_server.reset();
    }

    void statusFaultFiresTheGivenNumberOfTimes()
    {
        SandboxFault f = fault(SandboxFault::Kind::Status, QStringLiteral("/api/v0/ssh/"));
        f.status = 503;
        f.times = 2;
        m_server->setFault(f);
        for (int i = 0; i < 2; ++i) {
            const HttpResult r = getVastSsh();
            QCOMPARE(r.status, 503);
            QCOMPARE(r.object().value(QLatin1String("success")), QJsonValue(false));
        }
        QCOMPARE(getVastSsh().status, 200);
        QVERIFY(m_server->faults().isEmpty());
    }

    void status500And502InBothDialects()
    {
        SandboxFault f = fault(SandboxFault::Kind::Status, QStringLiteral("/api/v0/"), "*");
        f.match = SandboxFault::Match::Prefix;
        f.status = 500;
        m_server->setFault(f);
        f.pattern = QStringLiteral("/api/balance");
        f.match = SandboxFault::Match::Exact;
        f.status = 502;
        m_server->setFault(f);
        QCOMPARE(getVastSsh().status, 500);
        QCOMPARE(m_http->send("POST", QStringLiteral("/api/v0/secrets/"), m_demo.vastApiKey, "{}").status, 500);
        const HttpResult r = m_http->send("GET", QStringLiteral("/api/balance"), m_demo.spheronApiKey);
        QCOMPARE(r.status, 502);
        QVERIFY(r.object().value(QLatin1String("message")).isString());
        QCOMPARE(m_http->send("GET", QStringLiteral("/api/teams"), m_demo.spheronApiKey).status, 200);
    }

    void status429WithAndWithoutRetryAfter()
    {
        SandboxFault vast = fault(SandboxFault::Kind::Status, QStringLiteral("/api/v0/ssh/"));
        vast.status = 429;
        m_server->setFault(vast);
        HttpResult r = getVastSsh();
        QCOMPARE(r.status, 429);
        QCOMPARE(r.body, QByteArray("API requests too frequent"));
        QVERIFY(!r.headers.contains("retry-after"));

        SandboxFault spheron = fault(SandboxFault::Kind::Status, QStringLiteral("/api/ssh-keys"));
        spheron.status = 429;
        spheron.retryAfterSeconds = 7;
        spheron.retryAfterInBody = true;
        m_server->setFault(spheron);
        r = m_http->send("GET", QStringLiteral("/api/ssh-keys"), m_demo.spheronApiKey);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.headers.value("retry-after"), QByteArray("7"));
        QCOMPARE(r.object().value(QLatin1String("retryAfter")).toInt(), 7);
        QVERIFY(r.object().value(QLatin1String("error")).isString());
    }

    void status503WithRetryAfterHeaderOnly()
    {
        SandboxFault f = fault(SandboxFault::Kind::Status, QStringLiteral("/api/teams"));
        f.status = 503;
        f.retryAfterSeconds = 2;
        m_server->setFault(f);
        const HttpResult r = m_http->send("GET", QStringLiteral("/api/teams"), m_demo.spheronApiKey);
        QCOMPARE(r.status, 503);
        QCOMPARE(r.headers.value("retry-after"), QByteArray("2"));
        QVERIFY(!r.object().contains(QLatin1String("retryAfter")));
    }

    void latencyDelaysThenAnswersNormally()
    {
        SandboxFault f = fault(SandboxFault::Kind::Latency, QStringLiteral("/api/v0/ssh/"));
        f.latencyMs = 1500;
        m_server->setFault(f);
        // A client that gives up before the delay sees nothing; a patient one gets the normal answer.
        QCOMPARE(getVastSsh(200).status, -1);
        const HttpResult r = getVastSsh(10000);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.array().size(), 5);
    }

    void stallNeverAnswers()
    {
        m_server->setFault(fault(SandboxFault::Kind::Stall, QStringLiteral("/api/balance")));
        const HttpResult r = m_http->send("GET", QStringLiteral("/api/balance"), m_demo.spheronApiKey, {}, 1000);
        QCOMPARE(r.status, -1);
        QCOMPARE(m_http->send("GET", QStringLiteral("/api/teams"), m_demo.spheronApiKey).status, 200);
    }

    void malformedJsonBodyDoesNotParse()
    {
        m_server->setFault(fault(SandboxFault::Kind::MalformedJson, QStringLiteral("/api/v0/ssh/")));
        const HttpResult r = getVastSsh();
        QCOMPARE(r.status, 200);
        QCOMPARE(r.error, QNetworkReply::NoError);
        QJsonParseError error;
        QJsonDocument::fromJson(r.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
    }

    void truncatedBodyEndsBeforeContentLength()
    {
        m_server->setFault(fault(SandboxFault::Kind::TruncatedBody, QStringLiteral("/api/v0/ssh/")));
        const HttpResult r = getVastSsh();
        QVERIFY2(r.error != QNetworkReply::NoError, r.body.constData());
        QVERIFY(r.status != -1);
        QVERIFY(QJsonDocument::fromJson(r.body).isNull());
    }

    void oversizeBodyIsValidJsonOfTheGivenSize()
    {
        SandboxFault f = fault(SandboxFault::Kind::OversizeBody, QStringLiteral("/api/ssh-keys"));
        QCOMPARE(f.oversizeMiB, 16); // the default
        f.oversizeMiB = 3;
        m_server->setFault(f);
        const HttpResult r = m_http->send("GET", QStringLiteral("/api/ssh-keys"), m_demo.spheronApiKey);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body.size(), qsizetype(3) * 1024 * 1024);
        QVERIFY(QJsonDocument::fromJson(r.body).isObject());
    }

    void dropConnectionClosesMidResponse()
    {
        m_server->setFault(fault(SandboxFault::Kind::DropConnection, QStringLiteral("/api/v0/ssh/")));
        const HttpResult r = getVastSsh();
        QVERIFY(r.error != QNetworkReply::NoError);
        QVERIFY(r.status != -1);
        QVERIFY(r.body.isEmpty());
        m_server->clearFaults();
        QCOMPARE(getVastSsh().status, 200);
    }

    void faultsMatchByMethodPrefixAndRegex()
    {
        SandboxFault f = fault(SandboxFault::Kind::Status, QStringLiteral("/api/v0/ssh/\\d+/"), "DELETE");
        f.match = SandboxFault::Match::Regex;
        f.status = 500;
        m_server->setFault(f);
        QCOMPARE(m_http->send("DELETE", QStringLiteral("/api/v0/ssh/1/"), m_demo.vastApiKey, "{}").status, 500);
        QCOMPARE(getVastSsh().status, 200);
        QCOMPARE(m_http
                     ->send("PUT", QStringLiteral("/api/v0/ssh/1/"), m_demo.vastApiKey,
                            SandboxHttp::json({{QStringLiteral("ssh_key"), QStringLiteral("ssh-ed25519 AAAA")}}))
                     .status,
                 200);
    }

    void adminRouteSetsListsAndClearsFaults()
    {
        m_http->setHeader(SandboxServer::AdminTokenHeader, kToken);
        HttpResult r = m_http->send("GET", QStringLiteral("/_sandbox/health"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QLatin1String("status")).toString(), QStringLiteral("ok"));

        r = m_http->send("POST", QStringLiteral("/_sandbox/faults"), {},
                         SandboxHttp::json({{QStringLiteral("kind"), QStringLiteral("status")},
                                            {QStringLiteral("method"), QStringLiteral("GET")},
                                            {QStringLiteral("path"), QStringLiteral("/api/v0/ssh/")},
                                            {QStringLiteral("status"), 503},
                                            {QStringLiteral("times"), 1}}));
        QCOMPARE(r.status, 201);
        QVERIFY(r.object().value(QLatin1String("id")).toInt() > 0);
        r = m_http->send("GET", QStringLiteral("/_sandbox/faults"));
        QCOMPARE(r.object().value(QLatin1String("faults")).toArray().size(), 1);
        QCOMPARE(getVastSsh().status, 503);
        QCOMPARE(getVastSsh().status, 200);

        r = m_http->send("POST", QStringLiteral("/_sandbox/faults"), {},
                         SandboxHttp::json({{QStringLiteral("kind"), QStringLiteral("stall")},
                                            {QStringLiteral("path"), QStringLiteral("/api/")},
                                            {QStringLiteral("match"), QStringLiteral("prefix")}}));
        QCOMPARE(r.status, 201);
        r = m_http->send("DELETE", QStringLiteral("/_sandbox/faults"));
        QCOMPARE(r.object().value(QLatin1String("cleared")).toInt(), 1);
        QCOMPARE(getVastSsh().status, 200);

        r = m_http->send("POST", QStringLiteral("/_sandbox/faults"), {},
                         SandboxHttp::json({{QStringLiteral("kind"), QStringLiteral("meteor")},
                                            {QStringLiteral("path"), QStringLiteral("/api/")}}));
        QCOMPARE(r.status, 400);
        QCOMPARE(m_http->send("POST", QStringLiteral("/_sandbox/faults"), {}, "not json").status, 400);
    }

    void adminRoutesAreOffWithoutAToken()
    {
        // The demo's module starts the sandbox with the default options: no admin routes at all.
        SandboxServer server;
        QVERIFY(server.start(SandboxServer::Options()));
        SandboxHttp http(server.baseUrl());
        QCOMPARE(http.send("GET", QStringLiteral("/_sandbox/health")).status, 404);
        const QByteArray oversize = SandboxHttp::json({{QStringLiteral("kind"), QStringLiteral("oversize-body")},
                                                       {QStringLiteral("path"), QStringLiteral("/api/")},
                                                       {QStringLiteral("match"), QStringLiteral("prefix")}});
        QCOMPARE(http.send("POST", QStringLiteral("/_sandbox/faults"), {}, oversize).status, 404);
        http.setHeader(SandboxServer::AdminTokenHeader, QByteArray());
        QCOMPARE(http.send("POST", QStringLiteral("/_sandbox/faults"), {}, oversize).status, 404);
        QVERIFY(server.faults().isEmpty());
    }

    void adminRoutesNeedTheToken()
    {
        const QByteArray stall = SandboxHttp::json({{QStringLiteral("kind"), QStringLiteral("stall")},
                                                    {QStringLiteral("path"), QStringLiteral("/api/")},
                                                    {QStringLiteral("match"), QStringLiteral("prefix")}});
        QCOMPARE(m_http->send("GET", QStringLiteral("/_sandbox/health")).status, 401);
        QCOMPARE(m_http->send("POST", QStringLiteral("/_sandbox/faults"), {}, stall).status, 401);
        m_http->setHeader(SandboxServer::AdminTokenHeader, "0123456789abcdef0123456789abcdeX");
        QCOMPARE(m_http->send("POST", QStringLiteral("/_sandbox/faults"), {}, stall).status, 401);
        QVERIFY(m_server->faults().isEmpty());
        m_http->setHeader(SandboxServer::AdminTokenHeader, kToken);
        QCOMPARE(m_http->send("GET", QStringLiteral("/_sandbox/health")).status, 200);

        // Random per call, long enough not to be guessed.
        const QByteArray a = SandboxServer::generateAdminToken();
        QCOMPARE(a.size(), 64);
        QVERIFY(a != SandboxServer::generateAdminToken());
    }

    void aWebPageCannotReachAnyRoute()
    {
        // A text/plain POST from a page needs no CORS preflight; it carries an Origin. Through DNS rebinding the page
        // can also use its own host name for 127.0.0.1. Both are refused on every route, the admin token
        // notwithstanding.
        const QByteArray body = SandboxHttp::json({{QStringLiteral("kind"), QStringLiteral("oversize-body")},
                                                   {QStringLiteral("path"), QStringLiteral("/api/")},
                                                   {QStringLiteral("match"), QStringLiteral("prefix")}});
        const QByteArray length = "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        const QByteArray token = QByteArray("X-Sandbox-Token: ") + kToken + "\r\n";
        QByteArray answer
            = raw("POST /_sandbox/faults HTTP/1.1\r\n" + host() + token
                  + "Origin: http://evil.example\r\nContent-Type: text/plain\r\n" + length + "\r\n" + body);
        QVERIFY2(answer.startsWith("HTTP/1.1 403"), answer.constData());
        answer = raw("POST /_sandbox/faults HTTP/1.1\r\nHost: evil.example:" + QByteArray::number(m_server->port())
                     + "\r\n" + token + "Content-Type: text/plain\r\n" + length + "\r\n" + body);
        QVERIFY2(answer.startsWith("HTTP/1.1 403"), answer.constData());
        QVERIFY(m_server->faults().isEmpty());

        const QByteArray auth = "Authorization: Bearer " + m_demo.vastApiKey.toUtf8() + "\r\n";
        answer = raw("GET /api/v0/users/current/ HTTP/1.1\r\n" + host() + auth + "Origin: null\r\n\r\n");
        QVERIFY2(answer.startsWith("HTTP/1.1 403"), answer.left(200).constData());
        answer = raw("GET /api/v0/users/current/ HTTP/1.1\r\nHost: rebound.example\r\n" + auth + "\r\n");
        QVERIFY2(answer.startsWith("HTTP/1.1 403"), answer.left(200).constData());
        // The same request as Keydeck sends it is answered.
        answer = raw("GET /api/v0/users/current/ HTTP/1.1\r\n" + host() + auth + "\r\n");
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.left(200).constData());
        answer = raw("GET /api/v0/users/current/ HTTP/1.1\r\nHost: localhost:" + QByteArray::number(m_server->port())
                     + "\r\n" + auth + "\r\n");
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.left(200).constData());
    }

    void adminRoutesRefuseANonLoopbackPeer()
    {
        // The socket is bound to 127.0.0.1, so this request can only be presented to handle() directly.
        SandboxRequest request;
        request.method = "GET";
        request.path = QStringLiteral("/_sandbox/health");
        request.headers.insert("host", "127.0.0.1:" + QByteArray::number(m_server->port()));
        request.headers.insert("x-sandbox-token", kToken);
        request.peer = QHostAddress(QStringLiteral("192.0.2.7"));
        QCOMPARE(m_server->handle(request).status, 403);
        request.peer = QHostAddress::LocalHost;
        QCOMPARE(m_server->handle(request).status, 200);
    }

    void anOversizeBodyIsRefusedBeforeItIsRead()
    {
        // Declares 1 GiB and sends 1 KiB: the answer comes from the headers, without waiting for (or keeping) the rest.
        QElapsedTimer timer;
        timer.start();
        const QByteArray auth = "Authorization: Bearer " + m_demo.vastApiKey.toUtf8() + "\r\n";
        QByteArray answer
            = raw("POST /api/v0/ssh/ HTTP/1.1\r\n" + host() + auth
                      + "Content-Type: application/json\r\nContent-Length: 1073741824\r\n\r\n" + QByteArray(1024, 'a'),
                  3000);
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.left(200).constData());
        QVERIFY(answer.contains("\"success\":false")); // the Vast dialect's shape
        QVERIFY(timer.elapsed() < 3000);
        // No length to check up front: refused too.
        answer = raw("POST /api/ssh-keys HTTP/1.1\r\n" + host() + "Transfer-Encoding: chunked\r\n\r\n1\r\na\r\n", 3000);
        QVERIFY2(answer.startsWith("HTTP/1.1 411"), answer.left(200).constData());
        // Headers without end are cut off at MaxHeaderBytes.
        answer = raw("GET /api/teams HTTP/1.1\r\n" + host() + "X-Padding: " + QByteArray(100 * 1024, 'p'), 3000);
        QVERIFY2(answer.startsWith("HTTP/1.1 431"), answer.left(200).constData());
        // The server still answers normally afterwards, on the same and on new connections.
        QCOMPARE(getVastSsh().status, 200);
        answer = raw("POST /api/v0/ssh/ HTTP/1.1\r\n" + host() + auth + "Content-Length: 2\r\n\r\n{}");
        QVERIFY2(!answer.startsWith("HTTP/1.1 413"), answer.left(200).constData());
    }

    void faultParametersAreBounded()
    {
        const QJsonObject base {{QStringLiteral("kind"), QStringLiteral("oversize-body")},
                                {QStringLiteral("path"), QStringLiteral("/api/")}};
        QString error;
        QJsonObject o = base;
        o.insert(QStringLiteral("sizeMiB"), SandboxFault::MaxOversizeMiB);
        SandboxFault::fromJson(o, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const auto& [field, value] :
             {std::pair {QStringLiteral("sizeMiB"), 1024}, std::pair {QStringLiteral("latencyMs"), 100 * 60 * 1000},
              std::pair {QStringLiteral("times"), 2000000000}, std::pair {QStringLiteral("retryAfter"), 100000000}}) {
            o = base;
            o.insert(field, value);
            error.clear();
            SandboxFault::fromJson(o, &error);
            QVERIFY2(!error.isEmpty(), qPrintable(field));
        }
        o = base;
        o.insert(QStringLiteral("path"), QString(5000, QLatin1Char('a')));
        error.clear();
        SandboxFault::fromJson(o, &error);
        QVERIFY(!error.isEmpty());

        // Over HTTP too, and no more than MaxFaults armed at once.
        m_http->setHeader(SandboxServer::AdminTokenHeader, kToken);
        o = base;
        o.insert(QStringLiteral("sizeMiB"), 1024);
        QCOMPARE(m_http->send("POST", QStringLiteral("/_sandbox/faults"), {}, SandboxHttp::json(o)).status, 400);
        SandboxFault f = fault(SandboxFault::Kind::Status, QStringLiteral("/nowhere"));
        for (int i = 0; i < SandboxServer::MaxFaults; ++i)
            QVERIFY(m_server->setFault(f) > 0);
        QCOMPARE(m_server->setFault(f), -1);
        QCOMPARE(m_http->send("POST", QStringLiteral("/_sandbox/faults"), {}, SandboxHttp::json(base)).status, 400);
    }

    void adminRouteIsNotReachableThroughDialectPrefixes()
    {
        HttpResult r = m_http->send("GET", QStringLiteral("/api/v0/_sandbox/health"), m_demo.vastApiKey);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.object().value(QLatin1String("success")), QJsonValue(false));
        r = m_http->send("GET", QStringLiteral("/api/_sandbox/health"), m_demo.spheronApiKey);
        QCOMPARE(r.status, 404);
        QVERIFY(r.object().value(QLatin1String("message")).isString());
        r = m_http->send("POST", QStringLiteral("/api/_sandbox/faults"), m_demo.spheronApiKey,
                         SandboxHttp::json({{QStringLiteral("kind"), QStringLiteral("stall")},
                                            {QStringLiteral("path"), QStringLiteral("/api/")}}));
        QCOMPARE(r.status, 404);
        QVERIFY(m_server->faults().isEmpty());
    }

    void oversizeRequestGets413InTheDialectShape()
    {
        const QByteArray big = SandboxHttp::json({{QStringLiteral("ssh_key"), QString(100 * 1024, QLatin1Char('a'))}});
        HttpResult r = m_http->send("POST", QStringLiteral("/api/v0/ssh/"), m_demo.vastApiKey, big);
        QCOMPARE(r.status, 413);
        QCOMPARE(r.object().value(QLatin1String("success")), QJsonValue(false));
        r = m_http->send("POST", QStringLiteral("/api/ssh-keys"), m_demo.spheronApiKey, big);
        QCOMPARE(r.status, 413);
        QVERIFY(r.object().value(QLatin1String("message")).isString());
    }

    void faultJsonRoundTrips()
    {
        SandboxFault f = fault(SandboxFault::Kind::DropConnection, QStringLiteral("/api/"), "POST");
        f.match = SandboxFault::Match::Prefix;
        f.times = 3;
        QString error;
        const SandboxFault back = SandboxFault::fromJson(f.toJson(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(back.kind, f.kind);
        QCOMPARE(back.match, f.match);
        QCOMPARE(back.times, 3);
        QCOMPARE(back.method, QByteArray("POST"));
        QVERIFY(back.matches("POST", QStringLiteral("/api/ssh-keys")));
        QVERIFY(!back.matches("GET", QStringLiteral("/api/ssh-keys")));
    }
};

QTEST_GUILESS_MAIN(tst_SandboxFault)
#include "tst_sandboxfault.moc"
