#include "ProviderTestHelpers.h"

#include "net/ApiTransport.h"
#include "net/NetworkLog.h"
#include "platform/Platform.h"
#include "providers/SpheronProvider.h"
#include "providers/VastProvider.h"
#include "sandbox/SandboxServer.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

/**
 * The network log (issue 19): every call of a run is recorded with its method, path, status, duration, size and
 * error kind, and no secret reaches it: not the bearer, not a created or reset API key, not a session key, not an
 * env var value, not a 2FA code. Checked in the entries, in Copy as curl and in the saved file, after real calls to
 * the sandbox that carry each kind of secret.
 */
class tst_NetworkLog : public QObject
{
    Q_OBJECT

private:
    SandboxServer m_sandbox;
    SandboxDemo m_demo;
    std::unique_ptr<ApiTransport> m_transport;
    std::unique_ptr<NetworkLog> m_log;

    template <typename P>
    std::unique_ptr<P> provider(const QString& apiKey, const QString& variable)
    {
        auto p = std::make_unique<P>(m_transport.get());
        p->setBaseUrl(m_sandbox.baseUrl());
        p->setCredentials({apiKey, {}});
        p->setLogTag(QStringLiteral("Ada"), variable);
        return p;
    }

    /** Every text the log can give away: each entry's fields, each curl command, the whole text. */
    QString everythingShown() const
    {
        QStringList parts {m_log->toText()};
        for (const NetworkLogEntry& e : m_log->entries()) {
            parts << NetworkLog::curlCommand(e) << e.requestBody << e.responseBody << e.url.toString() << e.account;
        }
        return parts.join(QLatin1Char('\n'));
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start({}, &error), qPrintable(error));
        m_transport = std::make_unique<ApiTransport>();
        m_log = std::make_unique<NetworkLog>();
        m_transport->setLog(m_log.get());
    }

    void init()
    {
        m_demo = m_sandbox.seedDemo();
        m_sandbox.clearFaults();
        m_sandbox.setRateLimits(false);
        m_log->clear();
    }

    void recordsEachCallWithItsFacts()
    {
        auto vast = provider<VastProvider>(m_demo.vastApiKey, QStringLiteral("VAST_API_KEY"));
        QVERIFY(ProviderTest::call<QList<SshKey>>([&](QObject* c, auto d) { vast->listSshKeys({}, c, std::move(d)); }));
        const auto missing = ProviderTest::call<void>(
            [&](QObject* c, auto d) { vast->deleteEnvVar(QStringLiteral("NO_SUCH_VARIABLE"), c, std::move(d)); });
        QVERIFY(missing && !missing->ok());
        QCOMPARE(m_log->entries().size(), 2);
        const NetworkLogEntry& list = m_log->entries().at(0);
        QCOMPARE(list.account, QStringLiteral("Ada"));
        QCOMPARE(list.method, QByteArray("GET"));
        QCOMPARE(list.url.path(), QStringLiteral("/api/v0/ssh/"));
        QCOMPARE(list.status, 200);
        QVERIFY(list.responseBytes > 0);
        QVERIFY(list.errorKind.isEmpty());
        QVERIFY(list.time.isValid());
        QVERIFY(list.durationMs >= 0);
        const NetworkLogEntry& failed = m_log->entries().at(1);
        QCOMPARE(failed.method, QByteArray("DELETE"));
        QVERIFY(failed.status >= 400);
        QVERIFY(!failed.errorKind.isEmpty());
        // The server's error text is kept: it is what a user sends us.
        QVERIFY(!failed.responseBody.isEmpty());
    }

    void keepsNoSecretOfAnyKind()
    {
        QStringList secrets {m_demo.vastApiKey, m_demo.spheronApiKey, m_demo.vastTfaApiKey, m_demo.vastTfaCode};
        auto vast = provider<VastProvider>(m_demo.vastApiKey, QStringLiteral("VAST_API_KEY"));

        const QString envValue = QStringLiteral("hf_PlantedEnvValue_7f3a9c");
        secrets << envValue;
        const auto created = ProviderTest::call<void>(
            [&](QObject* c, auto d) { vast->createEnvVar(QStringLiteral("HF_TOKEN_LOG"), envValue, c, std::move(d)); });
        QVERIFY(created && created->ok());
        QVERIFY(ProviderTest::call<QList<EnvVar>>([&](QObject* c, auto d) { vast->listEnvVars(c, std::move(d)); }));

        const QJsonObject readOnly {
            {QStringLiteral("api"), QJsonObject {{QStringLiteral("user_read"), QJsonObject {}}}}};
        const auto newKey = ProviderTest::call<CreatedApiKey>(
            [&](QObject* c, auto d) { vast->createApiKey(QStringLiteral("log test"), readOnly, c, std::move(d)); });
        QVERIFY(newKey && newKey->ok());
        secrets << newKey->value->key;

        // A second provider on the new key resets it: the reset's answer carries yet another key.
        auto second = provider<VastProvider>(newKey->value->key, QStringLiteral("VAST_API_KEY"));
        const auto reset
            = ProviderTest::call<CreatedApiKey>([&](QObject* c, auto d) { second->resetApiKey(c, std::move(d)); });
        QVERIFY(reset);
        if (reset->ok())
            secrets << reset->value->key;

        // Two-factor sign-in: the code goes out, a session key comes back, and the session key is then the bearer.
        auto tfa = provider<VastProvider>(m_demo.vastTfaApiKey, QStringLiteral("VAST_API_KEY"));
        const auto session = ProviderTest::call<TwoFactorSession>(
            [&](QObject* c, auto d) { tfa->twoFactorLogin(m_demo.vastTfaCode, c, std::move(d)); });
        QVERIFY(session && session->ok());
        secrets << session->value->sessionKey;
        QVERIFY(ProviderTest::call<UserProfile>([&](QObject* c, auto d) { tfa->fetchProfile(c, std::move(d)); }));

        auto spheron = provider<SpheronProvider>(m_demo.spheronApiKey, QStringLiteral("SPHERON_API_KEY"));
        QVERIFY(
            ProviderTest::call<AccountBalance>([&](QObject* c, auto d) { spheron->fetchBalance(c, std::move(d)); }));

        QCOMPARE(m_log->entries().size(), 7);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("log.txt"));
        QString error;
        QVERIFY2(m_log->saveTo(path, &error), qPrintable(error));
        QCOMPARE(QFileInfo(path).permissions()
                     & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString saved = QString::fromUtf8(file.readAll());
        const QString shown = everythingShown();
        for (const QString& secret : std::as_const(secrets)) {
            QVERIFY(!secret.isEmpty());
            QVERIFY2(!shown.contains(secret), "a secret reached the network log");
            QVERIFY2(!saved.contains(secret), "a secret reached the saved network log");
        }
        // What is not secret stays readable: the variable's name, the key's name, the paths.
        QVERIFY(shown.contains(QStringLiteral("HF_TOKEN_LOG")));
        QVERIFY(shown.contains(QStringLiteral("log test")));
        QVERIFY(shown.contains(QStringLiteral("[redacted]")));
        QVERIFY(saved.contains(QStringLiteral("/api/v0/secrets/")));
    }

    void copiesAsCurlWithTheKeysVariable()
    {
        auto spheron = provider<SpheronProvider>(m_demo.spheronApiKey, QStringLiteral("SPHERON_API_KEY"));
        const QString line
            = QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl lab");
        QVERIFY(ProviderTest::call<SshKey>([&](QObject* c, auto d) {
            spheron->addSshKey(QStringLiteral("lab it's"), line, m_demo.spheronTeamId, c, std::move(d));
        }));
        QCOMPARE(m_log->entries().size(), 1);
        const QString curl = NetworkLog::curlCommand(m_log->entries().first());
        QVERIFY2(curl.startsWith(QStringLiteral("curl -X POST '")), qPrintable(curl));
        QVERIFY(curl.contains(QStringLiteral("\"Authorization: Bearer $SPHERON_API_KEY\"")));
        QVERIFY(!curl.contains(m_demo.spheronApiKey));
        // The public key is not a secret and the body is quoted for the shell (the name holds a quote).
        QVERIFY(curl.contains(QStringLiteral("ssh-ed25519 AAAAC3")));
        QVERIFY(curl.contains(QStringLiteral("lab it'\\''s")));
    }

    void redactsSecretFieldsInAnyBody_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("secret");
        QTest::newRow("created key") << QByteArray(R"({"id": 5, "key": "0123456789abcdef0123"})")
                                     << QStringLiteral("0123456789abcdef0123");
        QTest::newRow("reset key") << QByteArray(R"({"success": true, "new_api_key": "abcdefabcdef99"})")
                                   << QStringLiteral("abcdefabcdef99");
        QTest::newRow("env value") << QByteArray(R"({"key": "HF_TOKEN", "value": "hf_secretvalue"})")
                                   << QStringLiteral("hf_secretvalue");
        QTest::newRow("env list") << QByteArray(R"({"secrets": {"HF_TOKEN": "plainvalue1"}})")
                                  << QStringLiteral("plainvalue1");
        QTest::newRow("session") << QByteArray(R"({"session_key": "sess-123456", "id": 1})")
                                 << QStringLiteral("sess-123456");
        QTest::newRow("backup codes") << QByteArray(R"({"backup_codes": ["aaaa-1111", "bbbb-2222"]})")
                                      << QStringLiteral("bbbb-2222");
        QTest::newRow("nested code") << QByteArray(R"([{"tfa": {"code": "654321"}}])") << QStringLiteral("654321");
        QTest::newRow("bearer in text") << QByteArray("Invalid key knownbearer1234")
                                        << QStringLiteral("knownbearer1234");
    }

    void redactsSecretFieldsInAnyBody()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, secret);
        const QString redacted = NetworkLog::redact(body, {QStringLiteral("knownbearer1234")});
        QVERIFY2(!redacted.contains(secret), qPrintable(redacted));
        QVERIFY(redacted.contains(QStringLiteral("[redacted]")));
    }
};

QTEST_GUILESS_MAIN(tst_NetworkLog)
#include "tst_networklog.moc"
