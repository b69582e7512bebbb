#include "MessageBoxChecks.h"
#include "SshKeysFixture.h"

#include "pages/sshkeys/AddSshKeyDialog.h"
#include "pages/sshkeys/GenerateSshKeyDialog.h"
#include "ssh/SshWorkers.h"
#include "widgets/MessageBox.h"

#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <algorithm>
#include <chrono>

namespace {

const QString kRegistered = QStringLiteral(
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDgfgTlxruOosTX4Zs9B86rNbrHxoIvHfV3pq701JICg ada@workstation");

QFileDevice::Permissions ownerGroupOther(const QString& path)
{
    return QFileInfo(path).permissions()
        & (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
           | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
           | QFileDevice::ExeOther);
}

} // namespace

class tst_SshKeyDialogs : public QObject
{
    Q_OBJECT

private:
    SshKeysFixture m_fx;
    QString m_privateKeyText; // a throwaway private key made by ssh-keygen for the refusal tests
    QString m_rsa2048Line;

    static void addDialects()
    {
        QTest::addColumn<QString>("dialect");
        QTest::newRow("vast") << QStringLiteral("vast");
        QTest::newRow("spheron") << QStringLiteral("spheron");
    }

    static void paste(QPlainTextEdit* edit, const QString& text)
    {
        QGuiApplication::clipboard()->setText(text);
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_V, Qt::ControlModifier);
    }

    template <typename T>
    static T* child(QWidget* parent, const char* name)
    {
        return parent->findChild<T*>(QString::fromLatin1(name));
    }

    /** Fills the generate dialog's passphrase twice and clicks Generate and Upload. */
    static void generate(GenerateSshKeyDialog& dialog, const QString& passphrase)
    {
        QTest::keyClicks(child<QLineEdit>(&dialog, "passphraseEdit"), passphrase);
        QTest::keyClicks(child<QLineEdit>(&dialog, "confirmEdit"), passphrase);
        QTest::mouseClick(child<QPushButton>(&dialog, "generateButton"), Qt::LeftButton);
    }

    /**
     * Makes the next key upload lose its answer: DropConnection stores the key and drops the connection before
     * answering; Stall never answers (nothing is stored), so the client times out.
     */
    void loseNextUploadAnswer(SandboxFault::Kind kind)
    {
        SandboxFault fault;
        fault.kind = kind;
        fault.method = "POST";
        fault.pattern = m_fx.createPath();
        fault.times = 1;
        m_fx.sandbox.setFault(fault);
    }

    /** How many keys with @p line's key data the server holds. */
    int registeredCount(const QString& line)
    {
        const auto keys = m_fx.listKeys();
        const PublicKey key = PublicKey::parse(line);
        return keys ? int(std::count_if(keys->cbegin(), keys->cend(),
                                        [&key](const SshKey& k) { return key.hasIdentityOf(k.publicKey); }))
                    : -1;
    }

private slots:
    void cleanupTestCase()
    {
        // A cancelled generation goes on in the thread pool and frees its key when it ends (KeyPairGenerator): wait
        // for it, so the process does not end with libssh's objects still in use (the LeakSanitizer report of
        // issue 21 point 16 came from exiting mid-generation).
        QVERIFY(SshWorkers::pool()->waitForDone(60000));
    }

    void initTestCase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k"));
        // ssh-keygen is installed (scripts/install-deps): missing or failing is a failure, not a skip, which ctest
        // would count as passed (tests/ssh/SshKeygen.h).
        QVERIFY2(SshKeysTest::sshKeygen({QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                                         QStringLiteral("-N"), QString(), QStringLiteral("-f"), path}),
                 "ssh-keygen is missing from PATH or failed to create a key");
        m_privateKeyText = QString::fromLatin1(SshKeysTest::readFile(path));
        const QString rsa = dir.filePath(QStringLiteral("rsa"));
        QVERIFY(SshKeysTest::sshKeygen({QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("rsa"),
                                        QStringLiteral("-b"), QStringLiteral("2048"), QStringLiteral("-N"), QString(),
                                        QStringLiteral("-f"), rsa}));
        m_rsa2048Line = QString::fromLatin1(SshKeysTest::readFile(rsa + QStringLiteral(".pub"))).trimmed();
    }

    void init()
    {
        QDir(SshKeysTest::sshDir()).removeRecursively();
        m_fx.sandbox.clearFaults();
    }

    void cleanup() { KD_VERIFY_NO_PENDING_ANSWERS(); }

    void refusesPastedPrivateKeyAndSendsNothing_data() { addDialects(); }
    void refusesPastedPrivateKeyAndSendsNothing()
    {
        QFETCH(QString, dialect);
        QVERIFY(m_fx.start(dialect));
        const int before = int(m_fx.listKeys()->size());
        AddSshKeyDialog dialog(m_fx.provider.get());
        dialog.setTeamId(m_fx.teamId());
        dialog.show();
        auto* edit = child<QPlainTextEdit>(&dialog, "keyEdit");
        paste(edit, m_privateKeyText);
        // The text is cleared from the form at once and the reason is shown.
        QVERIFY(edit->toPlainText().isEmpty());
        QVERIFY(child<QLabel>(&dialog, "validationLabel")->text().contains(QLatin1String("private key")));
        auto* add = child<QPushButton>(&dialog, "addKeyButton");
        QVERIFY(!add->isEnabled());
        QTest::mouseClick(add, Qt::LeftButton);
        QTest::qWait(200);
        QCOMPARE(int(m_fx.listKeys()->size()), before);
        QVERIFY(dialog.isVisible());
    }

    void handlesValidatorVerdicts_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<QString>("messageFragment");
        const QString ed = SshKeysTest::freshKeyLine(QStringLiteral("me@host"));
        const QString edBody = ed.section(QLatin1Char(' '), 0, 1);
        QTest::newRow("valid") << ed << true << QStringLiteral("valid public key");
        QTest::newRow("surrounding whitespace")
            << QStringLiteral("  \n") + ed + QStringLiteral("\n\n") << true << QStringLiteral("valid public key");
        QTest::newRow("two lines") << ed + QLatin1Char('\n') + ed << false << QString();
        QTest::newRow("options prefix") << QStringLiteral("from=\"10.0.0.1\" ") + ed << false << QString();
        QTest::newRow("dsa") << QStringLiteral("ssh-dss AAAAB3NzaC1kc3MAAACBAO me@old") << false
                             << QStringLiteral("DSA");
        QTest::newRow("unknown type") << QStringLiteral("ssh-foo AAAA me") << false << QString();
        QTest::newRow("trailing bytes") << QStringLiteral("ssh-ed25519 ")
                + QString::fromLatin1((QByteArray::fromBase64(edBody.section(QLatin1Char(' '), 1).toLatin1())
                                       + QByteArray("junk"))
                                          .toBase64())
                                        << false << QString();
        QTest::newRow("path instead of key") << QStringLiteral("~/.ssh/id_ed25519.pub") << false << QString();
        QTest::newRow("weak rsa is warned, not refused") << m_rsa2048Line << true << QStringLiteral("3072");
        QTest::newRow("duplicate of a registered key")
            << kRegistered.section(QLatin1Char(' '), 0, 1) + QStringLiteral(" other-comment") << false
            << QStringLiteral("already registered");
    }
    void handlesValidatorVerdicts()
    {
        QFETCH(QString, input);
        QFETCH(bool, enabled);
        QFETCH(QString, messageFragment);
        QVERIFY(m_fx.start(QStringLiteral("vast")));
        AddSshKeyDialog dialog(m_fx.provider.get());
        dialog.setRegisteredKeys(*m_fx.listKeys());
        dialog.show();
        paste(child<QPlainTextEdit>(&dialog, "keyEdit"), input);
        QCOMPARE(child<QPushButton>(&dialog, "addKeyButton")->isEnabled(), enabled);
        const QString message = child<QLabel>(&dialog, "validationLabel")->text();
        QVERIFY2(!message.isEmpty(), "every verdict is explained");
        if (!messageFragment.isEmpty())
            QVERIFY2(message.contains(messageFragment), qPrintable(message));
        const bool fingerprintShown
            = child<QLabel>(&dialog, "fingerprintLabel")->text().startsWith(QLatin1String("SHA256:"));
        QCOMPARE(fingerprintShown, dialog.currentKey().isValid());
    }

    void spheronRequiresAName()
    {
        QVERIFY(m_fx.start(QStringLiteral("spheron")));
        AddSshKeyDialog dialog(m_fx.provider.get());
        dialog.show();
        // No comment in the key, so no default name.
        paste(child<QPlainTextEdit>(&dialog, "keyEdit"),
              SshKeysTest::freshKeyLine(QStringLiteral("x")).section(QLatin1Char(' '), 0, 1));
        auto* add = child<QPushButton>(&dialog, "addKeyButton");
        QVERIFY(!add->isEnabled());
        QTest::keyClicks(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("build box"));
        QVERIFY(add->isEnabled());
    }

    void acceptsDroppedPubFileAndRefusesChosenPrivateKeyFile()
    {
        QVERIFY(m_fx.start(QStringLiteral("vast")));
        QTemporaryDir dir;
        const QString line = SshKeysTest::freshKeyLine(QStringLiteral("dropped@host"));
        const QString pubPath = dir.filePath(QStringLiteral("dropped.pub"));
        QVERIFY(SshKeysTest::writeFile(pubPath, line.toUtf8() + '\n'));
        const QString privatePath = dir.filePath(QStringLiteral("id_private"));
        QVERIFY(SshKeysTest::writeFile(privatePath, m_privateKeyText.toLatin1()));

        AddSshKeyDialog dialog(m_fx.provider.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* edit = child<QPlainTextEdit>(&dialog, "keyEdit");

        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(pubPath)});
        const QPoint at = edit->viewport()->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(edit->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(edit->viewport(), &drop);
        QCOMPARE(edit->toPlainText(), line);
        QVERIFY(child<QLabel>(&dialog, "fingerprintLabel")->text().contains(PublicKey::parse(line).fingerprint()));

        AddSshKeyDialog::setNextOpenFileName(privatePath);
        QTest::mouseClick(child<QPushButton>(&dialog, "browseButton"), Qt::LeftButton);
        QVERIFY(edit->toPlainText().isEmpty());
        QVERIFY(child<QLabel>(&dialog, "validationLabel")->text().contains(QLatin1String("private key")));
        QVERIFY(!child<QPushButton>(&dialog, "addKeyButton")->isEnabled());
    }

    void keepsTypedKeyWhenUploadFails()
    {
        QVERIFY(m_fx.start(QStringLiteral("spheron")));
        SandboxFault fault;
        fault.status = 500;
        fault.method = "POST";
        fault.pattern = m_fx.createPath();
        m_fx.sandbox.setFault(fault);
        AddSshKeyDialog dialog(m_fx.provider.get());
        dialog.setTeamId(m_fx.teamId());
        dialog.show();
        const QString line = SshKeysTest::freshKeyLine(QStringLiteral("kept@host"));
        paste(child<QPlainTextEdit>(&dialog, "keyEdit"), line);
        QTest::mouseClick(child<QPushButton>(&dialog, "addKeyButton"), Qt::LeftButton);
        auto* error = child<QLabel>(&dialog, "errorLabel");
        QTRY_VERIFY_WITH_TIMEOUT(!error->text().isEmpty(), 30000);
        QVERIFY(dialog.isVisible());
        QCOMPARE(child<QPlainTextEdit>(&dialog, "keyEdit")->toPlainText(), line);
        QCOMPARE(child<QLineEdit>(&dialog, "nameEdit")->text(), QStringLiteral("kept@host"));
        m_fx.sandbox.clearFaults();
        QTest::mouseClick(child<QPushButton>(&dialog, "addKeyButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 30000);
        QVERIFY(m_fx.isRegistered(line));
    }

    void lostAnswerWhenTheKeyWasAddedClosesWithoutSendingItTwice_data() { addDialects(); }
    void lostAnswerWhenTheKeyWasAddedClosesWithoutSendingItTwice()
    {
        // The sandbox stores the key, then drops the connection before the answer (tst_faultmatrix).
        QFETCH(QString, dialect);
        QVERIFY(m_fx.start(dialect));
        loseNextUploadAnswer(SandboxFault::Kind::DropConnection);
        QSignalSpy requests(&m_fx.sandbox, &SandboxServer::requestHandled);
        AddSshKeyDialog dialog(m_fx.provider.get());
        dialog.setTeamId(m_fx.teamId());
        QSignalSpy uploaded(&dialog, &AddSshKeyDialog::keyUploaded);
        dialog.show();
        const QString line = SshKeysTest::freshKeyLine(QStringLiteral("dropped@host"));
        paste(child<QPlainTextEdit>(&dialog, "keyEdit"), line);
        if (!m_fx.isVast())
            child<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("dropped"));
        QTest::mouseClick(child<QPushButton>(&dialog, "addKeyButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 30000);
        QCOMPARE(uploaded.count(), 1);
        QVERIFY(uploaded.first().at(0).value<SshKey>().publicKey.contains(line.section(u' ', 1, 1)));
        int posts = 0;
        for (const QList<QVariant>& request : std::as_const(requests))
            posts += request.at(0).toString() == QLatin1String("POST") ? 1 : 0;
        QCOMPARE(posts, 1);
        QCOMPARE(registeredCount(line), 1);
    }

    void lostAnswerWhenNothingWasAddedKeepsTheForm()
    {
        // A stalled request never reaches the dialect: nothing is stored, and the client times out.
        QVERIFY(m_fx.start(QStringLiteral("vast")));
        ApiTransport::Limits limits = m_fx.transport->limits();
        limits.inactivityTimeout = std::chrono::milliseconds(400);
        m_fx.transport->setLimits(limits);
        loseNextUploadAnswer(SandboxFault::Kind::Stall);
        AddSshKeyDialog dialog(m_fx.provider.get());
        dialog.show();
        const QString line = SshKeysTest::freshKeyLine(QStringLiteral("stalled@host"));
        paste(child<QPlainTextEdit>(&dialog, "keyEdit"), line);
        QTest::mouseClick(child<QPushButton>(&dialog, "addKeyButton"), Qt::LeftButton);
        auto* error = child<QLabel>(&dialog, "errorLabel");
        QTRY_VERIFY_WITH_TIMEOUT(!error->text().isEmpty(), 30000);
        QCOMPARE(error->text(),
                 QStringLiteral(
                     "No readable answer came back from the server, and the key was not added; you can try again."));
        QVERIFY(dialog.isVisible());
        QCOMPARE(child<QPlainTextEdit>(&dialog, "keyEdit")->toPlainText(), line);
        QCOMPARE(registeredCount(line), 0);
        QTest::mouseClick(child<QPushButton>(&dialog, "addKeyButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 30000);
        QCOMPARE(registeredCount(line), 1);
    }

    void generatedKeyWhoseUploadAnswerWasLostIsFoundNotRetried()
    {
        QVERIFY(m_fx.start(QStringLiteral("vast")));
        loseNextUploadAnswer(SandboxFault::Kind::DropConnection);
        GenerateSshKeyDialog dialog(m_fx.provider.get());
        QSignalSpy uploaded(&dialog, &GenerateSshKeyDialog::keyUploaded);
        dialog.show();
        generate(dialog, QStringLiteral("lost answer"));
        QTRY_COMPARE_WITH_TIMEOUT(dialog.stage(), GenerateSshKeyDialog::Stage::Done, 60000);
        QCOMPARE(uploaded.count(), 1);
        QCOMPARE(registeredCount(dialog.publicKeyLine()), 1);
    }

    void generatesWithModesAndUploads_data() { addDialects(); }
    void generatesWithModesAndUploads()
    {
        QFETCH(QString, dialect);
        QVERIFY(m_fx.start(dialect));
        GenerateSshKeyDialog dialog(m_fx.provider.get());
        dialog.setTeamId(m_fx.teamId());
        dialog.show();
        QCOMPARE(child<QLineEdit>(&dialog, "fileEdit")->text(), QStringLiteral("~/.ssh/id_ed25519"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "passphraseEdit"), QStringLiteral("correct horse battery"));
        // zxcvbn's rating, with the time a guess would take (ssh/PassphraseStrength).
        const QString strength = child<QLabel>(&dialog, "strengthLabel")->text();
        QVERIFY2(strength.contains(QLatin1String("fast offline attack would need")), qPrintable(strength));
        QVERIFY(!child<QPushButton>(&dialog, "generateButton")->isEnabled()); // not confirmed yet
        QTest::keyClicks(child<QLineEdit>(&dialog, "confirmEdit"), QStringLiteral("correct horse battery"));
        QTest::mouseClick(child<QPushButton>(&dialog, "generateButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.stage(), GenerateSshKeyDialog::Stage::Done, 30000);

        const QString dir = SshKeysTest::sshDir();
        const QString key = dir + QStringLiteral("/id_ed25519");
        QCOMPARE(ownerGroupOther(dir), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QCOMPARE(ownerGroupOther(key), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(ownerGroupOther(key + QStringLiteral(".pub")),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        // ssh-keygen decrypts the private key with the passphrase and derives the uploaded public key.
        const auto derived
            = SshKeysTest::sshKeygen({QStringLiteral("-y"), QStringLiteral("-P"),
                                      QStringLiteral("correct horse battery"), QStringLiteral("-f"), key});
        QVERIFY(derived);
        QVERIFY(PublicKey::parse(derived->trimmed()).sameKeyAs(PublicKey::parse(dialog.publicKeyLine())));
        QVERIFY(m_fx.isRegistered(dialog.publicKeyLine()));
    }

    void backsUpExistingPairOnlyAfterConfirmation()
    {
        QVERIFY(m_fx.start(QStringLiteral("vast")));
        const QString key = SshKeysTest::sshDir() + QStringLiteral("/id_ed25519");
        QVERIFY(SshKeysTest::writeFile(key, "old private\n"));
        QVERIFY(SshKeysTest::writeFile(key + QStringLiteral(".pub"), "old public\n"));

        GenerateSshKeyDialog dialog(m_fx.provider.get());
        dialog.show();
        child<QLineEdit>(&dialog, "fileEdit")->setText(QStringLiteral("~/.ssh/id_ed25519")); // not the free proposal
        MessageBox::setNextAnswer(false);
        generate(dialog, QString());
        QVERIFY(MessageBox::lastQuestionText().contains(QLatin1String("id_ed25519")));
        // Issue 18 item 22: the backup's own name, not "….backup_<time>" (four dots).
        QVERIFY2(MessageBox::lastQuestionText().contains(QStringLiteral("“id_ed25519.backup_<time>”")),
                 qPrintable(MessageBox::lastQuestionText()));
        QVERIFY(!MessageBox::lastQuestionText().contains(QStringLiteral("….")));
        QCOMPARE(dialog.stage(), GenerateSshKeyDialog::Stage::Form);
        QCOMPARE(SshKeysTest::readFile(key), QByteArray("old private\n"));
        QCOMPARE(QDir(SshKeysTest::sshDir()).entryList(QDir::Files).size(), 2);

        MessageBox::setNextAnswer(true);
        QTest::mouseClick(child<QPushButton>(&dialog, "generateButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.stage(), GenerateSshKeyDialog::Stage::Done, 30000);
        const auto backups = dialog.writeResult().backups;
        QCOMPARE(backups.size(), 2);
        for (const auto& backup : backups) {
            QVERIFY(QFileInfo(backup.to).fileName().contains(QLatin1String(".backup_")));
            QVERIFY(SshKeysTest::readFile(backup.to).startsWith("old "));
        }
        QVERIFY(SshKeysTest::readFile(key).startsWith("-----BEGIN OPENSSH PRIVATE KEY-----"));
    }

    void unwritableFolderReturnsToTheFormWithTheReason()
    {
        QVERIFY(m_fx.start(QStringLiteral("vast")));
        GenerateSshKeyDialog dialog(m_fx.provider.get());
        dialog.show();
        auto* file = child<QLineEdit>(&dialog, "fileEdit");
        file->setText(QStringLiteral("/nonexistent-keydeck-folder/sub/id_test"));
        generate(dialog, QStringLiteral("no folder"));
        QTRY_COMPARE_WITH_TIMEOUT(dialog.stage(), GenerateSshKeyDialog::Stage::Form, 30000);
        const QString error = child<QLabel>(&dialog, "errorLabel")->text();
        QVERIFY2(error.contains(QLatin1String("/nonexistent-keydeck-folder")), qPrintable(error));
        QVERIFY(dialog.publicKeyLine().isEmpty() || !m_fx.isRegistered(dialog.publicKeyLine()));
        // What was typed stays, for another try.
        QCOMPARE(file->text(), QStringLiteral("/nonexistent-keydeck-folder/sub/id_test"));
        QVERIFY(child<QLineEdit>(&dialog, "passphraseEdit")->isEnabled());
        // The passphrase too: wiping the string text() returned zeroed the edit's own (shared) buffer.
        QCOMPARE(child<QLineEdit>(&dialog, "passphraseEdit")->text(), QStringLiteral("no folder"));
        QCOMPARE(child<QLineEdit>(&dialog, "confirmEdit")->text(), QStringLiteral("no folder"));
    }

    void escapeDoesNotAbandonAKeyBeingGenerated()
    {
        QVERIFY(m_fx.start(QStringLiteral("vast")));
        GenerateSshKeyDialog dialog(m_fx.provider.get());
        dialog.show();
        QSignalSpy uploaded(&dialog, &GenerateSshKeyDialog::keyUploaded);
        generate(dialog, QStringLiteral("keep going"));
        QCOMPARE(dialog.stage(), GenerateSshKeyDialog::Stage::Generating);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(dialog.isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(dialog.stage(), GenerateSshKeyDialog::Stage::Done, 30000);
        QCOMPARE(uploaded.count(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(QFileInfo::exists(SshKeysTest::sshDir() + QStringLiteral("/id_ed25519")));
    }

    void uploadFailureKeepsFilesAndRetries_data() { addDialects(); }
    void uploadFailureKeepsFilesAndRetries()
    {
        QFETCH(QString, dialect);
        QVERIFY(m_fx.start(dialect));
        SandboxFault fault;
        fault.status = 503;
        fault.method = "POST";
        fault.pattern = m_fx.createPath();
        const int id = m_fx.sandbox.setFault(fault);
        GenerateSshKeyDialog dialog(m_fx.provider.get());
        dialog.setTeamId(m_fx.teamId());
        dialog.show();
        generate(dialog, QStringLiteral("retry me"));
        QTRY_COMPARE_WITH_TIMEOUT(dialog.stage(), GenerateSshKeyDialog::Stage::UploadFailed, 60000);
        auto* retry = child<QPushButton>(&dialog, "retryUploadButton");
        QVERIFY(retry->isVisible());
        QVERIFY(!child<QLabel>(&dialog, "errorLabel")->text().isEmpty());
        const QString key = SshKeysTest::sshDir() + QStringLiteral("/id_ed25519");
        QVERIFY(QFileInfo::exists(key));
        QVERIFY(QFileInfo::exists(key + QStringLiteral(".pub")));
        QVERIFY(!m_fx.isRegistered(dialog.publicKeyLine()));

        m_fx.sandbox.removeFault(id);
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.stage(), GenerateSshKeyDialog::Stage::Done, 30000);
        QVERIFY(m_fx.isRegistered(dialog.publicKeyLine()));
        // Retry uploaded the same key; no second pair was generated.
        QCOMPARE(QDir(SshKeysTest::sshDir()).entryList(QDir::Files).size(), 2);
    }
};

QTEST_MAIN(tst_SshKeyDialogs)
#include "tst_sshkeydialogs.moc"
