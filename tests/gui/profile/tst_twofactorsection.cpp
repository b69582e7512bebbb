#include "MessageBoxChecks.h"
#include "UiContext.h"
#include "clipboard/SecretClipboard.h"
#include "dialogs/twofactor/BackupCodesDialog.h"
#include "dialogs/twofactor/TwoFactorController.h"
#include "dialogs/twofactor/TwoFactorDialog.h"
#include "net/ApiTransport.h"
#include "pages/profile/NewTwoFactorMethodDialog.h"
#include "pages/profile/TwoFactorSection.h"
#include "platform/Platform.h"
#include "providers/VastProvider.h"
#include "sandbox/SandboxServer.h"
#include "widgets/QrCodeView.h"

#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

/**
 * The Profile tab's two-factor section driven through its widgets against the sandbox (issue 20): the status and
 * methods, a first authenticator with its QR code and backup codes, rename, make primary, new backup codes and
 * removal, each confirmed with a code; under both values of the variant tfa-refusal.
 */
class tst_TwoFactorSection : public QObject
{
    Q_OBJECT

private:
    SandboxServer m_sandbox;
    SandboxDemo m_demo;
    ApiTransport* m_transport = nullptr;
    VastProvider* m_provider = nullptr;
    SecretClipboard* m_clipboard = nullptr;
    UiContext m_context;
    TwoFactorSection* m_section = nullptr;
    QTemporaryDir m_dir;

    template <typename T>
    T* openDialog()
    {
        T* found = nullptr;
        (void)QTest::qWaitFor(
            [&] {
                for (T* dialog : m_section->findChildren<T*>()) {
                    if (dialog->isVisible())
                        found = dialog;
                }
                return found != nullptr;
            },
            10000);
        return found;
    }
    template <typename T>
    static T* child(QWidget* parent, const char* name)
    {
        return parent->findChild<T*>(QLatin1String(name));
    }
    template <typename T>
    T* sectionChild(const char* name)
    {
        return child<T>(m_section, name);
    }

    void makeSection(const QString& apiKey, bool signIn)
    {
        m_provider->setCredentials({apiKey, {}});
        if (signIn) {
            bool done = false;
            m_provider->twoFactorLogin(m_demo.vastTfaCode, this,
                                       [&done](ApiResult<TwoFactorSession> r) { done = r.ok(); });
            QTRY_VERIFY(done);
        }
        m_section = new TwoFactorSection(m_provider, &m_context);
        m_section->show();
        m_section->refresh();
        QTRY_VERIFY(sectionChild<QPushButton>("setUpAuthenticatorButton")->isEnabled());
    }

    QTreeWidgetItem* methodRow(const QString& type)
    {
        auto* tree = sectionChild<QTreeWidget>("methodsTree");
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            if (tree->topLevelItem(i)->text(0).startsWith(type))
                return tree->topLevelItem(i);
        }
        return nullptr;
    }

    /** Confirms an action in the code prompt with @p code (or a backup code). */
    void prove(const QString& code, bool backup = false)
    {
        TwoFactorDialog* prompt = openDialog<TwoFactorDialog>();
        QVERIFY(prompt);
        auto* methods = child<QComboBox>(prompt, "methodCombo");
        if (backup)
            methods->setCurrentIndex(methods->count() - 1);
        QTest::keyClicks(child<QLineEdit>(prompt, "codeEdit"), code);
        QTest::mouseClick(child<QPushButton>(prompt, "verifyButton"), Qt::LeftButton);
    }

    static void variants()
    {
        QTest::addColumn<QString>("refusal");
        QTest::newRow("refusal=400") << QStringLiteral("400");
        QTest::newRow("refusal=401") << QStringLiteral("401");
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start(SandboxServer::Options(), &error), qPrintable(error));
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_demo = m_sandbox.seedDemo();
        m_transport = new ApiTransport(this);
        m_provider = new VastProvider(m_transport, this);
        m_provider->setBaseUrl(m_sandbox.baseUrl());
        m_clipboard = new SecretClipboard(QGuiApplication::clipboard(), this);
        m_context.clipboard = m_clipboard;
        m_context.accountId = QStringLiteral("ada");
    }

    void cleanup()
    {
        delete m_section;
        m_section = nullptr;
        delete m_clipboard;
        delete m_provider;
        delete m_transport;
        KD_VERIFY_NO_PENDING_ANSWERS();
    }

    void setsUpAFirstAuthenticatorWithItsQrCodeAndBackupCodes_data() { variants(); }
    void setsUpAFirstAuthenticatorWithItsQrCodeAndBackupCodes()
    {
        QFETCH(QString, refusal);
        QVERIFY(m_sandbox.setVariant(QStringLiteral("tfa-refusal"), refusal));
        makeSection(m_demo.vastApiKey, false);
        QVERIFY(sectionChild<QLabel>("statusLabel")->text().contains(QLatin1String("off")));
        QVERIFY(!sectionChild<QPushButton>("regenerateButton")->isEnabled());
        QSignalSpy enabled(m_section, &TwoFactorSection::enabledChanged);

        // Authorize with a code sent to the e-mail address (the only way without a method).
        QTest::mouseClick(sectionChild<QPushButton>("setUpAuthenticatorButton"), Qt::LeftButton);
        TwoFactorDialog* authorize = openDialog<TwoFactorDialog>();
        QVERIFY(authorize);
        QVERIFY(!child<QComboBox>(authorize, "methodCombo")->isVisible());
        QTest::mouseClick(child<QPushButton>(authorize, "sendCodeButton"), Qt::LeftButton);
        QTRY_VERIFY(child<QPushButton>(authorize, "sendCodeButton")->text().contains(QLatin1String("Another")));
        QTest::keyClicks(child<QLineEdit>(authorize, "codeEdit"), m_demo.vastTfaCode);
        QTest::mouseClick(child<QPushButton>(authorize, "verifyButton"), Qt::LeftButton);

        // The QR code and the key to type in; a wrong code first.
        NewTwoFactorMethodDialog* setup = openDialog<NewTwoFactorMethodDialog>();
        QVERIFY(setup);
        auto* qr = child<QrCodeView>(setup, "qrView");
        QTRY_VERIFY(qr->code().has_value());
        QCOMPARE(qr->code()->size(), 17 + 4 * qr->code()->version());
        auto* key = child<QLineEdit>(setup, "secretEdit");
        QVERIFY(!key->text().isEmpty());
        // Seen in German at 800×600: the field showed the key's end, its start scrolled out of sight.
        QCOMPARE(key->cursorPosition(), 0);
        QVERIFY2(key->width() >= key->fontMetrics().horizontalAdvance(key->text()),
                 qPrintable(QStringLiteral("%1 px for %2 px of key")
                                .arg(key->width())
                                .arg(key->fontMetrics().horizontalAdvance(key->text()))));
        key->selectAll(); // the key is for typing: it never reaches the primary selection
        QVERIFY(!key->hasSelectedText());
        QTest::keyClicks(child<QLineEdit>(setup, "labelEdit"), QStringLiteral("Pixel 8"));
        QTest::keyClicks(child<QLineEdit>(setup, "codeEdit"), QStringLiteral("111111"));
        QTest::mouseClick(child<QPushButton>(setup, "activateButton"), Qt::LeftButton);
        QTRY_VERIFY(child<QLabel>(setup, "errorLabel")->isVisible());
        QVERIFY(child<QLabel>(setup, "errorLabel")->text().contains(QLatin1String("not accepted")));
        QTest::keyClicks(child<QLineEdit>(setup, "codeEdit"), m_demo.vastTfaCode);
        QTest::mouseClick(child<QPushButton>(setup, "activateButton"), Qt::LeftButton);

        // The first method brings backup codes, shown once: closing asks until they are saved.
        BackupCodesDialog* codes = openDialog<BackupCodesDialog>();
        QVERIFY(codes);
        const QString shown = child<QPlainTextEdit>(codes, "codesView")->toPlainText();
        QCOMPARE(shown.split(QLatin1Char('\n')).size(), 10);
        MessageBox::setNextAnswer(false);
        QTest::mouseClick(child<QPushButton>(codes, "closeButton"), Qt::LeftButton);
        QVERIFY(codes->isVisible());
        const QString path = m_dir.filePath(QStringLiteral("codes-%1.txt").arg(refusal));
        codes->setSavePathForTesting(path);
        QTest::mouseClick(child<QPushButton>(codes, "saveButton"), Qt::LeftButton);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString saved = QString::fromUtf8(file.readAll());
        for (const QString& code : shown.split(QLatin1Char('\n')))
            QVERIFY(saved.contains(code));
        QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFileDevice::Permissions());
        QTest::mouseClick(child<QPushButton>(codes, "closeButton"), Qt::LeftButton);
        QTRY_VERIFY(!codes->isVisible());

        QTRY_VERIFY(sectionChild<QLabel>("statusLabel")->text().contains(QLatin1String("on with")));
        QVERIFY(methodRow(QStringLiteral("Authenticator app")));
        QCOMPARE(methodRow(QStringLiteral("Authenticator app"))->text(1), QStringLiteral("Pixel 8"));
        // The page above hears that it is on now (ProfilePage's Account row).
        QVERIFY(!enabled.isEmpty());
        QCOMPARE(enabled.last().at(0).toBool(), true);
    }

    void renamesMakesPrimaryRegeneratesAndRemoves_data() { variants(); }
    void renamesMakesPrimaryRegeneratesAndRemoves()
    {
        QFETCH(QString, refusal);
        QVERIFY(m_sandbox.setVariant(QStringLiteral("tfa-refusal"), refusal));
        makeSection(m_demo.vastTfaApiKey, true);
        QTRY_VERIFY(methodRow(QStringLiteral("Text message")));
        QVERIFY(methodRow(QStringLiteral("Authenticator app (primary)")));
        QVERIFY(sectionChild<QLabel>("backupCodesLabel")->text().contains(QLatin1String("10")));

        // Rename the phone and make it primary.
        sectionChild<QTreeWidget>("methodsTree")->setCurrentItem(methodRow(QStringLiteral("Text message")));
        auto* label = sectionChild<QLineEdit>("labelEdit");
        label->selectAll();
        QTest::keyClicks(label, QStringLiteral("Desk phone"));
        QTest::mouseClick(sectionChild<QPushButton>("renameButton"), Qt::LeftButton);
        QTRY_VERIFY(methodRow(QStringLiteral("Text message"))
                    && methodRow(QStringLiteral("Text message"))->text(1).startsWith(QLatin1String("Desk phone")));
        QTRY_VERIFY(sectionChild<QPushButton>("makePrimaryButton")->isEnabled());
        QTest::mouseClick(sectionChild<QPushButton>("makePrimaryButton"), Qt::LeftButton);
        QTRY_VERIFY(methodRow(QStringLiteral("Text message (primary)")));

        // New backup codes, confirmed with the authenticator's code after a wrong one; copied, so no question.
        QTRY_VERIFY(sectionChild<QPushButton>("regenerateButton")->isEnabled());
        MessageBox::setNextAnswer(true);
        QTest::mouseClick(sectionChild<QPushButton>("regenerateButton"), Qt::LeftButton);
        TwoFactorDialog* prompt = openDialog<TwoFactorDialog>();
        QVERIFY(prompt);
        auto* methods = child<QComboBox>(prompt, "methodCombo");
        const int totp = methods->findText(QStringLiteral("Phone authenticator (authenticator app)"));
        QVERIFY(totp >= 0);
        methods->setCurrentIndex(totp);
        QTest::keyClicks(child<QLineEdit>(prompt, "codeEdit"), QStringLiteral("000000"));
        QTest::mouseClick(child<QPushButton>(prompt, "verifyButton"), Qt::LeftButton);
        QTRY_VERIFY(child<QLabel>(prompt, "errorLabel")->isVisible());
        QVERIFY(child<QLabel>(prompt, "errorLabel")->text().contains(QLatin1String("not accepted")));
        QTest::keyClicks(child<QLineEdit>(prompt, "codeEdit"), m_demo.vastTfaCode);
        QTest::mouseClick(child<QPushButton>(prompt, "verifyButton"), Qt::LeftButton);
        BackupCodesDialog* codes = openDialog<BackupCodesDialog>();
        QVERIFY(codes);
        const QStringList fresh = child<QPlainTextEdit>(codes, "codesView")->toPlainText().split(QLatin1Char('\n'));
        QCOMPARE(fresh.size(), 10);
        QTest::mouseClick(child<QPushButton>(codes, "copyButton"), Qt::LeftButton);
        QVERIFY(QGuiApplication::clipboard()->text() == fresh.join(QLatin1Char('\n'))); // no QCOMPARE: secrets
        QTest::mouseClick(child<QPushButton>(codes, "closeButton"), Qt::LeftButton);
        QTRY_VERIFY(!codes->isVisible());
        m_clipboard->clearIfOurs();

        // Remove the e-mail method with one of the new backup codes.
        QTRY_VERIFY(sectionChild<QPushButton>("regenerateButton")->isEnabled()); // the reload after the codes is in
        sectionChild<QTreeWidget>("methodsTree")->setCurrentItem(methodRow(QStringLiteral("E-mail")));
        QVERIFY(sectionChild<QPushButton>("removeButton")->isEnabled());
        MessageBox::setNextAnswer(true);
        QTest::mouseClick(sectionChild<QPushButton>("removeButton"), Qt::LeftButton);
        prove(fresh.first(), true);
        QTRY_VERIFY(!methodRow(QStringLiteral("E-mail")));
        QCOMPARE(sectionChild<QTreeWidget>("methodsTree")->topLevelItemCount(), 2);
    }

    void addsAPhoneAfterAuthorizingWithAnSmsCode_data() { variants(); }
    void addsAPhoneAfterAuthorizingWithAnSmsCode()
    {
        QFETCH(QString, refusal);
        QVERIFY(m_sandbox.setVariant(QStringLiteral("tfa-refusal"), refusal));
        makeSection(m_demo.vastTfaApiKey, true);
        QTRY_COMPARE(sectionChild<QTreeWidget>("methodsTree")->topLevelItemCount(), 3);

        // Authorize with the phone the account has: the code goes to it (authorize-new-method), then back.
        QTest::mouseClick(sectionChild<QPushButton>("addPhoneButton"), Qt::LeftButton);
        TwoFactorDialog* authorize = openDialog<TwoFactorDialog>();
        QVERIFY(authorize);
        auto* methods = child<QComboBox>(authorize, "methodCombo");
        const int sms = methods->findText(QStringLiteral("Work phone (text message)"));
        QVERIFY(sms >= 0);
        methods->setCurrentIndex(sms);
        QTest::keyClicks(child<QLineEdit>(authorize, "codeEdit"), m_demo.vastTfaCode);
        QVERIFY(!child<QPushButton>(authorize, "verifyButton")->isEnabled()); // no code was sent yet
        child<QLineEdit>(authorize, "codeEdit")->clear();
        QTest::mouseClick(child<QPushButton>(authorize, "sendCodeButton"), Qt::LeftButton);
        QTRY_VERIFY(child<QPushButton>(authorize, "sendCodeButton")->text().contains(QLatin1String("Another")));
        QTest::keyClicks(child<QLineEdit>(authorize, "codeEdit"), m_demo.vastTfaCode);
        QTest::mouseClick(child<QPushButton>(authorize, "verifyButton"), Qt::LeftButton);

        // The new number gets its own code; no QR code here, and no backup codes (not the first method).
        NewTwoFactorMethodDialog* phone = openDialog<NewTwoFactorMethodDialog>();
        QVERIFY(phone);
        QVERIFY(!child<QrCodeView>(phone, "qrView")->isVisible());
        // Seen in German: the phone dialog kept the authenticator's height, its fields spread over empty space.
        QVERIFY2(phone->height() <= phone->sizeHint().height() + 10,
                 qPrintable(QStringLiteral("%1 px high for %2 px of content")
                                .arg(phone->height())
                                .arg(phone->sizeHint().height())));
        QTest::keyClicks(child<QLineEdit>(phone, "phoneEdit"), QStringLiteral("+15555550123"));
        QTest::keyClicks(child<QLineEdit>(phone, "labelEdit"), QStringLiteral("Travel phone"));
        QTest::mouseClick(child<QPushButton>(phone, "sendCodeButton"), Qt::LeftButton);
        QTRY_VERIFY(child<QPushButton>(phone, "sendCodeButton")->text().contains(QLatin1String("Another")));
        QTest::keyClicks(child<QLineEdit>(phone, "codeEdit"), m_demo.vastTfaCode);
        QTest::mouseClick(child<QPushButton>(phone, "activateButton"), Qt::LeftButton);
        QTRY_COMPARE(sectionChild<QTreeWidget>("methodsTree")->topLevelItemCount(), 4);
        bool found = false;
        auto* tree = sectionChild<QTreeWidget>("methodsTree");
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            found = found || tree->topLevelItem(i)->text(1) == QStringLiteral("Travel phone, +15555550123");
        QVERIFY(found);
        QVERIFY(m_section->findChildren<BackupCodesDialog*>().isEmpty());
    }

    void aRenameRefusedForWantOfASessionRunsAgainAfterSignIn()
    {
        // Seen in the running app: the rename asked for a code, then dropped the new label.
        makeSection(m_demo.vastTfaApiKey, true);
        TwoFactorController controller(m_provider, &m_context, m_section);
        m_section->setTwoFactorController(&controller);
        QTRY_VERIFY(methodRow(QStringLiteral("Text message")));
        m_provider->setCredentials({m_demo.vastTfaApiKey, {}}); // the session is gone (expired, signed out)

        sectionChild<QTreeWidget>("methodsTree")->setCurrentItem(methodRow(QStringLiteral("Text message")));
        auto* label = sectionChild<QLineEdit>("labelEdit");
        label->selectAll();
        QTest::keyClicks(label, QStringLiteral("Desk phone"));
        QTest::mouseClick(sectionChild<QPushButton>("renameButton"), Qt::LeftButton);
        prove(m_demo.vastTfaCode);
        QTRY_VERIFY(methodRow(QStringLiteral("Text message"))
                    && methodRow(QStringLiteral("Text message"))->text(1).startsWith(QLatin1String("Desk phone")));
    }

    void authorizesANewMethodWithABackupCodeOnce_data() { variants(); }
    void authorizesANewMethodWithABackupCodeOnce()
    {
        // Issue 20: a user who lost the authenticator authorizes a new one with a backup code; the code then works
        // no more.
        QFETCH(QString, refusal);
        QVERIFY(m_sandbox.setVariant(QStringLiteral("tfa-refusal"), refusal));
        makeSection(m_demo.vastTfaApiKey, true);
        QTRY_COMPARE(sectionChild<QTreeWidget>("methodsTree")->topLevelItemCount(), 3);
        const QString backup = m_demo.vastTfaBackupCodes.value(9);
        QVERIFY(!backup.isEmpty());

        QTest::mouseClick(sectionChild<QPushButton>("setUpAuthenticatorButton"), Qt::LeftButton);
        TwoFactorDialog* authorize = openDialog<TwoFactorDialog>();
        QVERIFY(authorize);
        auto* methods = child<QComboBox>(authorize, "methodCombo");
        int backupIndex = -1;
        for (int i = 0; i < methods->count(); ++i) {
            if (methods->itemText(i).contains(QLatin1String("backup"), Qt::CaseInsensitive))
                backupIndex = i;
        }
        QVERIFY2(backupIndex >= 0, "the authorize dialog offers a backup code");
        methods->setCurrentIndex(backupIndex);
        QTest::keyClicks(child<QLineEdit>(authorize, "codeEdit"), backup);
        QTRY_VERIFY(child<QPushButton>(authorize, "verifyButton")->isEnabled());
        QTest::mouseClick(child<QPushButton>(authorize, "verifyButton"), Qt::LeftButton);

        // Authorized: the authenticator's set-up follows; leave it.
        NewTwoFactorMethodDialog* setup = openDialog<NewTwoFactorMethodDialog>();
        QVERIFY(setup);
        setup->reject();

        // The backup code was spent: a second authorization with it is refused.
        QTest::mouseClick(sectionChild<QPushButton>("setUpAuthenticatorButton"), Qt::LeftButton);
        authorize = openDialog<TwoFactorDialog>();
        QVERIFY(authorize);
        methods = child<QComboBox>(authorize, "methodCombo");
        methods->setCurrentIndex(backupIndex);
        QTest::keyClicks(child<QLineEdit>(authorize, "codeEdit"), backup);
        QTest::mouseClick(child<QPushButton>(authorize, "verifyButton"), Qt::LeftButton);
        QTRY_VERIFY(child<QLabel>(authorize, "errorLabel")->isVisible());
        QVERIFY2(child<QLabel>(authorize, "errorLabel")->text().contains(QLatin1String("only once")),
                 qPrintable(child<QLabel>(authorize, "errorLabel")->text()));
        authorize->reject();
    }
};

QTEST_MAIN(tst_TwoFactorSection)
#include "tst_twofactorsection.moc"
