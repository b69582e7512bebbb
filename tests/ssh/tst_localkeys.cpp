#include "ssh/KeyFiles.h"
#include "ssh/LocalKeys.h"

#include "SshKeygen.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

bool writeText(const QString& path, const QByteArray& data)
{
    QFile::remove(path);
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

} // namespace

class tst_LocalKeys : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!SshKeygen::program().isEmpty(), "ssh-keygen (openssh-client) is required");
        QVERIFY(QDir::homePath().contains(QLatin1String("keydeck-test")));
    }

    void listsEveryPubFileWithItsErrors()
    {
        QTemporaryDir dir;
        const QString d = dir.path();
        QVERIFY(!SshKeygen::generate(d, QStringLiteral("id_ed25519"), QStringLiteral("ed25519"), 0,
                                     QStringLiteral("laptop"))
                     .isEmpty());
        QVERIFY(!SshKeygen::generate(d, QStringLiteral("id_rsa"), QStringLiteral("rsa"), 2048, QStringLiteral("old"))
                     .isEmpty());
        QVERIFY(QFile::remove(d + QStringLiteral("/id_rsa"))); // public half only
        QVERIFY(writeText(d + QStringLiteral("/garbage.pub"), "not a key\n"));
        QVERIFY(writeText(d + QStringLiteral("/empty.pub"), ""));
        QVERIFY(writeText(d + QStringLiteral("/oops.pub"), SshKeygen::readFile(d + QStringLiteral("/id_ed25519"))));
        QVERIFY(writeText(d + QStringLiteral("/huge.pub"), QByteArray(LocalKeys::MaxFileSize + 1, 'A')));
        QVERIFY(QFile::link(d + QStringLiteral("/missing-target"), d + QStringLiteral("/dangling.pub")));
        QVERIFY(writeText(d + QStringLiteral("/config"), "Host *\n")); // not *.pub: ignored

        const QList<LocalKey> keys = LocalKeys::scan({d});
        QStringList names;
        for (const LocalKey& k : keys)
            names << QFileInfo(k.path).fileName();
        QCOMPARE(
            names,
            QStringList({QStringLiteral("dangling.pub"), QStringLiteral("empty.pub"), QStringLiteral("garbage.pub"),
                         QStringLiteral("huge.pub"), QStringLiteral("id_ed25519.pub"), QStringLiteral("id_rsa.pub"),
                         QStringLiteral("oops.pub")}));
        const auto byName = [&](const char* n) {
            for (const LocalKey& k : keys) {
                if (QFileInfo(k.path).fileName() == QLatin1String(n))
                    return k;
            }
            return LocalKey();
        };

        const LocalKey ed = byName("id_ed25519.pub");
        QVERIFY(ed.isValid());
        QVERIFY(ed.errorMessage().isEmpty());
        QVERIFY(ed.hasPrivateKey);
        QCOMPARE(ed.key.comment(), QStringLiteral("laptop"));
        QVERIFY(ed.modified.isValid());
        QCOMPARE(ed.modified, QFileInfo(ed.path).lastModified());
        QCOMPARE(SshKeygen::fingerprintLine(ed.path),
                 QStringLiteral("256 %1 laptop (ED25519)").arg(ed.key.fingerprint()));

        const LocalKey rsa = byName("id_rsa.pub");
        QVERIFY(rsa.isValid());
        QVERIFY(!rsa.hasPrivateKey);
        QCOMPARE(rsa.key.bits(), 2048);
        QCOMPARE(rsa.key.warnings().size(), 1);

        QCOMPARE(byName("garbage.pub").key.status(), PublicKey::Status::UnknownType);
        QCOMPARE(byName("empty.pub").key.status(), PublicKey::Status::Empty);
        QCOMPARE(byName("oops.pub").key.status(), PublicKey::Status::PrivateKey);
        for (const char* n : {"garbage.pub", "empty.pub", "oops.pub", "huge.pub", "dangling.pub"}) {
            const LocalKey k = byName(n);
            QVERIFY2(!k.isValid(), n);
            QVERIFY2(!k.errorMessage().isEmpty(), n);
        }
        QVERIFY(!byName("huge.pub").readError.isEmpty());
        QVERIFY(!byName("dangling.pub").readError.isEmpty());
    }

    void reportsUnreadableFiles()
    {
        // Root reads whatever the mode says: as root (CI) the read runs in a child that has dropped to "nobody",
        // the file's owner, under /tmp, which that child can reach.
        QTemporaryDir dir(QStringLiteral("/tmp/keydeck-unreadable-XXXXXX"));
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("locked.pub"));
        QVERIFY(writeText(path, "ssh-ed25519 AAAA\n"));
        const bool root = ::geteuid() == 0;
        if (root) {
            for (const QString& owned : {dir.path(), path})
                QCOMPARE(::chown(QFile::encodeName(owned).constData(), TestSupport::UnprivilegedId,
                                 TestSupport::UnprivilegedId),
                         0);
        }
        QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
        const auto read = [&] {
            const LocalKey k = LocalKeys::read(path);
            return k.isValid() ? 1 : k.readError.isEmpty() ? 2 : 0; // 0: unreadable, with a message
        };
        QCOMPARE(root ? TestSupport::runUnprivileged(read) : read(), 0);
    }

    void scansHomeSshByDefaultAndSeveralFolders()
    {
        QTemporaryDir other;
        QVERIFY(!SshKeygen::generate(other.path(), QStringLiteral("work"), QStringLiteral("ed25519"), 0,
                                     QStringLiteral("work"))
                     .isEmpty());
        const QString home = KeyFiles::defaultDirectory();
        QDir(home).removeRecursively();
        QVERIFY(LocalKeys::scan().isEmpty()); // a missing ~/.ssh is not an error
        QVERIFY(QDir().mkpath(home));
        QVERIFY(!SshKeygen::generate(home, QStringLiteral("id_ed25519"), QStringLiteral("ed25519"), 0,
                                     QStringLiteral("home"))
                     .isEmpty());
        const QList<LocalKey> defaults = LocalKeys::scan();
        QCOMPARE(defaults.size(), 1);
        QCOMPARE(defaults.at(0).key.comment(), QStringLiteral("home"));
        const QList<LocalKey> both = LocalKeys::scan({home, other.path(), home});
        QCOMPARE(both.size(), 2); // duplicates removed
        QVERIFY(!both.at(0).key.sameKeyAs(both.at(1).key));
        QDir(home).removeRecursively();
    }
};

QTEST_GUILESS_MAIN(tst_LocalKeys)
#include "tst_localkeys.moc"
