#include "ProviderTestHelpers.h"

#include "net/ApiTransport.h"
#include "providers/SpheronProvider.h"
#include "providers/VastProvider.h"
#include "sandbox/SandboxServer.h"

#include "TestTls.h"

#include <QJsonObject>
#include <QTest>

#include <memory>

using Kind = ApiError::Kind;
using ProviderTest::call;

namespace {

/** Every field of every event, for "never a secret" checks. */
QString everything(const QList<AuditEvent>& events)
{
    QStringList out;
    for (const AuditEvent& e : events)
        out << e.id << e.route << e.method << e.summary << e.ip << e.apiKeyId << e.userAgent;
    return out.join(u'\n');
}

const AuditEvent* findAction(const QList<AuditEvent>& events, const QString& method, const QString& route)
{
    for (const AuditEvent& e : events) {
        // The CLI's columns have no method: then the route alone must match.
        if (e.route == route && (e.method.isEmpty() || e.method == method))
            return &e;
    }
    return nullptr;
}

} // namespace

/** The audit log (issue 23, docs/api/vast-endpoints.md §3.8) end to end against the sandbox, under both shapes. */
class tst_AuditLog : public QObject
{
    Q_OBJECT

private:
    SandboxServer m_sandbox;
    SandboxDemo m_demo;
    std::unique_ptr<ApiTransport> m_transport;

    std::unique_ptr<VastProvider> vast(const QString& apiKey, const QString& sessionKey = {})
    {
        auto p = std::make_unique<VastProvider>(m_transport.get());
        p->setBaseUrl(m_sandbox.baseUrl());
        p->setCredentials({apiKey, sessionKey});
        return p;
    }

    static void addShapes()
    {
        QTest::addColumn<QString>("shape");
        QTest::newRow("the CLI's columns") << QStringLiteral("cli");
        QTest::newRow("detailed, in an envelope") << QStringLiteral("detailed");
    }

    QList<AuditEvent> listEvents(VastProvider& p)
    {
        const auto listed = call<QList<AuditEvent>>([&](QObject* c, auto done) { p.listAuditEvents(c, done); });
        if (!listed || !listed->ok())
            return {};
        return *listed->value;
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
    }

    void init()
    {
        m_demo = m_sandbox.seedDemo();
        m_sandbox.clearFaults();
        QVERIFY(m_sandbox.setVariant(QStringLiteral("vast-audit-log"), QStringLiteral("cli")));
        QVERIFY(m_sandbox.setVariant(QStringLiteral("list-items"), QStringLiteral("clean")));
    }

    void cleanupTestCase() { m_transport.reset(); }

    void listsTheSeededEventsNewestFirst_data() { addShapes(); }
    void listsTheSeededEventsNewestFirst()
    {
        QFETCH(QString, shape);
        QVERIFY(m_sandbox.setVariant(QStringLiteral("vast-audit-log"), shape));
        auto p = vast(m_demo.vastApiKey);
        const auto listed = call<QList<AuditEvent>>([&](QObject* c, auto done) { p->listAuditEvents(c, done); });
        KD_VERIFY_OK(listed);
        const QList<AuditEvent>& events = *listed->value;
        QCOMPARE(events.size(), 6);
        QCOMPARE(listed->unreadableItems, 0);
        for (int i = 0; i < events.size(); ++i) {
            QVERIFY2(events.at(i).time.isValid(), qPrintable(events.at(i).route));
            QVERIFY(!events.at(i).ip.isEmpty());
            if (i > 0)
                QVERIFY(events.at(i - 1).time >= events.at(i).time);
        }
        // Browser sessions carry no API key; the main key made two of them.
        QVERIFY(events.first().apiKeyId.isEmpty());
        QCOMPARE(events.first().route, QStringLiteral("/api/v0/ssh/"));
        QCOMPARE(events.first().method.isEmpty(), shape == QLatin1String("cli"));
        QCOMPARE(events.first().userAgent.isEmpty(), shape == QLatin1String("cli"));
    }

    void recordsKeydecksOwnChangesAsTheyHappen_data() { addShapes(); }
    void recordsKeydecksOwnChangesAsTheyHappen()
    {
        QFETCH(QString, shape);
        QVERIFY(m_sandbox.setVariant(QStringLiteral("vast-audit-log"), shape));
        auto p = vast(m_demo.vastApiKey);
        const auto profile = call<UserProfile>([&](QObject* c, auto done) { p->fetchProfile(c, done); });
        KD_VERIFY_OK(profile);
        const QString ownKeyId = profile->value->apiKeyId;
        QVERIFY(!ownKeyId.isEmpty());
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-5);

        const QString line = ProviderTest::randomEd25519Line(QStringLiteral("audit@test"));
        const auto added = call<SshKey>([&](QObject* c, auto done) { p->addSshKey({}, line, {}, c, done); });
        KD_VERIFY_OK(added);
        const QString sshId = added->value->id;
        KD_VERIFY_OK(call<void>([&](QObject* c, auto done) { p->deleteSshKey(sshId, c, done); }));
        const auto created = call<CreatedApiKey>([&](QObject* c, auto done) {
            p->createApiKey(
                QStringLiteral("audited"),
                QJsonObject {{QStringLiteral("api"), QJsonObject {{QStringLiteral("misc"), QJsonObject()}}}}, c, done);
        });
        KD_VERIFY_OK(created);
        KD_VERIFY_OK(call<void>([&](QObject* c, auto done) { p->deleteApiKey(created->value->id, c, done); }));

        const QList<AuditEvent> events = listEvents(*p);
        QCOMPARE(events.size(), 6 + 4);
        const AuditEvent* sshAdd = findAction(events, QStringLiteral("POST"), QStringLiteral("/api/v0/ssh/"));
        QVERIFY(sshAdd);
        QCOMPARE(sshAdd->apiKeyId, ownKeyId);
        QVERIFY2(sshAdd->time >= before, qPrintable(sshAdd->time.toString(Qt::ISODate)));
        const AuditEvent* sshDelete
            = findAction(events, QStringLiteral("DELETE"), QStringLiteral("/api/v0/ssh/%1/").arg(sshId));
        QVERIFY(sshDelete);
        QVERIFY(sshDelete->summary.contains(sshId));
        const AuditEvent* keyAdd = findAction(events, QStringLiteral("POST"), QStringLiteral("/api/v0/auth/apikeys/"));
        QVERIFY(keyAdd);
        QVERIFY2(keyAdd->summary.contains(QLatin1String("audited")), qPrintable(keyAdd->summary));
        QVERIFY(findAction(events, QStringLiteral("DELETE"),
                           QStringLiteral("/api/v0/auth/apikeys/%1/").arg(created->value->id)));
        if (shape == QLatin1String("detailed"))
            QVERIFY2(sshAdd->userAgent.startsWith(QLatin1String("Keydeck/")), qPrintable(sshAdd->userAgent));
        // The log names what changed, never a key: neither the new API key nor the SSH key's text.
        const QString all = everything(events);
        QVERIFY(!all.contains(created->value->key));
        QVERIFY(!all.contains(line.section(u' ', 1, 1)));
        QVERIFY(!all.contains(m_demo.vastApiKey));
    }

    void recordsResetsAndTwoFactorChangesWithoutTheirSecrets()
    {
        auto grace = vast(m_demo.vastTfaApiKey);
        const auto session = call<TwoFactorSession>(
            [&](QObject* c, auto done) { grace->twoFactorLogin(m_demo.vastTfaCode, c, done); });
        KD_VERIFY_OK(session);
        const auto codes = call<QStringList>([&](QObject* c, auto done) {
            grace->regenerateBackupCodes(TwoFactorProof::backup(m_demo.vastTfaBackupCodes.first()), c, done);
        });
        KD_VERIFY_OK(codes);
        const auto reset = call<CreatedApiKey>([&](QObject* c, auto done) { grace->resetApiKey(c, done); });
        KD_VERIFY_OK(reset);

        const QList<AuditEvent> events = listEvents(*grace);
        QVERIFY(findAction(events, QStringLiteral("POST"), QStringLiteral("/api/v0/tfa/")));
        QVERIFY(findAction(events, QStringLiteral("PUT"), QStringLiteral("/api/v0/tfa/regen-backup-codes/")));
        QVERIFY(findAction(events, QStringLiteral("PUT"), QStringLiteral("/api/v0/commands/reset_apikey/")));
        const QString all = everything(events);
        QVERIFY(!all.contains(m_demo.vastTfaBackupCodes.first(), Qt::CaseInsensitive));
        QVERIFY(!all.contains(QLatin1String("123456")));
        for (const QString& code : *codes->value)
            QVERIFY(!all.contains(code, Qt::CaseInsensitive));
        QVERIFY(!all.contains(session->value->sessionKey));
        if (!reset->value->key.isEmpty())
            QVERIFY(!all.contains(reset->value->key));
    }

    void aReadingIsNotRecorded()
    {
        auto p = vast(m_demo.vastApiKey);
        KD_VERIFY_OK(call<QList<SshKey>>([&](QObject* c, auto done) { p->listSshKeys({}, c, done); }));
        KD_VERIFY_OK(call<UserProfile>([&](QObject* c, auto done) { p->fetchProfile(c, done); }));
        QCOMPARE(listEvents(*p).size(), 6);
    }

    void needsTheMiscScope()
    {
        // The routes table gives GET /audit_logs/ the misc scope: a user_read key may not read it.
        auto readOnly = vast(m_demo.vastReadOnlyKey);
        KD_VERIFY_KIND(call<QList<AuditEvent>>([&](QObject* c, auto done) { readOnly->listAuditEvents(c, done); }),
                       Kind::Forbidden);
    }

    void countsTheEntriesItCannotRead_data() { addShapes(); }
    void countsTheEntriesItCannotRead()
    {
        QFETCH(QString, shape);
        QVERIFY(m_sandbox.setVariant(QStringLiteral("vast-audit-log"), shape));
        QVERIFY(m_sandbox.setVariant(QStringLiteral("list-items"), QStringLiteral("odd")));
        auto p = vast(m_demo.vastApiKey);
        const auto listed = call<QList<AuditEvent>>([&](QObject* c, auto done) { p->listAuditEvents(c, done); });
        KD_VERIFY_OK(listed);
        QCOMPARE(listed->value->size(), 6);
        QCOMPARE(listed->unreadableItems, 1);
    }

    void spheronHasNoAuditLog()
    {
        SpheronProvider p(m_transport.get());
        p.setBaseUrl(m_sandbox.baseUrl());
        p.setCredentials({m_demo.spheronApiKey, {}});
        QVERIFY(!p.has(ConsoleProvider::Capability::AuditLog));
        QVERIFY(vast(m_demo.vastApiKey)->has(ConsoleProvider::Capability::AuditLog));
        KD_VERIFY_KIND(call<QList<AuditEvent>>([&](QObject* c, auto done) { p.listAuditEvents(c, done); }),
                       Kind::Unsupported);
    }
};

QTEST_GUILESS_MAIN(tst_AuditLog)
#include "tst_auditlog.moc"
