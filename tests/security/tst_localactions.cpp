#include "secrets/CredentialImporter.h"
#include "security/LocalActions.h"
#include "security/LocalChecks.h"

#include "LocalHome.h"
#include "SshKeygen.h"

#include <QDir>
#include <QPointer>
#include <QProcessEnvironment>
#include <QTest>

using Security::Check;
using Security::Finding;
using Security::LocalActions;
using Security::LocalChecks;

namespace {

const QByteArray kVastKey = "vast0123456789abcdef0123456789abcdef0123456789abcdef0123456789ab";
const QByteArray kSpheronKey = "sai_pk_sEXAMPLEsecret4ZPl0Gvw";
const QString kPassphrase = QStringLiteral("correct horse battery");

LocalChecks checksFor(const LocalHome& home)
{
    return LocalChecks(home.home(), QString());
}

QList<Finding> ofCheck(const QList<Finding>& findings, Check check)
{
    QList<Finding> out;
    for (const Finding& f : findings) {
        if (f.check == check)
            out << f;
    }
    return out;
}

/** `ssh-keygen -y -P passphrase -f key`: the public key line when the passphrase opens the key. */
SshKeygen::Result derivePublic(const QString& key, const QString& passphrase)
{
    return SshKeygen::run({QStringLiteral("-y"), QStringLiteral("-P"), passphrase, QStringLiteral("-f"), key});
}

/** "type base64" of a public key line (ssh-keygen -y adds the comment only for OpenSSH-format keys). */
QByteArray typeAndKey(const QByteArray& line)
{
    const QList<QByteArray> parts = line.trimmed().split(' ');
    return parts.size() < 2 ? QByteArray() : parts.at(0) + ' ' + parts.at(1);
}

QStringList backupsOf(const QString& path)
{
    const QFileInfo info(path);
    return QDir(info.absolutePath())
        .entryList({info.fileName() + QStringLiteral(".backup_*")}, QDir::Files | QDir::Hidden);
}

} // namespace

class tst_LocalActions : public QObject
{
    Q_OBJECT

private slots:
    void fixModeMakesTheSshFolderPrivate()
    {
        LocalHome home;
        QVERIFY(LocalHome::setMode(home.ssh(), 0755));
        const QList<Finding> found = checksFor(home).fileModes();
        QCOMPARE(found.size(), 1);
        const LocalActions::Result result = LocalActions::fixMode(found.first());
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(LocalHome::mode(home.ssh()), 0700);
        QVERIFY(checksFor(home).fileModes().isEmpty());
    }

    void fixModeMakesPrivateKeysOwnerOnly()
    {
        LocalHome home;
        const QString key = home.keygen(QStringLiteral("id_ed25519"), kPassphrase);
        QVERIFY(LocalHome::setMode(key, 0644));
        const QList<Finding> found = ofCheck(checksFor(home).fileModes(), Check::PrivateKeyMode);
        QCOMPARE(found.size(), 1);
        QVERIFY(LocalActions::fixMode(found.first()).ok);
        QCOMPARE(LocalHome::mode(key), 0600);
        QCOMPARE(LocalHome::mode(key + QStringLiteral(".pub")), 0644); // untouched
    }

    void fixModeTakesOnlyWriteFromPublicKeys()
    {
        LocalHome home;
        const QString key = home.keygen(QStringLiteral("id_ed25519"), kPassphrase);
        const QString pub = key + QStringLiteral(".pub");
        QVERIFY(LocalHome::setMode(pub, 0666));
        const QList<Finding> found = checksFor(home).fileModes();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().check, Check::PublicKeyMode);
        QVERIFY(LocalActions::fixMode(found.first()).ok);
        QCOMPARE(LocalHome::mode(pub), 0644);
        QVERIFY(LocalHome::setMode(pub, 0620));
        QVERIFY(LocalActions::fixMode(checksFor(home).fileModes().first()).ok);
        QCOMPARE(LocalHome::mode(pub), 0600);
    }

    void fixModeRefusesOtherFindings()
    {
        LocalHome home;
        const QString key = home.keygen(QStringLiteral("id_ed25519"), QString());
        QVERIFY(LocalHome::setMode(key, 0644));
        Finding finding = checksFor(home).unprotectedPrivateKeys().value(0);
        QCOMPARE(finding.check, Check::UnprotectedPrivateKey);
        const LocalActions::Result result = LocalActions::fixMode(finding);
        QVERIFY(!result.ok);
        QVERIFY(!result.error.isEmpty());
        QCOMPARE(LocalHome::mode(key), 0644);
    }

    void checksChangeNothing()
    {
        LocalHome home;
        QVERIFY(LocalHome::setMode(home.ssh(), 0755));
        const QString key = home.keygen(QStringLiteral("id_ed25519"), QString());
        QVERIFY(LocalHome::setMode(key, 0644));
        const QString bashrc = home.write(QStringLiteral(".bashrc"), "export VAST_API_KEY=" + kVastKey + "\n", 0644);
        const QByteArray keyBefore = LocalHome::read(key);
        QCOMPARE(checksFor(home).run().size(), 4);
        QCOMPARE(LocalHome::mode(home.ssh()), 0755);
        QCOMPARE(LocalHome::mode(key), 0644);
        QCOMPARE(LocalHome::read(key), keyBefore);
        QCOMPARE(LocalHome::read(bashrc), "export VAST_API_KEY=" + kVastKey + "\n");
        QCOMPARE(QDir(home.ssh()).entryList(QDir::Files).size(), 2);
    }

    void addPassphraseEncryptsTheKeyInPlace_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("mode");
        QTest::newRow("ed25519") << QStringLiteral("ed25519") << QString() << 0600;
        QTest::newRow("ed25519 readable by others") << QStringLiteral("ed25519") << QString() << 0644;
        QTest::newRow("rsa pem") << QStringLiteral("rsa") << QStringLiteral("PEM") << 0600;
        QTest::newRow("ecdsa") << QStringLiteral("ecdsa") << QString() << 0600;
    }

    void addPassphraseEncryptsTheKeyInPlace()
    {
        QFETCH(QString, type);
        QFETCH(QString, format);
        QFETCH(int, mode);
        LocalHome home;
        const QString key = home.keygen(QStringLiteral("id_test"), QString(), type, format);
        QVERIFY(!key.isEmpty());
        QVERIFY(LocalHome::setMode(key, mode));
        const QByteArray original = LocalHome::read(key);
        const QByteArray pub = LocalHome::read(key + QStringLiteral(".pub"));
        QCOMPARE(checksFor(home).unprotectedPrivateKeys().size(), 1);

        QObject context;
        std::optional<LocalActions::Result> done;
        LocalActions::addPassphrase(key, kPassphrase, &context, [&done](const LocalActions::Result& r) { done = r; });
        QVERIFY(!done); // never on the caller's thread
        QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 60000);
        QVERIFY2(done->ok, qPrintable(done->error));

        // The real ssh-keygen opens it with the passphrase only, and finds the same public key.
        const SshKeygen::Result withPass = derivePublic(key, kPassphrase);
        QCOMPARE(withPass.exitCode, 0);
        QCOMPARE(typeAndKey(withPass.out), typeAndKey(pub));
        QVERIFY(derivePublic(key, QString()).exitCode != 0);
        QCOMPARE(LocalHome::mode(key), 0600);
        QCOMPARE(LocalHome::read(key + QStringLiteral(".pub")), pub);
        // The old file is the backup, owner-only even when it was not.
        QCOMPARE(backupsOf(key).size(), 1);
        QCOMPARE(done->backupPath, QDir(home.ssh()).filePath(backupsOf(key).first()));
        QCOMPARE(LocalHome::read(done->backupPath), original);
        QCOMPARE(LocalHome::mode(done->backupPath), 0600);
        QCOMPARE(derivePublic(done->backupPath, QString()).exitCode, 0);
        // Fixed: the check no longer finds it, and the backup is not counted as a key.
        QVERIFY(checksFor(home).unprotectedPrivateKeys().isEmpty());
    }

    void addPassphraseExplainsAKeyLibsshCannotWrite()
    {
        // libssh 0.10 reads an RSA key in OpenSSH's format but cannot write it again: nothing may change then.
        LocalHome home;
        const QString key = home.keygen(QStringLiteral("id_rsa"), QString(), QStringLiteral("rsa"));
        const QByteArray original = LocalHome::read(key);
        QByteArray pass = kPassphrase.toUtf8();
        const LocalActions::Result result = LocalActions::addPassphraseNow(key, pass);
        if (result.ok) { // a later libssh can: then it must be right
            QCOMPARE(derivePublic(key, kPassphrase).exitCode, 0);
            return;
        }
        QVERIFY(result.error.contains(QStringLiteral("ssh-keygen -p -f ") + key));
        QCOMPARE(LocalHome::read(key), original);
        QVERIFY(backupsOf(key).isEmpty());
    }

    void addPassphraseRefusesAProtectedKey()
    {
        LocalHome home;
        const QString key = home.keygen(QStringLiteral("id_ed25519"), QStringLiteral("old"));
        const QByteArray original = LocalHome::read(key);
        QByteArray pass = kPassphrase.toUtf8();
        const LocalActions::Result result = LocalActions::addPassphraseNow(key, pass);
        QVERIFY(!result.ok);
        QVERIFY(!result.error.isEmpty());
        QVERIFY(pass.isEmpty()); // wiped even on failure
        QCOMPARE(LocalHome::read(key), original);
        QVERIFY(backupsOf(key).isEmpty());
    }

    void addPassphraseRefusesAnEmptyPassphraseAndNonKeys()
    {
        LocalHome home;
        const QString key = home.keygen(QStringLiteral("id_ed25519"), QString());
        const QByteArray original = LocalHome::read(key);
        QByteArray empty;
        QVERIFY(!LocalActions::addPassphraseNow(key, empty).ok);
        const QString notes = home.write(QStringLiteral(".ssh/notes"), "hello\n");
        QByteArray pass = kPassphrase.toUtf8();
        QVERIFY(!LocalActions::addPassphraseNow(notes, pass).ok);
        QCOMPARE(LocalHome::read(key), original);
        QVERIFY(backupsOf(key).isEmpty() && backupsOf(notes).isEmpty());
    }

    void addPassphraseRefusesALinkOrAFolderOthersMayChange()
    {
        LocalHome home;
        const QString key = home.keygen(QStringLiteral("id_ed25519"), QString());
        const QByteArray original = LocalHome::read(key);
        // A link: renaming it would leave the key it points to unprotected.
        const QString link = QDir(home.ssh()).filePath(QStringLiteral("id_link"));
        QVERIFY(QFile::link(key, link));
        QByteArray pass = kPassphrase.toUtf8();
        QVERIFY(!LocalActions::addPassphraseNow(link, pass).ok);
        // Whoever may change the folder could swap the new file (KeyFiles' rule).
        QVERIFY(LocalHome::setMode(home.ssh(), 0770));
        pass = kPassphrase.toUtf8();
        const LocalActions::Result result = LocalActions::addPassphraseNow(key, pass);
        QVERIFY(!result.ok);
        QVERIFY(result.error.contains(QStringLiteral("chmod 700")));
        QCOMPARE(LocalHome::read(key), original);
        QVERIFY(backupsOf(key).isEmpty() && backupsOf(link).isEmpty());
    }

    void addPassphraseKeepsEarlierBackups()
    {
        LocalHome home;
        const QString key = home.keygen(QStringLiteral("id_ed25519"), QString());
        const QString earlier = home.write(QStringLiteral(".ssh/id_ed25519.backup_1700000000"), "earlier");
        QByteArray pass = kPassphrase.toUtf8();
        const LocalActions::Result result = LocalActions::addPassphraseNow(key, pass, 1700000000);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.backupPath, earlier + QStringLiteral("-2"));
        QCOMPARE(LocalHome::read(earlier), QByteArray("earlier"));
    }

    void addPassphraseSkipsTheCallbackWhenTheContextIsGone()
    {
        LocalHome home;
        const QString key = home.keygen(QStringLiteral("id_ed25519"), QString());
        auto* context = new QObject;
        bool called = false;
        LocalActions::addPassphrase(key, kPassphrase, context,
                                    [&called](const LocalActions::Result&) { called = true; });
        delete context;
        // The work itself still finishes: the key ends up encrypted.
        QTRY_VERIFY_WITH_TIMEOUT(derivePublic(key, kPassphrase).exitCode == 0, 60000);
        QTest::qWait(50);
        QVERIFY(!called);
    }

    void readExportGivesTheValueForImport()
    {
        LocalHome home;
        const QString bashrc = home.write(QStringLiteral(".bashrc"),
                                          "alias ll='ls -l'\nexport VAST_API_KEY=\"" + kVastKey + "\"  # vast\n");
        const Finding finding = checksFor(home).plaintextKeyExports().value(0);
        QCOMPARE(LocalActions::exportFilePath(finding), bashrc);
        const auto line = LocalActions::readExport(bashrc, finding.line, finding.detail);
        QVERIFY(line);
        QCOMPARE(line->value, QString::fromLatin1(kVastKey));
        QCOMPARE(line->variable, QStringLiteral("VAST_API_KEY"));
        QCOMPARE(line->text, "export VAST_API_KEY=\"" + kVastKey + "\"  # vast");
        QVERIFY(!LocalActions::readExport(bashrc, 1, finding.detail));
        QVERIFY(!LocalActions::readExport(bashrc, finding.line, QStringLiteral("SPHERON_API_KEY")));
    }

    void commentOutExportCommentsTheLineAndKeepsABackup()
    {
        LocalHome home;
        const QByteArray original = "# my shell\r\nexport VAST_API_KEY=" + kVastKey + "\r\nalias ll='ls -l'\r\n";
        const QString zshrc = home.write(QStringLiteral(".zshrc"), original, 0640);
        const Finding finding = checksFor(home).plaintextKeyExports().value(0);
        QCOMPARE(finding.line, 2);
        const auto line = LocalActions::readExport(LocalActions::exportFilePath(finding), finding.line, finding.detail);
        QVERIFY(line);

        const LocalActions::Result result = LocalActions::commentOutExport(zshrc, finding.line, line->text, 1700000000);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.backupPath, zshrc + QStringLiteral(".backup_1700000000"));
        QCOMPARE(LocalHome::read(result.backupPath), original);
        QCOMPARE(LocalHome::mode(result.backupPath), 0640);
        QCOMPARE(LocalHome::mode(zshrc), 0640);
        QCOMPARE(LocalHome::read(zshrc),
                 "# my shell\r\n# removed by Keydeck: key moved to the keychain\r\n# export VAST_API_KEY=" + kVastKey
                     + "\r\nalias ll='ls -l'\r\n");
        QVERIFY(checksFor(home).plaintextKeyExports().isEmpty());
    }

    void commentOutExportRefusesAChangedLine()
    {
        LocalHome home;
        const QString bashrc = home.write(QStringLiteral(".bashrc"), "export VAST_API_KEY=" + kVastKey + "\n", 0644);
        const Finding finding = checksFor(home).plaintextKeyExports().value(0);
        const auto line = LocalActions::readExport(bashrc, finding.line, finding.detail);
        QVERIFY(line);
        const QByteArray changed = "echo hello\nexport VAST_API_KEY=" + kVastKey + "\n";
        home.write(QStringLiteral(".bashrc"), changed, 0644);

        const LocalActions::Result result = LocalActions::commentOutExport(bashrc, finding.line, line->text);
        QVERIFY(!result.ok);
        QVERIFY(result.error.contains(QStringLiteral("line 1")));
        QCOMPARE(LocalHome::read(bashrc), changed);
        QVERIFY(backupsOf(bashrc).isEmpty());
        QVERIFY(!LocalActions::commentOutExport(bashrc, 99, line->text).ok);
    }

    void commentOutExportChangesALinkedFileWhereItLives()
    {
        LocalHome home;
        const QString real = home.write(QStringLiteral("dotfiles/bashrc"), "export VAST_API_KEY=" + kVastKey + "\n");
        const QString link = home.path(QStringLiteral(".bashrc"));
        QVERIFY(QFile::link(real, link));
        const Finding finding = checksFor(home).plaintextKeyExports().value(0);
        QCOMPARE(finding.line, 1);
        const auto line = LocalActions::readExport(link, 1, finding.detail);
        QVERIFY(line);
        const LocalActions::Result result = LocalActions::commentOutExport(link, 1, line->text);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(QFileInfo(link).isSymLink());
        QVERIFY(LocalHome::read(real).contains("# export VAST_API_KEY="));
        QCOMPARE(QFileInfo(result.backupPath).absolutePath(), QFileInfo(real).absolutePath());
    }

    void plaintextKeyFilesAreImportedAndRemovedWithTheImporter()
    {
        LocalHome home;
        home.write(QStringLiteral(".spheron/api_key"), kSpheronKey + '\n');
        home.write(QStringLiteral(".config/vastai/vast_api_key"), kVastKey);
        const QList<Finding> found = checksFor(home).plaintextKeyFiles();
        QCOMPARE(found.size(), 2);
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path(QStringLiteral(".config")));
        const CredentialImporter importer(environment, home.home());
        for (const Finding& finding : found) {
            const std::optional<ImportCandidate> candidate = importer.readPlaintextFile(finding.subjectId);
            QVERIFY(candidate);
            QCOMPARE(Providers::id(candidate->provider), finding.detail);
            QCOMPARE(candidate->key.toLatin1(), finding.detail == u"vast" ? kVastKey : kSpheronKey);
            QString error;
            QVERIFY2(importer.removePlaintextFile(*candidate, &error), qPrintable(error));
            QVERIFY(!QFile::exists(finding.subjectId));
        }
        QVERIFY(checksFor(home).plaintextKeyFiles().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_LocalActions)
#include "tst_localactions.moc"
