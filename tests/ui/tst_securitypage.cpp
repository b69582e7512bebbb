#include "AppServices.h"
#include "MainWindow.h"
#include "MessageBoxChecks.h"
#include "SecurityPageTest.h"
#include "secrets/AccountsRegistry.h"
#include "security/AddPassphraseDialog.h"
#include "security/FindingRow.h"
#include "security/LocalChecks.h"
#include "security/RecentActivityView.h"
#include "security/SecurityPage.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTest>
#include <QTreeWidget>

#include <sys/stat.h>

/**
 * The security overview's findings (issue 23, docs/SECURITY-OVERVIEW.md "The page"): those of the sandbox's demo
 * accounts and of a throwaway HOME grouped by severity, the local actions, Snooze and Ignore remembered in the
 * settings file, and an account that cannot be checked. Getting there and away: tst_securitynavigation.
 */
class tst_SecurityPage : public SecurityPageTest
{
    Q_OBJECT

private slots:
    void initTestCase() { startSandbox(); }
    void init() { prepareAccounts(); }
    void cleanup() { tearDown(); }
    void cleanupTestCase() { stopSandbox(); }

    void findingsAreGroupedBySeverityWithTheirAccounts();
    void fixChangesTheModeAndTheFindingGoes();
    void addPassphraseEncryptsTheKeyAndKeepsABackup();
    void ignoredFindingStaysHiddenAfterANewScanAndANewWindow();
    void snoozedFindingIsHiddenAndCanBeShownAgain();
    void anAccountWhoseListFailsSaysSoAndTheOtherStillShows();
    void recentActivityListsKeydecksOwnEventsAndMarksTheOthers();
};

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

void tst_SecurityPage::recentActivityListsKeydecksOwnEventsAndMarksTheOthers()
{
    auto window = makeWindow(m_services.get());
    QVERIFY(window);
    SecurityPage* page = showOverview(window.get());
    QVERIFY(page);
    // The demo's log (docs/SANDBOX.md): three recent events from Ada's browser, one made with Keydeck's key, and
    // older or ordinary ones that are not listed.
    auto* tree = page->findChild<QTreeWidget*>(QStringLiteral("recentActivityTree"));
    QVERIFY(tree);
    QCOMPARE(tree->topLevelItemCount(), 4);
    int keydeck = 0;
    QDateTime previous;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = tree->topLevelItem(i);
        QCOMPARE(item->text(RecentActivityView::AccountColumn), QStringLiteral("Ada (Vast.ai)"));
        const bool byKeydeck = item->icon(RecentActivityView::WhatColumn).isNull();
        keydeck += byKeydeck ? 1 : 0;
        QCOMPARE(item->font(RecentActivityView::WhatColumn).bold(), !byKeydeck);
        QCOMPARE(item->toolTip(RecentActivityView::WhatColumn).contains(QLatin1String("Not made by Keydeck")),
                 !byKeydeck);
        if (byKeydeck)
            QVERIFY(item->toolTip(RecentActivityView::WhatColumn).contains(QLatin1String("/api/v0/ssh/")));
        else
            QVERIFY(item->data(RecentActivityView::WhatColumn, Qt::AccessibleTextRole)
                        .toString()
                        .endsWith(QLatin1String("not made by Keydeck")));
    }
    QCOMPARE(keydeck, 1);
    // Newest first: the browser's key added six hours ago leads.
    QVERIFY2(tree->topLevelItem(0)->text(RecentActivityView::WhatColumn) == QLatin1String("SSH key changed"),
             qPrintable(tree->topLevelItem(0)->text(RecentActivityView::WhatColumn)));
    // The others, and only they, are findings too.
    QCOMPARE(rows(page, Security::Check::RecentActivity, m_vastId).size(), 3);
    // The list is as tall as its rows: the page scrolls, not the list.
    QCOMPARE(tree->verticalScrollBar()->maximum(), 0);
    QCOMPARE(tree->horizontalScrollBarPolicy(), Qt::ScrollBarAlwaysOff);
}

QTEST_MAIN(tst_SecurityPage)
#include "tst_securitypage.moc"
