#include "MessageBoxChecks.h"
#include "UiContext.h"
#include "clipboard/SecretClipboard.h"
#include "dialogs/twofactor/BackupCodesDialog.h"
#include "dialogs/twofactor/TwoFactorController.h"
#include "dialogs/twofactor/TwoFactorDialog.h"
#include "net/ApiTransport.h"
#include "net/NetworkLog.h"
#include "pages/profile/NewTwoFactorMethodDialog.h"
#include "pages/profile/TwoFactorSection.h"
#include "providers/VastProvider.h"
#include "sandbox/SandboxServer.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretsService.h"

#include <QComboBox>
#include <QDirIterator>
#include <QFile>
#include <QGuiApplication>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMutex>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

namespace {

QMutex s_logMutex;
QStringList s_log;
QtMessageHandler s_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        const QMutexLocker lock(&s_logMutex);
        s_log.append(QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message);
    }
    if (s_previous)
        s_previous(type, context, message);
}

} // namespace

/**
 * Issue 20, "done when": a scripted two-factor session (sign-in with each method, an authenticator set up, backup
 * codes regenerated) through the widgets, with the debug log on, then a scan of the test's HOME (settings included),
 * QSettings, the captured log output and the network log for the code as sent, the TOTP secret and every backup code.
 * None may appear anywhere but in the keychain (a memory store here) and the file the user chose.
 */
class tst_TwoFactorSecrets : public QObject
{
    Q_OBJECT

private:
    SandboxServer m_sandbox;
    SandboxDemo m_demo;
    NetworkLog m_log;
    ApiTransport* m_transport = nullptr;
    QStringList m_secrets; ///< what must not leak
    QString m_chosenFile;

    template <typename T>
    static T* visible(QObject* root)
    {
        T* found = nullptr;
        (void)QTest::qWaitFor(
            [&] {
                for (T* w : root->findChildren<T*>()) {
                    if (w->isVisible())
                        found = w;
                }
                return found != nullptr;
            },
            10000);
        return found;
    }
    template <typename T>
    static T* child(QObject* parent, const char* name)
    {
        return parent->findChild<T*>(QLatin1String(name));
    }

    /** Signs Grace in through the dialog with the method at @p index (0 authenticator, 1 SMS, 2 e-mail, 3 backup). */
    void signInGrace(int index, const QString& code)
    {
        auto* provider = new VastProvider(m_transport, this);
        provider->setBaseUrl(m_sandbox.baseUrl());
        provider->setCredentials({m_demo.vastTfaApiKey, {}});
        SecretsService secrets(std::make_unique<MemorySecretStore>());
        UiContext context;
        context.secrets = &secrets;
        context.accountId = QStringLiteral("grace");
        TwoFactorController controller(provider, &context, nullptr);
        QVERIFY(controller.handleApiError(ApiError::make(ApiError::Kind::TwoFactorRequired, 401)));
        TwoFactorDialog* dialog = controller.dialog();
        auto* methods = child<QComboBox>(dialog, "methodCombo");
        QTRY_VERIFY(methods->itemText(0).contains(QLatin1String("Phone authenticator")));
        methods->setCurrentIndex(index);
        if (index == 1 || index == 2) {
            QTest::mouseClick(child<QPushButton>(dialog, "sendCodeButton"), Qt::LeftButton);
            QTRY_VERIFY(child<QPushButton>(dialog, "sendCodeButton")->text().contains(QLatin1String("end")));
            QTRY_VERIFY(child<QPushButton>(dialog, "sendCodeButton")->isEnabled());
        }
        QSignalSpy started(&controller, &TwoFactorController::sessionStarted);
        QTest::keyClicks(child<QLineEdit>(dialog, "codeEdit"), code);
        QTest::mouseClick(child<QPushButton>(dialog, "verifyButton"), Qt::LeftButton);
        QTRY_COMPARE(started.count(), 1);
        delete provider;
    }

    /** Everything a leak could be in: files under HOME, QSettings, the captured log, the network log. */
    using Places = QList<QPair<QString, QString>>; ///< where, what it holds

    Places places()
    {
        Places found;
        QDirIterator files(QDir::homePath(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            if (path == m_chosenFile)
                continue;
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                found.append({QStringLiteral("file %1").arg(path), QString::fromUtf8(file.readAll())});
        }
        QSettings settings;
        for (const QString& key : settings.allKeys())
            found.append({QStringLiteral("setting %1").arg(key), settings.value(key).toString()});
        {
            const QMutexLocker lock(&s_logMutex);
            for (int i = 0; i < s_log.size(); ++i)
                found.append({QStringLiteral("log message %1").arg(i), s_log.at(i)});
        }
        found.append({QStringLiteral("network log text"), m_log.toText()});
        for (const NetworkLogEntry& entry : m_log.entries()) {
            found.append(
                {QStringLiteral("network log entry %1").arg(entry.url.path()),
                 entry.url.toString() + QLatin1Char(' ') + entry.requestBody + QLatin1Char(' ') + entry.responseBody});
        }
        return found;
    }

    /** Where @p secret appears in @p scanned: the kind of place and its name, or empty. */
    static QString leakOf(const QString& secret, const Places& scanned)
    {
        for (const auto& [where, what] : scanned) {
            if (what.contains(secret, Qt::CaseInsensitive))
                return where;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start(SandboxServer::Options(), &error), qPrintable(error));
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        s_previous = qInstallMessageHandler(capture);
    }

    void cleanupTestCase() { qInstallMessageHandler(s_previous); }

    void noCodeSecretOrBackupCodeLeaksFromAScriptedSession()
    {
        m_demo = m_sandbox.seedDemo();
        m_transport = new ApiTransport(this);
        m_transport->setLog(&m_log);
        m_secrets << m_demo.vastTfaCode << m_demo.vastTfaBackupCodes;

        // Sign in with each method.
        for (int index = 0; index < 3; ++index)
            signInGrace(index, m_demo.vastTfaCode);
        signInGrace(3, m_demo.vastTfaBackupCodes.first());

        // Ada sets up an authenticator (authorized by e-mail), keeps her codes in a file, then makes new ones.
        VastProvider ada(m_transport);
        ada.setBaseUrl(m_sandbox.baseUrl());
        ada.setCredentials({m_demo.vastApiKey, {}});
        SecretClipboard clipboard(QGuiApplication::clipboard());
        UiContext context;
        context.clipboard = &clipboard;
        context.accountId = QStringLiteral("ada");
        TwoFactorSection section(&ada, &context);
        section.show();
        section.refresh();
        QTRY_VERIFY(child<QPushButton>(&section, "setUpAuthenticatorButton")->isEnabled());
        QTest::mouseClick(child<QPushButton>(&section, "setUpAuthenticatorButton"), Qt::LeftButton);
        TwoFactorDialog* authorize = visible<TwoFactorDialog>(&section);
        QVERIFY(authorize);
        QTest::mouseClick(child<QPushButton>(authorize, "sendCodeButton"), Qt::LeftButton);
        QTRY_VERIFY(child<QPushButton>(authorize, "sendCodeButton")->text().contains(QLatin1String("Another")));
        QTest::keyClicks(child<QLineEdit>(authorize, "codeEdit"), m_demo.vastTfaCode);
        QTest::mouseClick(child<QPushButton>(authorize, "verifyButton"), Qt::LeftButton);
        NewTwoFactorMethodDialog* setup = visible<NewTwoFactorMethodDialog>(&section);
        QVERIFY(setup);
        QTRY_VERIFY(!child<QLineEdit>(setup, "secretEdit")->text().isEmpty());
        m_secrets << child<QLineEdit>(setup, "secretEdit")->text().remove(QLatin1Char(' '));
        QTest::keyClicks(child<QLineEdit>(setup, "codeEdit"), m_demo.vastTfaCode);
        QTest::mouseClick(child<QPushButton>(setup, "activateButton"), Qt::LeftButton);
        BackupCodesDialog* codes = visible<BackupCodesDialog>(&section);
        QVERIFY(codes);
        m_secrets << child<QPlainTextEdit>(codes, "codesView")->toPlainText().split(QLatin1Char('\n'));
        m_chosenFile = QDir::home().filePath(QStringLiteral("Documents/my-backup-codes.txt"));
        QDir::home().mkpath(QStringLiteral("Documents"));
        codes->setSavePathForTesting(m_chosenFile);
        QTest::mouseClick(child<QPushButton>(codes, "saveButton"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(codes, "closeButton"), Qt::LeftButton);
        QTRY_VERIFY(!codes->isVisible());

        // With 2FA on, a session first; then new backup codes, copied (and cleared from the clipboard).
        bool signedIn = false;
        ada.twoFactorLogin(m_demo.vastTfaCode, this, [&signedIn](ApiResult<TwoFactorSession> r) { signedIn = r.ok(); });
        QTRY_VERIFY(signedIn);
        section.refresh();
        QTRY_VERIFY(child<QPushButton>(&section, "regenerateButton")->isEnabled());
        MessageBox::setNextAnswer(true);
        QTest::mouseClick(child<QPushButton>(&section, "regenerateButton"), Qt::LeftButton);
        TwoFactorDialog* prompt = nullptr;
        QTRY_VERIFY((prompt = visible<TwoFactorDialog>(&section)) && prompt != authorize);
        QTest::keyClicks(child<QLineEdit>(prompt, "codeEdit"), m_demo.vastTfaCode);
        QTest::mouseClick(child<QPushButton>(prompt, "verifyButton"), Qt::LeftButton);
        BackupCodesDialog* fresh = nullptr;
        QTRY_VERIFY((fresh = visible<BackupCodesDialog>(&section)) && fresh != codes);
        m_secrets << child<QPlainTextEdit>(fresh, "codesView")->toPlainText().split(QLatin1Char('\n'));
        QTest::mouseClick(child<QPushButton>(fresh, "copyButton"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(fresh, "closeButton"), Qt::LeftButton);
        clipboard.clearIfOurs();
        QCOMPARE(m_secrets.size(), 1 + 10 + 1 + 10 + 10);

        // The file the user chose has the first codes; nothing else has any secret.
        QFile chosen(m_chosenFile);
        QVERIFY(chosen.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(chosen.readAll()).contains(m_secrets.at(12)));
        QVERIFY(m_log.entries().size() >= 10);
        // The scanner finds what it looks for: a planted code in a file under HOME.
        const QString planted = QDir::home().filePath(QStringLiteral(".config/planted.txt"));
        QDir::home().mkpath(QStringLiteral(".config"));
        {
            QFile file(planted);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(m_secrets.last().toUtf8());
        }
        QVERIFY(leakOf(m_secrets.last(), places()).startsWith(QLatin1String("file")));
        QVERIFY(QFile::remove(planted));

        const Places scanned = places();
        for (const QString& secret : std::as_const(m_secrets)) {
            QVERIFY(!secret.isEmpty());
            const QString where = leakOf(secret, scanned);
            // Says where, never what: the failure message must not print the secret (docs/SECURITY.md).
            QVERIFY2(
                where.isEmpty(),
                qPrintable(QStringLiteral("a secret of %1 characters leaked into %2").arg(secret.size()).arg(where)));
        }
        KD_VERIFY_NO_PENDING_ANSWERS();
    }
};

QTEST_MAIN(tst_TwoFactorSecrets)
#include "tst_twofactorsecrets.moc"
