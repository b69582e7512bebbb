#include "CrossAccountFixture.h"

#include "security/AddEverywhere.h"

#include <QSignalSpy>
#include <QTest>

using Security::AddEverywhere;
using Security::AdditionPlan;
using Security::AdditionResult;
using Security::KeyTarget;
using Security::TargetAddition;

namespace {

QString resultOf(const Security::AdditionSummary& summary, const QString& accountId, const QString& teamId = {})
{
    for (const TargetAddition& t : summary.targets) {
        if (t.target.accountId == accountId && t.target.teamId == teamId)
            return Security::additionResultName(t.result);
    }
    return QStringLiteral("absent");
}

} // namespace

/**
 * Add this key to every account (issue 23): a new device's public key is uploaded where it is missing, through
 * Reconcile, over real HTTP; no account ever gets two copies, whatever answer is lost.
 */
class tst_AddEverywhere : public QObject
{
    Q_OBJECT

private:
    CrossAccountFixture m_fx;
    std::unique_ptr<AddEverywhere> m_add;
    QString m_line;

    AdditionPlan planned(const QHash<QString, QStringList>& teams = {}, const QString& line = {},
                         const QString& fileName = QStringLiteral("/home/ada/.ssh/id_desk.pub"))
    {
        QSignalSpy spy(m_add.get(), &AddEverywhere::planned);
        if (!m_add->plan(line.isEmpty() ? m_line : line, fileName, m_fx.accounts(), teams))
            qFatal("plan() refused");
        if (!QTest::qWaitFor([&] { return spy.count() == 1; }, 20000))
            qFatal("no plan");
        return m_add->currentPlan();
    }

    bool finished(QSignalSpy& spy, bool started)
    {
        if (!started)
            return false;
        return QTest::qWaitFor([&] { return spy.count() == 1 && !m_add->isBusy(); }, 30000);
    }
    bool executed(const AdditionPlan& plan)
    {
        QSignalSpy spy(m_add.get(), &AddEverywhere::finished);
        return finished(spy, m_add->execute(plan));
    }
    bool retried()
    {
        QSignalSpy spy(m_add.get(), &AddEverywhere::finished);
        return finished(spy, m_add->retryFailed());
    }

    int vastCopies() { return m_fx.copies(m_fx.vastCheck.get(), m_line); }
    int spheronCopies() { return m_fx.copies(m_fx.spheronCheck.get(), m_line, m_fx.demo.spheronTeamId); }
    int posts(bool spheronDialect) const { return m_fx.countIn(QStringLiteral("POST"), spheronDialect); }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fx.start(&error), qPrintable(error));
    }

    void init()
    {
        m_fx.reset();
        m_add = std::make_unique<AddEverywhere>();
        m_line = ProviderTest::randomEd25519Line(QStringLiteral("ada@new-desk"));
    }

    void cleanup()
    {
        m_add.reset();
        m_fx.sandbox.clearFaults();
        m_fx.sandbox.setVariant(QStringLiteral("vast-ssh-create"), QStringLiteral("personal"));
        m_fx.sandbox.setVariant(QStringLiteral("spheron-list"), QStringLiteral("all-teams"));
    }

    void theDefaultNameIsTheCommentElseTheFileName()
    {
        QCOMPARE(AddEverywhere::defaultName(m_line, QStringLiteral("/x/id_a.pub")), QStringLiteral("ada@new-desk"));
        const QString bare = m_line.section(QLatin1Char(' '), 0, 1);
        QCOMPARE(AddEverywhere::defaultName(bare, QStringLiteral("/home/ada/.ssh/id_desk.pub")),
                 QStringLiteral("id_desk"));
        QCOMPARE(AddEverywhere::defaultName(bare, {}), Security::fingerprintOf(bare));
    }

    void uploadsOnlyWhereTheKeyIsMissing()
    {
        const QString there
            = m_fx.put(m_fx.spheronCheck.get(), m_line, m_fx.demo.spheronTeamId, QStringLiteral("desk"));
        m_fx.handled.clear();
        const AdditionPlan plan = planned();
        QVERIFY(plan.keyError.isEmpty());
        QVERIFY(plan.listingFailures.isEmpty());
        QCOMPARE(plan.missing, (QList<KeyTarget> {{m_fx.vastAccount.id, {}, {}}}));
        QCOMPARE(plan.present.size(), 1);
        QCOMPARE(plan.present.first().keyId, there);
        QCOMPARE(plan.present.first().teamId, m_fx.demo.spheronTeamId);
        QCOMPARE(posts(false) + posts(true), 0);

        QVERIFY(executed(plan));
        const auto& summary = m_add->summary();
        QCOMPARE(resultOf(summary, m_fx.vastAccount.id), QStringLiteral("added"));
        QCOMPARE(resultOf(summary, m_fx.spheronAccount.id, m_fx.demo.spheronTeamId), QStringLiteral("alreadyThere"));
        QCOMPARE(posts(false), 1);
        QCOMPARE(posts(true), 0);
        QCOMPARE(vastCopies(), 1);
        QCOMPARE(spheronCopies(), 1);
        QVERIFY(!m_add->retryFailed());
    }

    void uploadsEverywhereWithTheNameGiven()
    {
        AdditionPlan plan = planned();
        QCOMPARE(plan.missing.size(), 2);
        QCOMPARE(plan.name, QStringLiteral("ada@new-desk"));
        plan.name = QStringLiteral("New desk");
        QVERIFY(executed(plan));
        QCOMPARE(m_add->summary().count(AdditionResult::Added), 2);
        QCOMPARE(vastCopies(), 1);
        QCOMPARE(spheronCopies(), 1);
        const QList<SshKey> keys = m_fx.keys(m_fx.spheronCheck.get(), m_fx.demo.spheronTeamId);
        const auto it = std::find_if(keys.cbegin(), keys.cend(), [&](const SshKey& k) {
            return Security::fingerprintOf(k.publicKey) == plan.fingerprint;
        });
        QVERIFY(it != keys.cend());
        QCOMPARE(it->name, QStringLiteral("New desk"));
        QCOMPARE(it->id, m_add->summary().forAccount(m_fx.spheronAccount.id).first().key.id);
    }

    void findsNothingToDoWhereTheKeyIsEverywhere()
    {
        m_fx.put(m_fx.vastCheck.get(), m_line);
        m_fx.put(m_fx.spheronCheck.get(), m_line, m_fx.demo.spheronTeamId);
        const AdditionPlan plan = planned();
        QVERIFY(plan.missing.isEmpty());
        QCOMPARE(plan.present.size(), 2);
        QVERIFY(!m_add->execute(plan));
    }

    void aFaultOnOneAccountFailsOnlyThereAndRetryAddsIt()
    {
        const AdditionPlan plan = planned();
        m_fx.sandbox.setFault(CrossAccountFixture::status(500, "POST", false));
        QVERIFY(executed(plan));
        {
            const auto& summary = m_add->summary();
            QCOMPARE(resultOf(summary, m_fx.vastAccount.id), QStringLiteral("failed"));
            QCOMPARE(resultOf(summary, m_fx.spheronAccount.id, m_fx.demo.spheronTeamId), QStringLiteral("added"));
            const TargetAddition failed = summary.forAccount(m_fx.vastAccount.id).first();
            QCOMPARE(ApiError::kindName(failed.error.kind()), ApiError::kindName(ApiError::Kind::Server));
            QCOMPARE(failed.error.httpStatus(), 500);
        }
        QCOMPARE(vastCopies(), 0);
        m_fx.sandbox.clearFaults();
        QVERIFY(retried());
        QCOMPARE(m_add->summary().count(AdditionResult::Added), 2);
        QCOMPARE(posts(false), 2);
        QCOMPARE(posts(true), 1);
        QCOMPARE(vastCopies(), 1);
        QCOMPARE(spheronCopies(), 1);
    }

    void aVastKeyWorkingInATeamIsRefusedWithTheReason()
    {
        // Vast.ai creates no SSH key for a key working in a team (docs/api/vast-endpoints.md §3.2).
        QVERIFY(m_fx.sandbox.setVariant(QStringLiteral("vast-ssh-create"), QStringLiteral("team-context")));
        const AdditionPlan plan = planned();
        QVERIFY(executed(plan));
        const TargetAddition refused = m_add->summary().forAccount(m_fx.vastAccount.id).first();
        QCOMPARE(Security::additionResultName(refused.result), QStringLiteral("failed"));
        QCOMPARE(refused.error.serverCode(), QStringLiteral("team_ssh_keys_not_supported"));
        QCOMPARE(resultOf(m_add->summary(), m_fx.spheronAccount.id, m_fx.demo.spheronTeamId), QStringLiteral("added"));
        QCOMPARE(vastCopies(), 0);
    }

    void uploadsUnderEveryReadingOfSpheronsList_data()
    {
        QTest::addColumn<QString>("spheronList");
        QTest::newRow("all-teams") << QStringLiteral("all-teams");
        QTest::newRow("current-team") << QStringLiteral("current-team");
        QTest::newRow("no-public-key") << QStringLiteral("no-public-key");
    }
    void uploadsUnderEveryReadingOfSpheronsList()
    {
        QFETCH(QString, spheronList);
        QVERIFY(m_fx.sandbox.setVariant(QStringLiteral("spheron-list"), spheronList));
        m_fx.put(m_fx.vastCheck.get(), m_line);
        m_fx.handled.clear();
        const AdditionPlan plan = planned();
        QVERIFY(plan.listingFailures.isEmpty());
        QCOMPARE(plan.missing, (QList<KeyTarget> {{m_fx.spheronAccount.id, m_fx.demo.spheronTeamId, {}}}));
        QVERIFY(executed(plan));
        QCOMPARE(resultOf(m_add->summary(), m_fx.spheronAccount.id, m_fx.demo.spheronTeamId), QStringLiteral("added"));
        QCOMPARE(posts(false), 0);
        QCOMPARE(spheronCopies(), 1);
    }

    void aLostAnswerOnUploadDoesNotMakeTwoCopies_data()
    {
        QTest::addColumn<bool>("spheronDialect");
        QTest::newRow("vast") << false;
        QTest::newRow("spheron") << true;
    }
    void aLostAnswerOnUploadDoesNotMakeTwoCopies()
    {
        QFETCH(bool, spheronDialect);
        const AdditionPlan plan = planned();
        // The server stores the key, then drops the connection before its answer.
        m_fx.sandbox.setFault(CrossAccountFixture::fault(SandboxFault::Kind::DropConnection, "POST", spheronDialect));
        QVERIFY(executed(plan));
        QCOMPARE(m_add->summary().count(AdditionResult::Added), 2);
        const QString lost = spheronDialect ? m_fx.spheronAccount.id : m_fx.vastAccount.id;
        QVERIFY(m_add->summary().forAccount(lost).first().answerLost);
        QVERIFY(!m_add->retryFailed());
        m_fx.sandbox.clearFaults();
        QCOMPARE(posts(spheronDialect), 1);
        QCOMPARE(vastCopies(), 1);
        QCOMPARE(spheronCopies(), 1);
    }

    void aRetryAfterAnUnknownUploadListsBeforeSending()
    {
        const AdditionPlan plan = planned();
        // The upload arrives but its answer is lost, and the list cannot be read again: nobody knows.
        m_fx.sandbox.setFault(CrossAccountFixture::fault(SandboxFault::Kind::DropConnection, "POST", false));
        m_fx.sandbox.setFault(CrossAccountFixture::status(500, "GET", false));
        QVERIFY(executed(plan));
        QCOMPARE(resultOf(m_add->summary(), m_fx.vastAccount.id), QStringLiteral("unknown"));
        QCOMPARE(resultOf(m_add->summary(), m_fx.spheronAccount.id, m_fx.demo.spheronTeamId), QStringLiteral("added"));
        m_fx.sandbox.clearFaults();
        QVERIFY(retried());
        // The retry found it registered: it was this action's upload, and nothing was sent again.
        QCOMPARE(resultOf(m_add->summary(), m_fx.vastAccount.id), QStringLiteral("added"));
        QCOMPARE(m_add->summary().forAccount(m_fx.vastAccount.id).first().uploads, 1);
        QCOMPARE(posts(false), 1);
        QCOMPARE(vastCopies(), 1);
    }

    void aListingFailureOnOneAccountIsReportedAndTheOtherStillPlanned()
    {
        m_fx.sandbox.setFault(CrossAccountFixture::status(500, "GET", true));
        const AdditionPlan plan = planned();
        QCOMPARE(plan.listingFailures.size(), 1);
        QCOMPARE(plan.listingFailures.first().accountId, m_fx.spheronAccount.id);
        QCOMPARE(plan.listingFailures.first().teamId, m_fx.demo.spheronTeamId);
        QCOMPARE(plan.missing, (QList<KeyTarget> {{m_fx.vastAccount.id, {}, {}}}));
        m_fx.sandbox.clearFaults();
        QVERIFY(executed(plan));
        QCOMPARE(posts(true), 0);
        QCOMPARE(spheronCopies(), 0);
    }

    void theTeamsGivenAreTheOnesLookedIn()
    {
        // Ada owns her current team and is only a member of the other one, where the server refuses uploads.
        const AdditionPlan plan
            = planned({{m_fx.spheronAccount.id, {m_fx.demo.spheronTeamId, m_fx.demo.spheronMemberTeamId}}});
        QCOMPARE(plan.missing.size(), 3);
        QVERIFY(executed(plan));
        const auto& summary = m_add->summary();
        QCOMPARE(resultOf(summary, m_fx.spheronAccount.id, m_fx.demo.spheronTeamId), QStringLiteral("added"));
        QCOMPARE(resultOf(summary, m_fx.spheronAccount.id, m_fx.demo.spheronMemberTeamId), QStringLiteral("failed"));
        QCOMPARE(ApiError::kindName(summary.forAccount(m_fx.spheronAccount.id).last().error.kind()),
                 ApiError::kindName(ApiError::Kind::Forbidden));
        QCOMPARE(m_fx.copies(m_fx.spheronCheck.get(), m_line, m_fx.demo.spheronMemberTeamId), 0);
    }

    void theCurrentTeamIsReadWhenTheAccountDoesNotName()
    {
        m_fx.spheronAccount.teamId.clear();
        const AdditionPlan plan = planned();
        QCOMPARE(plan.missing.size(), 2);
        QVERIFY(plan.missing.contains(
            KeyTarget {m_fx.spheronAccount.id, m_fx.demo.spheronTeamId, QStringLiteral("Ada's Lab")}));
    }

    void anUnusableKeyIsRefusedBeforeAnyRequest()
    {
        const AdditionPlan plan = planned({}, QStringLiteral("ssh-ed25519 AAAAnot-a-key"));
        QVERIFY(!plan.keyError.isEmpty());
        QVERIFY(plan.missing.isEmpty());
        QVERIFY(m_fx.handled.isEmpty());
        QVERIFY(!m_add->execute(plan));
    }

    void aNewerPlanReplacesAnOlderOne()
    {
        QSignalSpy spy(m_add.get(), &AddEverywhere::planned);
        const QString other = ProviderTest::randomEd25519Line(QStringLiteral("other"));
        QVERIFY(m_add->plan(other, {}, m_fx.accounts()));
        QVERIFY(m_add->plan(m_line, {}, m_fx.accounts()));
        QVERIFY(QTest::qWaitFor([&] { return !m_add->isBusy(); }, 20000));
        QTest::qWait(50);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(m_add->currentPlan().fingerprint, Security::fingerprintOf(m_line));
    }
};

QTEST_GUILESS_MAIN(tst_AddEverywhere)
#include "tst_addeverywhere.moc"
