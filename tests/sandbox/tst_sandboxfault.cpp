#include "SandboxHttp.h"

#include "sandbox/SandboxServer.h"

#include <QTest>

#include <memory>

/** Fault injection (C++ and the /_sandbox/ admin route), the body cap and the admin route's reach. */
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
        QVERIFY(m_server->start(options));
        m_demo = m_server->seedDemo();
        m_http = std::make_unique<SandboxHttp>(m_server->baseUrl());
    }

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
