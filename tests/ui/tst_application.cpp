// The composition root as the user runs it: Application::run() with the real KeychainSecretStore (KEYCHAIN: a
// private gnome-keyring), the real settings under the throwaway HOME, the in-process demo sandbox and every page.
// No other test runs it past --help, so this is where the whole app's start and, above all, its shutdown with work
// still in flight (keychain reads, the demo server starting, every page's first requests) run under the
// sanitizers (issue 11: scripts/test --sanitize). The slots run in order and share HOME: the first run goes
// through the first-run wizard, the next ones reopen the account it made.
#include "MainWindow.h"
#include "accounts/OpenAccount.h"
#include "widgets/StatefulView.h"
#include "wizard/OnboardingPage.h"
#include "wizard/OnboardingWizard.h"
#include "wizard/VerifyPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QIcon>
#include <QMenu>
#include <QProgressBar>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

#include "Application.h"

#include <functional>

#include <sys/prctl.h>
#include <sys/resource.h>

namespace {

// Generous: under ASan the demo server, the keychain and the pages are several times slower.
constexpr int Wait = 30000;

MainWindow* mainWindow()
{
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (auto* window = qobject_cast<MainWindow*>(w))
            return window;
    }
    return nullptr;
}

int pageId(OnboardingPage page)
{
    return static_cast<int>(page);
}

} // namespace

class tst_Application : public QObject
{
    Q_OBJECT

private:
    /**
     * Runs the app with @p script called on its first event-loop turn, inside the app's own event loop. Whatever
     * the script does or fails, the window is closed afterwards (the user's way out: quit on last window closed);
     * a watchdog quits if that did not end the loop. Returns run()'s exit code.
     */
    int runApp(const std::function<void()>& script, const QStringList& arguments = {})
    {
        bool watchdogFired = false;
        QTimer watchdog;
        watchdog.setSingleShot(true);
        connect(&watchdog, &QTimer::timeout, this, [&] {
            watchdogFired = true;
            QApplication::quit();
        });
        QTimer::singleShot(0, this, [&] {
            script();
            if (MainWindow* window = mainWindow())
                window->close();
            watchdog.start(Wait);
        });
        const int code = arguments.isEmpty() ? Application::run(*qApp) : Application::run(*qApp, arguments);
        if (watchdogFired)
            qWarning("closing the main window did not quit the app");
        return watchdogFired ? -1 : code;
    }

    static void click(QAbstractButton* b)
    {
        QVERIFY(b);
        QVERIFY2(b->isVisible() && b->isEnabled(), qPrintable(b->objectName() + QStringLiteral(" not clickable")));
        const bool indicator = qobject_cast<QRadioButton*>(b);
        QTest::mouseClick(b, Qt::LeftButton, {}, indicator ? QPoint(8, b->height() / 2) : b->rect().center());
    }

    static void next(OnboardingWizard* wizard, OnboardingPage expected)
    {
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), Wait);
        click(wizard->button(QWizard::NextButton));
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), pageId(expected), Wait);
    }

    /**
     * Waits until @p window opened an account (@p opened counts accountOpened), then shows every tab and waits until
     * its page loaded the demo account's data.
     */
    static void waitForLoadedAccount(MainWindow* window, const int& opened)
    {
        QTRY_VERIFY_WITH_TIMEOUT(opened > 0, Wait);
        QVERIFY(window->openAccount());
        auto* busy = window->findChild<QProgressBar*>(QStringLiteral("busyIndicator"));
        auto* tabs = window->findChild<QTabWidget*>();
        QVERIFY(busy && tabs);
        QVERIFY(tabs->count() >= 3);
        // Each page loads the first time its tab is shown (AccountPages::build).
        for (int i = 0; i < tabs->count(); ++i) {
            if (!tabs->isTabVisible(i))
                continue;
            tabs->setCurrentIndex(i);
            QTRY_VERIFY_WITH_TIMEOUT(!busy->isVisible(), Wait);
            const QList<StatefulView*> views = tabs->widget(i)->findChildren<StatefulView*>();
            for (StatefulView* view : views)
                QTRY_VERIFY2_WITH_TIMEOUT(view->state() == StatefulView::State::Content
                                              || view->state() == StatefulView::State::Empty,
                                          qPrintable(view->objectName()), Wait);
        }
    }

    /** The main window, once it has opened an account and every tab has loaded (for a runApp() script). */
    MainWindow* waitForLoadedWindow()
    {
        MainWindow* window = mainWindow();
        if (!window)
            return nullptr;
        int opened = 0;
        const auto counter = qScopeGuard([c = countOpened(window, opened)] { disconnect(c); });
        waitForLoadedAccount(window, opened);
        return QTest::currentTestFailed() ? nullptr : window;
    }

    /** Counts @p window's accountOpened signals into @p opened while the returned connection lives. */
    QMetaObject::Connection countOpened(MainWindow* window, int& opened)
    {
        return connect(window, &MainWindow::accountOpened, this, [&opened] { ++opened; });
    }

private slots:
    void firstRunOpensTheDemoThroughTheWizardAndQuitsCleanly()
    {
        // The start path switches core dumps off before anything reads a key (docs/SECURITY.md, "Core dumps"):
        // allow them first where the hard limit lets us, so that the check below proves run() did it.
        struct rlimit core = {};
        QCOMPARE(::getrlimit(RLIMIT_CORE, &core), 0);
        if (core.rlim_max != 0) {
            core.rlim_cur = core.rlim_max;
            QCOMPARE(::setrlimit(RLIMIT_CORE, &core), 0);
        }
        QCOMPARE(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 1);
        int dumpableDuringRun = -1;
        rlim_t coreLimitDuringRun = RLIM_INFINITY;

        QString accountId;
        const int code = runApp([&] {
            dumpableDuringRun = ::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0);
            struct rlimit limit = {};
            if (::getrlimit(RLIMIT_CORE, &limit) == 0)
                coreLimitDuringRun = limit.rlim_cur;
            MainWindow* window = mainWindow();
            QVERIFY(window);
            OnboardingWizard* wizard = nullptr;
            QTRY_VERIFY_WITH_TIMEOUT(wizard = window->findChild<OnboardingWizard*>(), Wait);
            QTRY_VERIFY_WITH_TIMEOUT(wizard->isVisible(), Wait);
            QCOMPARE(wizard->currentId(), pageId(OnboardingPage::Welcome));
            next(wizard, OnboardingPage::Provider);
            click(wizard->findChild<QRadioButton*>(QStringLiteral("demoRadio")));
            QCOMPARE(wizard->findChild<QComboBox*>(QStringLiteral("demoDialectCombo"))->currentText(),
                     QStringLiteral("Vast.ai"));
            next(wizard, OnboardingPage::Verify);
            auto* verify = static_cast<VerifyPage*>(wizard->pageFor(OnboardingPage::Verify));
            QTRY_VERIFY2_WITH_TIMEOUT(verify->isVerified(), qPrintable(verify->statusText()), Wait);
            accountId = wizard->createdAccountId();
            next(wizard, OnboardingPage::SshKey);
            auto* skip = wizard->findChild<QRadioButton*>(QStringLiteral("skipRadio"));
            QTRY_VERIFY_WITH_TIMEOUT(skip->isEnabled(), Wait);
            click(skip);
            QTRY_VERIFY_WITH_TIMEOUT(!wizard->findChild<QProgressBar*>(QStringLiteral("sshProgressBar"))->isVisible(),
                                     Wait);
            next(wizard, OnboardingPage::Done);
            int opened = 0;
            const auto counter = qScopeGuard([c = countOpened(window, opened)] { disconnect(c); });
            click(wizard->button(QWizard::FinishButton));

            // The wizard hands the new account to the window, which opens it and loads every tab.
            waitForLoadedAccount(window, opened);
            QCOMPARE(window->currentAccountId(), accountId);
        });
        QVERIFY(!accountId.isEmpty());
        QCOMPARE(code, 0);
        QCOMPARE(dumpableDuringRun, 0);
        QCOMPARE(coreLimitDuringRun, rlim_t(0));
    }

    void closesWhileTheAccountsPagesAreLoading()
    {
        bool opened = false;
        bool busyAtClose = false;
        const int code = runApp([&] {
            MainWindow* window = mainWindow();
            QVERIFY(window);
            // Closed right where the pages were built, before the event loop turns, with every tab shown once:
            // every page's first request is in flight.
            const auto closer
                = qScopeGuard([c = connect(window, &MainWindow::accountOpened, this, [&, window] {
                                   opened = true;
                                   auto* tabs = window->findChild<QTabWidget*>();
                                   for (int i = 0; i < tabs->count(); ++i)
                                       tabs->setCurrentIndex(i);
                                   busyAtClose
                                       = window->findChild<QProgressBar*>(QStringLiteral("busyIndicator"))->isVisible();
                                   window->close();
                               })] { disconnect(c); });
            QTRY_VERIFY_WITH_TIMEOUT(opened, Wait);
        });
        QVERIFY(opened);
        QVERIFY(busyAtClose);
        QCOMPARE(code, 0);
    }

    void closesBeforeAnythingAnswered()
    {
        // Closed on the first turn of the event loop: the keychain probe, the demo server's start and the
        // account's key read have all just been asked for.
        bool ran = false;
        const int code = runApp([&] {
            QVERIFY(mainWindow());
            QVERIFY(!mainWindow()->openAccount());
            ran = true;
        });
        QVERIFY(ran);
        QCOMPARE(code, 0);
    }

    void reopensTheAccountAfterTheInterruptedRuns()
    {
        // Nothing the interrupted runs left behind keeps the account from opening and loading.
        const int code = runApp([&] { QVERIFY(waitForLoadedWindow()); });
        QCOMPARE(code, 0);
    }

    void startsTheDemoSandboxAndSetsTheIconOnlyAfterTheFirstPaint()
    {
        // Start-up (docs/PERFORMANCE.md): the account list selects the saved demo account as it takes focus on
        // show, before the first paint; starting the sandbox right then (its SQLite store, QHttpServer, the TLS
        // backend) kept the window off the screen for a third of its start-up. The sandbox's SQLite connection
        // tells whether it has started.
        struct FirstPaint : QObject
        {
            bool painted = false;
            QStringList connectionsAtPaint;
            QIcon iconAtPaint;
            bool remindersAtPaint = false;
            bool eventFilter(QObject* watched, QEvent* event) override
            {
                if (!painted && event->type() == QEvent::Paint && watched->isWidgetType()
                    && qobject_cast<MainWindow*>(static_cast<QWidget*>(watched)->window())) {
                    painted = true;
                    connectionsAtPaint = QSqlDatabase::connectionNames();
                    iconAtPaint = static_cast<QWidget*>(watched)->window()->windowIcon();
                    remindersAtPaint
                        = qobject_cast<MainWindow*>(static_cast<QWidget*>(watched)->window())->securityReminders()
                        != nullptr;
                }
                return false;
            }
        } probe;
        QVERIFY(QSqlDatabase::connectionNames().isEmpty());
        QApplication::setWindowIcon(QIcon()); // the earlier runs in this process set it
        qApp->installEventFilter(&probe);
        const auto removeProbe = qScopeGuard([&probe] { qApp->removeEventFilter(&probe); });
        QStringList connectionsWhenOpen;
        QIcon iconWhenOpen;
        bool remindersWhenOpen = false;
        const int code = runApp([&] {
            MainWindow* window = waitForLoadedWindow();
            QVERIFY(window);
            connectionsWhenOpen = QSqlDatabase::connectionNames();
            iconWhenOpen = window->windowIcon();
            remindersWhenOpen = window->securityReminders() != nullptr;
        });
        QCOMPARE(code, 0);
        QVERIFY(probe.painted);
        QCOMPARE(probe.connectionsAtPaint, QStringList());
        QVERIFY(probe.iconAtPaint.isNull()); // set right after the first paint, not before
        QVERIFY(!iconWhenOpen.isNull());
        QVERIFY(!iconWhenOpen.pixmap(64, 64).isNull());
        QCOMPARE(connectionsWhenOpen.size(), 1); // the sandbox did start, after the paint
        // The daily security check (issue 23) is started by the app, after the paint too.
        QVERIFY(!probe.remindersAtPaint);
        QVERIFY(remindersWhenOpen);
    }

    // Runs last: the German catalog it installs stays installed in this process.
    void speaksTheLanguageItIsGiven()
    {
        // The composition root's own sentences too: they were looked up under another context than the one the
        // catalogs have them in, and stayed English in every language.
        // Every status bar message of the run: the main window's status bar is hooked as it is shown, which is
        // before Application::run() says anything there.
        struct StatusMessages : QObject
        {
            QStringList shown;
            QStatusBar* hooked = nullptr;
            bool eventFilter(QObject* watched, QEvent* event) override
            {
                auto* bar = qobject_cast<QStatusBar*>(watched);
                if (event->type() == QEvent::Show && bar && bar != hooked && qobject_cast<MainWindow*>(bar->window())) {
                    hooked = bar;
                    connect(bar, &QStatusBar::messageChanged, this, [this](const QString& message) {
                        if (!message.isEmpty())
                            shown.append(message);
                    });
                }
                return false;
            }
        } messages;
        qApp->installEventFilter(&messages);
        const auto removeProbe = qScopeGuard([&messages] { qApp->removeEventFilter(&messages); });
        QString fileMenu;
        const int code = runApp(
            [&] {
                MainWindow* window = waitForLoadedWindow();
                QVERIFY(window);
                fileMenu = window->findChild<QMenu*>(QStringLiteral("fileMenu"))->title();
            },
            {QStringLiteral("keydeck"), QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--demo"),
             QStringLiteral("vast")});
        QCOMPARE(code, 0);
        QCOMPARE(fileMenu, QStringLiteral("&Datei"));
        QVERIFY2(messages.shown.contains(QStringLiteral("Lokale Demo wird gestartet…")),
                 qPrintable(messages.shown.join(QStringLiteral(" | "))));
    }
};

int main(int argc, char* argv[])
{
    // Application::run() parses the application's own command line (and exits on an unknown option): it gets a
    // bare one, and Qt Test gets the real one (test functions, -v2, …).
    int appArgc = 1;
    char* appArgv[] = {argv[0], nullptr};
    QApplication app(appArgc, appArgv);
    tst_Application test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_application.moc"
