// The accounts sidebar and the opening of an account, through the widgets, with a real sandbox behind
// the opened account's provider and a MemorySecretStore standing in for the keychain.
#include "AppServices.h"
#include "MainWindow.h"
#include "MessageBoxChecks.h"
#include "accounts/AccountListModel.h"
#include "accounts/OpenAccount.h"
#include "clipboard/SecretClipboard.h"
#include "providers/ConsoleProvider.h"
#include "sandbox/SandboxServer.h"
#include "secrets/AccountsRegistry.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretError.h"
#include "secrets/SecretsService.h"
#include "widgets/MessageBox.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

class tst_AccountSidebar : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SandboxServer> m_sandbox;
    SandboxDemo m_demo;
    std::unique_ptr<AppServices> m_services;

    std::unique_ptr<QSettings> settingsFile()
    {
        return std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("keydeck.ini")), QSettings::IniFormat);
    }

    Account addAccount(Provider provider, const QString& label, const QString& key)
    {
        Account account = Account::create(provider, label);
        account.baseUrl = m_sandbox->baseUrl();
        bool done = false;
        SecretError result;
        m_services->accounts()->addWithApiKey(account, key, this, [&](const SecretError& error) {
            result = error;
            done = true;
        });
        [&] { QTRY_VERIFY(done); }();
        [&] { QVERIFY2(result.isOk(), qPrintable(result.message())); }();
        return account;
    }

    static inline QStringList s_warnings;
    static void collectWarnings(QtMsgType type, const QMessageLogContext&, const QString& message)
    {
        if (type != QtDebugMsg && type != QtInfoMsg)
            s_warnings << message;
    }

    static QListView* accountsView(MainWindow& window)
    {
        return window.findChild<QListView*>(QStringLiteral("accountsView"));
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_sandbox = std::make_unique<SandboxServer>();
        QString error;
        QVERIFY2(m_sandbox->start({}, &error), qPrintable(error));
        m_demo = m_sandbox->seedDemo();
        QFile::remove(m_dir.filePath(QStringLiteral("keydeck.ini")));
        m_services = std::make_unique<AppServices>(std::make_unique<MemorySecretStore>(), settingsFile());
    }

    void cleanup()
    {
        m_services.reset();
        m_sandbox.reset();
        KD_VERIFY_NO_PENDING_ANSWERS();
    }

    void emptySidebarExplainsWhatToDo()
    {
        MainWindow window(m_services.get());
        auto* stack = window.findChild<QStackedWidget*>(QStringLiteral("accountsStack"));
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("accountsEmptyPage"));
        QCOMPARE(window.windowTitle(), QStringLiteral("Keydeck"));
    }

    void listsAccountsWithProviderAndStorage()
    {
        addAccount(Provider::Vast, QStringLiteral("Work GPUs"), m_demo.vastApiKey);
        addAccount(Provider::Spheron, QStringLiteral("Lab"), m_demo.spheronApiKey);
        MainWindow window(m_services.get());
        auto* stack = window.findChild<QStackedWidget*>(QStringLiteral("accountsStack"));
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("accountsListPage"));
        QAbstractItemModel* model = accountsView(window)->model();
        QCOMPARE(model->rowCount(), 2);
        // Sorted by label.
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Lab"));
        QCOMPARE(model->index(0, 0).data(AccountListModel::SubtitleRole).toString(),
                 QStringLiteral("Spheron AI · key in the keychain"));
        QCOMPARE(model->index(1, 0).data(AccountListModel::SubtitleRole).toString(),
                 QStringLiteral("Vast.ai · key in the keychain"));
    }

    void openingAnAccountHandsItsKeyToARealProvider_data()
    {
        QTest::addColumn<int>("provider");
        QTest::newRow("vast") << int(Provider::Vast);
        QTest::newRow("spheron") << int(Provider::Spheron);
    }

    void openingAnAccountHandsItsKeyToARealProvider()
    {
        QFETCH(int, provider);
        const auto kind = Provider(provider);
        const Account account = addAccount(kind, QStringLiteral("Mine"),
                                           kind == Provider::Vast ? m_demo.vastApiKey : m_demo.spheronApiKey);
        MainWindow window(m_services.get());
        bool verified = false;
        bool built = false;
        window.setPageBuilder([&](OpenAccount* session, QTabWidget* tabs, MainWindow*) {
            built = true;
            tabs->addTab(new QLabel(QStringLiteral("page")), QStringLiteral("Page"));
            session->provider()->verifyKey(&window, [&](ApiResult<void> result) { verified = result.ok(); });
        });
        QSignalSpy opened(&window, &MainWindow::accountOpened);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.selectAccount(account.id);
        QTRY_COMPARE(opened.count(), 1);
        QVERIFY(built);
        QTRY_VERIFY(verified);
        QCOMPARE(window.currentAccountId(), account.id);
        QCOMPARE(window.windowTitle(), QStringLiteral("Mine"));
        QCOMPARE(window.findChild<QTabWidget*>(QStringLiteral("mainTabs"))->count(), 1);
        QCOMPARE(m_services->accounts()->lastUsedAccountId(), account.id);
    }

    void f2RenamesInPlace()
    {
        const Account account = addAccount(Provider::Vast, QStringLiteral("Old name"), m_demo.vastApiKey);
        MainWindow window(m_services.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.selectAccount(account.id);
        QListView* view = accountsView(window);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_F2);
        auto* editor = view->findChild<QLineEdit*>();
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("New name"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(m_services->accounts()->find(account.id)->label, QStringLiteral("New name"));
        QTRY_COMPARE(window.windowTitle(), QStringLiteral("New name"));
    }

    void f2RenameThatMovesTheAccountUpdatesTheTitle()
    {
        const Account first = addAccount(Provider::Vast, QStringLiteral("Alpha"), m_demo.vastApiKey);
        addAccount(Provider::Vast, QStringLiteral("Beta"), m_demo.vastApiKey);
        MainWindow window(m_services.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.selectAccount(first.id);
        QTRY_COMPARE(window.windowTitle(), QStringLiteral("Alpha"));
        QListView* view = accountsView(window);
        view->setFocus();
        QtMessageHandler previous = qInstallMessageHandler(collectWarnings);
        s_warnings.clear();
        QTest::keyClick(view, Qt::Key_F2);
        auto* editor = view->findChild<QLineEdit*>();
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("Zeta")); // sorts after Beta: the list is rebuilt
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(m_services->accounts()->find(first.id)->label, QStringLiteral("Zeta"));
        QTRY_COMPARE(window.windowTitle(), QStringLiteral("Zeta"));
        QCOMPARE(window.currentAccountId(), first.id);
        qInstallMessageHandler(previous);
        QVERIFY2(s_warnings.isEmpty(), qPrintable(s_warnings.join(u'\n')));
    }

    void f2RenameToAnEmptyNameIsRefusedInWords()
    {
        const Account account = addAccount(Provider::Vast, QStringLiteral("Keep me"), m_demo.vastApiKey);
        MainWindow window(m_services.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.selectAccount(account.id);
        QListView* view = accountsView(window);
        QTRY_VERIFY(window.statusBar()->currentMessage().startsWith(QLatin1String("Opened")));
        view->setFocus();
        QtMessageHandler previous = qInstallMessageHandler(collectWarnings);
        s_warnings.clear();
        QTest::keyClick(view, Qt::Key_F2);
        auto* editor = view->findChild<QLineEdit*>();
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClick(editor, Qt::Key_Delete);
        QTest::keyClick(editor, Qt::Key_Return);
        QTest::qWait(100);
        qInstallMessageHandler(previous);
        QCOMPARE(m_services->accounts()->find(account.id)->label, QStringLiteral("Keep me"));
        QVERIFY2(s_warnings.isEmpty(), qPrintable(s_warnings.join(u'\n')));
        QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("needs a name")),
                 qPrintable(window.statusBar()->currentMessage()));
    }

    void aLongNameIsNotHiddenBehindTheScrollBar()
    {
        const QString longName
            = QStringLiteral("A very long account name that does not fit the sidebar at all, really");
        for (int i = 0; i < 30; ++i)
            addAccount(Provider::Vast, QStringLiteral("%1 %2").arg(longName).arg(i, 2, 10, QLatin1Char('0')),
                       m_demo.vastApiKey);
        MainWindow window(m_services.get());
        window.resize(800, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QListView* view = accountsView(window);
        QTRY_VERIFY(view->verticalScrollBar()->isVisible());
        // Rows are never wider than what the viewport shows: the text elides instead of running under the bar.
        const QModelIndex first = view->model()->index(0, 0);
        QVERIFY(view->visualRect(first).right() <= view->viewport()->width());
        QCOMPARE(view->horizontalScrollBar()->maximum(), 0);
        // The whole name is still there for whoever hovers it.
        QCOMPARE(first.data(Qt::ToolTipRole).toString().contains(longName), true);
    }

    void deleteRemovesAccountAndItsKeyAfterConfirmation()
    {
        const Account account = addAccount(Provider::Vast, QStringLiteral("Gone soon"), m_demo.vastApiKey);
        MainWindow window(m_services.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.selectAccount(account.id);
        QListView* view = accountsView(window);
        view->setFocus();

        MessageBox::setNextAnswer(false);
        QTest::keyClick(view, Qt::Key_Delete);
        QVERIFY(MessageBox::lastQuestionText().contains(QStringLiteral("Gone soon")));
        QVERIFY(m_services->accounts()->find(account.id));

        MessageBox::setNextAnswer(true);
        QTest::keyClick(view, Qt::Key_Delete);
        QTRY_VERIFY(!m_services->accounts()->find(account.id));
        QVERIFY(window.currentAccountId().isEmpty());

        bool read = false;
        SecretError readError;
        m_services->secrets()->keychainStore()->read(account.id, SecretKind::ApiKey, this,
                                                     [&](const SecretError& error, const QString&) {
                                                         readError = error;
                                                         read = true;
                                                     });
        QTRY_VERIFY(read);
        QCOMPARE(readError.kind(), SecretError::Kind::NotFound);
    }

    void removingTheOpenAccountOpensTheOneThatTakesItsPlace()
    {
        // Issue 18 item 10: the remaining account was left unselected, the main area said "Once you add an
        // account…" and the Demo badge went away.
        const Account first = addAccount(Provider::Vast, QStringLiteral("A first"), m_demo.vastApiKey);
        const Account second = addAccount(Provider::Spheron, QStringLiteral("B second"), m_demo.spheronApiKey);
        MainWindow window(m_services.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.selectAccount(first.id);
        QTRY_COMPARE(window.currentAccountId(), first.id);
        QListView* view = accountsView(window);
        view->setFocus();
        MessageBox::setNextAnswer(true);
        QTest::keyClick(view, Qt::Key_Delete);
        QTRY_VERIFY(!m_services->accounts()->find(first.id));
        QTRY_COMPARE(window.currentAccountId(), second.id);
        QVERIFY(window.openAccount());
        QCOMPARE(view->currentIndex().data(AccountListModel::IdRole).toString(), second.id);
        QVERIFY(view->selectionModel()->isSelected(view->currentIndex()));
    }

    void missingKeyShowsABannerAndKeepsTheAccount()
    {
        Account account = Account::create(Provider::Vast, QStringLiteral("No key"));
        QVERIFY(m_services->accounts()->add(account));
        MainWindow window(m_services.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.selectAccount(account.id);
        auto* banner = window.findChild<QLabel*>(QStringLiteral("bannerLabel"));
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("No API key is stored")), qPrintable(banner->text()));
        QVERIFY(m_services->accounts()->find(account.id));
    }

    void memoryOnlyModeIsVisiblyMarked()
    {
        MainWindow window(m_services.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* marker = window.findChild<QLabel*>(QStringLiteral("memoryOnlyMarker"));
        QVERIFY(marker);
        QVERIFY(!marker->isVisible());
        m_services->secrets()->enableMemoryOnly();
        QTRY_VERIFY(marker->isVisible());
        QVERIFY(!marker->toolTip().isEmpty());
        m_services->secrets()->disableMemoryOnly();
        QTRY_VERIFY(!marker->isVisible());
    }

    void clipboardCountdownShowsInTheStatusBar()
    {
        MainWindow window(m_services.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        m_services->clipboard()->setClearTimeout(std::chrono::seconds(3));
        m_services->clipboard()->copySecret(QStringLiteral("not-a-real-key"));
        // In its own label beside the messages (tst_accountpages::theClipboardCountdownLeavesStatusMessagesAlone).
        auto* countdown = window.statusBar()->findChild<QLabel*>(QStringLiteral("clipboardCountdown"));
        QVERIFY(countdown);
        QTRY_VERIFY2(countdown->isVisible() && countdown->text().contains(QStringLiteral("clipboard")),
                     qPrintable(countdown->text()));
        QTRY_VERIFY_WITH_TIMEOUT(!countdown->isVisible(), 6000);
    }
};

QTEST_MAIN(tst_AccountSidebar)
#include "tst_accountsidebar.moc"
