#include "AccountFixture.h"
#include "AccountPages.h"
#include "AppServices.h"
#include "MainWindow.h"
#include "MessageBoxChecks.h"
#include "Mnemonics.h"
#include "UiContext.h"
#include "WindowWaits.h"
#include "accounts/OpenAccount.h"
#include "core/Translations.h"
#include "demo/DemoMode.h"
#include "dialogs/help/AboutDialog.h"
#include "dialogs/help/ShortcutsDialog.h"
#include "dialogs/networklog/NetworkLogDialog.h"
#include "dialogs/twofactor/TwoFactorDialog.h"
#include "net/ApiTransport.h"
#include "pages/apikeys/CreateApiKeyDialog.h"
#include "pages/apikeys/ExpiryDialog.h"
#include "pages/apikeys/KeyEntryDialog.h"
#include "pages/apikeys/NewKeyDialog.h"
#include "pages/apikeys/RotationAssistantDialog.h"
#include "pages/envvars/EnvVarDialog.h"
#include "pages/sshkeys/AddSshKeyDialog.h"
#include "pages/sshkeys/GenerateSshKeyDialog.h"
#include "pages/sshkeys/SshKeysPage.h"
#include "providers/SpheronProvider.h"
#include "providers/VastProvider.h"
#include "sandbox/SandboxServer.h"
#include "secrets/CredentialImporter.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretsService.h"
#include "security/SecurityPage.h"
#include "wizard/OnboardingPage.h"
#include "wizard/OnboardingServices.h"
#include "wizard/OnboardingWizard.h"

#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QWizard>

#include <functional>
#include <memory>

namespace {

/**
 * Letters a catalog shares today, each waiting for the lead's new translation (issue 18 item 8; the report of this
 * change proposes them). The test lists them without failing; every other shared letter fails it, and so does an
 * entry here that no longer occurs (remove it once the catalog is fixed).
 */
const QMap<QString, QStringList>& awaitingCatalog()
{
    static const QMap<QString, QStringList> awaiting {
        {QStringLiteral("de"), {}},
        {QStringLiteral("fr"), {}},
    };
    return awaiting;
}

} // namespace

/**
 * Every window and dialog answers each Alt+letter with one control, in English, German and French (issue 18 item
 * 8): the main window on every tab of both providers (with the menu bar, the tabs and the sidebar), each menu, every
 * dialog a page opens, each page of the wizard with its buttons, and the Help windows.
 */
class tst_Mnemonics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void everyWindowGivesEachLetterOneControl_data();
    void everyWindowGivesEachLetterOneControl();
    void cancelLoadingHasALetter();
    void passphraseConfirmationReadsAlikeEverywhere();

private:
    /** Checks @p window (shown now) as @p name; its shared letters go to m_found. */
    void check(const QString& name, QWidget* window);
    void checkMainWindow();
    void checkDialogs(ConsoleProvider* provider, const QString& prefix, bool vast);
    void checkWizard();

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<AppServices> m_services;
    ApiTransport m_transport;
    std::unique_ptr<VastProvider> m_vast;
    std::unique_ptr<SpheronProvider> m_spheron;
    SandboxDemo m_demo;
    QString m_vastId;
    QString m_spheronId;
    QStringList m_found;
};

void tst_Mnemonics::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sandbox = std::make_unique<SandboxServer>();
    QString error;
    QVERIFY2(m_sandbox->start({}, &error), qPrintable(error));
    m_demo = m_sandbox->seedDemo();
    m_services = std::make_unique<AppServices>(
        std::make_unique<MemorySecretStore>(),
        std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("keydeck.ini")), QSettings::IniFormat));
    m_vastId = TestSupport::addAccount(m_services.get(), Provider::Vast, QStringLiteral("Ada (Vast.ai)"),
                                       m_sandbox->baseUrl(), m_demo.vastApiKey);
    m_spheronId = TestSupport::addAccount(m_services.get(), Provider::Spheron, QStringLiteral("Lab (Spheron AI)"),
                                          m_sandbox->baseUrl(), m_demo.spheronApiKey);
    QVERIFY(!m_vastId.isEmpty() && !m_spheronId.isEmpty());
    m_vast = std::make_unique<VastProvider>(&m_transport);
    m_vast->setBaseUrl(m_sandbox->baseUrl());
    m_vast->setCredentials({m_demo.vastApiKey, {}});
    m_spheron = std::make_unique<SpheronProvider>(&m_transport);
    m_spheron->setBaseUrl(m_sandbox->baseUrl());
    m_spheron->setCredentials({m_demo.spheronApiKey, {}});
}

void tst_Mnemonics::cleanupTestCase()
{
    m_services.reset();
    m_sandbox.reset();
}

void tst_Mnemonics::cleanup()
{
    // Translations::install() adds catalogs over the earlier ones: without removing them, a string French lacks
    // would show in German after the "de" row.
    for (QTranslator* translator : QCoreApplication::instance()->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QVERIFY(Translations::install(QCoreApplication::instance(), QLocale::c()));
    KD_VERIFY_NO_PENDING_ANSWERS();
}

void tst_Mnemonics::check(const QString& name, QWidget* window)
{
    for (const QString& shared : TestSupport::duplicateMnemonics(window))
        m_found << name + QStringLiteral(": ") + shared;
}

void tst_Mnemonics::checkMainWindow()
{
    MainWindow window(m_services.get());
    window.setPageBuilder([this](OpenAccount* session, QTabWidget* tabs, MainWindow* w) {
        AccountPages::build(m_services.get(), session, tabs, w);
    });
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    check(QStringLiteral("main window, no account"), &window);
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("mainTabs"));
    for (const auto& [id, provider] :
         {std::pair {m_vastId, QStringLiteral("Vast.ai")}, std::pair {m_spheronId, QStringLiteral("Spheron AI")}}) {
        window.selectAccount(id);
        QVERIFY(QTest::qWaitFor([&] { return window.openAccount() != nullptr; }, 10000));
        for (int i = 0; i < tabs->count(); ++i) {
            if (!tabs->isTabVisible(i))
                continue;
            tabs->setCurrentIndex(i);
            QVERIFY(TestSupport::waitUntilIdle(&window));
            check(QStringLiteral("main window, %1, %2").arg(provider, tabs->tabText(i)), &window);
            // The banners a refused or expiring key shows, both at once ("&Enter a New Key…" shared E with the
            // Environment tab). Only a Spheron AI key has an expiry (the user enters it), so only there can both show.
            auto* refused = tabs->widget(i)->findChild<QWidget*>(QStringLiteral("authBanner"));
            auto* expiring = tabs->widget(i)->findChild<QWidget*>(QStringLiteral("expiryBanner"));
            if (refused && expiring) {
                const bool wasShown = expiring->isVisible();
                refused->show();
                expiring->setVisible(wasShown || id == m_spheronId);
                check(QStringLiteral("main window, %1, %2, key refused").arg(provider, tabs->tabText(i)), &window);
                refused->hide();
                expiring->setVisible(wasShown);
            }
        }
        for (const QString& shared : TestSupport::duplicateMenuMnemonics(window.menuBar()))
            m_found << QStringLiteral("menu, %1, ").arg(provider) + shared;
    }
    // The security overview (issue 23), with its findings listed.
    window.showSecurity();
    QVERIFY(window.securityPage());
    QVERIFY(QTest::qWaitFor([&] { return !window.securityPage()->isChecking(); }, 30000));
    check(QStringLiteral("main window, security overview"), &window);
    // Its actions across accounts.
    for (const bool remove : {true, false}) {
        QDialog* dialog = remove ? window.securityPage()->removeEverywhere() : window.securityPage()->addEverywhere();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        check(dialog->objectName(), dialog);
        dialog->close();
    }
    // The Help windows and the network log.
    for (const char* name : {"keyboardShortcutsAction", "aboutAction", "networkLogAction"}) {
        auto* action = window.findChild<QAction*>(QLatin1String(name));
        QVERIFY(action);
        action->trigger();
    }
    for (QDialog* dialog : window.findChildren<QDialog*>()) {
        if (dialog->isVisible()) {
            check(dialog->objectName(), dialog);
            dialog->close();
        }
    }
}

void tst_Mnemonics::checkDialogs(ConsoleProvider* provider, const QString& prefix, bool vast)
{
    UiContext context;
    context.clipboard = m_services->clipboard();
    context.secrets = m_services->secrets();
    context.accounts = m_services->accounts();
    context.accountId = vast ? m_vastId : m_spheronId;
    const auto show = [&](const QString& name, QDialog* dialog) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        check(prefix + name, dialog);
        delete dialog; // not close(): the one-time key dialog asks before it closes
    };
    show(QStringLiteral("Add SSH Key"), new AddSshKeyDialog(provider));
    {
        auto* edit = new AddSshKeyDialog(provider);
        SshKey key;
        key.id = QStringLiteral("1");
        key.name = QStringLiteral("laptop");
        key.publicKey
            = QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDgfgTlxruOosTX4Zs9B86rNbrHxoIvHfV3pq701JICg "
                             "ada@workstation");
        edit->setEditTarget(key);
        show(QStringLiteral("Edit SSH Key"), edit);
    }
    show(QStringLiteral("Generate SSH Key"), new GenerateSshKeyDialog(provider));
    {
        auto* rotate = new GenerateSshKeyDialog(provider);
        rotate->setReplacing(QStringLiteral("laptop"));
        show(QStringLiteral("Rotate SSH Key"), rotate);
    }
    show(QStringLiteral("Two-factor"), new TwoFactorDialog(provider));
    show(QStringLiteral("Rotation assistant"), new RotationAssistantDialog(provider, &context, ApiKeyInfo {}));
    show(QStringLiteral("Key entry, rejected"),
         new KeyEntryDialog(provider, &context, KeyEntryDialog::Purpose::Rejected));
    show(QStringLiteral("Key entry, replace"),
         new KeyEntryDialog(provider, &context, KeyEntryDialog::Purpose::Replace));
    show(QStringLiteral("Expiry"), new ExpiryDialog(QDate::currentDate().addDays(30)));
    if (!vast)
        return;
    show(QStringLiteral("New API Key"), new CreateApiKeyDialog(provider));
    show(QStringLiteral("One-time API key"),
         new NewKeyDialog(QString(64, QLatin1Char('a')), NewKeyDialog::Origin::Created, m_services->clipboard()));
    show(QStringLiteral("New environment variable"), new EnvVarDialog(provider, EnvVarDialog::Mode::Create));
    show(QStringLiteral("Change environment variable"),
         new EnvVarDialog(provider, EnvVarDialog::Mode::Update, QStringLiteral("HF_TOKEN")));
}

void tst_Mnemonics::checkWizard()
{
    SecretsService secrets(std::make_unique<MemorySecretStore>());
    AccountsRegistry accounts(
        &secrets, std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("wizard.ini")), QSettings::IniFormat));
    DemoMode demo(&accounts, &secrets,
                  std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("demo.ini")), QSettings::IniFormat));
    CredentialImporter importer(QProcessEnvironment(), m_dir.path());
    OnboardingServices services;
    services.accounts = &accounts;
    services.secrets = &secrets;
    services.providerFactory = [](const Account&, const QString&) -> ConsoleProvider* { return nullptr; };
    services.importer = &importer;
    services.demo = &demo;
    services.demoDataDirectory = m_dir.filePath(QStringLiteral("demo-data"));
    services.sshDirectory = m_dir.filePath(QStringLiteral("ssh"));
    OnboardingWizard wizard(services);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    // Each page with the wizard's buttons (Back, Next or Commit or Finish, Cancel): shown together, one at a time.
    for (int id : wizard.pageIds()) {
        QWizardPage* page = wizard.page(id);
        TestSupport::MnemonicMap byLetter;
        TestSupport::collectMnemonics(page, page, byLetter);
        for (QWizard::WizardButton which :
             {QWizard::BackButton, page->isCommitPage() ? QWizard::CommitButton : QWizard::NextButton,
              QWizard::CancelButton}) {
            const QString text = wizard.buttonText(which);
            const QChar letter = TestSupport::mnemonicOf(text);
            if (!letter.isNull())
                byLetter[letter] << text;
        }
        for (const QString& shared : TestSupport::sharedLetters(byLetter))
            m_found << QStringLiteral("wizard, %1: ")
                           .arg(page->objectName().isEmpty() ? QString::number(id) : page->objectName())
                    + shared;
    }
}

void tst_Mnemonics::everyWindowGivesEachLetterOneControl_data()
{
    QTest::addColumn<QString>("language");
    for (const char* language : {"en", "de", "fr"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

void tst_Mnemonics::everyWindowGivesEachLetterOneControl()
{
    QFETCH(QString, language);
    QVERIFY(Translations::install(QCoreApplication::instance(), QLocale(language)));
    m_found.clear();
    checkMainWindow();
    checkDialogs(m_vast.get(), QStringLiteral("Vast.ai, "), true);
    checkDialogs(m_spheron.get(), QStringLiteral("Spheron AI, "), false);
    checkWizard();

    const QStringList awaiting = awaitingCatalog().value(language);
    QStringList failing;
    for (const QString& found : std::as_const(m_found)) {
        if (awaiting.contains(found))
            qInfo("awaiting the %s catalog: %s", qPrintable(language), qPrintable(found));
        else
            failing << found;
    }
    for (const QString& expected : awaiting) {
        if (!m_found.contains(expected))
            failing << QStringLiteral("no longer shared, remove it from awaitingCatalog(): ") + expected;
    }
    for (const QString& line : std::as_const(failing))
        qWarning("%s", qPrintable(line));
    QVERIFY2(failing.isEmpty(), qPrintable(QStringLiteral("%1 letters shared, listed above").arg(failing.size())));
}

void tst_Mnemonics::cancelLoadingHasALetter()
{
    // "Cancel Loading" was the one button of the SSH Keys tab without an Alt+letter.
    UiContext context;
    SshKeysPage page(m_vast.get(), &context);
    auto* button = page.findChild<QPushButton*>(QStringLiteral("cancelLoadButton"));
    QVERIFY(button);
    QVERIFY2(!TestSupport::mnemonicOf(button->text()).isNull(), qPrintable(button->text()));
}

void tst_Mnemonics::passphraseConfirmationReadsAlikeEverywhere()
{
    // Issue 18 item 23: "Confirm passphrase" in the Generate dialog, "Repeat passphrase" in the wizard.
    GenerateSshKeyDialog dialog(m_vast.get());
    SecretsService secrets(std::make_unique<MemorySecretStore>());
    AccountsRegistry accounts(
        &secrets, std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("alike.ini")), QSettings::IniFormat));
    OnboardingServices services;
    services.accounts = &accounts;
    services.secrets = &secrets;
    services.providerFactory = [](const Account&, const QString&) -> ConsoleProvider* { return nullptr; };
    OnboardingWizard wizard(services);
    auto* generate = dialog.findChild<QLabel*>(QStringLiteral("confirmLabel"));
    auto* wizardLabel = wizard.findChild<QLabel*>(QStringLiteral("repeatLabel"));
    QVERIFY(generate && wizardLabel);
    QCOMPARE(wizardLabel->text(), generate->text());
    QCOMPARE(wizard.findChild<QLineEdit*>(QStringLiteral("repeatEdit"))->accessibleName(),
             dialog.findChild<QLineEdit*>(QStringLiteral("confirmEdit"))->accessibleName());
}

QTEST_MAIN(tst_Mnemonics)
#include "tst_mnemonics.moc"
