#include "AccountFixture.h"
#include "AccountPages.h"
#include "AppServices.h"
#include "MainWindow.h"
#include "MessageBoxChecks.h"
#include "WindowWaits.h"
#include "accounts/OpenAccount.h"
#include "pages/profile/ProfilePage.h"
#include "sandbox/SandboxServer.h"
#include "secrets/MemorySecretStore.h"
#include "widgets/ListHeader.h"
#include "widgets/MessageBox.h"

#include <QLabel>
#include <QRegularExpression>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

/**
 * One style for every list (issue 18 item 23): the tabs disagreed, with dense rows and a count at the bottom on
 * Environment, Sessions and Teams, spaced rows and a chip beside the title on SSH Keys. Every list shown in either
 * demo account has rows of one height, and a count chip above it.
 */
class tst_ListStyle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup() { KD_VERIFY_NO_PENDING_ANSWERS(); }
    void everyListHasRowsOfOneHeightAndACountChipAboveIt_data();
    void everyListHasRowsOfOneHeightAndACountChipAboveIt();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<AppServices> m_services;
    QString m_vastId;
    QString m_spheronId;
};

void tst_ListStyle::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sandbox = std::make_unique<SandboxServer>();
    QString error;
    QVERIFY2(m_sandbox->start({}, &error), qPrintable(error));
    const SandboxDemo demo = m_sandbox->seedDemo();
    m_services = std::make_unique<AppServices>(
        std::make_unique<MemorySecretStore>(),
        std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("keydeck.ini")), QSettings::IniFormat));
    m_vastId = TestSupport::addAccount(m_services.get(), Provider::Vast, QStringLiteral("Vast.ai demo"),
                                       m_sandbox->baseUrl(), demo.vastApiKey);
    m_spheronId = TestSupport::addAccount(m_services.get(), Provider::Spheron, QStringLiteral("Spheron AI demo"),
                                          m_sandbox->baseUrl(), demo.spheronApiKey);
    QVERIFY(!m_vastId.isEmpty() && !m_spheronId.isEmpty());
}

void tst_ListStyle::cleanupTestCase()
{
    m_services.reset();
    m_sandbox.reset();
}

void tst_ListStyle::everyListHasRowsOfOneHeightAndACountChipAboveIt_data()
{
    QTest::addColumn<bool>("vast");
    QTest::newRow("vast") << true;
    QTest::newRow("spheron") << false;
}

void tst_ListStyle::everyListHasRowsOfOneHeightAndACountChipAboveIt()
{
    QFETCH(bool, vast);
    MainWindow window(m_services.get());
    window.setPageBuilder([this](OpenAccount* session, QTabWidget* tabs, MainWindow* w) {
        AccountPages::build(m_services.get(), session, tabs, w);
    });
    window.resize(1100, 760);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.selectAccount(vast ? m_vastId : m_spheronId);
    QTRY_VERIFY_WITH_TIMEOUT(window.openAccount() != nullptr, 10000);
    // The pages replace the no-account placeholders once the account is open.
    QTRY_VERIFY_WITH_TIMEOUT(window.findChild<ProfilePage*>() != nullptr, 10000);
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("mainTabs"));
    QVERIFY(tabs);

    QStringList problems;
    int lists = 0;
    for (int i = 0; i < tabs->count(); ++i) {
        if (!tabs->isTabVisible(i))
            continue;
        tabs->setCurrentIndex(i);
        QWidget* page = tabs->widget(i);
        QVERIFY(TestSupport::waitUntilIdle(&window));
        QTest::qWait(100);
        const QString tab = tabs->tabText(i).remove(QLatin1Char('&'));
        for (QAbstractItemView* view : page->findChildren<QAbstractItemView*>()) {
            const bool tableOrTree = qobject_cast<QTableView*>(view) || qobject_cast<QTreeView*>(view);
            if (!tableOrTree || !view->isVisibleTo(&window) || !view->model() || view->model()->rowCount() == 0)
                continue;
            ++lists;
            // A table's row includes its grid line, which a cell's rectangle leaves out.
            const auto* table = qobject_cast<QTableView*>(view);
            const int height = table ? table->rowHeight(0) : view->visualRect(view->model()->index(0, 0)).height();
            if (height != ListHeader::rowHeight(view))
                problems << QStringLiteral("%1: %2 has rows of %3 px, the others %4 px")
                                .arg(tab, view->objectName())
                                .arg(height)
                                .arg(ListHeader::rowHeight(view));
            // A chip above the list, in the same page (or group): the nearest one counts.
            const int viewTop = view->mapTo(&window, QPoint(0, 0)).y();
            bool chipAbove = false;
            for (QWidget* scope = view->parentWidget(); scope && !chipAbove && scope != tabs;
                 scope = scope->parentWidget()) {
                for (const QLabel* label : scope->findChildren<QLabel*>()) {
                    if (!ListHeader::isCountChip(label) || !label->isVisibleTo(&window))
                        continue;
                    if (label->mapTo(&window, QPoint(0, 0)).y() < viewTop
                        && label->text().contains(QRegularExpression(QStringLiteral("\\d"))))
                        chipAbove = true;
                }
            }
            // Lists that are a page's detail (keys on this computer, 2FA methods) share their page's chip.
            if (!chipAbove)
                problems << QStringLiteral("%1: %2 has no count chip above it").arg(tab, view->objectName());
        }
        // No count left below a list in words of its own.
        if (page->findChild<QLabel*>(QStringLiteral("countLabel")))
            problems << QStringLiteral("%1: a count label at the bottom").arg(tab);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // Vast.ai: SSH keys, API keys, environment variables, sessions; Spheron AI: teams and SSH keys.
    QVERIFY2(lists >= (vast ? 4 : 2), qPrintable(QString::number(lists)));
}

QTEST_MAIN(tst_ListStyle)
#include "tst_liststyle.moc"
