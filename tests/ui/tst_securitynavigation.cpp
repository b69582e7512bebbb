#include "AppServices.h"
#include "MainWindow.h"
#include "SecurityPageTest.h"
#include "WindowWaits.h"
#include "dialogs/help/ShortcutSheet.h"
#include "pages/sshkeys/SshKeysPage.h"
#include "secrets/AccountsRegistry.h"
#include "security/FindingRow.h"
#include "security/SecurityPage.h"

#include <QAction>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>

#include <algorithm>

/**
 * Getting to the security overview and from it to where a finding is dealt with (issue 23, docs/SECURITY-OVERVIEW.md
 * "The page"): the sidebar's Security entry and its keys, a finding's action showing the account's tab (and the
 * Spheron AI team it was seen in), the account's tabs coming back, and F5.
 */
class tst_SecurityNavigation : public SecurityPageTest
{
    Q_OBJECT

private slots:
    void initTestCase() { startSandbox(); }
    void init() { prepareAccounts(); }
    void cleanup() { tearDown(); }
    void cleanupTestCase() { stopSandbox(); }

    void securityEntryIsAboveTheAccountsAndReachedByKeyboard();
    void reviewShowsTheAccountsSshKeysTab();
    void reviewOfASpheronFindingShowsTheTeamItWasSeenIn();
    void selectingAnAccountAgainShowsItsTabs();
    void f5ChecksAgain();
};

void tst_SecurityNavigation::securityEntryIsAboveTheAccountsAndReachedByKeyboard()
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

void tst_SecurityNavigation::reviewShowsTheAccountsSshKeysTab()
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

void tst_SecurityNavigation::selectingAnAccountAgainShowsItsTabs()
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

void tst_SecurityNavigation::reviewOfASpheronFindingShowsTheTeamItWasSeenIn()
{
    auto window = makeWindow(m_services.get());
    QVERIFY(window);
    SecurityPage* page = showOverview(window.get());
    QVERIFY(page);
    showAllRows(page);
    auto findingIn = [&](const QString& teamId) -> FindingRow* {
        for (FindingRow* row : rows(page, Security::Check::UnknownSshKey, m_spheronId)) {
            if (row->finding().teamId == teamId && row->actionButton())
                return row;
        }
        return nullptr;
    };
    // The account opens in its current team (Ada's Lab); the finding was seen in Analytical Engines.
    FindingRow* other = findingIn(m_demo.spheronMemberTeamId);
    QVERIFY(other);
    other->actionButton()->click();
    auto* tabs = window->findChild<QTabWidget*>(QStringLiteral("mainTabs"));
    QTRY_COMPARE_WITH_TIMEOUT(window->currentAccountId(), m_spheronId, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<SshKeysPage*>(tabs->currentWidget()), 10000);
    auto* sshKeys = qobject_cast<SshKeysPage*>(tabs->currentWidget());
    QTRY_COMPARE_WITH_TIMEOUT(sshKeys->teamId(), m_demo.spheronMemberTeamId, 10000);
    QVERIFY(TestSupport::waitUntilIdle(window.get()));

    // Back to the overview, a finding of the other team, with the account open: its team is chosen again.
    QTest::keyClick(window.get(), Qt::Key_0, Qt::ControlModifier);
    showAllRows(page);
    FindingRow* own = findingIn(m_demo.spheronTeamId);
    QVERIFY(own);
    own->actionButton()->click();
    QCOMPARE(tabs->currentWidget(), sshKeys);
    QCOMPARE(sshKeys->teamId(), m_demo.spheronTeamId);
    QVERIFY(TestSupport::waitUntilIdle(window.get()));
}

void tst_SecurityNavigation::f5ChecksAgain()
{
    auto window = makeWindow(m_services.get());
    QVERIFY(window);
    SecurityPage* page = showOverview(window.get());
    QVERIFY(page);
    QVERIFY(!page->isChecking());
    QTest::keyClick(window.get(), Qt::Key_F5);
    QVERIFY(page->isChecking());
    // Not a second check while one runs: F5 again changes nothing, and the check still ends.
    auto* checkAgain = page->findChild<QPushButton*>(QStringLiteral("checkAgainButton"));
    QVERIFY(!checkAgain->isEnabled());
    QTest::keyClick(window.get(), Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isChecking(), 30000);
    QVERIFY(checkAgain->isEnabled());
    QCOMPARE(rows(page, Security::Check::TwoFactorOff, m_vastId).size(), 1);
}

QTEST_MAIN(tst_SecurityNavigation)
#include "tst_securitynavigation.moc"
