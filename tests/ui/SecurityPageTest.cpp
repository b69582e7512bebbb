#include "SecurityPageTest.h"

#include "AccountPages.h"
#include "AppServices.h"
#include "MainWindow.h"
#include "MessageBoxChecks.h"
#include "accounts/OpenAccount.h"
#include "secrets/AccountsRegistry.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretError.h"
#include "security/FindingRow.h"
#include "security/SecurityPage.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QToolButton>

#include <sys/stat.h>

#include <tuple>

SecurityPageTest::SecurityPageTest() = default;
SecurityPageTest::~SecurityPageTest() = default;

void SecurityPageTest::startSandbox()
{
    QVERIFY(m_dir.isValid());
    m_sandbox = std::make_unique<SandboxServer>();
    QString error;
    QVERIFY2(m_sandbox->start({}, &error), qPrintable(error));
}

std::unique_ptr<AppServices> SecurityPageTest::makeServices()
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

void SecurityPageTest::prepareAccounts()
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

void SecurityPageTest::tearDown()
{
    m_services.reset();
    m_sandbox->clearFaults();
    KD_VERIFY_NO_PENDING_ANSWERS();
}

void SecurityPageTest::stopSandbox()
{
    m_sandbox.reset();
}

std::unique_ptr<MainWindow> SecurityPageTest::makeWindow(AppServices* services)
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

SecurityPage* SecurityPageTest::showOverview(MainWindow* window)
{
    QTest::keyClick(window, Qt::Key_0, Qt::ControlModifier);
    auto* page = window->securityPage();
    if (!page || !QTest::qWaitFor([&] { return !page->isChecking(); }, 30000))
        return nullptr;
    return page;
}

QList<FindingRow*> SecurityPageTest::rows(SecurityPage* page, Security::Check check, const QString& accountId)
{
    QList<FindingRow*> found;
    for (FindingRow* row : page->findChildren<FindingRow*>()) {
        if (row->finding().check == check && (accountId.isEmpty() || row->finding().accountId == accountId))
            found.append(row);
    }
    return found;
}

void SecurityPageTest::trigger(FindingRow* row, const char* actionName)
{
    auto* button = row->findChild<QToolButton*>(QStringLiteral("markButton"));
    QVERIFY(button && button->menu());
    auto* action = button->menu()->findChild<QAction*>(QString::fromLatin1(actionName));
    QVERIFY2(action, actionName);
    action->trigger();
}

void SecurityPageTest::showAllRows(SecurityPage* page)
{
    // A group shows its first rows (SecurityPage::FirstRowsPerGroup); Show More adds the next ones and goes at the end.
    for (int guard = 0; guard < 1000; ++guard) {
        auto* more = page->findChild<QPushButton*>(QStringLiteral("showMoreButton"));
        if (!more)
            return;
        more->click();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
}
