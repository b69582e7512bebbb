// The onboarding wizard driven through its widgets (offscreen) down every branch, against a real SandboxServer
// on 127.0.0.1 reached through the real ApiTransport and providers. The keychain is a MemorySecretStore (the
// keychain itself is tested in tests/keychain); key files are real files in the test's temporary HOME.
// Set KEYDECK_SCREENSHOT_DIR to save a PNG of every page the happy paths pass through.
#include "DarkPalette.h"
#include "MessageBoxChecks.h"
#include "demo/DemoMode.h"
#include "net/ApiTransport.h"
#include "providers/SpheronProvider.h"
#include "providers/VastProvider.h"
#include "sandbox/SandboxServer.h"
#include "secrets/AccountsRegistry.h"
#include "secrets/CredentialImporter.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretsService.h"
#include "ssh/KeyFiles.h"
#include "ssh/KeyPairGenerator.h"
#include "ssh/LocalKeys.h"
#include "widgets/MessageBox.h"
#include "wizard/OnboardingController.h"
#include "wizard/OnboardingWizard.h"
#include "wizard/SshKeyPage.h"
#include "wizard/VerifyPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

Q_DECLARE_METATYPE(Provider)

namespace {

constexpr int Wait = 15000;

int pageId(OnboardingPage page)
{
    return static_cast<int>(page);
}

} // namespace

class tst_OnboardingWizard : public QObject
{
    Q_OBJECT

public slots:
    /** QDesktopServices handler: the browser is never opened from a test. */
    void openUrl(const QUrl& url) { m_openedUrls.append(url); }

private:
    SandboxServer m_sandbox;
    SandboxDemo m_credentials;
    ApiTransport m_transport;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SecretsService> m_secrets;
    std::unique_ptr<AccountsRegistry> m_accounts;
    std::unique_ptr<DemoMode> m_demo;
    std::unique_ptr<CredentialImporter> m_importer;
    std::unique_ptr<OnboardingWizard> m_wizard;
    QList<QUrl> m_openedUrls;
    QString m_shotPrefix;

    MemorySecretStore* keychain() const { return static_cast<MemorySecretStore*>(m_secrets->keychainStore()); }
    QString sshDir() const { return m_dir->filePath(QStringLiteral("ssh")); }

    ConsoleProvider* makeProvider(const Account& account, const QString& key)
    {
        ConsoleProvider* provider = account.provider == Provider::Vast
            ? static_cast<ConsoleProvider*>(new VastProvider(&m_transport))
            : static_cast<ConsoleProvider*>(new SpheronProvider(&m_transport));
        // Real accounts point at the public consoles; in this test they go to the sandbox instead. Demo accounts
        // already point at their own loopback server.
        provider->setBaseUrl(account.baseUrl.host() == QLatin1String("127.0.0.1") ? account.baseUrl
                                                                                  : m_sandbox.baseUrl());
        provider->setCredentials(ProviderCredentials {key, {}});
        return provider;
    }

    void createWizard(QProcessEnvironment environment = QProcessEnvironment())
    {
        m_importer = std::make_unique<CredentialImporter>(environment, m_dir->path());
        OnboardingServices services;
        services.accounts = m_accounts.get();
        services.secrets = m_secrets.get();
        services.providerFactory = [this](const Account& a, const QString& k) { return makeProvider(a, k); };
        services.importer = m_importer.get();
        services.demo = m_demo.get();
        services.demoDataDirectory = m_dir->filePath(QStringLiteral("demo-data"));
        services.sshDirectory = sshDir();
        m_wizard = std::make_unique<OnboardingWizard>(services);
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    }

    template <typename T>
    T* widget(const char* name) const
    {
        T* w = m_wizard->findChild<T*>(QLatin1String(name));
        if (!w)
            qWarning("no widget named %s", name);
        return w;
    }

    QAbstractButton* button(QWizard::WizardButton which) const { return m_wizard->button(which); }

    void click(QAbstractButton* b)
    {
        QVERIFY(b);
        QVERIFY2(b->isVisible() && b->isEnabled(), qPrintable(b->objectName() + QStringLiteral(" not clickable")));
        // Radio buttons and check boxes react on their indicator and text only, not on the whole stretched row.
        const bool indicator = qobject_cast<QRadioButton*>(b) || qobject_cast<QCheckBox*>(b);
        QTest::mouseClick(b, Qt::LeftButton, {}, indicator ? QPoint(8, b->height() / 2) : b->rect().center());
    }

    void shot(const QString& name)
    {
        const QString dir = qEnvironmentVariable("KEYDECK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QApplication::processEvents();
        QVERIFY(m_wizard->grab().save(QDir(dir).filePath(m_shotPrefix + name + QStringLiteral(".png"))));
    }

    void next(OnboardingPage expected)
    {
        QTRY_VERIFY_WITH_TIMEOUT(button(QWizard::NextButton)->isEnabled(), Wait);
        click(button(QWizard::NextButton));
        QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), pageId(expected), Wait);
    }

    void back(OnboardingPage expected)
    {
        click(button(QWizard::BackButton));
        QCOMPARE(m_wizard->currentId(), pageId(expected));
    }

    void chooseProvider(const char* radioName, OnboardingPage expectedNext)
    {
        QCOMPARE(m_wizard->currentId(), pageId(OnboardingPage::Welcome));
        shot(QStringLiteral("1-welcome"));
        next(OnboardingPage::Provider);
        QVERIFY(!button(QWizard::NextButton)->isEnabled()); // nothing chosen yet
        click(widget<QRadioButton>(radioName));
        shot(QStringLiteral("2-provider"));
        next(expectedNext);
    }

    /** Writes the vastai CLI's key file under the test HOME's ~/.config and returns its path. */
    QString writeCliKeyFile(const QByteArray& content)
    {
        const QString path = QDir(m_dir->path()).filePath(QStringLiteral(".config/vastai/vast_api_key"));
        QDir().mkpath(QFileInfo(path).path());
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(content);
        return path;
    }

    /** From the API key page: verify, save, choose Skip on the SSH step and reach Done without a new key. */
    void saveAndSkipSshKey()
    {
        next(OnboardingPage::Verify);
        waitVerified();
        next(OnboardingPage::Save);
        next(OnboardingPage::SshKey);
        QTRY_VERIFY_WITH_TIMEOUT(widget<QRadioButton>("skipRadio")->isEnabled(), Wait);
        // Chosen while the page may still be looking for local keys: the lookup must not undo the choice.
        click(widget<QRadioButton>("skipRadio"));
        QTRY_VERIFY_WITH_TIMEOUT(!widget<QProgressBar>("sshProgressBar")->isVisible(), Wait);
        QVERIFY(widget<QRadioButton>("skipRadio")->isChecked());
        next(OnboardingPage::Done);
        QVERIFY2(!QFile::exists(QDir(sshDir()).filePath(QStringLiteral("id_ed25519"))), "Skip must not generate a key");
    }

    /** Chooses the provider, types @p key and waits until the Verify page accepted it. */
    void enterVerifiedKey(const char* radioName, const QString& key)
    {
        chooseProvider(radioName, OnboardingPage::ApiKey);
        typeKey(key);
        next(OnboardingPage::Verify);
        waitVerified();
    }

    void typeKey(const QString& key)
    {
        QLineEdit* edit = widget<QLineEdit>("apiKeyEdit");
        QVERIFY(edit);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, key);
    }

    void waitVerified()
    {
        auto* verify = static_cast<VerifyPage*>(m_wizard->pageFor(OnboardingPage::Verify));
        QTRY_VERIFY2_WITH_TIMEOUT(verify->isVerified(), qPrintable(verify->statusText()), Wait);
        QVERIFY(button(QWizard::NextButton)->isEnabled());
    }

    QString storedKey(SecretStore* store, const QString& id, SecretKind kind = SecretKind::ApiKey)
    {
        QString key;
        bool done = false;
        store->read(id, kind, this, [&](const SecretError&, const QString& secret) {
            key = secret;
            done = true;
        });
        (void)QTest::qWaitFor([&] { return done; }, 5000);
        return key;
    }

    QList<SshKey> remoteKeys(const Account& account, const QString& key)
    {
        std::unique_ptr<ConsoleProvider> provider(makeProvider(account, key));
        QList<SshKey> keys;
        bool done = false;
        provider->listSshKeys(account.teamId, this, [&](const ApiResult<QList<SshKey>>& r) {
            if (r.ok())
                keys = *r.value;
            done = true;
        });
        (void)QTest::qWaitFor([&] { return done; }, Wait);
        return keys;
    }

    /** A real key pair in the wizard's SSH folder, as ssh-keygen would leave it. */
    PublicKey makeLocalKey(const QString& name)
    {
        KeyPair pair = KeyPairGenerator::generate(QStringLiteral("local@test"), QString());
        const KeyFiles::WriteResult w = KeyFiles::write(pair, sshDir(), name, KeyFiles::Existing::Refuse);
        if (!w.ok)
            qWarning("could not write the local key: %s", qPrintable(w.error));
        return pair.publicKey();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start(SandboxServer::Options()));
        QDesktopServices::setUrlHandler(QStringLiteral("https"), this, "openUrl");
        if (qEnvironmentVariableIsSet("KEYDECK_SCREENSHOT_DARK")) {
            QApplication::setPalette(TestSupport::darkPalette());
        }
    }

    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(QStringLiteral("https")); }

    void init()
    {
        m_credentials = m_sandbox.seedDemo();
        m_sandbox.clearFaults();
        m_openedUrls.clear();
        m_shotPrefix.clear();
        m_dir = std::make_unique<QTemporaryDir>(QDir::home().filePath(QStringLiteral("wizard-XXXXXX")));
        QVERIFY(m_dir->isValid());
        m_secrets = std::make_unique<SecretsService>(std::make_unique<MemorySecretStore>());
        m_accounts = std::make_unique<AccountsRegistry>(
            m_secrets.get(),
            std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("accounts.ini")), QSettings::IniFormat));
        m_demo = std::make_unique<DemoMode>(
            m_accounts.get(), m_secrets.get(),
            std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("demo.ini")), QSettings::IniFormat));
    }

    void cleanup()
    {
        m_wizard.reset();
        m_demo.reset();
        m_accounts.reset();
        m_secrets.reset();
        m_importer.reset();
        m_dir.reset();
        KD_VERIFY_NO_PENDING_ANSWERS();
    }

    void vastAccountIsSavedToTheKeychain()
    {
        m_shotPrefix = QStringLiteral("vast-");
        createWizard();
        QSignalSpy created(m_wizard.get(), &OnboardingWizard::accountCreated);
        chooseProvider("vastRadio", OnboardingPage::ApiKey);
        QVERIFY(!button(QWizard::NextButton)->isEnabled()); // the key is mandatory
        QVERIFY(!widget<QGroupBox>("importGroup")->isVisible()); // nothing to import here
        typeKey(m_credentials.vastApiKey);
        QCOMPARE(widget<QLineEdit>("apiKeyEdit")->echoMode(), QLineEdit::Password);
        shot(QStringLiteral("3-apikey"));

        next(OnboardingPage::Verify);
        waitVerified();
        QVERIFY(m_accounts->accounts().isEmpty()); // verified, still nothing saved
        QCOMPARE(keychain()->count(), 0);
        shot(QStringLiteral("4-verify"));

        next(OnboardingPage::Save);
        QTRY_VERIFY_WITH_TIMEOUT(widget<QLabel>("storageLabel")->text().contains(QStringLiteral("keychain")), Wait);
        QVERIFY(!widget<QCheckBox>("memoryOnlyCheck")->isVisible());
        QVERIFY(m_accounts->accounts().isEmpty());
        shot(QStringLiteral("5-save"));

        next(OnboardingPage::SshKey);
        QCOMPARE(m_accounts->accounts().size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(widget<QRadioButton>("skipRadio")->isEnabled(), Wait);
        QTRY_VERIFY_WITH_TIMEOUT(!widget<QProgressBar>("sshProgressBar")->isVisible(), Wait);
        shot(QStringLiteral("6-sshkey"));
        click(widget<QRadioButton>("skipRadio"));
        next(OnboardingPage::Done);
        shot(QStringLiteral("7-done"));
        QVERIFY(widget<QLabel>("summaryLabel")->text().contains(QStringLiteral("keychain")));

        click(button(QWizard::FinishButton));
        QCOMPARE(m_wizard->result(), int(QDialog::Accepted));
        QCOMPARE(created.count(), 1);
        const QString id = m_wizard->createdAccountId();
        QCOMPARE(created.first().first().toString(), id);
        const std::optional<Account> account = m_accounts->find(id);
        QVERIFY(account);
        QCOMPARE(account->provider, Provider::Vast);
        QCOMPARE(account->storage, Account::Storage::Keychain);
        QVERIFY(account->label.startsWith(QStringLiteral("Vast.ai")));
        QCOMPARE(m_accounts->accounts().size(), 1);
        QVERIFY(storedKey(keychain(), id) == m_credentials.vastApiKey);
        QCOMPARE(m_accounts->lastUsedAccountId(), id);
        QVERIFY(!m_demo->isDemoAccount(id));
    }

    void spheronKeyImportedAndNewSshKeyRegistered()
    {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("SPHERON_API_KEY"), m_credentials.spheronApiKey);
        createWizard(environment);
        chooseProvider("spheronRadio", OnboardingPage::ApiKey);
        QVERIFY(widget<QGroupBox>("importGroup")->isVisible());
        QCOMPARE(widget<QComboBox>("importCombo")->count(), 1);
        QVERIFY(!widget<QComboBox>("importCombo")->currentText().contains(m_credentials.spheronApiKey));
        click(widget<QPushButton>("importButton"));
        QVERIFY(widget<QLineEdit>("apiKeyEdit")->text() == m_credentials.spheronApiKey);

        next(OnboardingPage::Verify);
        waitVerified();
        next(OnboardingPage::Save);
        next(OnboardingPage::SshKey);
        QTRY_VERIFY_WITH_TIMEOUT(!widget<QProgressBar>("sshProgressBar")->isVisible(), Wait);
        // No local keys in the fresh folder: generating is preselected with a free default name.
        QVERIFY(!widget<QRadioButton>("useLocalRadio")->isEnabled());
        QVERIFY(widget<QRadioButton>("generateRadio")->isChecked());
        QCOMPARE(widget<QLineEdit>("keyNameEdit")->text(), QStringLiteral("id_ed25519"));
        QTest::keyClicks(widget<QLineEdit>("passphraseEdit"), QStringLiteral("correct horse"));
        QVERIFY(!button(QWizard::NextButton)->isEnabled()); // the repeat differs
        QTest::keyClicks(widget<QLineEdit>("repeatEdit"), QStringLiteral("correct horse"));
        next(OnboardingPage::Done);

        const QString privatePath = QDir(sshDir()).filePath(QStringLiteral("id_ed25519"));
        QVERIFY(QFile::exists(privatePath));
        QCOMPARE(QFile::permissions(privatePath) & 0x0077, QFileDevice::Permissions());
        const LocalKey local = LocalKeys::read(privatePath + QStringLiteral(".pub"));
        QVERIFY(local.isValid());

        click(button(QWizard::FinishButton));
        const std::optional<Account> account = m_accounts->find(m_wizard->createdAccountId());
        QVERIFY(account);
        QCOMPARE(account->provider, Provider::Spheron);
        QCOMPARE(account->teamId, m_credentials.spheronTeamId);
        const QList<SshKey> keys = remoteKeys(*account, m_credentials.spheronApiKey);
        QVERIFY(std::any_of(keys.cbegin(), keys.cend(),
                            [&](const SshKey& k) { return PublicKey::parse(k.publicKey).sameKeyAs(local.key); }));
    }

    void importFromTheCliFileOffersToDeleteItAfterSaving()
    {
        // The vastai CLI's key file, written as the CLI does: the key, no newline, the default umask (docs/api/vast.md
        // §1.5).
        const QString cliFile = writeCliKeyFile(m_credentials.vastApiKey.toUtf8());
        QVERIFY(QFile::setPermissions(cliFile,
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                          | QFileDevice::ReadOther));
        createWizard();
        chooseProvider("vastRadio", OnboardingPage::ApiKey);
        QVERIFY(widget<QGroupBox>("importGroup")->isVisible());
        click(widget<QPushButton>("importButton"));
        QVERIFY(widget<QLineEdit>("apiKeyEdit")->text() == m_credentials.vastApiKey);
        saveAndSkipSshKey();

        // Offered, with the reason, and never silently: the file is still there until the user asks.
        QVERIFY(widget<QGroupBox>("plaintextFileBox")->isVisible());
        const QString explanation = widget<QLabel>("plaintextFileLabel")->text();
        QVERIFY2(explanation.contains(QStringLiteral("other users")), qPrintable(explanation));
        QVERIFY(QFile::exists(cliFile));
        shot(QStringLiteral("7-done-plaintext"));
        click(widget<QPushButton>("deletePlaintextFileButton"));
        QVERIFY(!QFile::exists(cliFile));
        QVERIFY(!widget<QPushButton>("deletePlaintextFileButton")->isVisible());
        click(button(QWizard::FinishButton));
        QVERIFY(storedKey(keychain(), m_wizard->createdAccountId()) == m_credentials.vastApiKey);
    }

    void typedKeyIsNotTiedToAnImportedFile()
    {
        const QString cliFile = writeCliKeyFile("0000000000000000000000000000000000000000000000000000000000000000");
        createWizard();
        chooseProvider("vastRadio", OnboardingPage::ApiKey);
        click(widget<QPushButton>("importButton"));
        // The user replaces the imported (stale) key with the real one: the file is not the key's source.
        typeKey(m_credentials.vastApiKey);
        saveAndSkipSshKey();
        QVERIFY(!widget<QGroupBox>("plaintextFileBox")->isVisible());
        QVERIFY(QFile::exists(cliFile));
    }

    void failedVerificationSavesNothingAndRetryWorks()
    {
        createWizard();
        chooseProvider("vastRadio", OnboardingPage::ApiKey);
        typeKey(QString(64, QLatin1Char('0')));
        next(OnboardingPage::Verify);
        auto* verify = static_cast<VerifyPage*>(m_wizard->pageFor(OnboardingPage::Verify));
        QTRY_VERIFY_WITH_TIMEOUT(widget<QPushButton>("retryButton")->isVisible(), Wait);
        QVERIFY(verify->statusText().contains(ApiError::make(ApiError::Kind::Auth).userMessage()));
        QVERIFY(verify->statusText().contains(QStringLiteral("Nothing was saved.")));
        QVERIFY(!button(QWizard::NextButton)->isEnabled());
        QVERIFY(m_accounts->accounts().isEmpty());
        QCOMPARE(keychain()->count(), 0);
        m_shotPrefix = QStringLiteral("fail-");
        shot(QStringLiteral("4-verify-auth"));

        // Back, fix the key, verify again.
        back(OnboardingPage::ApiKey);
        typeKey(m_credentials.vastApiKey);
        // A server error first: a clear message and Retry, which then succeeds.
        SandboxFault fault;
        fault.kind = SandboxFault::Kind::Status;
        fault.status = 500;
        fault.pattern = QStringLiteral("/api/v0/users/current");
        fault.match = SandboxFault::Match::Prefix;
        fault.times = 1;
        m_sandbox.setFault(fault);
        next(OnboardingPage::Verify);
        QTRY_VERIFY2_WITH_TIMEOUT(widget<QPushButton>("retryButton")->isVisible(), qPrintable(verify->statusText()),
                                  Wait);
        QVERIFY2(verify->statusText().contains(QStringLiteral("HTTP 500")), qPrintable(verify->statusText()));
        QVERIFY(verify->statusText().contains(QStringLiteral("Retry")));
        shot(QStringLiteral("4-verify-server"));
        click(widget<QPushButton>("retryButton"));
        waitVerified();
        QVERIFY(!widget<QPushButton>("retryButton")->isVisible());
        next(OnboardingPage::Save);
        next(OnboardingPage::SshKey);
        QCOMPARE(m_accounts->accounts().size(), 1);
        QVERIFY(storedKey(keychain(), m_accounts->accounts().first().id) == m_credentials.vastApiKey);
    }

    void everyErrorKindHasItsOwnAdvice()
    {
        const QList<ApiError::Kind> kinds = {
            ApiError::Kind::Auth,      ApiError::Kind::TwoFactorRequired, ApiError::Kind::SessionExpired,
            ApiError::Kind::Forbidden, ApiError::Kind::NotFound,          ApiError::Kind::Validation,
            ApiError::Kind::Conflict,  ApiError::Kind::RateLimited,       ApiError::Kind::Server,
            ApiError::Kind::Network,   ApiError::Kind::Timeout,           ApiError::Kind::Tls,
            ApiError::Kind::Protocol,  ApiError::Kind::Unsupported,
        };
        for (ApiError::Kind kind : kinds) {
            const ApiError error = ApiError::make(kind);
            const QString text = OnboardingController::verificationFailureText(error);
            QVERIFY2(text.contains(error.userMessage()), qPrintable(ApiError::kindName(kind)));
            QVERIFY2(text.length() > error.userMessage().length() + 40, qPrintable(ApiError::kindName(kind)));
            QVERIFY(!text.contains(QStringLiteral("...")));
        }
    }

    void twoFactorCodeCompletesVerification()
    {
        createWizard();
        chooseProvider("vastRadio", OnboardingPage::ApiKey);
        typeKey(m_credentials.vastTfaApiKey);
        next(OnboardingPage::Verify);
        QTRY_VERIFY_WITH_TIMEOUT(widget<QLineEdit>("tfaCodeEdit")->isVisible(), Wait);
        QVERIFY(!button(QWizard::NextButton)->isEnabled());
        QTest::keyClicks(widget<QLineEdit>("tfaCodeEdit"), QStringLiteral("999999"));
        click(widget<QPushButton>("tfaButton"));
        QTRY_VERIFY_WITH_TIMEOUT(static_cast<VerifyPage*>(m_wizard->pageFor(OnboardingPage::Verify))
                                     ->statusText()
                                     .contains(QStringLiteral("code was not accepted")),
                                 Wait);
        QTest::keyClicks(widget<QLineEdit>("tfaCodeEdit"), m_credentials.vastTfaCode);
        click(widget<QPushButton>("tfaButton"));
        waitVerified();
        next(OnboardingPage::Save);
        next(OnboardingPage::SshKey);
        const QString id = m_accounts->accounts().first().id;
        QVERIFY(storedKey(keychain(), id) == m_credentials.vastTfaApiKey);
        QTRY_VERIFY_WITH_TIMEOUT(!storedKey(keychain(), id, SecretKind::SessionKey).isEmpty(), Wait);
    }

    void noKeychainOffersMemoryOnly()
    {
        keychain()->setFailure(SecretError::make(SecretError::Kind::NoKeychain));
        createWizard();
        enterVerifiedKey("vastRadio", m_credentials.vastApiKey);
        next(OnboardingPage::Save);
        QCheckBox* memoryOnly = widget<QCheckBox>("memoryOnlyCheck");
        QTRY_VERIFY_WITH_TIMEOUT(memoryOnly->isVisible(), Wait);
        QVERIFY(widget<QLabel>("storageLabel")->text().contains(QStringLiteral("memory-only")));
        QVERIFY(!button(QWizard::NextButton)->isEnabled()); // only with the user's consent
        m_shotPrefix = QStringLiteral("nokeychain-");
        shot(QStringLiteral("5-save"));
        click(memoryOnly);
        next(OnboardingPage::SshKey);
        QVERIFY(m_secrets->isMemoryOnly());
        const QString id = m_accounts->accounts().first().id;
        QCOMPARE(m_accounts->find(id)->storage, Account::Storage::MemoryOnly);
        QVERIFY(storedKey(m_secrets->memoryStore(), id) == m_credentials.vastApiKey);
        click(widget<QRadioButton>("skipRadio"));
        next(OnboardingPage::Done);
        QVERIFY(widget<QLabel>("summaryLabel")->text().contains(QStringLiteral("forgotten when Keydeck quits")));
    }

    void failedSaveKeepsInputAndRetrySaves()
    {
        createWizard();
        enterVerifiedKey("vastRadio", m_credentials.vastApiKey);
        next(OnboardingPage::Save);
        QTRY_VERIFY_WITH_TIMEOUT(button(QWizard::NextButton)->isEnabled(), Wait);
        QLineEdit* name = widget<QLineEdit>("accountNameEdit");
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Lab account"));
        keychain()->setFailure(SecretError::make(SecretError::Kind::Locked));
        click(button(QWizard::NextButton));
        QTRY_VERIFY_WITH_TIMEOUT(widget<QLabel>("errorLabel")->isVisible(), Wait);
        QVERIFY(widget<QLabel>("errorLabel")->text().contains(SecretError::messageFor(SecretError::Kind::Locked)));
        QCOMPARE(m_wizard->currentId(), pageId(OnboardingPage::Save));
        QCOMPARE(name->text(), QStringLiteral("Lab account"));
        QVERIFY(m_accounts->accounts().isEmpty());
        m_shotPrefix = QStringLiteral("locked-");
        shot(QStringLiteral("5-save"));

        keychain()->setFailure(SecretError());
        next(OnboardingPage::SshKey);
        QCOMPARE(m_accounts->accounts().size(), 1);
        QCOMPARE(m_accounts->accounts().first().label, QStringLiteral("Lab account"));
    }

    void cancelAfterSaveLeavesNothing()
    {
        createWizard();
        enterVerifiedKey("vastRadio", m_credentials.vastApiKey);
        next(OnboardingPage::Save);
        next(OnboardingPage::SshKey);
        QCOMPARE(m_accounts->accounts().size(), 1);
        QCOMPARE(keychain()->count(), 1);
        click(button(QWizard::CancelButton));
        QCOMPARE(m_wizard->result(), int(QDialog::Rejected));
        QTRY_VERIFY_WITH_TIMEOUT(m_accounts->accounts().isEmpty(), Wait);
        QTRY_COMPARE_WITH_TIMEOUT(keychain()->count(), 0, Wait);
        QVERIFY(m_wizard->createdAccountId().isEmpty());
    }

    void cancelBeforeSaveLeavesNothing()
    {
        createWizard();
        enterVerifiedKey("spheronRadio", m_credentials.spheronApiKey);
        next(OnboardingPage::Save);
        click(button(QWizard::CancelButton));
        QCOMPARE(m_wizard->result(), int(QDialog::Rejected));
        QVERIFY(m_accounts->accounts().isEmpty());
        QCOMPARE(keychain()->count(), 0);
    }

    void backWorksOnEveryPageAndLeavesOneAccount()
    {
        createWizard();
        enterVerifiedKey("vastRadio", m_credentials.vastApiKey);
        next(OnboardingPage::Save);
        next(OnboardingPage::SshKey);
        click(widget<QRadioButton>("skipRadio"));
        next(OnboardingPage::Done);

        back(OnboardingPage::SshKey);
        back(OnboardingPage::Save);
        QCOMPARE(m_accounts->accounts().size(), 1); // still saved while on the save page
        back(OnboardingPage::Verify);
        QTRY_VERIFY_WITH_TIMEOUT(m_accounts->accounts().isEmpty(), Wait); // back before the save undoes it
        QTRY_COMPARE_WITH_TIMEOUT(keychain()->count(), 0, Wait);
        back(OnboardingPage::ApiKey);
        back(OnboardingPage::Provider);
        back(OnboardingPage::Welcome);
        QVERIFY(!button(QWizard::BackButton)->isVisible());

        // Switch provider on the way forward again: the account that results is the new one, and only it.
        next(OnboardingPage::Provider);
        click(widget<QRadioButton>("spheronRadio"));
        next(OnboardingPage::ApiKey);
        typeKey(m_credentials.spheronApiKey);
        next(OnboardingPage::Verify);
        waitVerified();
        next(OnboardingPage::Save);
        next(OnboardingPage::SshKey);
        click(widget<QRadioButton>("skipRadio"));
        next(OnboardingPage::Done);
        click(button(QWizard::FinishButton));
        QCOMPARE(m_accounts->accounts().size(), 1);
        QCOMPARE(m_accounts->accounts().first().provider, Provider::Spheron);
        QCOMPARE(keychain()->count(), 1);
    }

    void openKeyPageAndShowHide()
    {
        createWizard();
        chooseProvider("spheronRadio", OnboardingPage::ApiKey);
        click(widget<QPushButton>("openKeyPageButton"));
        QCOMPARE(m_openedUrls.size(), 1);
        QCOMPARE(m_openedUrls.first(), Providers::info(Provider::Spheron).apiKeysPageUrl); // the provider table's
        QToolButton* show = widget<QToolButton>("showKeyButton");
        click(show);
        QCOMPARE(widget<QLineEdit>("apiKeyEdit")->echoMode(), QLineEdit::Normal);
        click(show);
        QCOMPARE(widget<QLineEdit>("apiKeyEdit")->echoMode(), QLineEdit::Password);

        typeKey(QStringLiteral("two words"));
        QVERIFY(!button(QWizard::NextButton)->isEnabled());
        QVERIFY(widget<QLabel>("keyProblemLabel")->isVisible());

        back(OnboardingPage::Provider);
        click(widget<QRadioButton>("vastRadio"));
        next(OnboardingPage::ApiKey);
        click(widget<QPushButton>("openKeyPageButton"));
        QCOMPARE(m_openedUrls.last(), Providers::info(Provider::Vast).apiKeysPageUrl);
    }

    void demoCreatesAMarkedDemoAccount_data()
    {
        QTest::addColumn<Provider>("dialect");
        QTest::newRow("vast") << Provider::Vast;
        QTest::newRow("spheron") << Provider::Spheron;
    }

    void demoCreatesAMarkedDemoAccount()
    {
        QFETCH(Provider, dialect);
        m_shotPrefix = QStringLiteral("demo-%1-").arg(Providers::id(dialect));
        const PublicKey local = makeLocalKey(QStringLiteral("id_ed25519"));
        QVERIFY(local.isValid());
        createWizard();
        QCOMPARE(m_wizard->currentId(), pageId(OnboardingPage::Welcome));
        next(OnboardingPage::Provider);
        click(widget<QRadioButton>("demoRadio"));
        QComboBox* dialectCombo = widget<QComboBox>("demoDialectCombo");
        QVERIFY(dialectCombo->isEnabled());
        dialectCombo->setFocus();
        if (dialect == Provider::Spheron)
            QTest::keyClick(dialectCombo, Qt::Key_Down);
        QCOMPARE(dialectCombo->currentText(), Providers::displayName(dialect));
        shot(QStringLiteral("2-provider"));
        next(OnboardingPage::Verify); // the demo skips the key page
        waitVerified();
        shot(QStringLiteral("4-verify"));
        QVERIFY(m_demo->isRunning());
        const QString id = m_wizard->createdAccountId();
        QVERIFY(m_demo->isDemoAccount(id));

        next(OnboardingPage::SshKey); // and the save page
        QTRY_VERIFY_WITH_TIMEOUT(widget<QRadioButton>("useLocalRadio")->isEnabled(), Wait);
        QVERIFY(widget<QRadioButton>("useLocalRadio")->isChecked());
        QCOMPARE(widget<QComboBox>("localKeyCombo")->count(), 1);
        shot(QStringLiteral("6-sshkey"));
        next(OnboardingPage::Done);
        QVERIFY(widget<QLabel>("summaryLabel")->text().contains(QStringLiteral("Demo")));
        shot(QStringLiteral("7-done"));
        click(button(QWizard::FinishButton));
        QCOMPARE(m_wizard->result(), int(QDialog::Accepted));

        const std::optional<Account> account = m_accounts->find(id);
        QVERIFY(account);
        QCOMPARE(account->provider, dialect);
        QCOMPARE(account->baseUrl, m_demo->baseUrl());
        QCOMPARE(m_accounts->accounts().size(), 1);
        const QString key = storedKey(keychain(), id);
        const QList<SshKey> keys = remoteKeys(*account, key);
        QVERIFY(std::any_of(keys.cbegin(), keys.cend(),
                            [&](const SshKey& k) { return PublicKey::parse(k.publicKey).sameKeyAs(local); }));

        // The next run offers no key: the only local key is registered already.
        createWizard();
        next(OnboardingPage::Provider);
        click(widget<QRadioButton>("demoRadio"));
        if (dialect == Provider::Spheron) {
            widget<QComboBox>("demoDialectCombo")->setFocus();
            QTest::keyClick(widget<QComboBox>("demoDialectCombo"), Qt::Key_Down);
        }
        next(OnboardingPage::Verify);
        waitVerified();
        QCOMPARE(m_wizard->createdAccountId(), id); // the same demo account, reused
        next(OnboardingPage::SshKey);
        QTRY_VERIFY_WITH_TIMEOUT(!widget<QProgressBar>("sshProgressBar")->isVisible(), Wait);
        QVERIFY(!widget<QRadioButton>("useLocalRadio")->isEnabled());
        QVERIFY(widget<QLabel>("localNoteLabel")->text().contains(QStringLiteral("registered")));
        // Cancel now: the reused demo account is not the wizard's to remove.
        click(button(QWizard::CancelButton));
        QVERIFY(m_accounts->find(id));
    }

    void cancelledDemoRemovesTheAccountItMade()
    {
        createWizard();
        next(OnboardingPage::Provider);
        click(widget<QRadioButton>("demoRadio"));
        next(OnboardingPage::Verify);
        waitVerified();
        QCOMPARE(m_accounts->accounts().size(), 1);
        back(OnboardingPage::Provider);
        QTRY_VERIFY_WITH_TIMEOUT(m_accounts->accounts().isEmpty(), Wait);
        next(OnboardingPage::Verify);
        waitVerified();
        QCOMPARE(m_accounts->accounts().size(), 1);
        click(button(QWizard::CancelButton));
        QTRY_VERIFY_WITH_TIMEOUT(m_accounts->accounts().isEmpty(), Wait);
    }

    void demoWithoutKeychainOffersMemoryOnly()
    {
        keychain()->setFailure(SecretError::make(SecretError::Kind::NoKeychain));
        createWizard();
        next(OnboardingPage::Provider);
        click(widget<QRadioButton>("demoRadio"));
        next(OnboardingPage::Verify);
        QPushButton* memoryOnly = widget<QPushButton>("memoryOnlyButton");
        QTRY_VERIFY_WITH_TIMEOUT(memoryOnly->isVisible(), Wait);
        QVERIFY(m_accounts->accounts().isEmpty());
        m_shotPrefix = QStringLiteral("demo-nokeychain-");
        shot(QStringLiteral("4-verify"));
        click(memoryOnly);
        waitVerified();
        QVERIFY(m_secrets->isMemoryOnly());
        QCOMPARE(m_accounts->accounts().first().storage, Account::Storage::MemoryOnly);
    }

    void registrationFailureKeepsTheGeneratedKeyForRetry()
    {
        createWizard();
        enterVerifiedKey("vastRadio", m_credentials.vastApiKey);
        next(OnboardingPage::Save);
        next(OnboardingPage::SshKey);
        QTRY_VERIFY_WITH_TIMEOUT(!widget<QProgressBar>("sshProgressBar")->isVisible(), Wait);
        SandboxFault fault;
        fault.kind = SandboxFault::Kind::Status;
        fault.status = 500;
        fault.method = "POST";
        fault.pattern = QStringLiteral("/api/v0/ssh/");
        fault.times = 1;
        m_sandbox.setFault(fault);
        click(widget<QRadioButton>("generateRadio"));
        click(button(QWizard::NextButton));
        auto* page = static_cast<SshKeyPage*>(m_wizard->pageFor(OnboardingPage::SshKey));
        QTRY_VERIFY_WITH_TIMEOUT(page->statusText().contains(QStringLiteral("did not accept")), Wait);
        QCOMPARE(m_wizard->currentId(), pageId(OnboardingPage::SshKey));
        QVERIFY(widget<QRadioButton>("useLocalRadio")->isChecked()); // the generated key, offered again
        QCOMPARE(widget<QComboBox>("localKeyCombo")->count(), 1);
        m_shotPrefix = QStringLiteral("sshfail-");
        shot(QStringLiteral("6-sshkey"));
        next(OnboardingPage::Done);
        // One key on disk and one on the server: the retry did not generate another.
        QCOMPARE(LocalKeys::scan({sshDir()}).size(), 1);
        const Account account = m_accounts->accounts().first();
        const PublicKey local = LocalKeys::scan({sshDir()}).first().key;
        const QList<SshKey> keys = remoteKeys(account, m_credentials.vastApiKey);
        QCOMPARE(std::count_if(keys.cbegin(), keys.cend(),
                               [&](const SshKey& k) { return PublicKey::parse(k.publicKey).sameKeyAs(local); }),
                 1);
    }

    void lostRegistrationAnswerStillEndsWithTheKeyRegisteredOnce_data()
    {
        QTest::addColumn<bool>("generate");
        QTest::newRow("generated key") << true;
        QTest::newRow("local key") << false;
    }
    void lostRegistrationAnswerStillEndsWithTheKeyRegisteredOnce()
    {
        // The server registers the key and the connection drops before its answer (issue 17): the wizard looks in
        // the account's list, finds the key and says it is registered, instead of failing and sending it again.
        QFETCH(bool, generate);
        const PublicKey existing = generate ? PublicKey() : makeLocalKey(QStringLiteral("id_local"));
        createWizard();
        enterVerifiedKey("vastRadio", m_credentials.vastApiKey);
        next(OnboardingPage::Save);
        next(OnboardingPage::SshKey);
        QTRY_VERIFY_WITH_TIMEOUT(!widget<QProgressBar>("sshProgressBar")->isVisible(), Wait);
        SandboxFault fault;
        fault.kind = SandboxFault::Kind::DropConnection;
        fault.method = "POST";
        fault.pattern = QStringLiteral("/api/v0/ssh/");
        fault.times = 1;
        m_sandbox.setFault(fault);
        click(widget<QRadioButton>(generate ? "generateRadio" : "useLocalRadio"));
        next(OnboardingPage::Done);

        auto* page = static_cast<SshKeyPage*>(m_wizard->pageFor(OnboardingPage::SshKey));
        QVERIFY2(page->statusText().contains(QStringLiteral("registered with your account")),
                 qPrintable(page->statusText()));
        QVERIFY(widget<QLabel>("summaryLabel")->text().contains(QStringLiteral("registered with your account")));
        QCOMPARE(LocalKeys::scan({sshDir()}).size(), 1); // nothing generated twice
        const PublicKey local = LocalKeys::scan({sshDir()}).first().key;
        QVERIFY(generate || local.sameKeyAs(existing));
        const QList<SshKey> keys = remoteKeys(m_accounts->accounts().first(), m_credentials.vastApiKey);
        QCOMPARE(std::count_if(keys.cbegin(), keys.cend(),
                               [&](const SshKey& k) { return PublicKey::parse(k.publicKey).sameKeyAs(local); }),
                 1);
    }

    void existingKeyFileIsBackedUpOnlyWhenConfirmed()
    {
        // A private key without its .pub: not offered for use, but its name is taken.
        QDir().mkpath(sshDir());
        QFile existing(QDir(sshDir()).filePath(QStringLiteral("mykey")));
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("old");
        existing.close();
        createWizard();
        enterVerifiedKey("vastRadio", m_credentials.vastApiKey);
        next(OnboardingPage::Save);
        next(OnboardingPage::SshKey);
        QTRY_VERIFY_WITH_TIMEOUT(!widget<QProgressBar>("sshProgressBar")->isVisible(), Wait);
        QLineEdit* name = widget<QLineEdit>("keyNameEdit");
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("mykey"));
        MessageBox::setNextAnswer(false);
        click(button(QWizard::NextButton));
        auto* page = static_cast<SshKeyPage*>(m_wizard->pageFor(OnboardingPage::SshKey));
        QTRY_VERIFY_WITH_TIMEOUT(page->statusText().contains(QStringLiteral("Nothing was written")), Wait);
        QVERIFY(MessageBox::lastQuestionText().contains(QStringLiteral("mykey")));
        QCOMPARE(QDir(sshDir()).entryList(QDir::Files).size(), 1);

        MessageBox::setNextAnswer(true);
        next(OnboardingPage::Done);
        const QStringList files = QDir(sshDir()).entryList(QDir::Files);
        QCOMPARE(files.size(), 3); // mykey, mykey.pub and the backup of the old file
        QVERIFY(std::any_of(files.cbegin(), files.cend(),
                            [](const QString& f) { return f.startsWith(QStringLiteral("mykey.backup_")); }));
    }

    void proposesTheSameFreeFileNameAsGenerateKey()
    {
        // The wizard had its own rule ("id_ed25519_keydeck") beside Generate Key…'s (issue 18 item 23).
        QDir().mkpath(sshDir());
        QFile taken(QDir(sshDir()).filePath(QStringLiteral("id_ed25519")));
        QVERIFY(taken.open(QIODevice::WriteOnly));
        taken.write("someone else's key");
        taken.close();
        createWizard();
        enterVerifiedKey("vastRadio", m_credentials.vastApiKey);
        next(OnboardingPage::Save);
        next(OnboardingPage::SshKey);
        QTRY_VERIFY_WITH_TIMEOUT(!widget<QProgressBar>("sshProgressBar")->isVisible(), Wait);
        const QString proposed = widget<QLineEdit>("keyNameEdit")->text();
        QCOMPARE(proposed, KeyFiles::freeName(sshDir(), KeyPairGenerator::defaultComment()));
        QVERIFY(proposed != QLatin1String("id_ed25519"));
        QVERIFY(!KeyFiles::existingPair(sshDir(), proposed).any());
    }

    void addAccountSkipsWelcome()
    {
        createWizard();
        m_wizard.reset();
        m_importer = std::make_unique<CredentialImporter>(QProcessEnvironment(), m_dir->path());
        OnboardingServices services;
        services.accounts = m_accounts.get();
        services.secrets = m_secrets.get();
        services.providerFactory = [this](const Account& a, const QString& k) { return makeProvider(a, k); };
        m_wizard = std::make_unique<OnboardingWizard>(services);
        m_wizard->skipWelcome();
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
        QCOMPARE(m_wizard->currentId(), pageId(OnboardingPage::Provider));
        QVERIFY(!widget<QRadioButton>("demoRadio")->isVisible()); // no DemoMode given
    }
};

QTEST_MAIN(tst_OnboardingWizard)
#include "tst_onboardingwizard.moc"
