#include "SandboxHttp.h"

#include "sandbox/SandboxServer.h"

#include <QRegularExpression>
#include <QTest>

#include <memory>

namespace {

const QString kNewKey
    = QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKx982Uk+p2ndPcFjvDnulg95IiABKegEHl2SWg6yyCW deploy@gpu-box");

} // namespace

/** Contract tests of the Spheron AI dialect (/api/…) over real HTTP. */
class tst_SpheronDialect : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxHttp> m_http;
    SandboxDemo m_demo;

    static bool isSpheronError(const HttpResult& r)
    {
        const QJsonObject o = r.object();
        return o.value(QLatin1String("error")).isString() && o.value(QLatin1String("message")).isString();
    }

    HttpResult createKey(const QJsonObject& body)
    {
        return m_http->send("POST", QStringLiteral("/api/ssh-keys"), m_demo.spheronApiKey, SandboxHttp::json(body));
    }

private slots:
    void init()
    {
        m_server = std::make_unique<SandboxServer>();
        QString error;
        QVERIFY2(m_server->start(SandboxServer::Options(), &error), qPrintable(error));
        m_demo = m_server->seedDemo();
        m_http = std::make_unique<SandboxHttp>(m_server->baseUrl());
    }

    void cleanup()
    {
        m_http.reset();
        m_server.reset();
    }

    void demoKeyLooksReal()
    {
        QVERIFY(
            QRegularExpression(QStringLiteral("^sai_pk_[A-Za-z0-9_-]{40}$")).match(m_demo.spheronApiKey).hasMatch());
    }

    void listsKeysOfEveryTeamWithTeamId()
    {
        const HttpResult r = m_http->send("GET", QStringLiteral("/api/ssh-keys"), m_demo.spheronApiKey);
        QCOMPARE(r.status, 200);
        const QJsonArray keys = r.array();
        QCOMPARE(keys.size(), 6);
        QSet<QString> teams;
        for (const QJsonValue v : keys) {
            const QJsonObject k = v.toObject();
            QVERIFY(k.value(QLatin1String("id")).isString());
            QVERIFY(!k.value(QLatin1String("name")).toString().isEmpty());
            QVERIFY(k.value(QLatin1String("publicKey")).toString().contains(QLatin1Char(' ')));
            QVERIFY(QDateTime::fromString(k.value(QLatin1String("createdAt")).toString(), Qt::ISODateWithMs).isValid());
            teams.insert(k.value(QLatin1String("teamId")).toString());
        }
        QCOMPARE(teams, (QSet<QString> {m_demo.spheronTeamId, m_demo.spheronMemberTeamId}));
    }

    void teamIdQueryFiltersAndForeignTeamIsForbidden()
    {
        HttpResult r
            = m_http->send("GET", QStringLiteral("/api/ssh-keys?teamId=") + m_demo.spheronTeamId, m_demo.spheronApiKey);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.array().size(), 3);
        for (const QJsonValue v : r.array())
            QCOMPARE(v.toObject().value(QLatin1String("teamId")).toString(), m_demo.spheronTeamId);
        r = m_http->send("GET", QStringLiteral("/api/ssh-keys?teamId=000000000000000000000000"), m_demo.spheronApiKey);
        QCOMPARE(r.status, 403);
        QVERIFY(isSpheronError(r));
    }

    void createWithoutTeamGoesToCurrentTeam()
    {
        HttpResult r
            = createKey({{QStringLiteral("name"), QStringLiteral("GPU box")}, {QStringLiteral("publicKey"), kNewKey}});
        QCOMPARE(r.status, 201);
        const QJsonObject key = r.object();
        QCOMPARE(key.value(QLatin1String("teamId")).toString(), m_demo.spheronTeamId);
        QCOMPARE(key.value(QLatin1String("publicKey")).toString(), kNewKey);
        const QString id = key.value(QLatin1String("id")).toString();
        QVERIFY(!id.isEmpty());

        r = m_http->send("GET", QStringLiteral("/api/ssh-keys/") + id, m_demo.spheronApiKey);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QLatin1String("name")).toString(), QStringLiteral("GPU box"));

        r = createKey({{QStringLiteral("name"), QStringLiteral("Again")}, {QStringLiteral("publicKey"), kNewKey}});
        QCOMPARE(r.status, 409);
        QVERIFY(isSpheronError(r));

        r = m_http->send("DELETE", QStringLiteral("/api/ssh-keys/") + id, m_demo.spheronApiKey);
        QCOMPARE(r.status, 200);
        QCOMPARE(m_http->send("GET", QStringLiteral("/api/ssh-keys/") + id, m_demo.spheronApiKey).status, 404);
        r = m_http->send("DELETE", QStringLiteral("/api/ssh-keys/") + id, m_demo.spheronApiKey);
        QCOMPARE(r.status, 404);
        QVERIFY(isSpheronError(r));
    }

    void createValidatesInput()
    {
        HttpResult r = createKey({{QStringLiteral("name"), QStringLiteral("No key")}});
        QCOMPARE(r.status, 400);
        QVERIFY(isSpheronError(r));
        r = createKey({{QStringLiteral("name"), QStringLiteral("Path")},
                       {QStringLiteral("publicKey"), QStringLiteral("~/.ssh/id_ed25519.pub")}});
        QCOMPARE(r.status, 400);
        r = createKey({{QStringLiteral("name"), QStringLiteral("X")},
                       {QStringLiteral("publicKey"), kNewKey},
                       {QStringLiteral("teamId"), 42}});
        QCOMPARE(r.status, 400);
        r = m_http->send("POST", QStringLiteral("/api/ssh-keys"), m_demo.spheronApiKey, "{\"name\": ");
        QCOMPARE(r.status, 400);
        QVERIFY(isSpheronError(r));
    }

    void memberMayListButNotAddOrDelete()
    {
        HttpResult r = createKey({{QStringLiteral("name"), QStringLiteral("Mine")},
                                  {QStringLiteral("publicKey"), kNewKey},
                                  {QStringLiteral("teamId"), m_demo.spheronMemberTeamId}});
        QCOMPARE(r.status, 403);
        QCOMPARE(r.object().value(QLatin1String("error")).toString(), QStringLiteral("Forbidden"));
        QVERIFY(!r.object().value(QLatin1String("message")).toString().isEmpty());

        r = m_http->send("GET", QStringLiteral("/api/ssh-keys?teamId=") + m_demo.spheronMemberTeamId,
                         m_demo.spheronApiKey);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.array().size(), 3);
        const QString id = r.array().at(0).toObject().value(QLatin1String("id")).toString();
        r = m_http->send("DELETE", QStringLiteral("/api/ssh-keys/") + id, m_demo.spheronApiKey);
        QCOMPARE(r.status, 403);
        QCOMPARE(m_http->send("GET", QStringLiteral("/api/ssh-keys/") + id, m_demo.spheronApiKey).status, 200);
    }

    void fingerprintReproducesTheServerBug()
    {
        // docs/api/spheron.md §2.1: the server hashes the "ssh-ed25519 " prefix, so two ed25519 keys share one.
        const HttpResult r = m_http->send("GET", QStringLiteral("/api/ssh-keys"), m_demo.spheronApiKey);
        QStringList ed25519Fingerprints;
        for (const QJsonValue v : r.array()) {
            const QJsonObject k = v.toObject();
            if (k.value(QLatin1String("publicKey")).toString().startsWith(QLatin1String("ssh-ed25519 ")))
                ed25519Fingerprints.append(k.value(QLatin1String("fingerprint")).toString());
        }
        QVERIFY(ed25519Fingerprints.size() >= 2);
        QVERIFY(ed25519Fingerprints.at(0).startsWith(QLatin1String("SHA256:")));
        QCOMPARE(ed25519Fingerprints.at(0), ed25519Fingerprints.at(1));
    }

    void balanceListsTeamsWithRolesAndCurrency()
    {
        const HttpResult r = m_http->send("GET", QStringLiteral("/api/balance"), m_demo.spheronApiKey);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QLatin1String("currency")).toString(), QStringLiteral("USD"));
        const QJsonArray teams = r.object().value(QLatin1String("teams")).toArray();
        QCOMPARE(teams.size(), 2);
        const QJsonObject current = teams.at(0).toObject();
        QCOMPARE(current.value(QLatin1String("teamId")).toString(), m_demo.spheronTeamId);
        QCOMPARE(current.value(QLatin1String("isCurrentTeam")).toBool(), true);
        QCOMPARE(current.value(QLatin1String("role")).toString(), QStringLiteral("owner"));
        QVERIFY(current.value(QLatin1String("balance")).isDouble());
        QVERIFY(!current.value(QLatin1String("teamName")).toString().isEmpty());
        QCOMPARE(teams.at(1).toObject().value(QLatin1String("role")).toString(), QStringLiteral("member"));
    }

    void teamsListsTheCallersTeams()
    {
        const HttpResult r = m_http->send("GET", QStringLiteral("/api/teams"), m_demo.spheronApiKey);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.array().size(), 2);
        QCOMPARE(r.array().at(0).toObject().value(QLatin1String("id")).toString(), m_demo.spheronTeamId);
    }

    void rejectsMissingGarbageExpiredAndRevokedKeys_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("missing") << 0;
        QTest::newRow("garbage") << 1;
        QTest::newRow("expired") << 2;
        QTest::newRow("revoked") << 3;
    }

    void rejectsMissingGarbageExpiredAndRevokedKeys()
    {
        QFETCH(int, which);
        const QString key = which == 0 ? QString()
            : which == 1               ? QStringLiteral("sai_pk_garbage")
            : which == 2               ? m_demo.spheronExpiredKey
                                       : m_demo.spheronRevokedKey;
        for (const QString& path :
             {QStringLiteral("/api/ssh-keys"), QStringLiteral("/api/balance"), QStringLiteral("/api/teams")}) {
            const HttpResult r = m_http->send("GET", path, key);
            QCOMPARE(r.status, 401);
            QVERIFY(isSpheronError(r));
        }
        if (which == 2)
            QVERIFY(m_http->send("GET", QStringLiteral("/api/balance"), key)
                        .object()
                        .value(QLatin1String("message"))
                        .toString()
                        .contains(QLatin1String("expired")));
        if (which == 3)
            QVERIFY(m_http->send("GET", QStringLiteral("/api/balance"), key)
                        .object()
                        .value(QLatin1String("message"))
                        .toString()
                        .contains(QLatin1String("revoked")));
    }

    void trailingSlashIsAccepted()
    {
        QCOMPARE(m_http->send("GET", QStringLiteral("/api/balance/"), m_demo.spheronApiKey).status, 200);
        QCOMPARE(m_http->send("GET", QStringLiteral("/api/ssh-keys/"), m_demo.spheronApiKey).status, 200);
    }

    void unknownRoutesGet404InSpheronShape()
    {
        for (const QByteArray& method : {QByteArray("GET"), QByteArray("PUT")}) {
            const HttpResult r = m_http->send(method, QStringLiteral("/api/profile"), m_demo.spheronApiKey, "{}");
            QCOMPARE(r.status, 404);
            QVERIFY(isSpheronError(r));
        }
        QCOMPARE(m_http->send("PUT", QStringLiteral("/api/ssh-keys"), m_demo.spheronApiKey, "{}").status, 404);
    }

    void requestBudgetAnswers429WithRetryAfter()
    {
        m_server.reset();
        m_server = std::make_unique<SandboxServer>();
        SandboxServer::Options options;
        options.rateLimits = true;
        options.spheronRequestsPerWindow = 3;
        QVERIFY(m_server->start(options));
        m_demo = m_server->seedDemo();
        m_http = std::make_unique<SandboxHttp>(m_server->baseUrl());
        for (int i = 0; i < 3; ++i)
            QCOMPARE(m_http->send("GET", QStringLiteral("/api/balance"), m_demo.spheronApiKey).status, 200);
        const HttpResult r = m_http->send("GET", QStringLiteral("/api/ssh-keys"), m_demo.spheronApiKey);
        QCOMPARE(r.status, 429);
        QVERIFY(isSpheronError(r));
        const int retryAfter = r.headers.value("retry-after").toInt();
        QVERIFY(retryAfter > 0 && retryAfter <= 900);
        QCOMPARE(r.object().value(QLatin1String("retryAfter")).toInt(), retryAfter);
    }
};

QTEST_GUILESS_MAIN(tst_SpheronDialect)
#include "tst_spherondialect.moc"
