#include "AccountFixture.h"
#include "AccountPages.h"
#include "AppServices.h"
#include "MainWindow.h"
#include "WindowWaits.h"
#include "accounts/OpenAccount.h"
#include "dialogs/networklog/NetworkLogDialog.h"
#include "net/NetworkLog.h"
#include "sandbox/SandboxServer.h"
#include "secrets/AccountsRegistry.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretError.h"

#include <QAction>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

/**
 * Help → Network Log in the running window (issue 19): the requests the open account made are listed live, the
 * selected one's redacted bodies shown, Copy as curl names the key's variable, Save… writes an owner-only file, Clear
 * empties it; the API key appears nowhere.
 */
class tst_NetworkLogDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void showsTheRunsRequestsWithoutTheKey();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<AppServices> m_services;
    SandboxDemo m_demo;
    QString m_vastId;
};

void tst_NetworkLogDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sandbox = std::make_unique<SandboxServer>();
    SandboxServer::Options options;
    options.databasePath = m_dir.filePath(QStringLiteral("sandbox.sqlite"));
    QString error;
    QVERIFY2(m_sandbox->start(options, &error), qPrintable(error));
    m_demo = m_sandbox->seedDemo();
    m_services = std::make_unique<AppServices>(
        std::make_unique<MemorySecretStore>(),
        std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("keydeck.ini")), QSettings::IniFormat));
    m_vastId = TestSupport::addAccount(m_services.get(), Provider::Vast, QStringLiteral("Ada (Vast.ai)"),
                                       m_sandbox->baseUrl(), m_demo.vastApiKey);
    QVERIFY(!m_vastId.isEmpty());
}

void tst_NetworkLogDialog::cleanupTestCase()
{
    m_services.reset();
    m_sandbox.reset();
}

void tst_NetworkLogDialog::showsTheRunsRequestsWithoutTheKey()
{
    MainWindow window(m_services.get());
    window.setPageBuilder([this](OpenAccount* session, QTabWidget* tabs, MainWindow* w) {
        AccountPages::build(m_services.get(), session, tabs, w);
    });
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.selectAccount(m_vastId);
    QVERIFY(QTest::qWaitFor([&] { return window.openAccount() != nullptr; }, 10000));
    QVERIFY(TestSupport::waitUntilIdle(&window));

    auto* action = window.findChild<QAction*>(QStringLiteral("networkLogAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+L")));
    action->trigger();
    auto* dialog = window.findChild<NetworkLogDialog*>(QStringLiteral("networkLogDialog"));
    QVERIFY(dialog && dialog->isVisible());
    auto* tree = dialog->findChild<QTreeWidget*>(QStringLiteral("entriesTree"));
    QVERIFY(tree);
    const int before = tree->topLevelItemCount();
    QVERIFY(before > 0);
    QCOMPARE(before, int(m_services->networkLog()->entries().size()));
    QCOMPARE(tree->topLevelItem(0)->text(1), QStringLiteral("Ada (Vast.ai)"));

    // Live: a refresh's requests appear while the window is open.
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("mainTabs"));
    tabs->setCurrentIndex(1);
    QVERIFY(TestSupport::waitUntilIdle(&window));
    QMetaObject::invokeMethod(tabs->currentWidget(), "refresh"); // F5 goes to the log window, which has the focus
    QVERIFY(QTest::qWaitFor([&] { return tree->topLevelItemCount() > before; }, 10000));

    QTreeWidgetItem* last = tree->topLevelItem(tree->topLevelItemCount() - 1);
    tree->setCurrentItem(last);
    auto* details = dialog->findChild<QPlainTextEdit*>(QStringLiteral("detailsEdit"));
    QVERIFY(details->toPlainText().contains(last->text(3)));

    dialog->findChild<QPushButton*>(QStringLiteral("copyCurlButton"))->click();
    const QString curl = QGuiApplication::clipboard()->text();
    QVERIFY2(curl.contains(QStringLiteral("$VAST_API_KEY")), qPrintable(curl));

    const QString path = m_dir.filePath(QStringLiteral("saved-log.txt"));
    dialog->setSavePathForTesting(path);
    dialog->findChild<QPushButton*>(QStringLiteral("saveButton"))->click();
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(saved.readAll());
    QVERIFY(text.contains(QStringLiteral("/api/v0/")));
    QCOMPARE(saved.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    QVERIFY(!text.contains(m_demo.vastApiKey));
    QVERIFY(!curl.contains(m_demo.vastApiKey));
    QVERIFY(!details->toPlainText().contains(m_demo.vastApiKey));

    dialog->findChild<QPushButton*>(QStringLiteral("clearButton"))->click();
    QCOMPARE(tree->topLevelItemCount(), 0);
    QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("copyCurlButton"))->isEnabled());
    QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("saveButton"))->isEnabled());
}

QTEST_MAIN(tst_NetworkLogDialog)
#include "tst_networklogdialog.moc"
