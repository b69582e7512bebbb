#include "AccountPages.h"
#include "AppServices.h"
#include "MainWindow.h"
#include "MessageBoxChecks.h"
#include "net/ApiTransport.h"
#include "providers/VastProvider.h"
#include "sandbox/SandboxServer.h"
#include "secrets/AccountsRegistry.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretError.h"
#include "security/FindingRow.h"
#include "security/SecurityPage.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLayout>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

/**
 * The security overview with an account of many keys (issue 24 item 5, docs/SECURITY-OVERVIEW.md "The page"): each
 * account's findings of one check show their first rows and a "Show More" button that adds the rest in pages, while
 * the summary and the counts cover every finding; Snooze and Ignore still act on one finding.
 */
class tst_SecurityList : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void eachCheckShowsItsFirstRowsAndTheSummaryCountsEveryFinding();
    void showMoreAddsTheNextRowsUntilTheGroupIsComplete();
    void snoozingOneRowOfABigGroupHidesOnlyThatFinding();

private:
    /** Shows the overview with Ctrl+0 and waits for its scan; null when it does not finish. */
    SecurityPage* showOverview();
    /** The rows of @p check, in the order shown. */
    QList<FindingRow*> rows(Security::Check check) const;
    /** The "Show More" button right under the last row of @p check; null when there is none. */
    QPushButton* showMoreAfter(Security::Check check) const;
    static int summaryCount(const SecurityPage* page);

    static constexpr int kExtraKeys = 60;

    QTemporaryDir m_dir;
    QTemporaryDir m_home;
    std::unique_ptr<SandboxServer> m_sandbox;
    SandboxDemo m_demo;
    int m_keys = 0; ///< every key of the Vast.ai account, the demo's and the generated ones
    std::unique_ptr<AppServices> m_services;
    std::unique_ptr<MainWindow> m_window;
    QString m_vastId;
};

void tst_SecurityList::initTestCase()
{
    QVERIFY(m_dir.isValid() && m_home.isValid());
    // An empty ~/.ssh: no registered key has a copy here, so every one is an UnknownSshKey finding.
    qputenv("HOME", QFile::encodeName(m_home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral(".config"))));
    QVERIFY(QDir(m_home.path()).mkpath(QStringLiteral(".ssh")));
    QVERIFY(QFile::setPermissions(m_home.filePath(QStringLiteral(".ssh")),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    m_sandbox = std::make_unique<SandboxServer>();
    QString error;
    QVERIFY2(m_sandbox->start({}, &error), qPrintable(error));
    m_demo = m_sandbox->seedDemo();
    // Older than 90 days: each generated key is an OldSshKey finding too.
    QCOMPARE(m_sandbox->seedSshKeys(SandboxAccount::VastDemo, kExtraKeys, 91), kExtraKeys);

    ApiTransport transport;
    VastProvider provider(&transport);
    provider.setCredentials({m_demo.vastApiKey, {}});
    provider.setBaseUrl(m_sandbox->baseUrl());
    QObject context;
    bool done = false;
    provider.listSshKeys({}, &context, [&](ApiResult<QList<SshKey>> result) {
        m_keys = result.ok() ? int(result.value->size()) : -1;
        done = true;
    });
    QTRY_VERIFY(done);
    QVERIFY(m_keys > kExtraKeys);
}

void tst_SecurityList::init()
{
    m_services = std::make_unique<AppServices>(
        std::make_unique<MemorySecretStore>(),
        std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("keydeck.ini")), QSettings::IniFormat));
    // Memory only: its marks live in the registry's session values, not in the settings file.
    Account account = Account::create(Provider::Vast, QStringLiteral("Ada (Vast.ai)"), Account::Storage::MemoryOnly);
    account.baseUrl = m_sandbox->baseUrl();
    bool done = false;
    SecretError result;
    m_services->accounts()->addWithApiKey(account, m_demo.vastApiKey, this, [&](const SecretError& e) {
        result = e;
        done = true;
    });
    QTRY_VERIFY(done);
    QVERIFY2(result.isOk(), qPrintable(result.message()));
    m_vastId = account.id;

    m_window = std::make_unique<MainWindow>(m_services.get());
    m_window->setPageBuilder([this](OpenAccount* session, QTabWidget* tabs, MainWindow* w) {
        AccountPages::build(m_services.get(), session, tabs, w);
    });
    m_window->resize(1100, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_SecurityList::cleanup()
{
    m_window.reset();
    m_services.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("keydeck.ini")));
    KD_VERIFY_NO_PENDING_ANSWERS();
}

void tst_SecurityList::cleanupTestCase()
{
    m_sandbox.reset();
}

SecurityPage* tst_SecurityList::showOverview()
{
    QTest::keyClick(m_window.get(), Qt::Key_0, Qt::ControlModifier);
    auto* page = m_window->securityPage();
    if (!page || !QTest::qWaitFor([&] { return !page->isChecking(); }, 30000))
        return nullptr;
    return page;
}

QList<FindingRow*> tst_SecurityList::rows(Security::Check check) const
{
    QList<FindingRow*> found;
    auto* content = m_window->securityPage()->findChild<QWidget*>(QStringLiteral("findingsWidget"));
    for (int i = 0; i < content->layout()->count(); ++i) {
        auto* row = qobject_cast<FindingRow*>(content->layout()->itemAt(i)->widget());
        if (row && row->finding().check == check)
            found.append(row);
    }
    return found;
}

QPushButton* tst_SecurityList::showMoreAfter(Security::Check check) const
{
    const QList<FindingRow*> shown = rows(check);
    if (shown.isEmpty())
        return nullptr;
    QLayout* layout = m_window->securityPage()->findChild<QWidget*>(QStringLiteral("findingsWidget"))->layout();
    QLayoutItem* next = layout->itemAt(layout->indexOf(shown.last()) + 1);
    auto* button = next ? qobject_cast<QPushButton*>(next->widget()) : nullptr;
    return button && button->objectName() == QLatin1String("showMoreButton") ? button : nullptr;
}

int tst_SecurityList::summaryCount(const SecurityPage* page)
{
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("^(\\d+) ")).match(page->summary());
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

void tst_SecurityList::eachCheckShowsItsFirstRowsAndTheSummaryCountsEveryFinding()
{
    SecurityPage* page = showOverview();
    QVERIFY(page);
    // A group of many findings: its first rows, then the button for the next page, which says how many are left.
    for (const Security::Check check : {Security::Check::UnknownSshKey, Security::Check::OldSshKey}) {
        QCOMPARE(rows(check).size(), SecurityPage::FirstRowsPerGroup);
        QPushButton* more = showMoreAfter(check);
        QVERIFY(more);
        QVERIFY2(more->text().contains(QString::number(SecurityPage::MoreRowsPerClick)), qPrintable(more->text()));
    }
    QVERIFY2(showMoreAfter(Security::Check::UnknownSshKey)
                 ->toolTip()
                 .contains(QString::number(m_keys - SecurityPage::FirstRowsPerGroup)),
             qPrintable(showMoreAfter(Security::Check::UnknownSshKey)->toolTip()));
    // A group of one has no button.
    QCOMPARE(rows(Security::Check::TwoFactorOff).size(), 1);
    QVERIFY(!showMoreAfter(Security::Check::TwoFactorOff));

    // The summary counts every finding, shown or not: each key is unknown here, and these are older than 90 days.
    const int total = summaryCount(page);
    QVERIFY2(total >= m_keys + kExtraKeys, qPrintable(page->summary()));
    const int rowsShown = int(page->findChildren<FindingRow*>().size());
    QVERIFY(rowsShown < total);
    // Every group opened to the end: exactly the summary's number of rows, each finding once.
    for (QPushButton* more = page->findChild<QPushButton*>(QStringLiteral("showMoreButton")); more;
         more = page->findChild<QPushButton*>(QStringLiteral("showMoreButton"))) {
        more->click();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    const QList<FindingRow*> all = page->findChildren<FindingRow*>();
    QCOMPARE(int(all.size()), total);
    QSet<QString> identities;
    for (const FindingRow* row : all)
        identities.insert(row->finding().identity());
    QCOMPARE(int(identities.size()), total);
    QCOMPARE(rows(Security::Check::UnknownSshKey).size(), m_keys);
}

void tst_SecurityList::showMoreAddsTheNextRowsUntilTheGroupIsComplete()
{
    SecurityPage* page = showOverview();
    QVERIFY(page);
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    const QList<FindingRow*> first = rows(Security::Check::UnknownSshKey);
    int expected = SecurityPage::FirstRowsPerGroup;
    QPushButton* more = showMoreAfter(Security::Check::UnknownSshKey);
    QVERIFY(more);
    // Space on the focused button, as from the keyboard; the rows shown stay, the next ones come below them.
    while (expected < m_keys) {
        more->setFocus();
        QTest::keyClick(more, Qt::Key_Space);
        const int added = std::min(SecurityPage::MoreRowsPerClick, m_keys - expected);
        expected += added;
        const QList<FindingRow*> now = rows(Security::Check::UnknownSshKey);
        QCOMPARE(now.size(), expected);
        QCOMPARE(now.mid(0, first.size()), first);
        if (expected < m_keys) {
            QCOMPARE(showMoreAfter(Security::Check::UnknownSshKey), more);
            QVERIFY(
                more->text().contains(QString::number(std::min(SecurityPage::MoreRowsPerClick, m_keys - expected))));
        } else {
            // The group is complete: the button goes, and the keyboard goes on at the first row it added.
            QTRY_VERIFY(!page->findChildren<QPushButton*>(QStringLiteral("showMoreButton")).contains(more));
            QWidget* focus = QApplication::focusWidget();
            QVERIFY(focus);
            QCOMPARE(focus->parentWidget(), now.at(expected - added));
        }
    }
    // Every key once.
    QSet<QString> keys;
    for (const FindingRow* row : rows(Security::Check::UnknownSshKey))
        keys.insert(row->finding().subjectId);
    QCOMPARE(int(keys.size()), m_keys);
}

void tst_SecurityList::snoozingOneRowOfABigGroupHidesOnlyThatFinding()
{
    SecurityPage* page = showOverview();
    QVERIFY(page);
    const int total = summaryCount(page);
    const QList<FindingRow*> before = rows(Security::Check::UnknownSshKey);
    QCOMPARE(before.size(), SecurityPage::FirstRowsPerGroup);
    const Security::Finding snoozed = before.at(1)->finding();
    const QString third = before.at(2)->finding().identity();
    auto* mark = before.at(1)->findChild<QToolButton*>(QStringLiteral("markButton"));
    QVERIFY(mark && mark->menu());
    mark->menu()->findChild<QAction*>(QStringLiteral("snoozeAction"))->trigger();

    // The next finding moves up, the counts say one less and one hidden.
    const QList<FindingRow*> after = rows(Security::Check::UnknownSshKey);
    QCOMPARE(after.size(), SecurityPage::FirstRowsPerGroup);
    QCOMPARE(after.at(1)->finding().identity(), third);
    QCOMPARE(summaryCount(page), total - 1);
    auto* hidden = page->findChild<QPushButton*>(QStringLiteral("showHiddenButton"));
    QVERIFY(hidden->isEnabled());
    QVERIFY2(hidden->text().contains(u"(1)"), qPrintable(hidden->text()));
    QVERIFY(m_services->accounts()->findingMark(m_vastId, snoozed.identity()).snoozedUntil.isValid());
    // A new scan keeps it hidden (the marks are read once per account).
    page->checkAgain();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isChecking(), 30000);
    QCOMPARE(summaryCount(page), total - 1);
    QCOMPARE(rows(Security::Check::UnknownSshKey).at(1)->finding().identity(), third);

    // Shown again, dimmed, in its place, with Show Again; restored, it counts again.
    hidden->click();
    const QList<FindingRow*> withHidden = rows(Security::Check::UnknownSshKey);
    QCOMPARE(withHidden.at(1)->finding().identity(), snoozed.identity());
    auto* restoreMenu = withHidden.at(1)->findChild<QToolButton*>(QStringLiteral("markButton"))->menu();
    QAction* restore = restoreMenu->findChild<QAction*>(QStringLiteral("restoreAction"));
    QVERIFY(restore);
    restore->trigger();
    hidden->click();
    QCOMPARE(summaryCount(page), total);
    QCOMPARE(rows(Security::Check::UnknownSshKey).at(1)->finding().identity(), snoozed.identity());
}

QTEST_MAIN(tst_SecurityList)
#include "tst_securitylist.moc"
