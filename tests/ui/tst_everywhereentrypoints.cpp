#include "AccountFixture.h"
#include "AccountPages.h"
#include "AppServices.h"
#include "EverywhereDialogChecks.h"
#include "MainWindow.h"
#include "MessageBoxChecks.h"
#include "sandbox/SandboxServer.h"
#include "secrets/MemorySecretStore.h"
#include "security/FindingRow.h"
#include "security/SecurityPage.h"

#include <QAction>
#include <QDialog>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace EverywhereDialogChecks;

/**
 * Where the overview's actions across accounts start (issue 23, docs/SECURITY-OVERVIEW.md "Across accounts"): the
 * Security page's two buttons, on only once its check has opened the accounts, and a key finding's menu, which opens
 * *Remove Everywhere* with the key's fingerprint; after a removal the page checks again.
 */
class tst_EverywhereEntryPoints : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<SandboxServer> m_sandbox;
    SandboxDemo m_demo;
    std::unique_ptr<AppServices> m_services;
    std::unique_ptr<MainWindow> m_window;
    QString m_vastId;
    QString m_spheronId;

    /** The window showing the overview, its first check done; null on failure. */
    SecurityPage* showOverview()
    {
        m_window = std::make_unique<MainWindow>(m_services.get());
        m_window->setPageBuilder([this](OpenAccount* session, QTabWidget* tabs, MainWindow* w) {
            AccountPages::build(m_services.get(), session, tabs, w);
        });
        m_window->resize(1100, 700);
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get()))
            return nullptr;
        QTest::keyClick(m_window.get(), Qt::Key_0, Qt::ControlModifier);
        return m_window->securityPage();
    }

    static bool checked(SecurityPage* page)
    {
        return QTest::qWaitFor([&] { return !page->isChecking(); }, 30000);
    }

    static QList<FindingRow*> rows(SecurityPage* page, Security::Check check, const QString& accountId)
    {
        QList<FindingRow*> found;
        for (FindingRow* row : page->findChildren<FindingRow*>()) {
            if (row->finding().check == check && row->finding().accountId == accountId)
                found.append(row);
        }
        return found;
    }

    static QAction* menuAction(FindingRow* row, const char* name)
    {
        auto* more = row->findChild<QToolButton*>(QStringLiteral("markButton"));
        return more && more->menu() ? more->menu()->findChild<QAction*>(QLatin1String(name)) : nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sandbox = std::make_unique<SandboxServer>();
        QString error;
        QVERIFY2(m_sandbox->start({}, &error), qPrintable(error));
    }

    void init()
    {
        m_demo = m_sandbox->seedDemo();
        m_sandbox->clearFaults();
        QFile::remove(m_dir.filePath(QStringLiteral("keydeck.ini")));
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        qputenv("HOME", QFile::encodeName(m_home->path()));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home->filePath(QStringLiteral(".config"))));
        QVERIFY(writePublicKey(
            m_home->path(), QStringLiteral("id_new"),
            QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDgfgTlxruOosTX4Zs9B86rNbrHxoIvHfV3pq701JICg "
                           "ada@new-desk")));
        m_services = std::make_unique<AppServices>(
            std::make_unique<MemorySecretStore>(),
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("keydeck.ini")), QSettings::IniFormat));
        m_vastId = TestSupport::addAccount(m_services.get(), Provider::Vast, QStringLiteral("Ada (Vast.ai)"),
                                           m_sandbox->baseUrl(), m_demo.vastApiKey);
        m_spheronId = TestSupport::addAccount(m_services.get(), Provider::Spheron, QStringLiteral("Ada (Spheron AI)"),
                                              m_sandbox->baseUrl(), m_demo.spheronApiKey);
        QVERIFY(!m_vastId.isEmpty() && !m_spheronId.isEmpty());
    }

    void cleanup()
    {
        m_window.reset();
        m_services.reset();
        m_sandbox->clearFaults();
        KD_VERIFY_NO_PENDING_ANSWERS();
    }

    void cleanupTestCase() { m_sandbox.reset(); }

    void theButtonsAreOnOnlyOnceTheAccountsAreOpenedAndOffWhileChecking()
    {
        SecurityPage* page = showOverview();
        QVERIFY(page);
        auto* remove = button(page, "removeEverywhereButton");
        auto* add = button(page, "addEverywhereButton");
        QVERIFY(remove && add);
        QVERIFY(page->isChecking());
        QVERIFY(!remove->isEnabled() && !add->isEnabled());
        QVERIFY(!page->removeEverywhere());
        QVERIFY(checked(page));
        QVERIFY(remove->isEnabled() && add->isEnabled());

        button(page, "checkAgainButton")->click();
        QVERIFY(page->isChecking());
        QVERIFY(!remove->isEnabled() && !add->isEnabled());
        QVERIFY(checked(page));
        QVERIFY(remove->isEnabled() && add->isEnabled());

        // Add a Key to Every Account opens its dialog; closing it unchanged checks nothing again.
        add->click();
        auto* dialog = page->findChild<QDialog*>(QStringLiteral("addEverywhereDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!page->findChild<QDialog*>(QStringLiteral("addEverywhereDialog")));
        QVERIFY(!page->isChecking());

        // While one is open no check starts (it works through the providers a check would replace): it comes after.
        add->click();
        dialog = page->findChild<QDialog*>(QStringLiteral("addEverywhereDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        page->checkAgain();
        QVERIFY(!page->isChecking());
        QTest::keyClick(dialog, Qt::Key_Escape);
        QVERIFY(page->isChecking());
        QVERIFY(checked(page));
    }

    void aKeyFindingsMenuRemovesTheKeyEverywhereAndThePageChecksAgain()
    {
        SecurityPage* page = showOverview();
        QVERIFY(page);
        QVERIFY(checked(page));
        // Only a finding about a registered key offers it.
        const auto twoFactor = rows(page, Security::Check::TwoFactorOff, m_vastId);
        QCOMPARE(twoFactor.size(), 1);
        QVERIFY(!menuAction(twoFactor.first(), "removeEverywhereAction"));
        const auto unknown = rows(page, Security::Check::UnknownSshKey, m_vastId);
        QVERIFY(!unknown.isEmpty());
        const Security::Finding finding = unknown.first()->finding();
        QVERIFY(finding.fingerprint.startsWith(QLatin1String("SHA256:")));
        QAction* action = menuAction(unknown.first(), "removeEverywhereAction");
        QVERIFY(action);
        action->trigger();

        auto* dialog = page->findChild<QDialog*>(QStringLiteral("removeEverywhereDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(dialog->findChild<QRadioButton*>(QStringLiteral("fingerprintRadio"))->isChecked());
        QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("fingerprintEdit"))->text(), finding.fingerprint);
        // It searched at once.
        QTRY_VERIFY_WITH_TIMEOUT(button(dialog, "removeButton")->isEnabled(), 20000);
        QVERIFY(results(dialog).contains(QStringLiteral("Ada (Vast.ai)")));

        MessageBox::setNextAnswer(true);
        button(dialog, "removeButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(button(dialog, "closeButton")->isEnabled(), 20000);
        for (const QString& result : results(dialog))
            QCOMPARE(result, QStringLiteral("removed"));
        button(dialog, "closeButton")->click();

        // The page checks again, and the key's findings are gone.
        QTRY_VERIFY(page->isChecking());
        QVERIFY(checked(page));
        for (FindingRow* row : page->findChildren<FindingRow*>())
            QVERIFY(row->finding().fingerprint != finding.fingerprint);
    }
};

QTEST_MAIN(tst_EverywhereEntryPoints)
#include "tst_everywhereentrypoints.moc"
