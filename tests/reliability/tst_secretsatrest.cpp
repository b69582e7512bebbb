// Issue 11, secrets at rest: a scripted full session through the real wizard and the real API Keys tab, with the
// real KeychainSecretStore inside the private gnome-keyring (KEYCHAIN), real QSettings under the throwaway HOME and
// every log line captured to a file there. Afterwards every file under HOME is scanned for each secret of the
// session (API keys, the SSH passphrase, the private key): the only hits allowed are the 0600 private key file
// (for the private key itself) and the keyring's own storage.
#include "MessageBoxChecks.h"
#include "TestSupport.h"
#include "UiContext.h"
#include "clipboard/SecretClipboard.h"
#include "demo/DemoMode.h"
#include "net/ApiTransport.h"
#include "pages/apikeys/ApiKeysPage.h"
#include "pages/apikeys/CreateApiKeyDialog.h"
#include "pages/apikeys/NewKeyDialog.h"
#include "providers/VastProvider.h"
#include "sandbox/SandboxServer.h"
#include "secrets/AccountsRegistry.h"
#include "secrets/CredentialImporter.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretsService.h"
#include "widgets/MessageBox.h"
#include "widgets/StatefulView.h"
#include "wizard/OnboardingWizard.h"
#include "wizard/VerifyPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMutex>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;

namespace {

constexpr int Wait = 20000;

QFile* g_log = nullptr;
QMutex g_logMutex;
QtMessageHandler g_previous = nullptr;

/** Every message of the session, whatever its category, goes to a log file under HOME (then scanned). */
void logToFile(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    QMutexLocker lock(&g_logMutex);
    // Warnings also reach the test output, so a failure can be understood (they are scanned like the rest).
    if (type != QtDebugMsg && type != QtInfoMsg && g_previous)
        g_previous(type, context, message);
    if (!g_log)
        return;
    g_log->write(QByteArray(context.category ? context.category : "default") + ": " + message.toUtf8() + '\n');
    g_log->flush();
}

/** One secret of the session and the file where it may legitimately be (empty: nowhere outside the keychain). */
struct Secret
{
    QString label; // printed instead of the value
    QByteArray value;
    QString allowedFile;
};

/** The byte patterns a secret could take in a file: UTF-8, UTF-16 (QSettings, Qt internals), base64, percent-encoded.
 */
QList<QByteArray> encodings(const QByteArray& utf8)
{
    const QString text = QString::fromUtf8(utf8);
    QByteArray utf16(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    return {utf8, utf16, utf8.toBase64(QByteArray::OmitTrailingEquals).left(qMax<qsizetype>(12, utf8.size())),
            QUrl::toPercentEncoding(text)};
}

struct ScanResult
{
    int files = 0;
    qint64 bytes = 0;
    QStringList paths; // relative to HOME
    QStringList hits; // "label in path", never the value
    QStringList allowedHits;
};

ScanResult scan(const QString& root, const QList<Secret>& secrets, const QString& keychainDir)
{
    ScanResult result;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray data = file.read(256LL * 1024 * 1024);
        ++result.files;
        result.bytes += data.size();
        result.paths << QStringLiteral("%1 (%2 bytes)").arg(QDir(root).relativeFilePath(path)).arg(data.size());
        for (const Secret& secret : secrets) {
            for (const QByteArray& pattern : encodings(secret.value)) {
                if (pattern.isEmpty() || !data.contains(pattern))
                    continue;
                const QString hit = QStringLiteral("%1 in %2").arg(secret.label, QDir(root).relativeFilePath(path));
                if (path == secret.allowedFile || path.startsWith(keychainDir + u'/'))
                    result.allowedHits << hit;
                else
                    result.hits << hit;
                break;
            }
        }
    }
    return result;
}

} // namespace

class tst_SecretsAtRest : public QObject
{
    Q_OBJECT

private:
    template <typename T>
    static T* find(QWidget* root, const char* name)
    {
        T* w = root->findChild<T*>(QLatin1String(name));
        if (!w)
            qWarning("no widget named %s", name);
        return w;
    }
    template <typename T>
    static T* waitForDialog(QWidget* root, const char* name)
    {
        T* found = nullptr;
        (void)QTest::qWaitFor(
            [&] {
                found = root->findChild<T*>(QLatin1String(name));
                return found && found->isVisible();
            },
            Wait);
        return found && found->isVisible() ? found : nullptr;
    }
    static void click(QAbstractButton* b)
    {
        const bool indicator = qobject_cast<QRadioButton*>(b) != nullptr;
        QTest::mouseClick(b, Qt::LeftButton, {}, indicator ? QPoint(8, b->height() / 2) : b->rect().center());
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(TestSupport::hasPrivateKeyring(), "needs the KEYCHAIN wrapper");
        QCoreApplication::setOrganizationName(QStringLiteral("Keydeck"));
        QCoreApplication::setApplicationName(QStringLiteral("keydeck"));
    }

    void cleanup() { KD_VERIFY_NO_PENDING_ANSWERS(); }

    void fullSessionLeavesNoSecretOutsideTheKeychainAndKeyFile();
};

void tst_SecretsAtRest::fullSessionLeavesNoSecretOutsideTheKeychainAndKeyFile()
{
    const QString home = QDir::homePath();
    // Qt 6.4 has no StateLocation; the wrapper sets XDG_STATE_HOME under HOME.
    const QString stateHome = qEnvironmentVariable("XDG_STATE_HOME", home + QStringLiteral("/.local/state"));
    const QString logDir = stateHome + QStringLiteral("/keydeck");
    QVERIFY(QDir().mkpath(logDir));
    QFile log(logDir + QStringLiteral("/session.log"));
    QVERIFY(log.open(QIODevice::WriteOnly | QIODevice::Append));
    g_log = &log;
    // Every Keydeck category at debug level: the most a user could turn on (QT_LOGGING_RULES) is what is scanned.
    QLoggingCategory::setFilterRules(QStringLiteral("keydeck.*=true"));
    g_previous = qInstallMessageHandler(logToFile);
    const QtMessageHandler previous = g_previous;

    const QString passphrase = QStringLiteral("correct horse battery staple 42");
    QString createdKey;
    QString resetKey;
    SandboxDemo demo;
    {
        SandboxServer sandbox;
        QVERIFY(sandbox.start(SandboxServer::Options()));
        demo = sandbox.seedDemo();
        ApiTransport transport;
        SecretsService secrets(std::make_unique<KeychainSecretStore>());
        AccountsRegistry accounts(&secrets, std::make_unique<QSettings>());
        DemoMode demoMode(&accounts, &secrets, std::make_unique<QSettings>());
        CredentialImporter importer(QProcessEnvironment(), home);
        auto makeProvider = [&](const Account&, const QString& key) {
            auto* p = new VastProvider(&transport);
            p->setBaseUrl(sandbox.baseUrl());
            p->setCredentials(ProviderCredentials {key, {}});
            return static_cast<ConsoleProvider*>(p);
        };

        // --- Onboarding: Vast.ai key typed in, verified, saved to the keychain, a new Ed25519 key uploaded. ----
        QString accountId;
        {
            OnboardingServices services;
            services.accounts = &accounts;
            services.secrets = &secrets;
            services.providerFactory = makeProvider;
            services.importer = &importer;
            services.demo = &demoMode;
            services.demoDataDirectory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
            services.sshDirectory = home + QStringLiteral("/.ssh");
            OnboardingWizard wizard(services);
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));
            auto next = [&](OnboardingPage expected) {
                QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), Wait);
                click(wizard.button(QWizard::NextButton));
                QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(expected), Wait);
            };
            next(OnboardingPage::Provider);
            click(find<QRadioButton>(&wizard, "vastRadio"));
            next(OnboardingPage::ApiKey);
            auto* keyEdit = find<QLineEdit>(&wizard, "apiKeyEdit");
            keyEdit->setFocus();
            QTest::keyClicks(keyEdit, demo.vastApiKey);
            next(OnboardingPage::Verify);
            auto* verify = static_cast<VerifyPage*>(wizard.pageFor(OnboardingPage::Verify));
            QTRY_VERIFY2_WITH_TIMEOUT(verify->isVerified(), qPrintable(verify->statusText()), Wait);
            next(OnboardingPage::Save);
            next(OnboardingPage::SshKey);
            QTRY_VERIFY_WITH_TIMEOUT(!find<QProgressBar>(&wizard, "sshProgressBar")->isVisible(), Wait);
            QVERIFY(find<QRadioButton>(&wizard, "generateRadio")->isChecked());
            QTest::keyClicks(find<QLineEdit>(&wizard, "passphraseEdit"), passphrase);
            QTest::keyClicks(find<QLineEdit>(&wizard, "repeatEdit"), passphrase);
            next(OnboardingPage::Done);
            click(wizard.button(QWizard::FinishButton));
            accountId = wizard.createdAccountId();
        }
        QVERIFY(!accountId.isEmpty());
        const std::optional<Account> account = accounts.find(accountId);
        QVERIFY(account);
        QCOMPARE(account->storage, Account::Storage::Keychain);

        // --- API Keys tab: create a key, copy it, reset the account's key, copy that too. ----------------------
        std::unique_ptr<ConsoleProvider> provider(makeProvider(*account, demo.vastApiKey));
        SecretClipboard clipboard(QGuiApplication::clipboard());
        clipboard.setClearTimeout(60s);
        UiContext context {&clipboard, &secrets, &accounts, accountId};
        {
            ApiKeysPage page(provider.get(), &context);
            page.resize(900, 680);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            page.refresh();
            QTRY_COMPARE_WITH_TIMEOUT(find<StatefulView>(&page, "keysView")->state(), StatefulView::State::Content,
                                      Wait);

            QTest::mouseClick(find<QPushButton>(&page, "createKeyButton"), Qt::LeftButton);
            auto* create = waitForDialog<CreateApiKeyDialog>(&page, "createApiKeyDialog");
            QVERIFY(create);
            QTest::keyClicks(find<QLineEdit>(create, "nameEdit"), QStringLiteral("CI runner"));
            auto* preset = find<QComboBox>(create, "presetCombo");
            preset->setCurrentIndex(1);
            emit preset->activated(1);
            QTest::mouseClick(find<QPushButton>(create, "createButton"), Qt::LeftButton);
            auto* shown = waitForDialog<NewKeyDialog>(&page, "newKeyDialog");
            QVERIFY(shown);
            createdKey = find<QLineEdit>(shown, "keyEdit")->text();
            QVERIFY(!createdKey.isEmpty());
            QTest::mouseClick(find<QPushButton>(shown, "copyKeyButton"), Qt::LeftButton);
            QVERIFY(QGuiApplication::clipboard()->text() == createdKey);
            QPointer<NewKeyDialog> guard(shown);
            QTest::mouseClick(find<QPushButton>(shown, "closeButton"), Qt::LeftButton);
            QTRY_VERIFY(guard.isNull());

            QTRY_COMPARE_WITH_TIMEOUT(find<StatefulView>(&page, "keysView")->state(), StatefulView::State::Content,
                                      Wait);
            auto* reset = find<QPushButton>(&page, "resetKeyButton");
            QTRY_VERIFY_WITH_TIMEOUT(reset->isVisible() && reset->isEnabled(), Wait);
            MessageBox::setNextAnswer(true);
            QTest::mouseClick(reset, Qt::LeftButton);
            QVERIFY2(MessageBox::lastQuestionText().contains(QLatin1String("stops working")),
                     qPrintable(MessageBox::lastQuestionText()));
            shown = waitForDialog<NewKeyDialog>(&page, "newKeyDialog");
            QVERIFY(shown);
            resetKey = find<QLineEdit>(shown, "keyEdit")->text();
            QVERIFY(!resetKey.isEmpty());
            QVERIFY(resetKey != demo.vastApiKey);
            QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>(shown, "statusLabel")->text().contains(QLatin1String("Stored")),
                                     Wait);
            QTest::mouseClick(find<QPushButton>(shown, "copyKeyButton"), Qt::LeftButton);
            QVERIFY(QGuiApplication::clipboard()->text() == resetKey);
            shown->accept();
            clipboard.clearIfOurs();
        }
        // The keychain holds the rotated key: the session really used the keychain the scan exempts.
        QString stored;
        bool done = false;
        secrets.keychainStore()->read(accountId, SecretKind::ApiKey, this,
                                      [&](const SecretError& e, const QString& key) {
                                          stored = e.isOk() ? key : QString();
                                          done = true;
                                      });
        QTRY_VERIFY_WITH_TIMEOUT(done, Wait);
        QVERIFY(stored == resetKey);
    }
    // Everything is destroyed: settings are written, the log is complete.
    qInstallMessageHandler(previous);
    {
        QMutexLocker lock(&g_logMutex);
        g_log = nullptr;
    }
    log.close();
    QVERIFY2(log.size() > 0, "the session logged nothing: the capture does not work");

    const QString privatePath = home + QStringLiteral("/.ssh/id_ed25519");
    QFile privateFile(privatePath);
    QVERIFY(privateFile.open(QIODevice::ReadOnly));
    QCOMPARE(privateFile.permissions() & 0x0077, QFileDevice::Permissions());
    // The private key material: the longest base64 line of the (passphrase-encrypted) OpenSSH key file.
    QByteArray privateBody;
    for (const QByteArray& line : privateFile.readAll().split('\n')) {
        if (!line.startsWith("-----") && line.size() > privateBody.size())
            privateBody = line.trimmed();
    }
    QVERIFY(privateBody.size() >= 40);

    const QList<Secret> secrets {
        {QStringLiteral("onboarding API key"), demo.vastApiKey.toUtf8(), {}},
        {QStringLiteral("created API key"), createdKey.toUtf8(), {}},
        {QStringLiteral("reset API key"), resetKey.toUtf8(), {}},
        {QStringLiteral("SSH passphrase"), passphrase.toUtf8(), {}},
        {QStringLiteral("private key"), privateBody, privatePath},
    };
    const QString keychainDir = home + QStringLiteral("/.local/share/keyrings");

    // The scanner must be able to fail: a planted UTF-16 copy of the passphrase is found.
    {
        QFile canary(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/canary"));
        QVERIFY(QDir().mkpath(QFileInfo(canary).path()));
        QVERIFY(canary.open(QIODevice::WriteOnly));
        canary.write(reinterpret_cast<const char*>(passphrase.utf16()), passphrase.size() * 2);
        canary.close();
        QCOMPARE(scan(home, secrets, keychainDir).hits.size(), 1);
        QVERIFY(canary.remove());
    }

    const ScanResult result = scan(home, secrets, keychainDir);
    qInfo().noquote() << QStringLiteral("Secrets at rest: %1 secrets, %2 files (%3 bytes) under HOME scanned, "
                                        "%4 forbidden hits, %5 allowed (key file / keyring)")
                             .arg(secrets.size())
                             .arg(result.files)
                             .arg(result.bytes)
                             .arg(result.hits.size())
                             .arg(result.allowedHits.size());
    for (const QString& path : result.paths)
        qInfo().noquote() << QStringLiteral("  scanned: %1").arg(path);
    for (const QString& hit : result.allowedHits)
        qInfo().noquote() << QStringLiteral("  allowed: %1").arg(hit);
    for (const QString& hit : result.hits)
        qWarning().noquote() << QStringLiteral("  FORBIDDEN: %1").arg(hit);
    QVERIFY(result.allowedHits.contains(QStringLiteral("private key in .ssh/id_ed25519")));
    QVERIFY2(result.hits.isEmpty(), qPrintable(result.hits.join(QStringLiteral("; "))));
}

QTEST_MAIN(tst_SecretsAtRest)
#include "tst_secretsatrest.moc"
