#include "BenchSecurity.h"

#include "AccountPages.h"
#include "AppServices.h"
#include "BenchSupport.h"
#include "MainWindow.h"
#include "net/ApiTransport.h"
#include "secrets/AccountsRegistry.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretError.h"
#include "security/FindingRow.h"
#include "security/SecurityPage.h"
#include "widgets/StatefulView.h"

#include <QAction>
#include <QApplication>
#include <QLayout>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <cstdio>
#include <memory>

#if !defined(KEYDECK_SANDBOX_TOOL)
#error "tests/bench/CMakeLists.txt defines where keydeck-sandbox is"
#endif

namespace Bench {
namespace {

constexpr int kKeys = 1000;
/** Older than AccountChecks::RotationDays: every generated key is also an OldSshKey finding. */
constexpr int kKeyAgeDays = 91;

[[noreturn]] void fail(const QString& message)
{
    std::fprintf(stderr, "bench_keydeck: %s\n", message.toUtf8().constData());
    std::exit(1);
}

/** A main window with the real services and five accounts (memory-only keys) on the sandbox. */
struct OverviewRig
{
    QTemporaryDir dir;
    std::unique_ptr<AppServices> services;
    std::unique_ptr<MainWindow> window;
    double lastAnswer = -1;

    explicit OverviewRig(const SandboxProcess& sandbox)
    {
        services = std::make_unique<AppServices>(
            std::make_unique<MemorySecretStore>(),
            std::make_unique<QSettings>(dir.filePath(QStringLiteral("keydeck.ini")), QSettings::IniFormat));
        for (int i = 1; i <= 3; ++i)
            add(sandbox, Provider::Vast, QStringLiteral("Vast %1").arg(i), sandbox.vastApiKey());
        for (int i = 1; i <= 2; ++i)
            add(sandbox, Provider::Spheron, QStringLiteral("Spheron %1").arg(i), sandbox.spheronApiKey());
        window = std::make_unique<MainWindow>(services.get());
        window->setPageBuilder([this](OpenAccount* opened, QTabWidget* tabs, MainWindow* w) {
            AccountPages::build(services.get(), opened, tabs, w);
        });
        window->resize(1100, 700);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            fail(QStringLiteral("the window was not shown"));
        // Every answer of the transport, the scan's last list among them: the manager's signal comes before the
        // reply's own receivers (ApiTransport's) run.
        auto* nam = services->transport()->findChild<QNetworkAccessManager*>();
        if (!nam)
            fail(QStringLiteral("the transport has no QNetworkAccessManager"));
        QObject::connect(nam, &QNetworkAccessManager::finished, nam, [this] { lastAnswer = monotonicMs(); });
    }

    void add(const SandboxProcess& sandbox, Provider provider, const QString& label, const QString& key)
    {
        Account account = Account::create(provider, label, Account::Storage::MemoryOnly);
        account.baseUrl = sandbox.baseUrl();
        bool done = false;
        SecretError result;
        services->accounts()->addWithApiKey(account, key, services.get(), [&](const SecretError& e) {
            result = e;
            done = true;
        });
        if (!waitUntil([&] { return done; }) || !result.isOk())
            fail(QStringLiteral("could not add the account: %1").arg(result.message()));
    }

    /** The number the summary starts with ("10046 findings in 5 accounts."). */
    static int summaryCount(const SecurityPage* page)
    {
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("^(\\d+)")).match(page->summary());
        return m.hasMatch() ? m.captured(1).toInt() : -1;
    }

    struct Result
    {
        double firstScreen = 0; ///< last answer → the window's height of findings painted
        double complete = 0; ///< last answer → every group's first rows added and painted
        double stall = 0; ///< longest gap of the probe that began after the last answer, until complete
        double stallFromCtrl0 = 0; ///< longest gap of the probe, Ctrl+0 → complete (the lists' arrival too)
        int findings = 0;
        double snoozeStall = 0; ///< Snooze on the first finding until the page is rebuilt and painted
    };

    /** The rows added so far reach the bottom of the scroll area's viewport (laid out and shown). */
    static bool fillsTheWindow(const SecurityPage* page)
    {
        const auto* scroll = page->findChild<QScrollArea*>(QStringLiteral("findingsScroll"));
        QLayout* layout = scroll->widget()->layout();
        for (int i = layout->count() - 1; i >= 0; --i) {
            const QWidget* widget = layout->itemAt(i)->widget();
            if (widget && widget->isVisible())
                return widget->geometry().bottom() >= scroll->viewport()->height();
        }
        return false;
    }

    /** Ctrl+0, as a user opens the overview; waits until every account was checked and the page painted. */
    Result open()
    {
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window.get()))
            fail(QStringLiteral("the window did not become active"));
        StallProbe probe;
        probe.start();
        QTest::keyClick(window.get(), Qt::Key_0, Qt::ControlModifier);
        SecurityPage* page = window->securityPage();
        if (!page)
            fail(QStringLiteral("Ctrl+0 did not show the security overview"));
        auto* view = page->findChild<StatefulView*>(QStringLiteral("stateView"));
        double firstScreen = -1;
        const bool done = waitUntil(
            [&] {
                if (view->state() != StatefulView::State::Content)
                    return false;
                if (firstScreen < 0 && (fillsTheWindow(page) || !page->isChecking())) {
                    window->repaint();
                    firstScreen = monotonicMs();
                }
                return !page->isChecking() && summaryCount(page) >= 0;
            },
            120000);
        if (!done || firstScreen < 0)
            fail(QStringLiteral("the overview did not finish: %1").arg(page->summary()));
        // What is left before the user sees all of it: the posted layout requests, then the paint.
        for (int i = 0; i < 3; ++i)
            QCoreApplication::sendPostedEvents();
        window->repaint();
        const double end = monotonicMs();
        Result result;
        result.stallFromCtrl0 = probe.stop();
        if (lastAnswer < 0)
            fail(QStringLiteral("no answer was seen"));
        // From the first turn after the last answer's own handling (its parse, the Network Log's copy: the lists'
        // arrival, in the next row): the checks' results coming back, the page filled and painted.
        result.stall = probe.longestGapStartingAfter(lastAnswer);
        result.firstScreen = firstScreen - lastAnswer;
        result.complete = end - lastAnswer;
        result.findings = summaryCount(page);
        const QList<FindingRow*> rows = page->findChildren<FindingRow*>();
        if (rows.isEmpty())
            fail(QStringLiteral("the overview shows no finding"));

        // Snooze on one finding: the page is rebuilt at once, so that the click's outcome is on it.
        auto* later = rows.first()->findChild<QToolButton*>(QStringLiteral("markButton"));
        QAction* snooze
            = later && later->menu() ? later->menu()->findChild<QAction*>(QStringLiteral("snoozeAction")) : nullptr;
        if (!snooze)
            fail(QStringLiteral("the first finding has no Snooze"));
        probe.start();
        snooze->trigger();
        for (int i = 0; i < 3; ++i)
            QCoreApplication::sendPostedEvents();
        window->repaint();
        result.snoozeStall = probe.stop();
        if (summaryCount(page) != result.findings - 1)
            fail(QStringLiteral("Snooze did not hide one finding"));
        return result;
    }
};

} // namespace

void benchSecurity(int runs)
{
    QString error;
    SandboxProcess demo;
    if (!demo.start(QStringLiteral(KEYDECK_SANDBOX_TOOL), 0, &error))
        fail(error);
    SandboxProcess large;
    if (!large.start(QStringLiteral(KEYDECK_SANDBOX_TOOL), kKeys, &error,
                     {QStringLiteral("--seed-ssh-keys-age"), QString::number(kKeyAgeDays)}))
        fail(error);
    QList<double> shown, baseline, complete, baselineComplete, stalls, baselineStalls, allStalls, baselineAllStalls,
        snoozes, baselineSnoozes;
    int findings = 0;
    for (int i = 0; i <= runs; ++i) { // run 0 warms up (the pages' first construction, the first connections)
        const OverviewRig::Result small = OverviewRig(demo).open();
        const OverviewRig::Result full = OverviewRig(large).open();
        if (full.findings < 5 * 2 * kKeys)
            fail(QStringLiteral("the overview counts %1 findings, not two per key").arg(full.findings));
        findings = full.findings;
        if (i == 0)
            continue;
        baseline << small.firstScreen;
        shown << full.firstScreen;
        baselineComplete << small.complete;
        complete << full.complete;
        baselineStalls << small.stall;
        stalls << full.stall;
        baselineAllStalls << small.stallFromCtrl0;
        allStalls << full.stallFromCtrl0;
        baselineSnoozes << small.snoozeStall;
        snoozes << full.snoozeStall;
    }
    std::fprintf(stderr, "bench_keydeck: security overview: %d findings\n", findings);
    const QString what = QStringLiteral("Security overview, 5 accounts × %1 keys: %2").arg(kKeys);
    Row row = limitRow(what.arg(QStringLiteral("last answer → overview on screen")), median(shown), 100);
    row.baseline = median(baseline);
    print(row);
    row = infoRow(what.arg(QStringLiteral("last answer → every row added")), median(complete),
                  median(baselineComplete));
    print(row);
    row = limitRow(what.arg(QStringLiteral("GUI stall, computing and showing (after the last answer)")), median(stalls),
                   16);
    row.baseline = median(baselineStalls);
    print(row);
    print(infoRow(what.arg(QStringLiteral("GUI stall, Ctrl+0 → every row added (the lists' arrival too)")),
                  median(allStalls), median(baselineAllStalls)));
    print(infoRow(what.arg(QStringLiteral("GUI stall, Snooze on one finding (the page rebuilt)")), median(snoozes),
                  median(baselineSnoozes)));
}

} // namespace Bench
