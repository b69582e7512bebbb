#include "ProviderTestHelpers.h"

#include "net/ApiTransport.h"
#include "providers/Reconcile.h"
#include "providers/VastProvider.h"
#include "sandbox/SandboxServer.h"

#include "TestTls.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QTest>

#include <memory>

using ProviderTest::call;
using Reconcile::ResetKey;
using Reconcile::State;

Q_DECLARE_METATYPE(Reconcile::State)
Q_DECLARE_METATYPE(Reconcile::ResetKey)

/**
 * A Vast.ai key reset under every reading of the real server (issue 19 item 1; docs/api/vast-endpoints.md §3.1): the
 * answer carries new_api_key, key or no key (variant reset-answer), and it replaces the calling key or the account's
 * main key (reset-rotates). Reconcile tries the old key after every answer and says whose key changed; the provider
 * keeps its old key in every case, so nothing is adopted before that is known.
 */
class tst_ResetVariants : public QObject
{
    Q_OBJECT

private:
    SandboxServer m_sandbox;
    SandboxDemo m_demo;
    std::unique_ptr<ApiTransport> m_transport;

    std::unique_ptr<VastProvider> provider(const QString& key)
    {
        auto p = std::make_unique<VastProvider>(m_transport.get());
        p->setBaseUrl(m_sandbox.baseUrl());
        p->setCredentials({key, {}});
        return p;
    }
    bool works(const QString& key)
    {
        auto p = provider(key);
        auto r = call<void>([&](QObject* c, auto d) { p->verifyKey(c, d); });
        return r && r->ok();
    }
    /** A restricted key that may write the user (so it may reset), made with the main key. */
    QString restrictedWriterKey()
    {
        auto main = provider(m_demo.vastApiKey);
        const QJsonObject permissions {{QStringLiteral("api"),
                                        QJsonObject {{QStringLiteral("user_read"), QJsonObject()},
                                                     {QStringLiteral("user_write"), QJsonObject()}}}};
        auto created = call<CreatedApiKey>(
            [&](QObject* c, auto d) { main->createApiKey(QStringLiteral("deploy bot"), permissions, c, d); });
        return created && created->ok() ? created->value->key : QString();
    }
    std::optional<Reconcile::ApiKeyReset> reset(ConsoleProvider* p)
    {
        std::optional<Reconcile::ApiKeyReset> outcome;
        int calls = 0;
        QObject context;
        Reconcile::resetApiKey(p, &context, [&](const Reconcile::ApiKeyReset& o) {
            ++calls;
            outcome = o;
        });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 20000) || calls != 1)
            return std::nullopt;
        return outcome;
    }

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("keydeck.api.info=false\nkeydeck.api.warning=false"));
        QString error;
        SandboxServer::Options options;
        options.tls = TestTls::sandboxTls(); // the *_https run (docs/SANDBOX.md, "HTTPS")
        QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
        QCOMPARE(m_sandbox.baseUrl().scheme(),
                 TestTls::httpsRequested() ? QStringLiteral("https") : QStringLiteral("http"));
        m_transport = std::make_unique<ApiTransport>();
        m_transport->setLimits(ProviderTest::quickTimeouts());
    }

    void init()
    {
        m_sandbox.clearFaults();
        m_demo = m_sandbox.seedDemo();
    }

    void cleanup()
    {
        m_sandbox.clearFaults();
        QVERIFY(m_sandbox.setVariant(QStringLiteral("reset-answer"), QStringLiteral("new_api_key")));
        QVERIFY(m_sandbox.setVariant(QStringLiteral("reset-rotates"), QStringLiteral("caller")));
    }

    void everyAnswerAndEveryRotatedKeyIsToldApart_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::addColumn<QString>("rotates");
        QTest::addColumn<bool>("restrictedCaller");
        for (const char* answer : {"new_api_key", "key", "none"}) {
            for (const char* rotates : {"caller", "main"}) {
                QTest::addRow("%s, rotates %s, main key calls", answer, rotates) << answer << rotates << false;
                QTest::addRow("%s, rotates %s, restricted key calls", answer, rotates) << answer << rotates << true;
            }
        }
    }
    void everyAnswerAndEveryRotatedKeyIsToldApart()
    {
        QFETCH(QString, answer);
        QFETCH(QString, rotates);
        QFETCH(bool, restrictedCaller);
        QVERIFY(m_sandbox.setVariant(QStringLiteral("reset-answer"), answer));
        QVERIFY(m_sandbox.setVariant(QStringLiteral("reset-rotates"), rotates));
        const QString callerKey = restrictedCaller ? restrictedWriterKey() : m_demo.vastApiKey;
        QVERIFY(!callerKey.isEmpty());
        auto p = provider(callerKey);

        const auto o = reset(p.get());
        QVERIFY2(o, "the outcome did not arrive exactly once");
        QCOMPARE(Reconcile::stateName(o->state), Reconcile::stateName(State::Done));
        // Whose key changed is what the old key says, never what the answer claims.
        const bool ownReplaced = !restrictedCaller || rotates == QLatin1String("caller");
        QCOMPARE(o->replaced, ownReplaced ? ResetKey::Own : ResetKey::Other);
        QVERIFY(o->reread.has_value());
        QCOMPARE(*o->reread, !ownReplaced);
        QCOMPARE(works(callerKey), !ownReplaced);
        // The key the answer carried, or none.
        QCOMPARE(o->newKey().isEmpty(), answer == QLatin1String("none"));
        if (!o->newKey().isEmpty())
            QVERIFY(works(o->newKey()));
        // The main key is replaced whenever the main key called or the server always rotates it.
        QCOMPARE(works(m_demo.vastApiKey), restrictedCaller && rotates == QLatin1String("caller"));
        // The provider adopted nothing: it still holds the key it called with.
        auto still = call<void>([&](QObject* c, auto d) { p->verifyApiKey(c, d); });
        QVERIFY(still);
        QCOMPARE(still->ok(), !ownReplaced);
    }

    void aLostAnswerIsSettledByTheOldKeyUnderEveryVariant_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::addColumn<QString>("rotates");
        for (const char* answer : {"new_api_key", "key", "none"}) {
            for (const char* rotates : {"caller", "main"})
                QTest::addRow("%s, rotates %s", answer, rotates) << answer << rotates;
        }
    }
    void aLostAnswerIsSettledByTheOldKeyUnderEveryVariant()
    {
        QFETCH(QString, answer);
        QFETCH(QString, rotates);
        QVERIFY(m_sandbox.setVariant(QStringLiteral("reset-answer"), answer));
        QVERIFY(m_sandbox.setVariant(QStringLiteral("reset-rotates"), rotates));
        SandboxFault drop;
        drop.kind = SandboxFault::Kind::DropConnection;
        drop.method = "PUT";
        drop.pattern = QStringLiteral("/api/v0/commands/reset_apikey/");
        m_sandbox.setFault(drop);
        auto p = provider(m_demo.vastApiKey);
        const auto o = reset(p.get());
        QVERIFY(o);
        // The main key called, so under both readings its own key died; the new one was lost with the answer.
        QCOMPARE(Reconcile::stateName(o->state), Reconcile::stateName(State::Done));
        QCOMPARE(o->replaced, ResetKey::Own);
        QVERIFY(o->answerLost());
        QVERIFY(o->newKey().isEmpty());
        QVERIFY(!works(m_demo.vastApiKey));
    }

    void anUncheckableOldKeyIsUnknownAndKeepsTheAnswersKey()
    {
        // The reset answers, but the check of the old key fails (500): nobody can tell whose key changed.
        SandboxFault check;
        check.kind = SandboxFault::Kind::Status;
        check.status = 500;
        check.method = "GET";
        check.pattern = QStringLiteral("/api/v0/users/current");
        m_sandbox.setFault(check);
        auto p = provider(m_demo.vastApiKey);
        const auto o = reset(p.get());
        QVERIFY(o);
        QCOMPARE(Reconcile::stateName(o->state), Reconcile::stateName(State::Unknown));
        QCOMPARE(o->replaced, ResetKey::Unknown);
        QVERIFY(!o->newKey().isEmpty()); // shown to the user, never dropped
        QVERIFY(o->rereadError.isError());
    }

    void aRefusedResetIsNotDoneAndTheKeyStillWorks()
    {
        // The read-only key may not reset (403): nothing changed, and Reconcile does not pretend otherwise.
        auto p = provider(m_demo.vastReadOnlyKey);
        const auto o = reset(p.get());
        QVERIFY(o);
        QCOMPARE(Reconcile::stateName(o->state), Reconcile::stateName(State::NotDone));
        QCOMPARE(o->replaced, ResetKey::Unknown);
        QVERIFY(o->error.isError());
        QVERIFY(works(m_demo.vastReadOnlyKey));
        QVERIFY(works(m_demo.vastApiKey));
    }
};

QTEST_GUILESS_MAIN(tst_ResetVariants)
#include "tst_resetvariants.moc"
