#include "AccountPages.h"
#include "AppServices.h"
#include "MainWindow.h"
#include "WindowWaits.h"
#include "accounts/OpenAccount.h"
#include "pages/sshkeys/SshKeysModel.h"
#include "pages/sshkeys/SshKeysPage.h"
#include "sandbox/SandboxServer.h"
#include "secrets/AccountsRegistry.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretError.h"
#include "widgets/StatefulView.h"

#include <QAbstractItemModel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

/**
 * Switching back to an account opened earlier in the run (issue 24 item 3): its pages are kept, show their last data
 * at once and refresh in the background; a failed background refresh keeps the data and says so.
 */
class tst_AccountSwitching : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void switchingBackShowsTheLastDataAtOnceThenRefreshesInTheBackground();
    void aFailedBackgroundRefreshKeepsTheDataAndSaysSo();
    void keepsTheMostRecentAccountsAndForgetsARemovedOne();

private:
    QString addAccount(Provider provider, const QString& label, const QString& apiKey);
    std::unique_ptr<MainWindow> makeWindow();
    /** Selects @p id and waits until its pages are built and idle, with the SSH Keys tab shown. */
    bool openAndWait(MainWindow* window, const QString& id);
    static QTableView* keysTable(MainWindow* window);
    /** The key names the shown SSH Keys table holds, in model order. */
    static QStringList keyNames(MainWindow* window);

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxServer> m_sandbox;
    SandboxDemo m_demo;
    std::unique_ptr<AppServices> m_services;
    QString m_vastId;
    QString m_spheronId;
    int m_sshLists = 0;
};

void tst_AccountSwitching::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sandbox = std::make_unique<SandboxServer>();
    QString error;
    QVERIFY2(m_sandbox->start({}, &error), qPrintable(error));
    m_demo = m_sandbox->seedDemo();
    connect(m_sandbox.get(), &SandboxServer::requestHandled, this,
            [this](const QString& method, const QString& path, int) {
                if (method == QLatin1String("GET") && path.startsWith(QLatin1String("/api/v0/ssh")))
                    ++m_sshLists;
            });
    m_services = std::make_unique<AppServices>(
        std::make_unique<MemorySecretStore>(),
        std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("keydeck.ini")), QSettings::IniFormat));
    m_vastId = addAccount(Provider::Vast, QStringLiteral("Ada (Vast.ai)"), m_demo.vastApiKey);
    m_spheronId = addAccount(Provider::Spheron, QStringLiteral("Lab (Spheron AI)"), m_demo.spheronApiKey);
    QVERIFY(!m_vastId.isEmpty() && !m_spheronId.isEmpty());
}

void tst_AccountSwitching::init()
{
    m_sandbox->clearFaults();
    m_sshLists = 0;
}

void tst_AccountSwitching::cleanupTestCase()
{
    m_services.reset();
    m_sandbox.reset();
}

QString tst_AccountSwitching::addAccount(Provider provider, const QString& label, const QString& apiKey)
{
    Account account = Account::create(provider, label);
    account.baseUrl = m_sandbox->baseUrl();
    if (provider == Provider::Spheron)
        account.teamId = m_demo.spheronTeamId;
    bool done = false;
    SecretError result;
    m_services->accounts()->addWithApiKey(account, apiKey, this, [&](const SecretError& e) {
        result = e;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 5000) || !result.isOk())
        return {};
    return account.id;
}

std::unique_ptr<MainWindow> tst_AccountSwitching::makeWindow()
{
    auto window = std::make_unique<MainWindow>(m_services.get());
    window->setPageBuilder([this](OpenAccount* session, QTabWidget* tabs, MainWindow* w) {
        AccountPages::build(m_services.get(), session, tabs, w);
    });
    window->resize(1100, 700);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

bool tst_AccountSwitching::openAndWait(MainWindow* window, const QString& id)
{
    window->selectAccount(id);
    if (!QTest::qWaitFor([&] { return window->currentAccountId() == id && keysTable(window); }, 10000))
        return false;
    window->showTab(MainWindow::Tab::SshKeys);
    return TestSupport::waitUntilIdle(window);
}

QTableView* tst_AccountSwitching::keysTable(MainWindow* window)
{
    auto* page = window->findChild<SshKeysPage*>();
    return page ? page->findChild<QTableView*>(QStringLiteral("keysTable")) : nullptr;
}

QStringList tst_AccountSwitching::keyNames(MainWindow* window)
{
    QStringList names;
    QTableView* table = keysTable(window);
    if (!table || !table->model())
        return names;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        names << table->model()->index(row, SshKeysModel::NameColumn).data().toString();
    return names;
}

void tst_AccountSwitching::switchingBackShowsTheLastDataAtOnceThenRefreshesInTheBackground()
{
    auto window = makeWindow();
    QVERIFY(window);
    QVERIFY(openAndWait(window.get(), m_vastId));
    const QStringList vastKeys = keyNames(window.get());
    QVERIFY(!vastKeys.isEmpty());
    auto* vastPage = window->findChild<SshKeysPage*>();
    const QString vastTitle = window->windowTitle();

    QVERIFY(openAndWait(window.get(), m_spheronId));
    const QStringList spheronKeys = keyNames(window.get());
    QVERIFY(!spheronKeys.isEmpty());
    QVERIFY(spheronKeys != vastKeys);
    QVERIFY(window->windowTitle() != vastTitle);
    // The kept account's pages are not the window's: only the shown account's page can be found, and speaks.
    QCOMPARE(window->findChildren<SshKeysPage*>().size(), 1);
    QVERIFY(window->findChild<SshKeysPage*>() != vastPage);
    QCOMPARE(window->keptAccountIds(), QStringList {m_vastId});

    // Every Vast.ai answer now takes 3 s: whatever shows right after the switch was kept, not loaded.
    SandboxFault slow;
    slow.kind = SandboxFault::Kind::Latency;
    slow.latencyMs = 3000;
    slow.pattern = QStringLiteral("/api/v0/");
    slow.match = SandboxFault::Match::Prefix;
    m_sandbox->setFault(slow);
    m_sshLists = 0;
    window->selectAccount(m_vastId);
    QCoreApplication::processEvents();
    QCOMPARE(window->currentAccountId(), m_vastId);
    QCOMPARE(window->windowTitle(), vastTitle);
    QCOMPARE(window->findChild<SshKeysPage*>(), vastPage);
    QCOMPARE(keyNames(window.get()), vastKeys);
    auto* view = vastPage->findChild<StatefulView*>(QStringLiteral("keysView"));
    QCOMPARE(view->state(), StatefulView::State::Content);
    QVERIFY(vastPage->isVisible());
    // No tab trades its data for a loading state while it refreshes (the API keys list did on every load).
    QVERIFY(QTest::qWaitFor([&] { return m_sshLists >= 1; }, 2500));
    auto* tabs = window->findChild<QTabWidget*>(QStringLiteral("mainTabs"));
    QCOMPARE(tabs->count(), 5);
    for (int i = 0; i < tabs->count(); ++i) {
        for (const StatefulView* pageView : tabs->widget(i)->findChildren<StatefulView*>()) {
            QVERIFY2(pageView->state() != StatefulView::State::Loading
                         && pageView->state() != StatefulView::State::Error,
                     qPrintable(tabs->tabText(i) + u' ' + pageView->objectName()));
        }
    }
    // The refresh is quiet: the busy indicator and a status message, the rows stay.
    QVERIFY(window->findChild<QProgressBar*>(QStringLiteral("busyIndicator"))->isVisible());
    QVERIFY2(window->statusBar()->currentMessage().contains(QLatin1String("Refreshing")),
             qPrintable(window->statusBar()->currentMessage()));
    QCOMPARE(keyNames(window.get()), vastKeys); // still before any answer
    QCOMPARE(view->state(), StatefulView::State::Content);
    QVERIFY(TestSupport::waitUntilIdle(window.get()));
    QCOMPARE(keyNames(window.get()), vastKeys);
    QCOMPARE(window->windowTitle(), vastTitle);
    QVERIFY(!window->statusBar()->currentMessage().contains(QLatin1String("Refreshing")));
    for (const QString& name : spheronKeys)
        QVERIFY2(!keyNames(window.get()).contains(name) || vastKeys.contains(name), qPrintable(name));
    m_sandbox->clearFaults();
}

void tst_AccountSwitching::aFailedBackgroundRefreshKeepsTheDataAndSaysSo()
{
    auto window = makeWindow();
    QVERIFY(window);
    QVERIFY(openAndWait(window.get(), m_vastId));
    const QStringList vastKeys = keyNames(window.get());
    QVERIFY(!vastKeys.isEmpty());
    QVERIFY(openAndWait(window.get(), m_spheronId));

    SandboxFault broken;
    broken.kind = SandboxFault::Kind::Status;
    broken.status = 500;
    broken.method = "GET";
    broken.pattern = QStringLiteral("/api/v0/ssh");
    broken.match = SandboxFault::Match::Prefix;
    m_sandbox->setFault(broken);
    m_sshLists = 0;
    window->selectAccount(m_vastId);
    QCOMPARE(keyNames(window.get()), vastKeys);
    QTRY_VERIFY(m_sshLists >= 1);
    QVERIFY(TestSupport::waitUntilIdle(window.get()));
    // The list stays, not an error page, and the status bar says the refresh failed.
    auto* view = window->findChild<SshKeysPage*>()->findChild<StatefulView*>(QStringLiteral("keysView"));
    QCOMPARE(view->state(), StatefulView::State::Content);
    QCOMPARE(keyNames(window.get()), vastKeys);
    const QString status = window->statusBar()->currentMessage();
    QVERIFY2(status.contains(QLatin1String("could not be refreshed")), qPrintable(status));

    // Refresh is a refresh the user asked for: its failure is shown as before.
    auto* refresh = window->findChild<SshKeysPage*>()->findChild<QPushButton*>(QStringLiteral("refreshButton"));
    QVERIFY(refresh && refresh->isEnabled());
    QTest::mouseClick(refresh, Qt::LeftButton);
    QVERIFY(TestSupport::waitUntilIdle(window.get()));
    QTRY_COMPARE(view->state(), StatefulView::State::Error);
    m_sandbox->clearFaults();
}

void tst_AccountSwitching::keepsTheMostRecentAccountsAndForgetsARemovedOne()
{
    QStringList extra;
    for (int i = 0; i < MainWindow::MaxKeptAccounts; ++i)
        extra << addAccount(Provider::Vast, QStringLiteral("Extra %1").arg(i), m_demo.vastApiKey);
    auto window = makeWindow();
    QVERIFY(window);
    QVERIFY(openAndWait(window.get(), m_vastId));
    for (const QString& id : std::as_const(extra))
        QVERIFY(openAndWait(window.get(), id));
    QVERIFY(openAndWait(window.get(), m_spheronId));
    // Six opened, one shown, four kept: the least recently shown (the first) is gone.
    QStringList kept = window->keptAccountIds();
    QCOMPARE(kept.size(), MainWindow::MaxKeptAccounts);
    QVERIFY(!kept.contains(m_vastId));
    QCOMPARE(kept.first(), extra.last());

    bool removed = false;
    m_services->accounts()->remove(extra.last(), this, [&](const SecretError&) { removed = true; });
    QTRY_VERIFY(removed);
    QVERIFY(!window->keptAccountIds().contains(extra.last()));
    for (int i = 0; i < extra.size() - 1; ++i) {
        bool done = false;
        m_services->accounts()->remove(extra.at(i), this, [&](const SecretError&) { done = true; });
        QTRY_VERIFY(done);
    }
    QVERIFY(window->keptAccountIds().isEmpty());
}

QTEST_MAIN(tst_AccountSwitching)
#include "tst_accountswitching.moc"
