#include "AccountPages.h"
#include "AppServices.h"
#include "MainWindow.h"
#include "MessageBoxChecks.h"
#include "sandbox/SandboxServer.h"
#include "secrets/AccountsRegistry.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretError.h"
#include "security/FindingText.h"
#include "security/SecurityOverview.h"
#include "security/SecurityPage.h"
#include "security/SecurityReminders.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <memory>

/**
 * The daily security check and its notification (issue 23 "Reminders", docs/SECURITY-OVERVIEW.md): the window's
 * reminders run the overview's checks against the sandbox's demo accounts over HTTP and a throwaway HOME, notify once
 * about new findings (an injected notify function stands in for the desktop), check at most once a day across
 * restarts (a new AppServices and window over the same settings file), never notify about ignored or snoozed
 * findings, and mark the sidebar's Security entry until the overview is shown. The clock is injected; the timers are
 * pushed out of the way (KEYDECK_SECURITY_CHECK_DELAY_MS) except in the one test that times the first check.
 */
class tst_SecurityReminders : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void firstCheckNotifiesAndMarksTheEntryUntilTheOverviewIsShown();
    void secondStartTheSameDayDoesNotCheck();
    void aNewFindingTheNextDayNotifiesAboutThatOneOnly();
    void ignoredOrSnoozedFindingsNeverNotify();
    void theOverviewsOwnCheckIsTheDaysCheck();
    void theFirstCheckWaitsForTheDelay();
    void withoutNotificationsTheMarkStillShows();

private:
    struct Note
    {
        QString title;
        QString message;
    };
    /** One run of Keydeck: its services over the test's settings file, a window, and its reminders. */
    struct Run
    {
        std::unique_ptr<AppServices> services;
        std::unique_ptr<MainWindow> window;
        SecurityReminders* reminders = nullptr;
        QList<Note> notes;
    };
    std::unique_ptr<Run> start(const QDateTime& now);
    /** Runs a check at @p run's "now"; false when it did not start or finish. */
    bool check(Run* run, const QDateTime& now);
    static QLabel* marker(MainWindow* window);
    /** The sidebar's Security entry shows "New". */
    static bool isMarked(MainWindow* window) { return marker(window) && marker(window)->isVisible(); }
    QList<Security::Finding> everyFinding(AppServices* services);

    QTemporaryDir m_dir;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<SandboxServer> m_sandbox;
    SandboxDemo m_demo;
    QString m_vastId;
    const QDateTime m_today = QDateTime::currentDateTimeUtc();
};

void tst_SecurityReminders::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sandbox = std::make_unique<SandboxServer>();
    QString error;
    QVERIFY2(m_sandbox->start({}, &error), qPrintable(error));
}

void tst_SecurityReminders::init()
{
    // The first check waits an hour: the tests start checks themselves, at the "now" they choose.
    qputenv("KEYDECK_SECURITY_CHECK_DELAY_MS", "3600000");
    m_demo = m_sandbox->seedDemo();
    QFile::remove(m_dir.filePath(QStringLiteral("keydeck.ini")));

    // A throwaway HOME whose ~/.ssh is open to others: one finding on this computer.
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    qputenv("HOME", QFile::encodeName(m_home->path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home->filePath(QStringLiteral(".config"))));
    const QString ssh = m_home->filePath(QStringLiteral(".ssh"));
    QVERIFY(QDir().mkpath(ssh));
    QCOMPARE(::chmod(QFile::encodeName(ssh).constData(), 0755), 0);

    AppServices services(
        std::make_unique<MemorySecretStore>(),
        std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("keydeck.ini")), QSettings::IniFormat));
    for (auto [provider, label, key] :
         {std::tuple {Provider::Vast, QStringLiteral("Ada (Vast.ai)"), m_demo.vastApiKey},
          std::tuple {Provider::Spheron, QStringLiteral("Ada (Spheron AI)"), m_demo.spheronApiKey}}) {
        Account account = Account::create(provider, label);
        account.baseUrl = m_sandbox->baseUrl();
        bool done = false;
        SecretError result;
        services.accounts()->addWithApiKey(account, key, this, [&](const SecretError& e) {
            result = e;
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY2(result.isOk(), qPrintable(result.message()));
        if (provider == Provider::Vast)
            m_vastId = account.id;
    }
}

void tst_SecurityReminders::cleanup()
{
    qunsetenv("KEYDECK_SECURITY_CHECK_DELAY_MS");
    KD_VERIFY_NO_PENDING_ANSWERS();
}

void tst_SecurityReminders::cleanupTestCase()
{
    m_sandbox.reset();
}

std::unique_ptr<tst_SecurityReminders::Run> tst_SecurityReminders::start(const QDateTime& now)
{
    auto run = std::make_unique<Run>();
    run->services = std::make_unique<AppServices>(
        std::make_unique<MemorySecretStore>(),
        std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("keydeck.ini")), QSettings::IniFormat));
    // The store is memory only: give every account its key again (the settings file keeps the accounts).
    for (const Account& account : run->services->accounts()->accounts()) {
        bool done = false;
        const QString key = account.provider == Provider::Vast ? m_demo.vastApiKey : m_demo.spheronApiKey;
        run->services->accounts()->storeFor(account)->write(account.id, SecretKind::ApiKey, key, run->services.get(),
                                                            [&](const SecretError&) { done = true; });
        if (!QTest::qWaitFor([&] { return done; }, 5000))
            return nullptr;
    }
    AppServices* services = run->services.get();
    run->window = std::make_unique<MainWindow>(services);
    run->window->setPageBuilder([services](OpenAccount* session, QTabWidget* tabs, MainWindow* w) {
        AccountPages::build(services, session, tabs, w);
    });
    run->window->resize(1100, 700);
    run->window->show();
    if (!QTest::qWaitForWindowExposed(run->window.get()))
        return nullptr;
    run->window->startSecurityReminders();
    run->reminders = run->window->securityReminders();
    if (!run->reminders)
        return nullptr;
    run->reminders->setClock([now] { return now; });
    Run* raw = run.get();
    run->reminders->setNotify([raw](const QString& title, const QString& message) {
        raw->notes.append({title, message});
        return true;
    });
    return run;
}

bool tst_SecurityReminders::check(Run* run, const QDateTime& now)
{
    if (!run->reminders->checkIfDue())
        return false;
    AccountsRegistry* accounts = run->services->accounts();
    return QTest::qWaitFor([&] { return accounts->lastSecurityCheck() == now; }, 30000);
}

QLabel* tst_SecurityReminders::marker(MainWindow* window)
{
    return window->findChild<QLabel*>(QStringLiteral("securityNewMarker"));
}

QList<Security::Finding> tst_SecurityReminders::everyFinding(AppServices* services)
{
    SecurityOverview overview(services);
    QSignalSpy finished(&overview, &SecurityOverview::finished);
    overview.start();
    if (!finished.wait(30000))
        return {};
    QList<Security::Finding> all = overview.localFindings();
    for (const SecurityOverview::AccountResult& result : overview.accounts())
        all.append(result.findings);
    return all;
}

void tst_SecurityReminders::firstCheckNotifiesAndMarksTheEntryUntilTheOverviewIsShown()
{
    auto run = start(m_today);
    QVERIFY(run);
    QVERIFY(!isMarked(run->window.get()));
    QVERIFY(check(run.get(), m_today));

    // One notification about every finding, in the page's words, naming the first one's owner and why it matters.
    QTRY_COMPARE(run->notes.size(), 1);
    const int count = run->reminders->newCount();
    QVERIFY2(count >= 10, qPrintable(QString::number(count))); // the demo carries a finding of every kind
    // Plurals come from the English catalog, which the lead fills after merging: compare with the same tr().
    QCOMPARE(run->notes.first().title,
             SecurityReminders::tr("Keydeck found %n new security finding(s)", nullptr, count));
    QVERIFY(run->notes.first().title.startsWith(QStringLiteral("Keydeck found %1 new security finding").arg(count)));
    const Security::Finding first = run->reminders->newFindings().first();
    QVERIFY(run->notes.first().message.contains(FindingText::sentence(first)));
    QVERIFY(
        run->notes.first().message.endsWith(QStringLiteral("\nAnd %1 more in the Security overview.").arg(count - 1)));
    for (const QString& key : {m_demo.vastApiKey, m_demo.spheronApiKey})
        QVERIFY(!run->notes.first().message.contains(key) && !run->notes.first().title.contains(key));

    // The sidebar's entry says so until the overview is shown; the overview shows that check, no second one.
    QLabel* mark = marker(run->window.get());
    QVERIFY(mark);
    QVERIFY(mark->isVisible());
    const QString news
        = MainWindow::tr("%n new security finding(s) since the overview was last shown.", nullptr, count);
    auto* entry = run->window->findChild<QPushButton*>(QStringLiteral("securityButton"));
    QVERIFY(entry->toolTip().endsWith(news));
    QCOMPARE(entry->accessibleDescription(), news);
    QTest::keyClick(run->window.get(), Qt::Key_0, Qt::ControlModifier);
    SecurityPage* page = run->window->securityPage();
    QVERIFY(page);
    // That check's findings at once (their rows come in a few event-loop turns), not "Checking…" for a second one.
    QVERIFY2(page->summary().contains(u"finding"), qPrintable(page->summary()));
    QTRY_VERIFY(!page->isChecking());
    QVERIFY(!mark->isVisible());
    QVERIFY(!entry->toolTip().contains(news));
    QVERIFY(entry->accessibleDescription().isEmpty());
    QCOMPARE(run->reminders->newCount(), 0);
    QCOMPARE(run->notes.size(), 1);
}

void tst_SecurityReminders::secondStartTheSameDayDoesNotCheck()
{
    {
        auto run = start(m_today);
        QVERIFY(run);
        QVERIFY(check(run.get(), m_today));
        QTRY_COMPARE(run->notes.size(), 1);
    }
    // Keydeck started again later the same day: no check, no notification, no mark.
    auto again = start(m_today.addSecs(60));
    QVERIFY(again);
    QVERIFY(!again->reminders->checkIfDue());
    QTest::qWait(200);
    QCOMPARE(again->notes.size(), 0);
    QVERIFY(!isMarked(again->window.get()));
    QCOMPARE(again->services->accounts()->lastSecurityCheck(), m_today);
}

void tst_SecurityReminders::aNewFindingTheNextDayNotifiesAboutThatOneOnly()
{
    QList<Security::Finding> before;
    {
        auto run = start(m_today);
        QVERIFY(run);
        QVERIFY(check(run.get(), m_today));
        QTRY_COMPARE(run->notes.size(), 1);
        before = run->reminders->newFindings();
    }
    // A key nobody here holds was added to the Vast.ai account overnight.
    QCOMPARE(m_sandbox->seedSshKeys(SandboxAccount::VastDemo, 1), 1);
    const QDateTime tomorrow = m_today.addDays(1);
    auto run = start(tomorrow);
    QVERIFY(run);
    QVERIFY(check(run.get(), tomorrow));
    QTRY_COMPARE(run->notes.size(), 1);
    QCOMPARE(run->reminders->newCount(), 1);
    const Security::Finding fresh = run->reminders->newFindings().first();
    QCOMPARE(fresh.check, Security::Check::UnknownSshKey);
    QCOMPARE(fresh.accountId, m_vastId);
    for (const Security::Finding& old : before)
        QVERIFY(old.identity() != fresh.identity());
    QCOMPARE(run->notes.first().title, SecurityReminders::tr("Keydeck found %n new security finding(s)", nullptr, 1));
    QCOMPARE(run->notes.first().message, QStringLiteral("Ada (Vast.ai): %1").arg(FindingText::sentence(fresh)));
    QVERIFY(isMarked(run->window.get()));
}

void tst_SecurityReminders::ignoredOrSnoozedFindingsNeverNotify()
{
    {
        // The user ignored half of what the overview finds and snoozed the rest, before any daily check.
        AppServices services(
            std::make_unique<MemorySecretStore>(),
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("keydeck.ini")), QSettings::IniFormat));
        for (const Account& account : services.accounts()->accounts()) {
            bool done = false;
            const QString key = account.provider == Provider::Vast ? m_demo.vastApiKey : m_demo.spheronApiKey;
            services.accounts()->storeFor(account)->write(account.id, SecretKind::ApiKey, key, &services,
                                                          [&](const SecretError&) { done = true; });
            QTRY_VERIFY(done);
        }
        const QList<Security::Finding> all = everyFinding(&services);
        QVERIFY(all.size() >= 10);
        for (int i = 0; i < all.size(); ++i) {
            AccountsRegistry::FindingMark mark;
            if (i % 2)
                mark.ignored = true;
            else
                mark.snoozedUntil = m_today.addDays(7);
            QVERIFY(services.accounts()->setFindingMark(all.at(i).accountId, all.at(i).identity(), mark));
        }
    }
    auto run = start(m_today);
    QVERIFY(run);
    QVERIFY(check(run.get(), m_today));
    QTest::qWait(200);
    QCOMPARE(run->notes.size(), 0);
    QCOMPARE(run->reminders->newCount(), 0);
    QVERIFY(!isMarked(run->window.get()));
    run.reset();

    // Nor once the snooze is over: the earlier check saw them.
    const QDateTime later = m_today.addDays(8);
    run = start(later);
    QVERIFY(run);
    QVERIFY(check(run.get(), later));
    QTest::qWait(200);
    QCOMPARE(run->notes.size(), 0);
}

void tst_SecurityReminders::theOverviewsOwnCheckIsTheDaysCheck()
{
    auto run = start(m_today);
    QVERIFY(run);
    QTest::keyClick(run->window.get(), Qt::Key_0, Qt::ControlModifier);
    SecurityPage* page = run->window->securityPage();
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isChecking(), 30000);
    // The page was on screen: it showed the findings, so nothing is new and nothing is said.
    QCOMPARE(run->services->accounts()->lastSecurityCheck(), m_today);
    QVERIFY(!run->reminders->checkIfDue());
    QCOMPARE(run->notes.size(), 0);
    QVERIFY(!isMarked(run->window.get()));
}

void tst_SecurityReminders::theFirstCheckWaitsForTheDelay()
{
    qputenv("KEYDECK_SECURITY_CHECK_DELAY_MS", "1500");
    auto run = start(m_today);
    QVERIFY(run);
    QTest::qWait(700);
    QVERIFY(!run->services->accounts()->lastSecurityCheck().isValid());
    QTRY_VERIFY_WITH_TIMEOUT(run->services->accounts()->lastSecurityCheck() == m_today, 30000);
    QTRY_COMPARE(run->notes.size(), 1);
    QCOMPARE(SecurityReminders::FirstCheckDelay, std::chrono::minutes(2));
}

void tst_SecurityReminders::withoutNotificationsTheMarkStillShows()
{
    auto run = start(m_today);
    QVERIFY(run);
    QSignalSpy notified(run->reminders, &SecurityReminders::notified);
    run->reminders->setNotify([](const QString&, const QString&) { return false; });
    QVERIFY(check(run.get(), m_today));
    QTRY_COMPARE(notified.size(), 1);
    QCOMPARE(notified.first().at(2).toBool(), false);
    QVERIFY(isMarked(run->window.get()));
}

QTEST_MAIN(tst_SecurityReminders)
#include "tst_securityreminders.moc"
