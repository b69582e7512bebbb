#include "SandboxHttp.h"

#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxStore.h"

#include <QTemporaryDir>
#include <QTest>

/** The SQLite store: migrations, persistence across restarts, and several servers in one process. */
class tst_SandboxStore : public QObject
{
    Q_OBJECT

private slots:
    void migrationsRunOnceAndRecordTheVersion()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("sandbox.sqlite"));
        {
            SandboxStore store;
            QString error;
            QVERIFY2(store.open(path, &error), qPrintable(error));
            QCOMPARE(store.schemaVersion(), SandboxStore::latestSchemaVersion());
            QCOMPARE(store.appliedMigrations(), SandboxStore::latestSchemaVersion());
            QCOMPARE(store.scalar(QStringLiteral("SELECT COUNT(*) FROM schema_migrations")).toInt(),
                     SandboxStore::latestSchemaVersion());
        }
        {
            SandboxStore store;
            QVERIFY(store.open(path, nullptr));
            QCOMPARE(store.appliedMigrations(), 0);
            QCOMPARE(store.schemaVersion(), SandboxStore::latestSchemaVersion());
            // Pretend a newer build wrote this file.
            QVERIFY(store.exec(QStringLiteral("INSERT INTO schema_migrations VALUES (999, 'future', 'now')")));
        }
        SandboxStore store;
        QString error;
        QVERIFY(!store.open(path, &error));
        QVERIFY(error.contains(QLatin1String("999")));
    }

    void stateSurvivesARestartWithAFileDatabase()
    {
        QTemporaryDir dir;
        SandboxServer::Options options;
        options.databasePath = dir.filePath(QStringLiteral("state.sqlite"));
        QString created;
        SandboxDemo demo;
        {
            SandboxServer server;
            QVERIFY(server.start(options));
            demo = server.seedDemo();
            SandboxHttp http(server.baseUrl());
            const HttpResult r
                = http.send("POST", QStringLiteral("/api/v0/ssh/"), demo.vastApiKey,
                            SandboxHttp::json({{QStringLiteral("ssh_key"), QStringLiteral("ssh-ed25519 AAAA kept")}}));
            QCOMPARE(r.status, 200);
            created = QString::number(
                r.object().value(QLatin1String("key")).toObject().value(QLatin1String("id")).toInteger());
        }
        SandboxServer server;
        QVERIFY(server.start(options));
        QCOMPARE(server.schemaVersion(), SandboxStore::latestSchemaVersion());
        SandboxHttp http(server.baseUrl());
        HttpResult r = http.send("GET", QStringLiteral("/api/v0/ssh/"), demo.vastApiKey);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.array().size(), 6);
        QCOMPARE(r.array().last().toObject().value(QLatin1String("public_key")).toString(),
                 QStringLiteral("ssh-ed25519 AAAA kept"));
        r = http.send("GET", QStringLiteral("/api/balance"), demo.spheronApiKey);
        QCOMPARE(r.status, 200);
    }

    void twoServersInOneProcessKeepSeparateState()
    {
        SandboxServer a;
        SandboxServer b;
        QVERIFY(a.start(SandboxServer::Options()));
        QVERIFY(b.start(SandboxServer::Options()));
        QVERIFY(a.port() != b.port());
        const SandboxDemo demoA = a.seedDemo();
        const SandboxDemo demoB = b.seedDemo();
        QVERIFY(demoA.vastApiKey != demoB.vastApiKey);
        SandboxHttp httpA(a.baseUrl());
        SandboxHttp httpB(b.baseUrl());
        QCOMPARE(httpA.send("GET", QStringLiteral("/api/v0/ssh/"), demoA.vastApiKey).status, 200);
        QCOMPARE(httpB.send("GET", QStringLiteral("/api/v0/ssh/"), demoA.vastApiKey).status, 401);
        QCOMPARE(a.seedSshKeys(SandboxAccount::VastDemo, 50), 50);
        QCOMPARE(httpA.send("GET", QStringLiteral("/api/v0/ssh/"), demoA.vastApiKey).array().size(), 55);
        QCOMPARE(httpB.send("GET", QStringLiteral("/api/v0/ssh/"), demoB.vastApiKey).array().size(), 5);
    }

    void bulkSeederAddsSpheronKeysToTheCurrentTeam()
    {
        SandboxServer server;
        QVERIFY(server.start(SandboxServer::Options()));
        const SandboxDemo demo = server.seedDemo();
        QCOMPARE(server.seedSshKeys(SandboxAccount::SpheronDemo, 200), 200);
        SandboxHttp http(server.baseUrl());
        const HttpResult r
            = http.send("GET", QStringLiteral("/api/ssh-keys?teamId=") + demo.spheronTeamId, demo.spheronApiKey);
        QCOMPARE(r.array().size(), 203);
    }

    void secondPortOnTheSameNumberFails()
    {
        SandboxServer a;
        QVERIFY(a.start(SandboxServer::Options()));
        SandboxServer b;
        SandboxServer::Options options;
        options.port = a.port();
        QString error;
        QVERIFY(!b.start(options, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!b.isRunning());
    }
};

QTEST_GUILESS_MAIN(tst_SandboxStore)
#include "tst_sandboxstore.moc"
