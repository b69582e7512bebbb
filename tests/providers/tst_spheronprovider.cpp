#include "ProviderTestHelpers.h"

#include "net/ApiTransport.h"
#include "providers/SpheronProvider.h"
#include "sandbox/SandboxServer.h"
#include "ssh/PublicKey.h"

#include "TestTls.h"

#include <QTest>

#include <memory>

using Kind = ApiError::Kind;
using ProviderTest::call;

/** Every SpheronProvider operation end to end against the sandbox over HTTP. */
class tst_SpheronProvider : public QObject
{
    Q_OBJECT

private:
    SandboxServer m_sandbox;
    SandboxDemo m_demo;
    std::unique_ptr<ApiTransport> m_transport;

    std::unique_ptr<SpheronProvider> provider(const QString& apiKey)
    {
        auto p = std::make_unique<SpheronProvider>(m_transport.get());
        p->setBaseUrl(m_sandbox.baseUrl());
        p->setCredentials({apiKey, {}});
        return p;
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
    }

    void describesItself()
    {
        auto p = provider(m_demo.spheronApiKey);
        QCOMPARE(p->providerId(), QStringLiteral("spheron"));
        QCOMPARE(p->capabilities(),
                 ConsoleProvider::Capabilities(ConsoleProvider::Capability::Balance | ConsoleProvider::Capability::Teams
                                               | ConsoleProvider::Capability::SshKeys));
        QCOMPARE(p->defaultBaseUrl(), QUrl(QStringLiteral("https://app.spheron.ai")));
    }

    void verifiesKeys()
    {
        auto good = provider(m_demo.spheronApiKey);
        KD_VERIFY_OK(call<void>([&](QObject* c, auto done) { good->verifyKey(c, done); }));
        auto expired = provider(m_demo.spheronExpiredKey);
        KD_VERIFY_KIND(call<void>([&](QObject* c, auto done) { expired->verifyKey(c, done); }), Kind::Auth);
        auto revoked = provider(m_demo.spheronRevokedKey);
        KD_VERIFY_KIND(call<void>([&](QObject* c, auto done) { revoked->verifyKey(c, done); }), Kind::Auth);
    }

    void verifiesACandidateKeyWithoutAdoptingIt()
    {
        // KeySwitcher checks a pasted key this way: the candidate goes to the server, the provider's key stays.
        auto p = provider(m_demo.spheronApiKey);
        KD_VERIFY_KIND(call<void>([&](QObject* c, auto done) { p->verifyKeyAs(m_demo.spheronRevokedKey, c, done); }),
                       Kind::Auth);
        KD_VERIFY_OK(call<void>([&](QObject* c, auto done) { p->verifyKey(c, done); }));
        auto stale = provider(m_demo.spheronRevokedKey);
        KD_VERIFY_OK(call<void>([&](QObject* c, auto done) { stale->verifyKeyAs(m_demo.spheronApiKey, c, done); }));
        KD_VERIFY_KIND(call<void>([&](QObject* c, auto done) { stale->verifyKey(c, done); }), Kind::Auth);
    }

    void readsBalanceAndTeams()
    {
        auto p = provider(m_demo.spheronApiKey);
        auto b = call<AccountBalance>([&](QObject* c, auto done) { p->fetchBalance(c, done); });
        KD_VERIFY_OK(b);
        QCOMPARE(b->value->currency, QStringLiteral("USD"));
        QVERIFY(b->value->teams.size() >= 2);
        int current = 0;
        for (const Team& t : b->value->teams) {
            if (t.isCurrent) {
                ++current;
                QCOMPARE(t.id, m_demo.spheronTeamId);
                QCOMPARE(t.role, QStringLiteral("owner"));
                QCOMPARE(b->value->credit.value_or(-1), t.balance);
            }
            if (t.id == m_demo.spheronMemberTeamId)
                QCOMPARE(t.role, QStringLiteral("member"));
        }
        QCOMPARE(current, 1);
    }

    void addsListsAndDeletesSshKeys()
    {
        auto p = provider(m_demo.spheronApiKey);
        auto before
            = call<QList<SshKey>>([&](QObject* c, auto done) { p->listSshKeys(m_demo.spheronTeamId, c, done); });
        KD_VERIFY_OK(before);

        const QString line = ProviderTest::randomEd25519Line(QStringLiteral("ada@laptop"));
        auto added = call<SshKey>([&](QObject* c, auto done) {
            p->addSshKey(QStringLiteral("laptop"), line, m_demo.spheronTeamId, c, done);
        });
        KD_VERIFY_OK(added);
        QCOMPARE(added->value->name, QStringLiteral("laptop"));
        QCOMPARE(added->value->teamId, m_demo.spheronTeamId);
        const QString id = added->value->id;

        auto listed
            = call<QList<SshKey>>([&](QObject* c, auto done) { p->listSshKeys(m_demo.spheronTeamId, c, done); });
        KD_VERIFY_OK(listed);
        QCOMPARE(listed->value->size(), before->value->size() + 1);
        bool found = false;
        for (const SshKey& k : *listed->value) {
            QCOMPARE(k.teamId, m_demo.spheronTeamId); // the local team filter
            if (k.id == id) {
                found = true;
                QCOMPARE(k.publicKey, line);
                QVERIFY(k.createdAt.isValid());
            }
        }
        QVERIFY(found);

        // the same key again in the same team is a conflict
        KD_VERIFY_KIND(call<SshKey>([&](QObject* c, auto done) {
                           p->addSshKey(QStringLiteral("again"), line, m_demo.spheronTeamId, c, done);
                       }),
                       Kind::Conflict);

        KD_VERIFY_OK(call<void>([&](QObject* c, auto done) { p->deleteSshKey(id, c, done); }));
        auto after = call<QList<SshKey>>([&](QObject* c, auto done) { p->listSshKeys(m_demo.spheronTeamId, c, done); });
        KD_VERIFY_OK(after);
        QCOMPARE(after->value->size(), before->value->size());
        KD_VERIFY_KIND(call<void>([&](QObject* c, auto done) { p->deleteSshKey(id, c, done); }), Kind::NotFound);
    }

    void addsToTheCurrentTeamWithoutATeamId()
    {
        auto p = provider(m_demo.spheronApiKey);
        const QString line = ProviderTest::randomEd25519Line(QStringLiteral("ci"));
        auto added
            = call<SshKey>([&](QObject* c, auto done) { p->addSshKey(QStringLiteral("ci"), line, {}, c, done); });
        KD_VERIFY_OK(added);
        QCOMPARE(added->value->teamId, m_demo.spheronTeamId);
    }

    void refusesAMemberAndBadInput()
    {
        auto p = provider(m_demo.spheronApiKey);
        KD_VERIFY_KIND(call<SshKey>([&](QObject* c, auto done) {
                           p->addSshKey(QStringLiteral("m"), ProviderTest::randomEd25519Line(QStringLiteral("m")),
                                        m_demo.spheronMemberTeamId, c, done);
                       }),
                       Kind::Forbidden);
        KD_VERIFY_KIND(call<SshKey>([&](QObject* c, auto done) {
                           p->addSshKey(QStringLiteral("bad"), QStringLiteral("not a key"), {}, c, done);
                       }),
                       Kind::Validation);
    }

    void reportsWhatTheApiLacks()
    {
        auto p = provider(m_demo.spheronApiKey);
        KD_VERIFY_KIND(call<UserProfile>([&](QObject* c, auto done) { p->fetchProfile(c, done); }), Kind::Unsupported);
        KD_VERIFY_KIND(call<QList<ApiKeyInfo>>([&](QObject* c, auto done) { p->listApiKeys(c, done); }),
                       Kind::Unsupported);
        KD_VERIFY_KIND(call<CreatedApiKey>([&](QObject* c, auto done) { p->resetApiKey(c, done); }), Kind::Unsupported);
        KD_VERIFY_KIND(call<QList<EnvVar>>([&](QObject* c, auto done) { p->listEnvVars(c, done); }), Kind::Unsupported);
        KD_VERIFY_KIND(call<QList<LoginSession>>([&](QObject* c, auto done) { p->listSessions(c, done); }),
                       Kind::Unsupported);
        KD_VERIFY_KIND(call<SshKey>([&](QObject* c, auto done) { p->updateSshKey(QStringLiteral("x"), {}, c, done); }),
                       Kind::Unsupported);
    }

    void listsOnlyTheTeamsKeysUnderEveryListVariant_data()
    {
        QTest::addColumn<QString>("variant");
        for (const char* v : {"all-teams", "current-team", "no-public-key"})
            QTest::newRow(v) << QString::fromLatin1(v);
    }
    void listsOnlyTheTeamsKeysUnderEveryListVariant()
    {
        // Issue 19 item 2, docs/api/spheron.md §2.1: never another team's keys as this team's, never a false empty
        // list, whichever keys GET /api/ssh-keys answers and whatever its items carry.
        QFETCH(QString, variant);
        auto p = provider(m_demo.spheronApiKey);
        const auto listOf = [&](const QString& team) {
            return call<QList<SshKey>>([&](QObject* c, auto done) { p->listSshKeys(team, c, done); });
        };
        const auto own = listOf(m_demo.spheronTeamId);
        const auto member = listOf(m_demo.spheronMemberTeamId);
        KD_VERIFY_OK(own);
        KD_VERIFY_OK(member);
        QVERIFY(!own->value->isEmpty());
        QVERIFY(!member->value->isEmpty());

        QVERIFY(m_sandbox.setVariant(QStringLiteral("spheron-list"), variant));
        const auto ownNow = listOf(m_demo.spheronTeamId);
        const auto memberNow = listOf(m_demo.spheronMemberTeamId);
        QVERIFY(m_sandbox.setVariant(QStringLiteral("spheron-list"), QStringLiteral("all-teams")));

        KD_VERIFY_OK(ownNow); // the current team: every variant can tell
        QCOMPARE(ownNow->value->size(), own->value->size());
        for (const SshKey& k : *ownNow->value) {
            QCOMPARE(k.teamId, m_demo.spheronTeamId);
            QVERIFY(PublicKey::parse(k.publicKey).isValid()); // completed from GET /api/ssh-keys/{id} when missing
        }
        if (variant == QLatin1String("current-team")) {
            // The server listed its current team whatever was asked: an error, not Ada's Lab's keys nor "none".
            QVERIFY(!memberNow->ok());
            QCOMPARE(memberNow->error.serverCode(), SpheronProvider::otherTeamOnlyCode());
            return;
        }
        KD_VERIFY_OK(memberNow);
        QCOMPARE(memberNow->value->size(), member->value->size());
        for (const SshKey& k : *memberNow->value) {
            QCOMPARE(k.teamId, m_demo.spheronMemberTeamId);
            QVERIFY(PublicKey::parse(k.publicKey).isValid());
        }
    }

    void cleanupTestCase() { m_transport.reset(); }
};

QTEST_GUILESS_MAIN(tst_SpheronProvider)
#include "tst_spheronprovider.moc"
