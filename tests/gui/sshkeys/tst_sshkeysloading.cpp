#include "MessageBoxChecks.h"
#include "SshKeysFixture.h"

#include "UiContext.h"
#include "pages/sshkeys/SshKeysModel.h"
#include "pages/sshkeys/SshKeysPage.h"
#include "widgets/StatefulView.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace std::chrono_literals;

/**
 * The SSH Keys tab while its list loads, fails or stalls (issue 18 items 7 and 15): what the page offers must match
 * the rows it shows.
 */
class tst_SshKeysLoading : public QObject
{
    Q_OBJECT

private:
    SshKeysFixture m_fx;
    UiContext m_context;
    std::unique_ptr<SshKeysPage> m_page;

    template <typename T>
    T* child(const char* name) const
    {
        return m_page->findChild<T*>(QString::fromLatin1(name));
    }
    QTableView* table() const { return child<QTableView>("keysTable"); }
    StatefulView* view() const { return child<StatefulView>("keysView"); }
    QPushButton* button(const char* name) const { return child<QPushButton>(name); }

    bool openPage(const QString& dialect)
    {
        if (!m_fx.start(dialect))
            return false;
        // A 429 is not waited out here: the page is what says when to retry.
        ApiTransport::Limits limits = m_fx.transport->limits();
        limits.retry.maxRetryAfter = 100ms;
        m_fx.transport->setLimits(limits);
        m_page = std::make_unique<SshKeysPage>(m_fx.provider.get(), &m_context);
        m_page->resize(1000, 700);
        m_page->show();
        if (!QTest::qWaitForWindowExposed(m_page.get()))
            return false;
        m_page->refresh();
        return QTest::qWaitFor([this] { return view()->state() == StatefulView::State::Content && !m_page->isBusy(); },
                               30000);
    }

    bool selectKey(const QString& label)
    {
        auto* model = table()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, SshKeysModel::NameColumn).data().toString() == label) {
                table()->setFocus();
                table()->selectRow(row);
                return true;
            }
        }
        return false;
    }

    /** True when none of the actions on the selected key can be used. */
    bool selectionActionsOff() const
    {
        return !button("editButton")->isEnabled() && !button("deleteButton")->isEnabled()
            && !button("copyButton")->isEnabled() && !button("rotateButton")->isEnabled();
    }

    int listFault(SandboxFault::Kind kind, int status = 0, int retryAfterSeconds = -1, int times = 0)
    {
        SandboxFault fault;
        fault.kind = kind;
        fault.status = status;
        fault.retryAfterSeconds = retryAfterSeconds;
        fault.method = "GET";
        fault.pattern = m_fx.listPath();
        fault.times = times;
        return m_fx.sandbox.setFault(fault);
    }

private slots:
    void init() { QDir(SshKeysTest::sshDir()).removeRecursively(); }

    void cleanup()
    {
        m_page.reset();
        m_fx.sandbox.clearFaults();
        KD_VERIFY_NO_PENDING_ANSWERS();
    }

    void aFailedRefreshHidesTheCountTheNoticeAndTheActions_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::newRow("500") << int(SandboxFault::Kind::Status) << 500;
        QTest::newRow("malformed") << int(SandboxFault::Kind::MalformedJson) << 200;
        QTest::newRow("429") << int(SandboxFault::Kind::Status) << 429;
    }
    void aFailedRefreshHidesTheCountTheNoticeAndTheActions()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        QVERIFY(openPage(QStringLiteral("vast")));
        QVERIFY(selectKey(QStringLiteral("ada@workstation")));
        auto* chip = child<QLabel>("countChip");
        auto* notice = child<QLabel>("noticeBanner");
        QVERIFY(chip->isVisible());
        QVERIFY(notice->isVisible()); // the seeded keys are up to a year old
        QVERIFY(button("deleteButton")->isEnabled());

        listFault(SandboxFault::Kind(kind), status);
        QTest::keyClick(table(), Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(view()->state(), StatefulView::State::Error, 30000);
        QTRY_VERIFY(!m_page->isBusy());
        // Nobody can see a row: no count claims keys, no notice about them, nothing acts on the hidden selection.
        QVERIFY(!chip->isVisible());
        QVERIFY(!notice->isVisible());
        QVERIFY(selectionActionsOff());
        QVERIFY(button("addButton")->isEnabled());
        QVERIFY(view()->canRetry());

        m_fx.sandbox.clearFaults();
        QTest::keyClick(m_page.get(), Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(view()->state(), StatefulView::State::Content, 30000);
        QTRY_VERIFY(!m_page->isBusy());
        QVERIFY(chip->isVisible());
        QVERIFY(notice->isVisible());
        QVERIFY(button("deleteButton")->isEnabled());
    }

    void a429WithAWaitKeepsRetryOffUntilThenSaysWhen()
    {
        QVERIFY(openPage(QStringLiteral("vast")));
        listFault(SandboxFault::Kind::Status, 429, 90);
        QTest::keyClick(table(), Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(view()->state(), StatefulView::State::Error, 30000);
        QTRY_VERIFY(!m_page->isBusy());
        QVERIFY2(view()->stateText().contains(QLatin1String("90 second")), qPrintable(view()->stateText()));
        QVERIFY2(view()->stateText().contains(QLatin1String("Retry is available again at")),
                 qPrintable(view()->stateText()));
        QVERIFY(!view()->canRetry());
        QVERIFY(!button("refreshButton")->isEnabled());
        // F5 waits too: no request is sent while the server asked to wait.
        QSignalSpy busy(m_page.get(), &SshKeysPage::busyChanged);
        QTest::keyClick(m_page.get(), Qt::Key_F5);
        QTest::qWait(200);
        QCOMPARE(busy.count(), 0);
        QCOMPARE(view()->state(), StatefulView::State::Error);
    }

    void a429WithAShortWaitOffersRetryOnceItHasPassed()
    {
        QVERIFY(openPage(QStringLiteral("vast")));
        listFault(SandboxFault::Kind::Status, 429, 2, 1);
        QTest::keyClick(table(), Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(view()->state(), StatefulView::State::Error, 30000);
        QVERIFY(!view()->canRetry());
        QTRY_VERIFY_WITH_TIMEOUT(view()->canRetry(), 5000);
        QVERIFY(button("refreshButton")->isEnabled());
        auto* errorState = view()->findChild<QWidget*>(QStringLiteral("errorState"));
        QTest::mouseClick(errorState->findChild<QPushButton*>(QStringLiteral("emptyStateAction")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(view()->state(), StatefulView::State::Content, 30000);
    }
    void aRefreshDuringAStalledLoadEnablesTheRowActionsOnArrival()
    {
        QVERIFY(openPage(QStringLiteral("vast")));
        QVERIFY(selectKey(QStringLiteral("ada@workstation")));
        listFault(SandboxFault::Kind::Stall, 0, -1, 1);
        QTest::keyClick(table(), Qt::Key_F5);
        QTRY_VERIFY(m_fx.sandbox.faults().isEmpty()); // the stalled request reached the server
        QVERIFY(m_page->isBusy());
        // Nothing acts on a row while the list may change under it, not even Copy.
        QVERIFY(selectionActionsOff());
        QElapsedTimer clock;
        clock.start();
        QTest::keyClick(table(), Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 10000);
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(view()->state(), StatefulView::State::Content);
        QVERIFY(!table()->selectionModel()->selectedRows().isEmpty());
        QVERIFY(button("editButton")->isEnabled());
        QVERIFY(button("deleteButton")->isEnabled());
        QVERIFY(button("rotateButton")->isEnabled());
        QVERIFY(button("copyButton")->isEnabled());
    }

    void aSlowReloadCanBeCancelledKeepingTheListShown_data()
    {
        QTest::addColumn<bool>("byEscape");
        QTest::newRow("Esc") << true;
        QTest::newRow("Cancel button") << false;
    }
    void aSlowReloadCanBeCancelledKeepingTheListShown()
    {
        QFETCH(bool, byEscape);
        QVERIFY(openPage(QStringLiteral("vast")));
        const int rows = table()->model()->rowCount();
        QVERIFY(selectKey(QStringLiteral("ada@workstation")));
        QSignalSpy status(m_page.get(), &SshKeysPage::statusMessage);
        listFault(SandboxFault::Kind::Stall, 0, -1, 1);
        QTest::keyClick(table(), Qt::Key_F5);
        QVERIFY(m_page->isBusy());
        QPushButton* cancel = button("cancelLoadButton");
        QVERIFY(cancel);
        QVERIFY(cancel->isVisible());
        if (byEscape)
            QTest::keyClick(table(), Qt::Key_Escape);
        else
            QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(!m_page->isBusy());
        QVERIFY(!cancel->isVisible());
        QCOMPARE(view()->state(), StatefulView::State::Content);
        QCOMPARE(table()->model()->rowCount(), rows);
        QVERIFY(button("deleteButton")->isEnabled());
        QVERIFY(!status.isEmpty());
        const QString said = status.last().first().toString();
        QVERIFY2(said.contains(QLatin1String("cancelled")) && said.contains(QLatin1String("as loaded at")),
                 qPrintable(said));
    }

    void cancellingTheFirstLoadSaysThereIsNoList()
    {
        QVERIFY(m_fx.start(QStringLiteral("vast")));
        listFault(SandboxFault::Kind::Stall, 0, -1, 1);
        m_page = std::make_unique<SshKeysPage>(m_fx.provider.get(), &m_context);
        m_page->resize(1000, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_page->refresh();
        QCOMPARE(view()->state(), StatefulView::State::Loading);
        QTest::keyClick(m_page.get(), Qt::Key_Escape);
        QVERIFY(!m_page->isBusy());
        QCOMPARE(view()->state(), StatefulView::State::Error);
        QVERIFY2(view()->stateText().contains(QLatin1String("cancelled")), qPrintable(view()->stateText()));
        QVERIFY(view()->canRetry());
        QVERIFY(!child<QLabel>("countChip")->isVisible());
        QTest::keyClick(m_page.get(), Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(view()->state(), StatefulView::State::Content, 30000);
    }

    void anotherTeamsKeysAreNeverShownAsThisTeams_data()
    {
        QTest::addColumn<QString>("variant");
        for (const char* v : {"all-teams", "current-team", "no-public-key"})
            QTest::newRow(v) << QString::fromLatin1(v);
    }
    void anotherTeamsKeysAreNeverShownAsThisTeams()
    {
        // Issue 19 item 2: after switching to a team that is not the server's current one.
        QFETCH(QString, variant);
        QVERIFY(openPage(QStringLiteral("spheron")));
        const auto memberKeys = m_fx.listKeys(m_fx.demo.spheronMemberTeamId);
        QVERIFY(memberKeys && !memberKeys->isEmpty());
        QVERIFY(m_fx.sandbox.setVariant(QStringLiteral("spheron-list"), variant));
        m_page->setTeam(m_fx.demo.spheronMemberTeamId, QStringLiteral("member"), QStringLiteral("Analytical Engines"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy() && view()->state() != StatefulView::State::Loading, 30000);
        const StatefulView::State state = view()->state();
        const QString said = view()->stateText();
        QVERIFY(m_fx.sandbox.setVariant(QStringLiteral("spheron-list"), QStringLiteral("all-teams")));
        QVERIFY(state != StatefulView::State::Empty); // the team has keys: never "No SSH keys yet"
        if (variant == QLatin1String("current-team")) {
            QCOMPARE(state, StatefulView::State::Error);
            QVERIFY2(said.contains(QLatin1String("another team")) && said.contains(QLatin1String("Analytical")),
                     qPrintable(said));
            return;
        }
        QCOMPARE(state, StatefulView::State::Content);
        QCOMPARE(table()->model()->rowCount(), memberKeys->size());
        for (const SshKey& key : m_page->model()->keys())
            QCOMPARE(key.teamId, m_fx.demo.spheronMemberTeamId);
    }
};

QTEST_MAIN(tst_SshKeysLoading)
#include "tst_sshkeysloading.moc"
