#include "SandboxHttp.h"
#include "TestTls.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

/** Runs the real keydeck-sandbox executable and talks to it with the keys it prints. */
class tst_SandboxTool : public QObject
{
    Q_OBJECT

private slots:
    void jsonLineGivesWorkingKeysForBothDialects()
    {
        QProcess process;
        process.start(
            QStringLiteral(KEYDECK_SANDBOX_EXECUTABLE),
            {QStringLiteral("--json"), QStringLiteral("--seed-demo"), QStringLiteral("--port"), QStringLiteral("0")});
        QVERIFY(process.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 20000);
        const QJsonObject line = QJsonDocument::fromJson(process.readLine()).object();
        const QJsonObject vast = line.value(QLatin1String("vast")).toObject();
        const QJsonObject spheron = line.value(QLatin1String("spheron")).toObject();
        QVERIFY(vast.value(QLatin1String("baseUrl")).toString().startsWith(QLatin1String("http://127.0.0.1:")));
        QVERIFY(!spheron.value(QLatin1String("teamId")).toString().isEmpty());

        SandboxHttp http(QUrl(vast.value(QLatin1String("baseUrl")).toString()));
        HttpResult r
            = http.send("GET", QStringLiteral("/api/v0/users/current"), vast.value(QLatin1String("apiKey")).toString());
        QCOMPARE(r.status, 200);
        QVERIFY(r.object().contains(QLatin1String("email")));
        r = http.send("GET", QStringLiteral("/api/balance"), spheron.value(QLatin1String("apiKey")).toString());
        QCOMPARE(r.status, 200);
        // The admin routes need this run's token, printed only on the line (docs/SANDBOX.md, "Who may talk to it").
        const QJsonObject admin = line.value(QLatin1String("admin")).toObject();
        const QByteArray token = admin.value(QLatin1String("token")).toString().toLatin1();
        QCOMPARE(admin.value(QLatin1String("header")).toString(), QStringLiteral("X-Sandbox-Token"));
        QCOMPARE(token.size(), 64);
        SandboxHttp admin1(QUrl(vast.value(QLatin1String("baseUrl")).toString()));
        QCOMPARE(admin1.send("GET", QStringLiteral("/_sandbox/health")).status, 401);
        admin1.setHeader("X-Sandbox-Token", token);
        QCOMPARE(admin1.send("GET", QStringLiteral("/_sandbox/health")).status, 200);

        QCOMPARE(r.object()
                     .value(QLatin1String("teams"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("teamId"))
                     .toString(),
                 spheron.value(QLatin1String("teamId")).toString());

        // A fault armed over HTTP with the token fires.
        const QByteArray fault = SandboxHttp::json({{QStringLiteral("kind"), QStringLiteral("status")},
                                                    {QStringLiteral("path"), QStringLiteral("/api/balance")},
                                                    {QStringLiteral("status"), 503},
                                                    {QStringLiteral("times"), 1}});
        QCOMPARE(admin1.send("POST", QStringLiteral("/_sandbox/faults"), {}, fault).status, 201);
        QCOMPARE(
            http.send("GET", QStringLiteral("/api/balance"), spheron.value(QLatin1String("apiKey")).toString()).status,
            503);

        process.terminate();
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    }

    void servesHttpsWithTheGivenCertificate()
    {
        // What scripts/bench uses for its HTTPS rows (issue 24 item 1): a certificate from this process's CA.
        const TestTls::Identity identity = TestTls::processAuthority().issueServer();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile cert(dir.filePath(QStringLiteral("cert.pem")));
        QFile key(dir.filePath(QStringLiteral("key.pem")));
        QVERIFY(cert.open(QIODevice::WriteOnly) && key.open(QIODevice::WriteOnly));
        key.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        cert.write(identity.certificate.toPem());
        key.write(identity.key.toPem());
        cert.close();
        key.close();

        QProcess process;
        process.start(QStringLiteral(KEYDECK_SANDBOX_EXECUTABLE),
                      {QStringLiteral("--json"), QStringLiteral("--seed-demo"), QStringLiteral("--tls-cert"),
                       cert.fileName(), QStringLiteral("--tls-key"), key.fileName()});
        QVERIFY(process.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 20000);
        const QJsonObject vast = QJsonDocument::fromJson(process.readLine()).object().value(u"vast").toObject();
        const QUrl base(vast.value(QLatin1String("baseUrl")).toString());
        QCOMPARE(base.scheme(), QStringLiteral("https"));
        SandboxHttp http(base);
        const HttpResult r
            = http.send("GET", QStringLiteral("/api/v0/users/current"), vast.value(QLatin1String("apiKey")).toString());
        QCOMPARE(r.status, 200);
        process.terminate();
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);

        // Half of the pair is refused in words.
        QProcess half;
        half.start(QStringLiteral(KEYDECK_SANDBOX_EXECUTABLE), {QStringLiteral("--tls-cert"), cert.fileName()});
        QVERIFY(half.waitForFinished(10000));
        QCOMPARE(half.exitCode(), 2);
        QVERIFY(QString::fromLocal8Bit(half.readAllStandardError()).contains(QLatin1String("--tls-key")));
    }

    void eachRunHasItsOwnToken()
    {
        QByteArray tokens[2];
        for (QByteArray& token : tokens) {
            QProcess process;
            process.start(QStringLiteral(KEYDECK_SANDBOX_EXECUTABLE), {QStringLiteral("--json")});
            QVERIFY(process.waitForStarted(10000));
            QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 20000);
            token = QJsonDocument::fromJson(process.readLine())
                        .object()
                        .value(QLatin1String("admin"))
                        .toObject()
                        .value(QLatin1String("token"))
                        .toString()
                        .toLatin1();
            process.terminate();
            QVERIFY(process.waitForFinished(10000));
        }
        QVERIFY(!tokens[0].isEmpty());
        QVERIFY(tokens[0] != tokens[1]);
    }

    void badOptionValuesFailWithASentence()
    {
        QProcess process;
        process.start(QStringLiteral(KEYDECK_SANDBOX_EXECUTABLE),
                      {QStringLiteral("--rate-limits"), QStringLiteral("maybe")});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("maybe"));
    }

    void unknownVariantsFailWithASentence_data()
    {
        QTest::addColumn<QString>("assignment");
        QTest::addColumn<QByteArray>("named");
        QTest::newRow("unknown name") << QStringLiteral("no-such=1") << QByteArray("no-such");
        QTest::newRow("unknown value") << QStringLiteral("vast-429=sometimes") << QByteArray("sometimes");
        QTest::newRow("no value") << QStringLiteral("vast-429") << QByteArray("NAME=VALUE");
    }
    void unknownVariantsFailWithASentence()
    {
        QFETCH(QString, assignment);
        QFETCH(QByteArray, named);
        QProcess process;
        process.start(QStringLiteral(KEYDECK_SANDBOX_EXECUTABLE), {QStringLiteral("--variant"), assignment});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains(named));
    }

    void helpListsTheVariants()
    {
        QProcess process;
        process.start(QStringLiteral(KEYDECK_SANDBOX_EXECUTABLE), {QStringLiteral("--help")});
        QVERIFY(process.waitForFinished(10000));
        QVERIFY(process.readAllStandardOutput().contains("vast-429=threshold-body|retry-after"));
    }
};

QTEST_GUILESS_MAIN(tst_SandboxTool)
#include "tst_sandboxtool.moc"
