#include "AccountPages.h"
#include "AppServices.h"
#include "MainWindow.h"
#include "MessageBoxChecks.h"
#include "WindowWaits.h"
#include "accounts/OpenAccount.h"
#include "core/LocaleFormat.h"
#include "dialogs/help/ShortcutSheet.h"
#include "pages/sshkeys/SshKeysPage.h"
#include "sandbox/SandboxServer.h"
#include "secrets/AccountsRegistry.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretError.h"
#include "security/AddPassphraseDialog.h"
#include "security/FindingRow.h"
#include "security/FindingText.h"
#include "security/LocalChecks.h"
#include "security/SecurityPage.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <sys/stat.h>

#include <algorithm>
#include <memory>

/**
 * The security overview in the window (issue 23, docs/SECURITY-OVERVIEW.md "The page"): the sidebar's Security entry,
 * the findings of the sandbox's demo accounts and of a throwaway HOME grouped by severity, their actions, Snooze and
 * Ignore remembered in the settings file, and an account that cannot be checked.
 */
class tst_SecurityPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void everyCheckHasASentenceAndEveryActionALabel();
    void securityEntryIsAboveTheAccountsAndReachedByKeyboard();
    void findingsAreGroupedBySeverityWithTheirAccounts();
    void fixChangesTheModeAndTheFindingGoes();
    void addPassphraseEncryptsTheKeyAndKeepsABackup();
    void reviewShowsTheAccountsSshKeysTab();
    void selectingAnAccountAgainShowsItsTabs();
    void ignoredFindingStaysHiddenAfterANewScanAndANewWindow();
    void snoozedFindingIsHiddenAndCanBeShownAgain();
    void anAccountWhoseListFailsSaysSoAndTheOtherStillShows();

private:
    std::unique_ptr<AppServices> makeServices();
    std::unique_ptr<MainWindow> makeWindow(AppServices* services);
    /** Shows the overview with Ctrl+0 and waits for its scan; null when it does not finish. */
    SecurityPage* showOverview(MainWindow* window);
    static QList<FindingRow*> rows(SecurityPage* page, Security::Check check, const QString& accountId = {});
    static void trigger(FindingRow* row, const char* actionName);

    QTemporaryDir m_dir;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<SandboxServer> m_sandbox;
    SandboxDemo m_demo;
    std::unique_ptr<AppServices> m_services;
    QString m_vastId;
    QString m_spheronId;
};

void tst_SecurityPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sandbox = std::make_unique<SandboxServer>();
    QString error;
    QVERIFY2(m_sandbox->start({}, &error), qPrintable(error));
}

std::unique_ptr<AppServices> tst_SecurityPage::makeServices()
{
    auto services = std::make_unique<AppServices>(
        std::make_unique<MemorySecretStore>(),
        std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("keydeck.ini")), QSettings::IniFormat));
    // The store is memory only: give every account its key again (the settings file keeps the accounts).
    for (const Account& account : services->accounts()->accounts()) {
        bool done = false;
        const QString key = account.provider == Provider::Vast ? m_demo.vastApiKey : m_demo.spheronApiKey;
        services->accounts()->storeFor(account)->write(account.id, SecretKind::ApiKey, key, services.get(),
                                                       [&](const SecretError&) { done = true; });
        if (!QTest::qWaitFor([&] { return done; }, 5000))
            qWarning("the key was not stored");
    }
    return services;
}

void tst_SecurityPage::init()
{
    m_demo = m_sandbox->seedDemo();
    m_sandbox->clearFaults();
    QFile::remove(m_dir.filePath(QStringLiteral("keydeck.ini")));

    // A throwaway HOME with an open ~/.ssh and a key without a passphrase (made by the real ssh-keygen).
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    qputenv("HOME", QFile::encodeName(m_home->path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home->filePath(QStringLiteral(".config"))));
    const QString ssh = m_home->filePath(QStringLiteral(".ssh"));
    QVERIFY(QDir().mkpath(ssh));
    QCOMPARE(::chmod(QFile::encodeName(ssh).constData(), 0755), 0);
    QCOMPARE(QProcess::execute(QStringLiteral("ssh-keygen"),
                               {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                                QStringLiteral("-N"), QString(), QStringLiteral("-C"), QStringLiteral("t"),
                                QStringLiteral("-f"), ssh + QStringLiteral("/id_test")}),
             0);

    m_services = makeServices();
    for (auto [provider, label, key, id] :
         {std::tuple {Provider::Vast, QStringLiteral("Ada (Vast.ai)"), m_demo.vastApiKey, &m_vastId},
          std::tuple {Provider::Spheron, QStringLiteral("Ada (Spheron AI)"), m_demo.spheronApiKey, &m_spheronId}}) {
        Account account = Account::create(provider, label);
        account.baseUrl = m_sandbox->baseUrl();
        bool done = false;
        SecretError result;
        m_services->accounts()->addWithApiKey(account, key, this, [&](const SecretError& e) {
            result = e;
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY2(result.isOk(), qPrintable(result.message()));
        *id = account.id;
    }
}

void tst_SecurityPage::cleanup()
{
    m_services.reset();
    m_sandbox->clearFaults();
    KD_VERIFY_NO_PENDING_ANSWERS();
}

void tst_SecurityPage::cleanupTestCase()
{
    m_sandbox.reset();
}

std::unique_ptr<MainWindow> tst_SecurityPage::makeWindow(AppServices* services)
{
    auto window = std::make_unique<MainWindow>(services);
    window->setPageBuilder([services](OpenAccount* session, QTabWidget* tabs, MainWindow* w) {
        AccountPages::build(services, session, tabs, w);
    });
    window->resize(1100, 700);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

SecurityPage* tst_SecurityPage::showOverview(MainWindow* window)
{
    QTest::keyClick(window, Qt::Key_0, Qt::ControlModifier);
    auto* page = window->securityPage();
    if (!page || !QTest::qWaitFor([&] { return !page->isChecking(); }, 30000))
        return nullptr;
    return page;
}

QList<FindingRow*> tst_SecurityPage::rows(SecurityPage* page, Security::Check check, const QString& accountId)
{
    QList<FindingRow*> found;
    for (FindingRow* row : page->findChildren<FindingRow*>()) {
        if (row->finding().check == check && (accountId.isEmpty() || row->finding().accountId == accountId))
            found.append(row);
    }
    return found;
}

void tst_SecurityPage::trigger(FindingRow* row, const char* actionName)
{
    auto* button = row->findChild<QToolButton*>(QStringLiteral("markButton"));
    QVERIFY(button && button->menu());
    auto* action = button->menu()->findChild<QAction*>(QString::fromLatin1(actionName));
    QVERIFY2(action, actionName);
    action->trigger();
}

void tst_SecurityPage::everyCheckHasASentenceAndEveryActionALabel()
{
    Security::Finding finding;
    finding.subject = QStringLiteral("ada@laptop");
    finding.detail = QStringLiteral("ssh-key");
    finding.when = QDateTime(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC);
    finding.count = 2;
    finding.line = 12;
    QSet<QString> sentences;
    for (int check = int(Security::Check::OldSshKey); check <= int(Security::Check::RecentActivity); ++check) {
        finding.check = Security::Check(check);
        const QString sentence = FindingText::sentence(finding);
        QVERIFY2(sentence.endsWith(u'.') && !sentence.contains(u'%'), qPrintable(sentence));
        sentences.insert(sentence);
    }
    QCOMPARE(sentences.size(), int(Security::Check::RecentActivity) + 1);
    QVERIFY(FindingText::sentence(finding).contains(QLatin1String("a change to the SSH keys")));
    // Four-digit years, as every other date in Keydeck (seen as "06.12.26" in the running app).
    QVERIFY2(FindingText::sentence(finding).contains(LocaleFormat::date(QDate(2026, 1, 2), QLocale::ShortFormat)),
             qPrintable(FindingText::sentence(finding)));
    QVERIFY(LocaleFormat::date(QDate(2026, 1, 2), QLocale::ShortFormat).contains(QLatin1String("2026")));
    QVERIFY(FindingText::actionLabel(Security::Action::None).isEmpty());
    for (int action = int(Security::Action::Rotate); action <= int(Security::Action::ReviewSessions); ++action)
        QVERIFY(!FindingText::actionLabel(Security::Action(action)).isEmpty());
}

void tst_SecurityPage::securityEntryIsAboveTheAccountsAndReachedByKeyboard()
{
    auto window = makeWindow(m_services.get());
    QVERIFY(window);
    auto* button = window->findChild<QPushButton*>(QStringLiteral("securityButton"));
    auto* accounts = window->findChild<QListView*>(QStringLiteral("accountsView"));
    QVERIFY(button && accounts);
    QVERIFY(button->isVisible());
    QVERIFY(button->mapTo(window.get(), QPoint()).y() < accounts->mapTo(window.get(), QPoint()).y());
    QVERIFY(button->focusPolicy() & Qt::TabFocus);

    // Listed in the View menu with its shortcut, which the shortcuts sheet reads from the window's actions.
    auto* action = window->findChild<QAction*>(QStringLiteral("showSecurityAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_0));
    auto* viewMenu = window->findChild<QMenu*>(QStringLiteral("viewMenu"));
    QVERIFY(viewMenu && viewMenu->actions().contains(action));
    const QList<ShortcutEntry> sheet = ShortcutSheet::collect(window.get());
    QVERIFY(std::any_of(sheet.cbegin(), sheet.cend(), [&](const ShortcutEntry& entry) {
        return entry.keys == QKeySequence(Qt::CTRL | Qt::Key_0).toString(QKeySequence::NativeText)
            && entry.does.contains(u"Security");
    }));

    // Space on the focused entry shows the overview.
    button->setFocus();
    QTest::keyClick(button, Qt::Key_Space);
    auto* stack = window->findChild<QStackedWidget*>(QStringLiteral("workspaceStack"));
    QVERIFY(window->securityPage());
    QCOMPARE(stack->currentWidget(), window->securityPage());
    QVERIFY(button->isChecked());
    QTRY_VERIFY_WITH_TIMEOUT(!window->securityPage()->isChecking(), 30000);
}

void tst_SecurityPage::findingsAreGroupedBySeverityWithTheirAccounts()
{
    auto window = makeWindow(m_services.get());
    QVERIFY(window);
    SecurityPage* page = showOverview(window.get());
    QVERIFY(page);

    // Every group, in order: High, then Medium, then Information, and each row under its own heading.
    QWidget* content = page->findChild<QWidget*>(QStringLiteral("findingsWidget"));
    QVERIFY(content);
    QStringList order;
    for (QObject* child : content->children()) {
        auto* widget = qobject_cast<QWidget*>(child);
        if (!widget)
            continue;
        if (widget->objectName().endsWith(QLatin1String("Heading")))
            order << widget->objectName();
    }
    QCOMPARE(
        order,
        (QStringList {QStringLiteral("highHeading"), QStringLiteral("mediumHeading"), QStringLiteral("infoHeading")}));
    auto y = [&](QWidget* w) { return w->mapTo(content, QPoint()).y(); };
    auto* high = page->findChild<QLabel*>(QStringLiteral("highHeading"));
    auto* medium = page->findChild<QLabel*>(QStringLiteral("mediumHeading"));
    auto* info = page->findChild<QLabel*>(QStringLiteral("infoHeading"));
    QVERIFY(y(high) < y(medium) && y(medium) < y(info));
    for (FindingRow* row : page->findChildren<FindingRow*>()) {
        const int rowY = y(row);
        switch (row->finding().severity) {
        case Security::Severity::High:
            QVERIFY(rowY > y(high) && rowY < y(medium));
            break;
        case Security::Severity::Medium:
            QVERIFY(rowY > y(medium) && rowY < y(info));
            break;
        case Security::Severity::Info:
            QVERIFY(rowY > y(info));
            break;
        }
    }

    // The account (and Spheron team) each finding belongs to; this computer's own.
    auto owner = [](FindingRow* row) { return row->findChild<QLabel*>(QStringLiteral("ownerLabel"))->text(); };
    const auto twoFactor = rows(page, Security::Check::TwoFactorOff, m_vastId);
    QCOMPARE(twoFactor.size(), 1);
    QCOMPARE(owner(twoFactor.first()), QStringLiteral("Ada (Vast.ai)"));
    QVERIFY(twoFactor.first()->findChild<QLabel*>(QStringLiteral("sentenceLabel"))->text().contains(u"Two-factor"));
    const auto duplicates = rows(page, Security::Check::DuplicateSshKey, m_spheronId);
    QCOMPARE(duplicates.size(), 1);
    QCOMPARE(owner(duplicates.first()), QStringLiteral("Ada (Spheron AI) · team Analytical Engines"));
    QCOMPARE(rows(page, Security::Check::WeakSshKey, m_vastId).size(), 1);
    const auto directory = rows(page, Security::Check::SshDirectoryMode);
    QCOMPARE(directory.size(), 1);
    QCOMPARE(owner(directory.first()), QStringLiteral("This computer"));
    QCOMPARE(rows(page, Security::Check::UnprotectedPrivateKey).size(), 1);
    // The English plurals come from the catalog the lead fills; without it Qt shows "account(s)".
    QVERIFY2(
        page->summary().contains(QRegularExpression(QStringLiteral("in 2 account(s|\\(s\\)) and on this computer"))),
        qPrintable(page->summary()));
    QVERIFY(page->findChildren<QLabel*>(QStringLiteral("notCheckedLabel")).isEmpty());
}

void tst_SecurityPage::fixChangesTheModeAndTheFindingGoes()
{
    auto window = makeWindow(m_services.get());
    QVERIFY(window);
    SecurityPage* page = showOverview(window.get());
    QVERIFY(page);
    const QString ssh = m_home->filePath(QStringLiteral(".ssh"));
    const auto directory = rows(page, Security::Check::SshDirectoryMode);
    QCOMPARE(directory.size(), 1);
    QVERIFY(directory.first()->actionButton());

    // Cancel changes nothing.
    MessageBox::setNextAnswer(false);
    directory.first()->actionButton()->click();
    struct stat info
    {
    };
    QCOMPARE(::stat(QFile::encodeName(ssh).constData(), &info), 0);
    QCOMPARE(info.st_mode & 07777, mode_t(0755));
    QCOMPARE(rows(page, Security::Check::SshDirectoryMode).size(), 1);

    MessageBox::setNextAnswer(true);
    rows(page, Security::Check::SshDirectoryMode).first()->actionButton()->click();
    QVERIFY(MessageBox::lastQuestionText().contains(ssh));
    QCOMPARE(::stat(QFile::encodeName(ssh).constData(), &info), 0);
    QCOMPARE(info.st_mode & 07777, mode_t(0700));
    QVERIFY(rows(page, Security::Check::SshDirectoryMode).isEmpty());
    // The server-side findings are still there: only this computer was checked again.
    QCOMPARE(rows(page, Security::Check::TwoFactorOff, m_vastId).size(), 1);
}

void tst_SecurityPage::addPassphraseEncryptsTheKeyAndKeepsABackup()
{
    auto window = makeWindow(m_services.get());
    QVERIFY(window);
    SecurityPage* page = showOverview(window.get());
    QVERIFY(page);
    const QString key = m_home->filePath(QStringLiteral(".ssh/id_test"));
    const auto unprotected = rows(page, Security::Check::UnprotectedPrivateKey);
    QCOMPARE(unprotected.size(), 1);
    QVERIFY(unprotected.first()->actionButton());
    unprotected.first()->actionButton()->click();
    auto* dialog = page->findChild<AddPassphraseDialog*>(QStringLiteral("addPassphraseDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto* passphrase = dialog->findChild<QLineEdit*>(QStringLiteral("passphraseEdit"));
    auto* confirm = dialog->findChild<QLineEdit*>(QStringLiteral("confirmEdit"));
    auto* add = dialog->findChild<QPushButton*>(QStringLiteral("addPassphraseButton"));
    QVERIFY(passphrase && confirm && add);
    QVERIFY(!add->isEnabled()); // an empty passphrase would leave the key unprotected
    QTest::keyClicks(passphrase, QStringLiteral("violet-orbit-candle-42"));
    QTest::keyClicks(confirm, QStringLiteral("violet-orbit-candle-4"));
    QVERIFY(!add->isEnabled());
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("matchLabel"))->isVisible());
    QTest::keyClicks(confirm, QStringLiteral("2"));
    QVERIFY(add->isEnabled());
    add->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->backupPath().isEmpty(), 20000);

    // The key opens only with the passphrase now; the old file is the backup, owner-only; the finding is gone.
    QVERIFY(Security::LocalChecks(m_home->path()).unprotectedPrivateKeys().isEmpty());
    QVERIFY(QFile::exists(dialog->backupPath()));
    struct stat info
    {
    };
    QCOMPARE(::stat(QFile::encodeName(dialog->backupPath()).constData(), &info), 0);
    QCOMPARE(info.st_mode & 07777, mode_t(0600));
    QCOMPARE(::stat(QFile::encodeName(key).constData(), &info), 0);
    QCOMPARE(info.st_mode & 07777, mode_t(0600));
    QVERIFY(rows(page, Security::Check::UnprotectedPrivateKey).isEmpty());
    dialog->close();
}

void tst_SecurityPage::reviewShowsTheAccountsSshKeysTab()
{
    auto window = makeWindow(m_services.get());
    QVERIFY(window);
    SecurityPage* page = showOverview(window.get());
    QVERIFY(page);
    const auto unknown = rows(page, Security::Check::UnknownSshKey, m_vastId);
    QVERIFY(!unknown.isEmpty());
    QVERIFY(unknown.first()->actionButton());
    unknown.first()->actionButton()->click();

    auto* tabs = window->findChild<QTabWidget*>(QStringLiteral("mainTabs"));
    auto* stack = window->findChild<QStackedWidget*>(QStringLiteral("workspaceStack"));
    QTRY_COMPARE_WITH_TIMEOUT(window->currentAccountId(), m_vastId, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<SshKeysPage*>(tabs->currentWidget()), 10000);
    QCOMPARE(stack->currentWidget(), tabs);
    QVERIFY(!window->findChild<QPushButton*>(QStringLiteral("securityButton"))->isChecked());
    QVERIFY(TestSupport::waitUntilIdle(window.get()));

    // From the overview again to the same, already open account: straight to its tab.
    tabs->setCurrentIndex(0);
    QTest::keyClick(window.get(), Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(stack->currentWidget(), page);
    rows(page, Security::Check::WeakSshKey, m_vastId).first()->actionButton()->click();
    QCOMPARE(stack->currentWidget(), tabs);
    QVERIFY(qobject_cast<SshKeysPage*>(tabs->currentWidget()));
    QVERIFY(TestSupport::waitUntilIdle(window.get()));
}

void tst_SecurityPage::selectingAnAccountAgainShowsItsTabs()
{
    auto window = makeWindow(m_services.get());
    QVERIFY(window);
    window->selectAccount(m_vastId);
    QTRY_VERIFY_WITH_TIMEOUT(window->openAccount(), 10000);
    QVERIFY(TestSupport::waitUntilIdle(window.get()));
    SecurityPage* page = showOverview(window.get());
    QVERIFY(page);
    auto* stack = window->findChild<QStackedWidget*>(QStringLiteral("workspaceStack"));
    QCOMPARE(stack->currentWidget(), page);
    QCOMPARE(window->windowTitle(), QStringLiteral("Security"));

    // The open account itself, chosen in the sidebar, brings its tabs back.
    window->selectAccount(m_vastId);
    QCOMPARE(stack->currentWidget(), window->findChild<QTabWidget*>(QStringLiteral("mainTabs")));
    QCOMPARE(window->currentAccountId(), m_vastId);
    QVERIFY(!window->findChild<QPushButton*>(QStringLiteral("securityButton"))->isChecked());
    // Ctrl+1 from the overview does too.
    QTest::keyClick(window.get(), Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(stack->currentWidget(), page);
    QTest::keyClick(window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(stack->currentWidget(), window->findChild<QTabWidget*>(QStringLiteral("mainTabs")));
    QCOMPARE(window->findChild<QListView*>(QStringLiteral("accountsView"))->currentIndex().isValid(), true);
}

void tst_SecurityPage::ignoredFindingStaysHiddenAfterANewScanAndANewWindow()
{
    {
        auto window = makeWindow(m_services.get());
        QVERIFY(window);
        SecurityPage* page = showOverview(window.get());
        QVERIFY(page);
        QCOMPARE(rows(page, Security::Check::TwoFactorOff, m_vastId).size(), 1);
        auto* hidden = page->findChild<QPushButton*>(QStringLiteral("showHiddenButton"));
        QVERIFY(!hidden->isEnabled());
        trigger(rows(page, Security::Check::TwoFactorOff, m_vastId).first(), "ignoreAction");
        QVERIFY(rows(page, Security::Check::TwoFactorOff, m_vastId).isEmpty());
        QVERIFY(hidden->isEnabled());
        QVERIFY2(hidden->text().contains(u"(1)"), qPrintable(hidden->text()));

        // A new scan of the same account.
        page->findChild<QPushButton*>(QStringLiteral("checkAgainButton"))->click();
        QVERIFY(page->isChecking());
        QTRY_VERIFY_WITH_TIMEOUT(!page->isChecking(), 30000);
        QVERIFY(rows(page, Security::Check::TwoFactorOff, m_vastId).isEmpty());
        QCOMPARE(rows(page, Security::Check::OtherSessions, m_vastId).size(), 1);
    }
    // A new window with new services on the same settings file.
    m_services.reset();
    m_services = makeServices();
    auto window = makeWindow(m_services.get());
    QVERIFY(window);
    SecurityPage* page = showOverview(window.get());
    QVERIFY(page);
    QCOMPARE(rows(page, Security::Check::OtherSessions, m_vastId).size(), 1);
    QVERIFY(rows(page, Security::Check::TwoFactorOff, m_vastId).isEmpty());

    // The toggle shows it again, dimmed, with Show Again.
    auto* hidden = page->findChild<QPushButton*>(QStringLiteral("showHiddenButton"));
    hidden->click();
    const auto shown = rows(page, Security::Check::TwoFactorOff, m_vastId);
    QCOMPARE(shown.size(), 1);
    trigger(shown.first(), "restoreAction");
    hidden->click();
    QCOMPARE(rows(page, Security::Check::TwoFactorOff, m_vastId).size(), 1);
}

void tst_SecurityPage::snoozedFindingIsHiddenAndCanBeShownAgain()
{
    auto window = makeWindow(m_services.get());
    QVERIFY(window);
    SecurityPage* page = showOverview(window.get());
    QVERIFY(page);
    const auto sessions = rows(page, Security::Check::OtherSessions, m_vastId);
    QCOMPARE(sessions.size(), 1);
    const Security::Finding finding = sessions.first()->finding();
    trigger(sessions.first(), "snoozeAction");
    QVERIFY(rows(page, Security::Check::OtherSessions, m_vastId).isEmpty());
    const auto mark = m_services->accounts()->findingMark(m_vastId, finding.identity());
    QVERIFY(!mark.ignored);
    const qint64 days = QDateTime::currentDateTimeUtc().daysTo(mark.snoozedUntil);
    QVERIFY2(days >= 6 && days <= 7, qPrintable(QString::number(days)));

    // Once the week is over it is back.
    AccountsRegistry::FindingMark over;
    over.snoozedUntil = QDateTime::currentDateTimeUtc().addSecs(-60);
    m_services->accounts()->setFindingMark(m_vastId, finding.identity(), over);
    page->checkAgain();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isChecking(), 30000);
    QCOMPARE(rows(page, Security::Check::OtherSessions, m_vastId).size(), 1);
}

void tst_SecurityPage::anAccountWhoseListFailsSaysSoAndTheOtherStillShows()
{
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::Status;
    fault.method = "GET";
    fault.pattern = QStringLiteral("/api/v0/ssh/");
    fault.status = 500;
    QVERIFY(m_sandbox->setFault(fault) >= 0);

    auto window = makeWindow(m_services.get());
    QVERIFY(window);
    SecurityPage* page = showOverview(window.get());
    QVERIFY(page);
    const auto labels = page->findChildren<QLabel*>(QStringLiteral("notCheckedLabel"));
    QCOMPARE(labels.size(), 1);
    QVERIFY2(labels.first()->text().startsWith(QStringLiteral("“Ada (Vast.ai)” could not be checked: ")),
             qPrintable(labels.first()->text()));
    QCOMPARE(labels.first()->textFormat(), Qt::PlainText);
    QVERIFY(rows(page, Security::Check::UnknownSshKey, m_vastId).isEmpty());
    // What could be read of it, and the other account, still show.
    QCOMPARE(rows(page, Security::Check::TwoFactorOff, m_vastId).size(), 1);
    QCOMPARE(rows(page, Security::Check::DuplicateSshKey, m_spheronId).size(), 1);
}

QTEST_MAIN(tst_SecurityPage)
#include "tst_securitypage.moc"
