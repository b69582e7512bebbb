#include "../providers/ProviderTestHelpers.h"

#include "core/RequestTracker.h"
#include "net/ApiTransport.h"
#include "providers/VastProvider.h"
#include "sandbox/SandboxServer.h"

#include <QSignalSpy>
#include <QTest>

/** RequestTracker: busy state and stale-request handling, with real provider calls to the sandbox. */
class tst_RequestTracker : public QObject
{
    Q_OBJECT

private:
    SandboxServer m_sandbox;
    ApiTransport m_transport;
    std::unique_ptr<VastProvider> m_vast;

    /** Every list answer of the Vast dialect arrives after @p ms. */
    void slowLists(int ms)
    {
        SandboxFault f;
        f.kind = SandboxFault::Kind::Latency;
        f.method = "GET";
        f.match = SandboxFault::Match::Prefix;
        f.pattern = QStringLiteral("/api/v0/");
        f.latencyMs = ms;
        m_sandbox.setFault(f);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start({}, &error), qPrintable(error));
        const SandboxDemo demo = m_sandbox.seedDemo();
        m_vast = std::make_unique<VastProvider>(&m_transport);
        m_vast->setBaseUrl(m_sandbox.baseUrl());
        m_vast->setCredentials({demo.vastApiKey, {}});
    }

    void cleanup() { m_sandbox.clearFaults(); }

    void overlappingRequestsAreOneBusyPeriod()
    {
        RequestTracker tracker;
        QSignalSpy busy(&tracker, &RequestTracker::busyChanged);
        int answers = 0;
        QObject* a = tracker.start();
        m_vast->listSshKeys({}, a, tracker.done(a, [&](ApiResult<QList<SshKey>>) { ++answers; }));
        QObject* b = tracker.start();
        m_vast->listEnvVars(b, tracker.done(b, [&](ApiResult<QList<EnvVar>>) { ++answers; }));
        QVERIFY(tracker.isBusy());
        QTRY_COMPARE(answers, 2);
        QVERIFY(!tracker.isBusy());
        QCOMPARE(busy.count(), 2);
        QCOMPARE(busy.at(0).at(0).toBool(), true);
        QCOMPARE(busy.at(1).at(0).toBool(), false);
    }

    void theCallbackRunsNoLongerBusy()
    {
        RequestTracker tracker;
        bool busyInCallback = true;
        QObject* r = tracker.start();
        m_vast->listSshKeys({}, r,
                            tracker.done(r, [&](ApiResult<QList<SshKey>>) { busyInCallback = tracker.isBusy(); }));
        QTRY_VERIFY(!busyInCallback);
    }

    void aNewerRequestReplacesTheOlderOne()
    {
        slowLists(300);
        RequestTracker tracker;
        QSignalSpy busy(&tracker, &RequestTracker::busyChanged);
        QStringList answered;
        QObject* first = tracker.replacing(QStringLiteral("list"));
        m_vast->listSshKeys({}, first, tracker.done(first, [&](ApiResult<QList<SshKey>>) { answered << "first"; }));
        QObject* second = tracker.replacing(QStringLiteral("list"));
        m_vast->listSshKeys({}, second, tracker.done(second, [&](ApiResult<QList<SshKey>>) { answered << "second"; }));
        QTRY_COMPARE(answered, QStringList {QStringLiteral("second")});
        QTest::qWait(400);
        // The older call was aborted: its answer never shows, and the page was busy once, not twice.
        QCOMPARE(answered, QStringList {QStringLiteral("second")});
        QVERIFY(!tracker.isBusy());
        QCOMPARE(busy.count(), 2);
    }

    void otherKindsAreNotReplaced()
    {
        RequestTracker tracker;
        QStringList answered;
        QObject* list = tracker.replacing(QStringLiteral("list"));
        m_vast->listSshKeys({}, list, tracker.done(list, [&](ApiResult<QList<SshKey>>) { answered << "list"; }));
        QObject* team = tracker.replacing(QStringLiteral("team"));
        m_vast->fetchBalance(team, tracker.done(team, [&](ApiResult<AccountBalance>) { answered << "team"; }));
        QTRY_COMPARE(answered.size(), 2);
    }

    void cancelAbortsAndEndsBusy()
    {
        slowLists(300);
        RequestTracker tracker;
        bool answered = false;
        QObject* r = tracker.replacing(QStringLiteral("list"));
        m_vast->listSshKeys({}, r, tracker.done(r, [&](ApiResult<QList<SshKey>>) { answered = true; }));
        QVERIFY(tracker.isRunning(QStringLiteral("list")));
        QVERIFY(tracker.cancel(QStringLiteral("list")));
        QVERIFY(!tracker.isBusy());
        QVERIFY(!tracker.isRunning(QStringLiteral("list")));
        QVERIFY(!tracker.cancel(QStringLiteral("list")));
        QTest::qWait(500);
        QVERIFY(!answered);
    }

    void cancelAllAbortsEverything()
    {
        slowLists(300);
        RequestTracker tracker;
        int answers = 0;
        for (int i = 0; i < 3; ++i) {
            QObject* r = tracker.start();
            m_vast->listSshKeys({}, r, tracker.done(r, [&](ApiResult<QList<SshKey>>) { ++answers; }));
        }
        tracker.cancelAll();
        QVERIFY(!tracker.isBusy());
        QTest::qWait(500);
        QCOMPARE(answers, 0);
    }

    void aLetFinishRequestStillCallsBackAndLearnsItIsStale()
    {
        slowLists(300);
        RequestTracker tracker;
        std::optional<bool> firstWasCurrent;
        std::optional<bool> secondWasCurrent;
        QObject* first = tracker.replacing(QStringLiteral("save"), RequestTracker::OnReplace::LetFinish);
        m_vast->listSshKeys({}, first, [&](ApiResult<QList<SshKey>>) { firstWasCurrent = tracker.finish(first); });
        QObject* second = tracker.replacing(QStringLiteral("save"), RequestTracker::OnReplace::LetFinish);
        // Replaced: no longer busy on its account, but not aborted.
        QVERIFY(!tracker.isCurrent(first));
        QVERIFY(tracker.isCurrent(second));
        tracker.cancelAll();
        QVERIFY(!tracker.isBusy());
        m_vast->listSshKeys({}, second, [&](ApiResult<QList<SshKey>>) { secondWasCurrent = tracker.finish(second); });
        QTRY_VERIFY(firstWasCurrent.has_value() && secondWasCurrent.has_value());
        QCOMPARE(*firstWasCurrent, false);
        QCOMPARE(*secondWasCurrent, false);
        QVERIFY(!tracker.isBusy());
    }

    void holdCountsWorkDoneElsewhere()
    {
        RequestTracker tracker;
        QSignalSpy busy(&tracker, &RequestTracker::busyChanged);
        tracker.hold(true);
        tracker.hold(true);
        QVERIFY(tracker.isBusy());
        tracker.hold(false);
        QVERIFY(tracker.isBusy());
        tracker.hold(false);
        QVERIFY(!tracker.isBusy());
        // An unmatched release never makes the count negative (a later hold still means busy).
        tracker.hold(false);
        tracker.hold(true);
        QVERIFY(tracker.isBusy());
        QCOMPARE(busy.count(), 3);
    }
};

QTEST_GUILESS_MAIN(tst_RequestTracker)
#include "tst_requesttracker.moc"
