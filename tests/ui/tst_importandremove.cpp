#include "AppServices.h"
#include "MessageBoxChecks.h"
#include "Mnemonics.h"
#include "providers/ConsoleProvider.h"
#include "sandbox/SandboxServer.h"
#include "secrets/AccountsRegistry.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretError.h"
#include "security/FindingRow.h"
#include "security/ImportAndRemoveDialog.h"
#include "security/LocalChecks.h"
#include "security/PlaintextImport.h"
#include "security/SecurityPage.h"

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using Security::PlaintextImport;

/**
 * The overview's Import and Remove (issue 23, docs/SECURITY-OVERVIEW.md "Import and Remove"): a throwaway HOME seeded
 * with the vastai CLI's key file and a .bashrc export, the demo sandbox over real HTTP, the real keyring. The key is
 * checked and stored the way Add Account does, the plaintext copy goes only after that and after asking, and no key
 * value ever shows in the dialog.
 */
class tst_ImportAndRemove : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void keyFileIsImportedAndDeletedFromThePageByKeyboard();
    void spheronKeyFileIsImportedWithItsTeam();
    void exportLineIsCommentedOutWithABackupOfTheOldLine();
    void keyAlreadyStoredOffersOnlyRemoval();
    void refusedKeyOrServerErrorRemovesNothing_data();
    void refusedKeyOrServerErrorRemovesNothing();
    void lineChangedAfterTheDialogOpenedIsRefused();
    void mnemonicsAreUniqueInEveryState();

private:
    QString writeFile(const QString& relative, const QByteArray& bytes);
    QString cliKeyFile() const { return m_home->filePath(QStringLiteral(".config/vastai/vast_api_key")); }
    QString bashrc() const { return m_home->filePath(QStringLiteral(".bashrc")); }
    Security::Finding finding(Security::Check check) const;
    PlaintextImport::ProviderFactory sandboxProviders() const;
    /** A dialog for @p check's finding, shown, once it knows whether the key is stored. */
    std::unique_ptr<ImportAndRemoveDialog> openDialog(Security::Check check);
    QString addStoredAccount(Provider provider, const QString& key);
    QString storedKey(const QString& accountId);
    /** Every text the dialog shows: labels, buttons, title, tooltips. */
    static QStringList shownTexts(const QWidget* dialog);
    void verifyKeyNotShown(const QWidget* dialog, const QString& key);
    static QLabel* label(const QWidget* dialog, const char* name);
    static QPushButton* button(const QWidget* dialog, const char* name);

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<SandboxServer> m_sandbox;
    SandboxDemo m_demo;
    std::unique_ptr<AppServices> m_services;
};

void tst_ImportAndRemove::initTestCase()
{
    m_sandbox = std::make_unique<SandboxServer>();
    QString error;
    QVERIFY2(m_sandbox->start({}, &error), qPrintable(error));
}

void tst_ImportAndRemove::init()
{
    m_demo = m_sandbox->seedDemo();
    m_sandbox->clearFaults();
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    qputenv("HOME", QFile::encodeName(m_home->path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home->filePath(QStringLiteral(".config"))));
    // The real keyring (KEYCHAIN: a private, unlocked gnome-keyring), under a service of this test's own.
    m_services = std::make_unique<AppServices>(
        std::make_unique<KeychainSecretStore>(QStringLiteral("Keydeck-tst_importandremove")),
        std::make_unique<QSettings>(m_home->filePath(QStringLiteral("keydeck.ini")), QSettings::IniFormat));
}

void tst_ImportAndRemove::cleanup()
{
    if (m_services) {
        for (const Account& account : m_services->accounts()->accounts()) {
            bool done = false;
            m_services->accounts()->remove(account.id, this, [&](const SecretError&) { done = true; });
            QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        }
    }
    m_services.reset();
    m_sandbox->clearFaults();
    KD_VERIFY_NO_PENDING_ANSWERS();
}

void tst_ImportAndRemove::cleanupTestCase()
{
    m_sandbox.reset();
}

QString tst_ImportAndRemove::writeFile(const QString& relative, const QByteArray& bytes)
{
    const QString path = m_home->filePath(relative);
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qWarning("could not write %s", qPrintable(path));
    return path;
}

Security::Finding tst_ImportAndRemove::finding(Security::Check check) const
{
    const Security::LocalChecks checks(m_home->path(), m_home->filePath(QStringLiteral(".config")));
    const QList<Security::Finding> found
        = check == Security::Check::PlaintextKeyFile ? checks.plaintextKeyFiles() : checks.plaintextKeyExports();
    return found.isEmpty() ? Security::Finding() : found.first();
}

PlaintextImport::ProviderFactory tst_ImportAndRemove::sandboxProviders() const
{
    // New accounts point at the public consoles; in this test their key is checked by the sandbox instead.
    return [services = m_services.get(), url = m_sandbox->baseUrl()](const Account& account, const QString& key) {
        std::unique_ptr<ConsoleProvider> provider = services->createProvider(account);
        provider->setBaseUrl(url);
        provider->setCredentials({key, {}});
        return provider;
    };
}

std::unique_ptr<ImportAndRemoveDialog> tst_ImportAndRemove::openDialog(Security::Check check)
{
    const Security::Finding found = finding(check);
    if (found.check != check || found.action != Security::Action::ImportAndRemove)
        return nullptr;
    auto dialog = std::make_unique<ImportAndRemoveDialog>(found, m_services.get(), sandboxProviders());
    dialog->show();
    dialog->activateWindow();
    if (!QTest::qWaitForWindowActive(dialog.get()))
        return nullptr;
    PlaintextImport* import = dialog->plaintextImport();
    if (!QTest::qWaitFor([&] { return import->state() != PlaintextImport::State::Checking; }, 15000))
        return nullptr;
    return dialog;
}

QString tst_ImportAndRemove::addStoredAccount(Provider provider, const QString& key)
{
    Account account = Account::create(provider, QStringLiteral("Ada's stored account"));
    account.baseUrl = m_sandbox->baseUrl();
    bool done = false;
    SecretError result;
    m_services->accounts()->addWithApiKey(account, key, this, [&](const SecretError& e) {
        result = e;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 15000) || !result.isOk())
        return {};
    return account.id;
}

QString tst_ImportAndRemove::storedKey(const QString& accountId)
{
    const std::optional<Account> account = m_services->accounts()->find(accountId);
    if (!account)
        return {};
    bool done = false;
    QString key;
    m_services->accounts()->storeFor(*account)->read(accountId, SecretKind::ApiKey, this,
                                                     [&](const SecretError&, const QString& secret) {
                                                         key = secret;
                                                         done = true;
                                                     });
    if (!QTest::qWaitFor([&] { return done; }, 15000))
        return {};
    return key;
}

QStringList tst_ImportAndRemove::shownTexts(const QWidget* dialog)
{
    QStringList texts {dialog->windowTitle()};
    for (const QLabel* l : dialog->findChildren<QLabel*>())
        texts << l->text() << l->toolTip() << l->accessibleName() << l->accessibleDescription();
    for (const QAbstractButton* b : dialog->findChildren<QAbstractButton*>())
        texts << b->text() << b->toolTip();
    return texts;
}

void tst_ImportAndRemove::verifyKeyNotShown(const QWidget* dialog, const QString& key)
{
    QVERIFY(!key.isEmpty());
    // Compared without printing: a failure must not put the key into the test's output either.
    for (const QString& text : shownTexts(dialog))
        QVERIFY2(!text.contains(key) && !text.contains(key.left(12)), "a widget shows the key");
    QVERIFY2(!MessageBox::lastQuestionText().contains(key), "the question shows the key");
    for (const MessageBox::ShownLabel& shown : MessageBox::lastQuestionLabels())
        QVERIFY2(!shown.text.contains(key), "the question shows the key");
}

QLabel* tst_ImportAndRemove::label(const QWidget* dialog, const char* name)
{
    return dialog->findChild<QLabel*>(QLatin1String(name));
}

QPushButton* tst_ImportAndRemove::button(const QWidget* dialog, const char* name)
{
    return dialog->findChild<QPushButton*>(QLatin1String(name));
}

// --- Tests ----------------------------------------------------------------------------------------------

void tst_ImportAndRemove::keyFileIsImportedAndDeletedFromThePageByKeyboard()
{
    writeFile(QStringLiteral(".config/vastai/vast_api_key"), m_demo.vastApiKey.toUtf8() + '\n');
    SecurityPage page(m_services.get());
    page.setProviderFactory(sandboxProviders());
    page.resize(900, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.checkAgain();
    QTRY_VERIFY_WITH_TIMEOUT(!page.isChecking(), 30000);

    FindingRow* row = nullptr;
    for (FindingRow* r : page.findChildren<FindingRow*>()) {
        if (r->finding().check == Security::Check::PlaintextKeyFile)
            row = r;
    }
    QVERIFY(row);
    auto* action = row->findChild<QAbstractButton*>(QStringLiteral("actionButton"));
    QVERIFY(action && action->isEnabled());
    action->setFocus();
    QTest::keyClick(action, Qt::Key_Space);

    auto* dialog = page.findChild<ImportAndRemoveDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    PlaintextImport* import = dialog->plaintextImport();
    QTRY_COMPARE_WITH_TIMEOUT(import->state(), PlaintextImport::State::New, 15000);
    QVERIFY(label(dialog, "explanationLabel")->text().contains(QDir::toNativeSeparators(cliKeyFile())));
    QVERIFY(label(dialog, "explanationLabel")->text().contains(QStringLiteral("Vast.ai")));
    verifyKeyNotShown(dialog, m_demo.vastApiKey);

    // Import is the default button: Enter imports.
    QVERIFY(button(dialog, "importButton")->isDefault());
    QTest::keyClick(dialog, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(import->state(), PlaintextImport::State::Stored, 15000);
    QVERIFY(import->imported());
    const QList<Account> accounts = m_services->accounts()->accounts();
    QCOMPARE(accounts.size(), 1);
    QCOMPARE(accounts.first().provider, Provider::Vast);
    QCOMPARE(accounts.first().id, import->storedAccountId());
    QVERIFY2(storedKey(accounts.first().id) == m_demo.vastApiKey, "the keyring holds another key than the file");
    QVERIFY(QFile::exists(cliKeyFile())); // imported, not yet removed: that is asked for

    // Then Alt+D asks, and deletes the file; the page checks again and the finding goes.
    MessageBox::setNextAnswer(true);
    QTest::keyClick(dialog, Qt::Key_D, Qt::AltModifier);
    QTRY_COMPARE(import->state(), PlaintextImport::State::Removed); // a mnemonic clicks after a short animation
    QVERIFY(!QFile::exists(cliKeyFile()));
    QVERIFY(MessageBox::lastQuestionText().contains(QDir::toNativeSeparators(cliKeyFile())));
    QVERIFY(label(dialog, "statusLabel")->text().contains(QDir::toNativeSeparators(cliKeyFile())));
    verifyKeyNotShown(dialog, m_demo.vastApiKey);
    for (FindingRow* r : page.findChildren<FindingRow*>())
        QVERIFY(r->finding().check != Security::Check::PlaintextKeyFile);

    // Closed, the overview checks the new account too (it pointed at the public console: here, the sandbox).
    const QString id = import->storedAccountId();
    std::optional<Account> imported = m_services->accounts()->find(id);
    QVERIFY(imported);
    imported->baseUrl = m_sandbox->baseUrl();
    m_services->accounts()->update(*imported);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!page.findChild<ImportAndRemoveDialog*>());
    QTRY_VERIFY_WITH_TIMEOUT(!page.isChecking(), 30000);
    bool listed = false;
    for (FindingRow* r : page.findChildren<FindingRow*>())
        listed = listed || r->finding().accountId == id;
    QVERIFY2(listed, qPrintable(page.summary()));
}

void tst_ImportAndRemove::spheronKeyFileIsImportedWithItsTeam()
{
    const QString path = writeFile(QStringLiteral(".spheron/api_key"), m_demo.spheronApiKey.toUtf8());
    auto dialog = openDialog(Security::Check::PlaintextKeyFile);
    QVERIFY(dialog);
    PlaintextImport* import = dialog->plaintextImport();
    QCOMPARE(import->provider(), Provider::Spheron);
    QCOMPARE(import->state(), PlaintextImport::State::New);
    QTest::mouseClick(button(dialog.get(), "importButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(import->state(), PlaintextImport::State::Stored, 15000);
    const std::optional<Account> account = m_services->accounts()->find(import->storedAccountId());
    QVERIFY(account);
    QCOMPARE(account->provider, Provider::Spheron);
    QVERIFY(!account->teamId.isEmpty()); // learned the way Add Account learns it
    QVERIFY2(storedKey(account->id) == m_demo.spheronApiKey, "the keyring holds another key than the file");
    MessageBox::setNextAnswer(true);
    QTest::mouseClick(button(dialog.get(), "removeButton"), Qt::LeftButton);
    QVERIFY(!QFile::exists(path));
    verifyKeyNotShown(dialog.get(), m_demo.spheronApiKey);
}

void tst_ImportAndRemove::exportLineIsCommentedOutWithABackupOfTheOldLine()
{
    const QByteArray line = "export VAST_API_KEY=\"" + m_demo.vastApiKey.toUtf8() + "\"";
    writeFile(QStringLiteral(".bashrc"), "alias ll='ls -l'\n" + line + "\nexport PATH=$HOME/bin:$PATH\n");
    auto dialog = openDialog(Security::Check::PlaintextKeyExport);
    QVERIFY(dialog);
    PlaintextImport* import = dialog->plaintextImport();
    QCOMPARE(import->state(), PlaintextImport::State::New);
    const QString shown = label(dialog.get(), "foundLabel")->text();
    QVERIFY2(shown.startsWith(QStringLiteral("export VAST_API_KEY=\"")), "the line is not shown");
    QVERIFY(shown.contains(QChar(0x2022))); // masked
    QVERIFY(label(dialog.get(), "explanationLabel")->text().contains(QDir::toNativeSeparators(bashrc())));
    QVERIFY(label(dialog.get(), "explanationLabel")->text().contains(QStringLiteral("2")));
    verifyKeyNotShown(dialog.get(), m_demo.vastApiKey);

    QTest::mouseClick(button(dialog.get(), "importButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(import->state(), PlaintextImport::State::Stored, 15000);
    QCOMPARE(m_services->accounts()->accounts().size(), 1);
    QVERIFY2(storedKey(import->storedAccountId()) == m_demo.vastApiKey, "the keyring holds another key");

    MessageBox::setNextAnswer(true);
    QTest::keyClick(dialog.get(), Qt::Key_O, Qt::AltModifier);
    QTRY_COMPARE(import->state(), PlaintextImport::State::Removed);
    QFile file(bashrc());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray now = file.readAll();
    QVERIFY(now.contains("\n# " + line + "\n"));
    QVERIFY(now.startsWith("alias ll='ls -l'\n"));
    QVERIFY(now.endsWith("export PATH=$HOME/bin:$PATH\n"));
    const QStringList backups
        = QDir(m_home->path()).entryList({QStringLiteral(".bashrc.backup_*")}, QDir::Hidden | QDir::Files);
    QCOMPARE(backups.size(), 1);
    QFile backup(m_home->filePath(backups.first()));
    QVERIFY(backup.open(QIODevice::ReadOnly));
    QVERIFY(backup.readAll().contains("\n" + line + "\n"));
    QLabel* status = label(dialog.get(), "statusLabel");
    QVERIFY(status->text().contains(backups.first()));
    // Every line of the message shows: the dialog grew with it.
    QTRY_VERIFY(status->height() >= status->heightForWidth(status->width()));
    QVERIFY(status->geometry().bottom() < dialog->height());
    verifyKeyNotShown(dialog.get(), m_demo.vastApiKey);
    QVERIFY(Security::LocalChecks(m_home->path(), m_home->filePath(QStringLiteral(".config")))
                .plaintextKeyExports()
                .isEmpty());
}

void tst_ImportAndRemove::keyAlreadyStoredOffersOnlyRemoval()
{
    const QString stored = addStoredAccount(Provider::Vast, m_demo.vastApiKey);
    QVERIFY(!stored.isEmpty());
    writeFile(QStringLiteral(".config/vastai/vast_api_key"), m_demo.vastApiKey.toUtf8());
    auto dialog = openDialog(Security::Check::PlaintextKeyFile);
    QVERIFY(dialog);
    PlaintextImport* import = dialog->plaintextImport();
    QCOMPARE(import->state(), PlaintextImport::State::Stored);
    QVERIFY(!import->imported());
    QCOMPARE(import->storedAccountId(), stored);
    QVERIFY(!button(dialog.get(), "importButton")->isVisible());
    QVERIFY(button(dialog.get(), "removeButton")->isEnabled());
    QVERIFY(button(dialog.get(), "removeButton")->hasFocus());
    QVERIFY(label(dialog.get(), "storedLabel")->text().contains(QStringLiteral("Ada's stored account")));
    verifyKeyNotShown(dialog.get(), m_demo.vastApiKey);

    MessageBox::setNextAnswer(true);
    QTest::keyClick(dialog.get(), Qt::Key_D, Qt::AltModifier);
    QTRY_VERIFY(!QFile::exists(cliKeyFile()));
    QCOMPARE(m_services->accounts()->accounts().size(), 1); // no second account
}

void tst_ImportAndRemove::refusedKeyOrServerErrorRemovesNothing_data()
{
    QTest::addColumn<bool>("serverError");
    QTest::addColumn<QString>("expected");
    QTest::newRow("refused") << false << QStringLiteral("did not accept the key");
    QTest::newRow("server error") << true << QStringLiteral("could not be checked");
}

void tst_ImportAndRemove::refusedKeyOrServerErrorRemovesNothing()
{
    QFETCH(bool, serverError);
    QFETCH(QString, expected);
    const QString key = serverError ? m_demo.vastApiKey : QString(64, QLatin1Char('7'));
    if (serverError) {
        SandboxFault fault;
        fault.kind = SandboxFault::Kind::Status;
        fault.method = "GET";
        fault.pattern = QStringLiteral("/api/v0/users/current");
        fault.match = SandboxFault::Match::Prefix;
        fault.status = 400;
        fault.message = QStringLiteral("maintenance");
        QVERIFY(m_sandbox->setFault(fault) >= 0);
    }
    const QString line = QStringLiteral("export VAST_API_KEY=%1").arg(key);
    writeFile(QStringLiteral(".bashrc"), line.toUtf8() + '\n');
    const QString path = writeFile(QStringLiteral(".config/vastai/vast_api_key"), key.toUtf8());
    auto dialog = openDialog(Security::Check::PlaintextKeyFile);
    QVERIFY(dialog);
    PlaintextImport* import = dialog->plaintextImport();
    QCOMPARE(import->state(), PlaintextImport::State::New);
    QSignalSpy finished(import, &PlaintextImport::importFinished);
    QTest::mouseClick(button(dialog.get(), "importButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(import->state(), PlaintextImport::State::New);
    const QString message = label(dialog.get(), "statusLabel")->text();
    QVERIFY2(message.contains(expected), qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("nothing was removed")));
    QVERIFY(!button(dialog.get(), "removeButton")->isEnabled());
    QVERIFY(m_services->accounts()->accounts().isEmpty());
    QVERIFY(QFile::exists(path));
    QFile file(bashrc());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), line.toUtf8() + '\n');
    // remove() itself refuses before the key is stored.
    QVERIFY(!import->remove().ok);
    QVERIFY(QFile::exists(path));
    verifyKeyNotShown(dialog.get(), key);
}

void tst_ImportAndRemove::lineChangedAfterTheDialogOpenedIsRefused()
{
    QVERIFY(!addStoredAccount(Provider::Vast, m_demo.vastApiKey).isEmpty());
    writeFile(QStringLiteral(".bashrc"), "export VAST_API_KEY=" + m_demo.vastApiKey.toUtf8() + "\n");
    auto dialog = openDialog(Security::Check::PlaintextKeyExport);
    QVERIFY(dialog);
    PlaintextImport* import = dialog->plaintextImport();
    QCOMPARE(import->state(), PlaintextImport::State::Stored);

    // Meanwhile the user edits the line in another window.
    const QByteArray edited = "export VAST_API_KEY=" + QByteArray(64, '5') + "\n";
    writeFile(QStringLiteral(".bashrc"), edited);
    MessageBox::setNextAnswer(true);
    QTest::mouseClick(button(dialog.get(), "removeButton"), Qt::LeftButton);
    QCOMPARE(import->state(), PlaintextImport::State::Stored);
    const QString message = label(dialog.get(), "statusLabel")->text();
    QVERIFY2(message.contains(QStringLiteral("no longer reads")), qPrintable(message));
    QFile file(bashrc());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), edited);
    QVERIFY(QDir(m_home->path()).entryList({QStringLiteral(".bashrc.backup_*")}, QDir::Hidden | QDir::Files).isEmpty());
    verifyKeyNotShown(dialog.get(), m_demo.vastApiKey);
}

void tst_ImportAndRemove::mnemonicsAreUniqueInEveryState()
{
    writeFile(QStringLiteral(".bashrc"), "export VAST_API_KEY=" + m_demo.vastApiKey.toUtf8() + "\n");
    for (const Security::Check check : {Security::Check::PlaintextKeyExport, Security::Check::PlaintextKeyFile}) {
        if (check == Security::Check::PlaintextKeyFile)
            writeFile(QStringLiteral(".config/vastai/vast_api_key"), m_demo.vastApiKey.toUtf8());
        auto dialog = openDialog(check);
        QVERIFY(dialog);
        QVERIFY2(TestSupport::duplicateMnemonics(dialog.get()).isEmpty(),
                 qPrintable(TestSupport::duplicateMnemonics(dialog.get()).join(u'\n')));
        if (button(dialog.get(), "importButton")->isVisible()) // the second finding's key is stored by then
            QTest::mouseClick(button(dialog.get(), "importButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->plaintextImport()->state(), PlaintextImport::State::Stored, 15000);
        QVERIFY2(TestSupport::duplicateMnemonics(dialog.get()).isEmpty(),
                 qPrintable(TestSupport::duplicateMnemonics(dialog.get()).join(u'\n')));
        for (const QAbstractButton* b : dialog->findChildren<QAbstractButton*>()) {
            if (b->isVisible())
                QVERIFY2(!TestSupport::mnemonicOf(b->text()).isNull(), qPrintable(b->text()));
        }
    }
}

QTEST_MAIN(tst_ImportAndRemove)
#include "tst_importandremove.moc"
