#include "security/LocalChecks.h"

#include "LocalHome.h"
#include "SshKeygen.h"

#include <QTest>

using Security::Check;
using Security::Finding;
using Security::LocalChecks;

namespace {

const QByteArray kVastKey = "vast0123456789abcdef0123456789abcdef0123456789abcdef0123456789ab";
const QByteArray kSpheronKey = "sai_pk_sEXAMPLEsecret4ZPl0Gvw";

QList<Finding> ofCheck(const QList<Finding>& findings, Check check)
{
    QList<Finding> out;
    for (const Finding& f : findings) {
        if (f.check == check)
            out << f;
    }
    return out;
}

LocalChecks checksFor(const LocalHome& home)
{
    return LocalChecks(home.home(), QString());
}

/** `ssh-keygen -l -f`'s SHA256 fingerprint. */
QString keygenFingerprint(const QString& path)
{
    return SshKeygen::fingerprintLine(path).section(u' ', 1, 1);
}

} // namespace

class tst_LocalChecks : public QObject
{
    Q_OBJECT

private slots:
    void sshFolderOpenToOthersIsFound()
    {
        LocalHome home;
        QVERIFY(LocalHome::setMode(home.ssh(), 0755));
        const QList<Finding> found = ofCheck(checksFor(home).fileModes(), Check::SshDirectoryMode);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().subjectId, home.ssh());
        QCOMPARE(found.first().detail, QStringLiteral("0755"));
        QCOMPARE(found.first().action, Security::Action::FixMode);
        QVERIFY(found.first().accountId.isEmpty());
    }

    void privateSshFolderIsNoFinding()
    {
        LocalHome home;
        QCOMPARE(LocalHome::mode(home.ssh()), 0700);
        QVERIFY(ofCheck(checksFor(home).fileModes(), Check::SshDirectoryMode).isEmpty());
    }

    void noSshFolderIsNoFinding()
    {
        LocalHome home;
        QVERIFY(QDir(home.ssh()).removeRecursively());
        QVERIFY(checksFor(home).run().isEmpty());
    }

    void privateKeyReadableByOthersIsFound()
    {
        LocalHome home;
        const QString key = home.keygen(QStringLiteral("id_ed25519"), QStringLiteral("pass"));
        QVERIFY(!key.isEmpty());
        QVERIFY(LocalHome::setMode(key, 0640));
        const QList<Finding> found = ofCheck(checksFor(home).fileModes(), Check::PrivateKeyMode);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().subjectId, key);
        QCOMPARE(found.first().detail, QStringLiteral("0640"));
        QCOMPARE(found.first().fingerprint, keygenFingerprint(key));
    }

    void ownerOnlyPrivateKeyIsNoFinding()
    {
        LocalHome home;
        const QString key = home.keygen(QStringLiteral("id_ed25519"), QStringLiteral("pass"));
        QVERIFY(!key.isEmpty());
        QCOMPARE(LocalHome::mode(key), 0600);
        QVERIFY(ofCheck(checksFor(home).fileModes(), Check::PrivateKeyMode).isEmpty());
        QVERIFY(LocalHome::setMode(key, 0400));
        QVERIFY(ofCheck(checksFor(home).fileModes(), Check::PrivateKeyMode).isEmpty());
    }

    void publicKeyWritableByOthersIsFound()
    {
        LocalHome home;
        const QString key = home.keygen(QStringLiteral("id_ed25519"), QStringLiteral("pass"));
        QVERIFY(LocalHome::setMode(key + QStringLiteral(".pub"), 0664));
        const QList<Finding> found = ofCheck(checksFor(home).fileModes(), Check::PublicKeyMode);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().subjectId, key + QStringLiteral(".pub"));
        QCOMPARE(found.first().detail, QStringLiteral("0664"));
        QCOMPARE(found.first().fingerprint, keygenFingerprint(key));
    }

    void publicKeyReadableByOthersIsNoFinding()
    {
        LocalHome home;
        const QString key = home.keygen(QStringLiteral("id_ed25519"), QStringLiteral("pass"));
        QCOMPARE(LocalHome::mode(key + QStringLiteral(".pub")), 0644);
        QVERIFY(checksFor(home).fileModes().isEmpty());
    }

    void keyWithoutPassphraseIsFound_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("format");
        QTest::newRow("ed25519 openssh") << QStringLiteral("ed25519") << QString();
        QTest::newRow("rsa openssh") << QStringLiteral("rsa") << QString();
        QTest::newRow("rsa pem") << QStringLiteral("rsa") << QStringLiteral("PEM");
        QTest::newRow("ecdsa pkcs8") << QStringLiteral("ecdsa") << QStringLiteral("PKCS8");
    }

    void keyWithoutPassphraseIsFound()
    {
        QFETCH(QString, type);
        QFETCH(QString, format);
        LocalHome home;
        const QString key = home.keygen(QStringLiteral("id_test"), QString(), type, format);
        QVERIFY(!key.isEmpty());
        const QList<Finding> found = checksFor(home).unprotectedPrivateKeys();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().check, Check::UnprotectedPrivateKey);
        QCOMPARE(found.first().action, Security::Action::AddPassphrase);
        QCOMPARE(found.first().subjectId, key);
        QCOMPARE(found.first().fingerprint, keygenFingerprint(key));
    }

    void keyWithPassphraseIsNoFinding_data() { keyWithoutPassphraseIsFound_data(); }

    void keyWithPassphraseIsNoFinding()
    {
        QFETCH(QString, type);
        QFETCH(QString, format);
        LocalHome home;
        QVERIFY(!home.keygen(QStringLiteral("id_test"), QStringLiteral("correct horse"), type, format).isEmpty());
        QVERIFY(checksFor(home).unprotectedPrivateKeys().isEmpty());
    }

    void privateKeyWithoutItsPublicKeyIsFoundByItsHeader()
    {
        LocalHome home;
        const QString key = home.keygen(QStringLiteral("deploy"), QString());
        QVERIFY(QFile::remove(key + QStringLiteral(".pub")));
        QVERIFY(LocalHome::setMode(key, 0644));
        const LocalChecks checks = checksFor(home);
        QCOMPARE(checks.privateKeyPaths(), QStringList {key});
        const QList<Finding> unprotected = checks.unprotectedPrivateKeys();
        QCOMPARE(unprotected.size(), 1);
        QVERIFY(unprotected.first().fingerprint.isEmpty()); // no .pub to read it from
        QCOMPARE(ofCheck(checks.fileModes(), Check::PrivateKeyMode).size(), 1);
    }

    void otherFilesInSshFolderAreNotKeys()
    {
        LocalHome home;
        const QString key = home.keygen(QStringLiteral("id_ed25519"), QString());
        const QByteArray keyText = LocalHome::read(key);
        // Open to others, and a private key's text in some of them: none of these is a key Keydeck checks.
        home.write(QStringLiteral(".ssh/known_hosts"), "host ssh-ed25519 AAAA\n", 0644);
        home.write(QStringLiteral(".ssh/config"), "Host *\n", 0644);
        home.write(QStringLiteral(".ssh/authorized_keys"), "ssh-ed25519 AAAA\n", 0644);
        home.write(QStringLiteral(".ssh/id_ed25519.backup_1700000000"), keyText, 0644);
        home.write(QStringLiteral(".ssh/notes.txt"), "not a key\n", 0644);
        QCOMPARE(checksFor(home).privateKeyPaths(), QStringList {key});
    }

    void vastCliKeyFilesAreFound()
    {
        LocalHome home;
        const QString cli = home.write(QStringLiteral(".config/vastai/vast_api_key"), kVastKey, 0644);
        const QString legacy = home.write(QStringLiteral(".vast_api_key"), kVastKey + '\n', 0600);
        const QList<Finding> found = checksFor(home).plaintextKeyFiles();
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0).subjectId, cli);
        QCOMPARE(found.at(0).severity, Security::Severity::High); // readable by others
        QCOMPARE(found.at(0).detail, QStringLiteral("vast"));
        QCOMPARE(found.at(0).action, Security::Action::ImportAndRemove);
        QCOMPARE(found.at(1).subjectId, legacy);
        QCOMPARE(found.at(1).severity, Security::Severity::Medium);
    }

    void vastCliKeyFileFollowsXdgConfigHome()
    {
        LocalHome home;
        const QString moved = home.write(QStringLiteral("cfg/vastai/vast_api_key"), kVastKey);
        home.write(QStringLiteral(".config/vastai/vast_api_key"), kVastKey);
        const QList<Finding> found = LocalChecks(home.home(), home.path(QStringLiteral("cfg"))).plaintextKeyFiles();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().subjectId, moved);
    }

    void spheronKeyFileIsFound()
    {
        LocalHome home;
        const QString file = home.write(QStringLiteral(".spheron/api_key"), kSpheronKey + '\n');
        const QList<Finding> found = checksFor(home).plaintextKeyFiles();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().subjectId, file);
        QCOMPARE(found.first().detail, QStringLiteral("spheron"));
    }

    void emptyKeyFilesAreNoFinding()
    {
        LocalHome home;
        home.write(QStringLiteral(".config/vastai/vast_api_key"), "  \n");
        home.write(QStringLiteral(".spheron/api_key"), QByteArray());
        QDir().mkpath(home.path(QStringLiteral(".vast_api_key"))); // a folder, not a key file
        QVERIFY(checksFor(home).plaintextKeyFiles().isEmpty());
    }

    void exportLinesAreFound_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("variable");
        const QByteArray k = kVastKey;
        QTest::newRow("bash export") << QStringLiteral(".bashrc") << "# keys\nexport VAST_API_KEY=" + k + "\n"
                                     << 2 << QStringLiteral("VAST_API_KEY");
        QTest::newRow("double quotes") << QStringLiteral(".zshrc") << "export VAST_API_KEY=\"" + k + "\" # mine\n"
                                       << 1 << QStringLiteral("VAST_API_KEY");
        QTest::newRow("single quotes") << QStringLiteral(".profile")
                                       << "  export  SPHERON_API_KEY='" + kSpheronKey + "'\n"
                                       << 1 << QStringLiteral("SPHERON_API_KEY");
        QTest::newRow("assign then export") << QStringLiteral(".bash_profile")
                                            << "alias ll='ls -l'\nVAST_API_KEY=" + k + "\nfoo=1\nexport VAST_API_KEY\n"
                                            << 2 << QStringLiteral("VAST_API_KEY");
        QTest::newRow("assign; export") << QStringLiteral(".bash_login")
                                        << "VAST_API_KEY=" + k + "; export VAST_API_KEY\n"
                                        << 1 << QStringLiteral("VAST_API_KEY");
        QTest::newRow("declare -x") << QStringLiteral(".zprofile") << "\n\ndeclare -x VAST_API_KEY=" + k + "\n"
                                    << 3 << QStringLiteral("VAST_API_KEY");
        QTest::newRow("zshenv") << QStringLiteral(".zshenv")
                                << "export PATH=$PATH:~/bin SPHERON_API_KEY=" + kSpheronKey + "\n"
                                << 1 << QStringLiteral("SPHERON_API_KEY");
        QTest::newRow("fish set -gx") << QStringLiteral(".config/fish/config.fish")
                                      << "set -gx VAST_API_KEY " + k + "\n"
                                      << 1 << QStringLiteral("VAST_API_KEY");
        const QByteArray fishBlock = "if status is-interactive\n  set -Ux SPHERON_API_KEY '" + kSpheronKey + "'\nend\n";
        QTest::newRow("fish set -Ux") << QStringLiteral(".config/fish/config.fish") << fishBlock << 2
                                      << QStringLiteral("SPHERON_API_KEY");
        QTest::newRow("fish set -x") << QStringLiteral(".config/fish/config.fish")
                                     << "set -x VAST_API_KEY \"" + k + "\"\n"
                                     << 1 << QStringLiteral("VAST_API_KEY");
        QTest::newRow("fish export") << QStringLiteral(".config/fish/config.fish") << "export VAST_API_KEY=" + k + "\n"
                                     << 1 << QStringLiteral("VAST_API_KEY");
    }

    void exportLinesAreFound()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(QString, variable);
        LocalHome home;
        const QString path = home.write(file, text, 0644);
        const QList<Finding> found = checksFor(home).plaintextKeyExports();
        QCOMPARE(found.size(), 1);
        const Finding& f = found.first();
        QCOMPARE(f.check, Check::PlaintextKeyExport);
        QCOMPARE(f.action, Security::Action::ImportAndRemove);
        QCOMPARE(f.subject, path);
        QCOMPARE(f.subjectId, path + u'#' + variable);
        QCOMPARE(f.line, line);
        QCOMPARE(f.detail, variable);
    }

    void exportsWithoutAPlaintextKeyAreNoFinding_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("text");
        const QByteArray k = kVastKey;
        QTest::newRow("commented") << QStringLiteral(".bashrc")
                                   << "# export VAST_API_KEY=" + k + "\n  #export VAST_API_KEY=" + k;
        QTest::newRow("after a comment") << QStringLiteral(".bashrc") << "cd ~ # then; export VAST_API_KEY=" + k + "\n";
        QTest::newRow("pass") << QStringLiteral(".bashrc")
                              << QByteArray("export VAST_API_KEY=\"$(pass show vast/api)\"\n");
        QTest::newRow("pass unquoted") << QStringLiteral(".zshrc")
                                       << QByteArray("export VAST_API_KEY=$(pass show vast/api)\n");
        QTest::newRow("backticks") << QStringLiteral(".profile") << QByteArray("export VAST_API_KEY=`cat ~/.secret`\n");
        QTest::newRow("variable") << QStringLiteral(".bashrc") << QByteArray("export VAST_API_KEY=$OTHER\n");
        QTest::newRow("braced variable") << QStringLiteral(".bashrc")
                                         << QByteArray("export SPHERON_API_KEY=\"${OTHER}\"\n");
        QTest::newRow("empty") << QStringLiteral(".bashrc")
                               << QByteArray("export VAST_API_KEY=\nexport SPHERON_API_KEY=''\n");
        QTest::newRow("not exported") << QStringLiteral(".bashrc") << "VAST_API_KEY=" + k + "\n";
        QTest::newRow("one command's environment")
            << QStringLiteral(".bashrc") << "VAST_API_KEY=" + k + " vastai show user\n";
        QTest::newRow("other variable") << QStringLiteral(".bashrc") << "export MY_VAST_API_KEY=" + k + "\n";
        QTest::newRow("in a string") << QStringLiteral(".bashrc") << "echo 'export VAST_API_KEY=" + k + "'\n";
        QTest::newRow("fish substitution")
            << QStringLiteral(".config/fish/config.fish") << QByteArray("set -gx VAST_API_KEY (pass show vast/api)\n");
        QTest::newRow("fish variable") << QStringLiteral(".config/fish/config.fish")
                                       << QByteArray("set -gx VAST_API_KEY $OTHER\n");
        QTest::newRow("fish not exported")
            << QStringLiteral(".config/fish/config.fish") << "set -g VAST_API_KEY " + k + "\n";
        QTest::newRow("fish commented") << QStringLiteral(".config/fish/config.fish")
                                        << "# set -gx VAST_API_KEY " + k + "\n";
        QTest::newRow("not a start-up file")
            << QStringLiteral(".bashrc.d/keys.sh") << "export VAST_API_KEY=" + k + "\n";
    }

    void exportsWithoutAPlaintextKeyAreNoFinding()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, text);
        LocalHome home;
        QVERIFY(!home.write(file, text, 0644).isEmpty());
        QVERIFY(checksFor(home).plaintextKeyExports().isEmpty());
    }

    void eachExportInAFileIsItsOwnFinding()
    {
        LocalHome home;
        home.write(QStringLiteral(".bashrc"),
                   "export VAST_API_KEY=" + kVastKey + "\nexport SPHERON_API_KEY=" + kSpheronKey + "\n");
        const QList<Finding> found = checksFor(home).plaintextKeyExports();
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0).line, 1);
        QCOMPARE(found.at(1).line, 2);
        QVERIFY(found.at(0).identity() != found.at(1).identity());
    }

    void noFindingCarriesASecret()
    {
        LocalHome home;
        QVERIFY(LocalHome::setMode(home.ssh(), 0755));
        const QString key = home.keygen(QStringLiteral("id_ed25519"), QString());
        QVERIFY(LocalHome::setMode(key, 0644));
        QVERIFY(LocalHome::setMode(key + QStringLiteral(".pub"), 0666));
        home.write(QStringLiteral(".config/vastai/vast_api_key"), kVastKey);
        home.write(QStringLiteral(".vast_api_key"), kVastKey);
        home.write(QStringLiteral(".spheron/api_key"), kSpheronKey);
        home.write(QStringLiteral(".bashrc"), "export VAST_API_KEY=" + kVastKey + "\n");
        home.write(QStringLiteral(".config/fish/config.fish"), "set -gx SPHERON_API_KEY " + kSpheronKey + "\n");

        const QList<Finding> found = checksFor(home).run();
        for (const Check check : {Check::SshDirectoryMode, Check::PrivateKeyMode, Check::PublicKeyMode,
                                  Check::UnprotectedPrivateKey, Check::PlaintextKeyFile, Check::PlaintextKeyExport})
            QVERIFY2(!ofCheck(found, check).isEmpty(), qPrintable(QString::number(int(check))));
        QCOMPARE(ofCheck(found, Check::PlaintextKeyFile).size(), 3);
        QCOMPARE(ofCheck(found, Check::PlaintextKeyExport).size(), 2);

        // The secrets, and a telling piece of each (the private key's base64 body).
        const QByteArray privateBody = LocalHome::read(key).split('\n').value(1);
        QVERIFY(privateBody.size() > 20);
        const QList<QByteArray> secrets {kVastKey, kSpheronKey, privateBody, kVastKey.left(16), kSpheronKey.mid(7)};
        for (const Finding& f : found) {
            const QStringList fields {f.accountId, f.teamId,      f.teamName, f.subject,
                                      f.subjectId, f.fingerprint, f.detail,   f.identity()};
            for (const QString& field : fields) {
                for (const QByteArray& secret : secrets)
                    QVERIFY2(!field.contains(QString::fromLatin1(secret)), qPrintable(field));
            }
        }
    }
};

QTEST_GUILESS_MAIN(tst_LocalChecks)
#include "tst_localchecks.moc"
