#include "ssh/KeyFiles.h"
#include "ssh/KeyPairGenerator.h"

#include "SshKeygen.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

/** The permission bits as `stat` reports them (QFileInfo maps them to Qt's flags; we want the exact mode). */
int modeOf(const QString& path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return static_cast<int>(st.st_mode & 07777);
}

QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

bool writeText(const QString& path, const QByteArray& data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::NewOnly) && f.write(data) == data.size();
}

/** Sets the umask for one scope. */
class UmaskGuard
{
public:
    explicit UmaskGuard(mode_t mask)
        : m_old(::umask(mask))
    { }
    ~UmaskGuard() { ::umask(m_old); }

private:
    mode_t m_old;
};

/** Caps the size of files this process may write for one scope (writes beyond fail with EFBIG, even for root). */
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        ::signal(SIGXFSZ, SIG_IGN);
        ::getrlimit(RLIMIT_FSIZE, &m_old);
        rlimit lim = m_old;
        lim.rlim_cur = bytes;
        ::setrlimit(RLIMIT_FSIZE, &lim);
    }
    ~FileSizeLimit() { ::setrlimit(RLIMIT_FSIZE, &m_old); }

private:
    rlimit m_old {};
};

} // namespace

class tst_KeyFiles : public QObject
{
    Q_OBJECT

private:
    KeyPair m_pair;
    QByteArray m_pem; // a test-only copy of the throwaway private key, to compare file contents

private slots:
    void freeNameNeverNamesAnExistingPair()
    {
        // Issue 18 item 6: a proposed name never belongs to another key (nothing would be moved aside).
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QCOMPARE(KeyFiles::freeName(dir.path(), QStringLiteral("Laptop")), QStringLiteral("id_ed25519"));
        const auto touch = [&dir](const QString& name) {
            QFile file(dir.filePath(name));
            return file.open(QIODevice::WriteOnly);
        };
        QVERIFY(touch(QStringLiteral("id_ed25519.pub"))); // half a pair is taken too
        QCOMPARE(KeyFiles::freeName(dir.path(), QStringLiteral("My Laptop (old)")),
                 QStringLiteral("id_ed25519_my_laptop_old"));
        QVERIFY(touch(QStringLiteral("id_ed25519_my_laptop_old")));
        QCOMPARE(KeyFiles::freeName(dir.path(), QStringLiteral("My Laptop (old)")), QStringLiteral("id_ed25519_2"));
        QCOMPARE(KeyFiles::freeName(dir.path(), QStringLiteral("../..")), QStringLiteral("id_ed25519_2"));
        QVERIFY(touch(QStringLiteral("id_ed25519_2")));
        QCOMPARE(KeyFiles::freeName(dir.path()), QStringLiteral("id_ed25519_3"));
    }

    void initTestCase()
    {
        QVERIFY2(!SshKeygen::program().isEmpty(), "ssh-keygen (openssh-client) is required");
        // Every test runs with a throwaway HOME (tests/support/isolated-home.sh); never touch a real ~/.ssh.
        QVERIFY(QDir::homePath().contains(QLatin1String("keydeck-test")));
        m_pair = KeyPairGenerator::generate(QStringLiteral("files@keydeck"), QStringLiteral("pw for files"));
        QVERIFY(m_pair.isValid());
        m_pem = QByteArray(m_pair.privateKeyPem().constData(), m_pair.privateKeyPem().size());
    }

    void writesIntoANewSshDirectoryWithOpenSshModes_data()
    {
        QTest::addColumn<int>("umask");
        QTest::newRow("umask 022") << 022;
        QTest::newRow("umask 000") << 0;
        QTest::newRow("umask 077") << 077;
    }

    void writesIntoANewSshDirectoryWithOpenSshModes()
    {
        QFETCH(int, umask);
        const UmaskGuard guard(static_cast<mode_t>(umask));
        QTemporaryDir home(QDir::homePath() + QStringLiteral("/homeXXXXXX"));
        const QString dir = home.path() + QStringLiteral("/.ssh");
        QVERIFY(!QFileInfo::exists(dir));

        const auto r = KeyFiles::write(m_pair, dir, KeyFiles::defaultName(), KeyFiles::Existing::Refuse);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.error.isEmpty());
        QVERIFY(r.createdDirectory);
        QVERIFY(r.backups.isEmpty());
        QVERIFY(r.warnings.isEmpty());
        QCOMPARE(r.privateKeyPath, dir + QStringLiteral("/id_ed25519"));
        QCOMPARE(r.publicKeyPath, dir + QStringLiteral("/id_ed25519.pub"));
        QCOMPARE(modeOf(dir), 0700);
        QCOMPARE(modeOf(r.privateKeyPath), 0600);
        QCOMPARE(modeOf(r.publicKeyPath), 0644);
        QCOMPARE(entries(dir), QStringList({QStringLiteral("id_ed25519"), QStringLiteral("id_ed25519.pub")}));

        QVERIFY(SshKeygen::readFile(r.privateKeyPath) == m_pem);
        QCOMPARE(SshKeygen::readFile(r.publicKeyPath), m_pair.publicKeyLine().toUtf8() + '\n');
        const auto y = SshKeygen::run({QStringLiteral("-y"), QStringLiteral("-P"), QStringLiteral("pw for files"),
                                       QStringLiteral("-f"), r.privateKeyPath});
        QCOMPARE(y.exitCode, 0);
        QCOMPARE(QString::fromUtf8(y.out).trimmed(), m_pair.publicKey().type() + u' ' + m_pair.publicKey().base64());
        QCOMPARE(SshKeygen::fingerprintLine(r.publicKeyPath),
                 QStringLiteral("256 %1 files@keydeck (ED25519)").arg(m_pair.publicKey().fingerprint()));
    }

    void defaultDirectoryIsSshInHome()
    {
        QCOMPARE(KeyFiles::defaultDirectory(), QDir::homePath() + QStringLiteral("/.ssh"));
        QCOMPARE(KeyFiles::defaultName(), QStringLiteral("id_ed25519"));
        // The real default path, inside the throwaway HOME.
        QDir(KeyFiles::defaultDirectory()).removeRecursively();
        const auto r = KeyFiles::write(m_pair, KeyFiles::defaultDirectory(), KeyFiles::defaultName(),
                                       KeyFiles::Existing::Refuse);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(modeOf(KeyFiles::defaultDirectory()), 0700);
        QVERIFY(QDir(KeyFiles::defaultDirectory()).removeRecursively());
    }

    void leavesAnExistingDirectoryAloneButWarns()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::Permissions(0x7755))); // rwxr-xr-x
        QCOMPARE(modeOf(dir.path()), 0755);
        const auto r = KeyFiles::write(m_pair, dir.path(), QStringLiteral("k"), KeyFiles::Existing::Refuse);
        QVERIFY(r.ok);
        QVERIFY(!r.createdDirectory);
        QCOMPARE(r.warnings.size(), 1);
        QCOMPARE(modeOf(dir.path()), 0755); // reported, not silently fixed
    }

    void refusesAFolderOthersMayChange_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("group-writable 0770") << 0770;
        QTest::newRow("world-writable 0777") << 0777;
        QTest::newRow("world-writable, sticky 1777") << 01777;
    }

    void refusesAFolderOthersMayChange()
    {
        // Whoever may write the folder can swap the key files: refused, with how to fix it, and nothing written.
        QFETCH(int, mode);
        QTemporaryDir dir;
        QCOMPARE(::chmod(QFile::encodeName(dir.path()).constData(), static_cast<mode_t>(mode)), 0);
        const auto r = KeyFiles::write(m_pair, dir.path(), QStringLiteral("k"), KeyFiles::Existing::Refuse);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QLatin1String("chmod 700")), qPrintable(r.error));
        QVERIFY(entries(dir.path()).isEmpty());
        QCOMPARE(modeOf(dir.path()) & 0777, mode & 0777); // not silently fixed
    }

    void refusesAFolderOfAnotherUser()
    {
        if (::geteuid() != 0)
            QSKIP("needs root to give the folder to another user");
        QTemporaryDir dir;
        QCOMPARE(::chown(QFile::encodeName(dir.path()).constData(), TestSupport::UnprivilegedId,
                         TestSupport::UnprivilegedId),
                 0);
        const auto r = KeyFiles::write(m_pair, dir.path(), QStringLiteral("k"), KeyFiles::Existing::Refuse);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QLatin1String("another user")), qPrintable(r.error));
        QVERIFY(entries(dir.path()).isEmpty());
    }

    void setsTheModesOnTheOpenFilesWhateverTheUmask()
    {
        // A umask of 0277 would leave the public key 0400 and the private key unwritable if modes came from it.
        const UmaskGuard guard(0277);
        QTemporaryDir dir;
        const auto r = KeyFiles::write(m_pair, dir.path(), QStringLiteral("k"), KeyFiles::Existing::Refuse);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(modeOf(r.privateKeyPath), 0600);
        QCOMPARE(modeOf(r.publicKeyPath), 0644);
    }

    void reportsExistingPair()
    {
        QTemporaryDir dir;
        auto e = KeyFiles::existingPair(dir.path(), QStringLiteral("id_ed25519"));
        QVERIFY(!e.any());
        QCOMPARE(e.privateKeyPath, dir.filePath(QStringLiteral("id_ed25519")));
        QCOMPARE(e.publicKeyPath, dir.filePath(QStringLiteral("id_ed25519.pub")));
        QVERIFY(writeText(dir.filePath(QStringLiteral("id_ed25519.pub")), "old pub\n"));
        e = KeyFiles::existingPair(dir.path(), QStringLiteral("id_ed25519"));
        QVERIFY(e.any() && e.publicKeyExists && !e.privateKeyExists);
        // A dangling symlink counts: renaming it aside is fine, writing through it is not.
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("nowhere")), dir.filePath(QStringLiteral("id_ed25519"))));
        e = KeyFiles::existingPair(dir.path(), QStringLiteral("id_ed25519"));
        QVERIFY(e.privateKeyExists);
    }

    void refusesExistingFilesWithoutConfirmation()
    {
        QTemporaryDir dir;
        QVERIFY(writeText(dir.filePath(QStringLiteral("id_ed25519")), "old private"));
        const auto r = KeyFiles::write(m_pair, dir.path(), QStringLiteral("id_ed25519"), KeyFiles::Existing::Refuse);
        QVERIFY(!r.ok);
        QVERIFY(r.refusedExisting);
        QVERIFY(!r.error.isEmpty());
        QVERIFY(r.backups.isEmpty());
        QCOMPARE(entries(dir.path()), QStringList({QStringLiteral("id_ed25519")}));
        QCOMPARE(SshKeygen::readFile(dir.filePath(QStringLiteral("id_ed25519"))), QByteArray("old private"));
    }

    void backsUpAnExistingPairUnderBothNames()
    {
        QTemporaryDir dir;
        QVERIFY(writeText(dir.filePath(QStringLiteral("id_ed25519")), "old private"));
        QVERIFY(writeText(dir.filePath(QStringLiteral("id_ed25519.pub")), "old public\n"));
        const auto r
            = KeyFiles::write(m_pair, dir.path(), QStringLiteral("id_ed25519"), KeyFiles::Existing::BackUp, 1700000000);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.backups.size(), 2);
        QCOMPARE(r.backups.at(0).from, dir.filePath(QStringLiteral("id_ed25519")));
        QCOMPARE(r.backups.at(0).to, dir.filePath(QStringLiteral("id_ed25519.backup_1700000000")));
        QCOMPARE(r.backups.at(1).from, dir.filePath(QStringLiteral("id_ed25519.pub")));
        QCOMPARE(r.backups.at(1).to, dir.filePath(QStringLiteral("id_ed25519.pub.backup_1700000000")));
        QCOMPARE(entries(dir.path()),
                 QStringList({QStringLiteral("id_ed25519"), QStringLiteral("id_ed25519.backup_1700000000"),
                              QStringLiteral("id_ed25519.pub"), QStringLiteral("id_ed25519.pub.backup_1700000000")}));
        QCOMPARE(SshKeygen::readFile(dir.filePath(QStringLiteral("id_ed25519.backup_1700000000"))),
                 QByteArray("old private"));
        QCOMPARE(SshKeygen::readFile(dir.filePath(QStringLiteral("id_ed25519.pub.backup_1700000000"))),
                 QByteArray("old public\n"));
        QVERIFY(SshKeygen::readFile(r.privateKeyPath) == m_pem);
        QCOMPARE(modeOf(r.privateKeyPath), 0600);
    }

    void backsUpWhenOnlyOneFileExistsAndUsesTheClock()
    {
        QTemporaryDir dir;
        QVERIFY(writeText(dir.filePath(QStringLiteral("k.pub")), "old public\n"));
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        const auto r = KeyFiles::write(m_pair, dir.path(), QStringLiteral("k"), KeyFiles::Existing::BackUp);
        const qint64 after = QDateTime::currentSecsSinceEpoch();
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.backups.size(), 1);
        const QString to = QFileInfo(r.backups.at(0).to).fileName();
        QVERIFY2(to.startsWith(QLatin1String("k.pub.backup_")), qPrintable(to));
        const qint64 stamp = to.mid(13).toLongLong();
        QVERIFY(stamp >= before && stamp <= after);
    }

    void neverOverwritesAnExistingBackup()
    {
        QTemporaryDir dir;
        QVERIFY(writeText(dir.filePath(QStringLiteral("id_ed25519")), "current"));
        QVERIFY(writeText(dir.filePath(QStringLiteral("id_ed25519.pub")), "current pub"));
        QVERIFY(writeText(dir.filePath(QStringLiteral("id_ed25519.backup_42")), "older backup"));
        QVERIFY(writeText(dir.filePath(QStringLiteral("id_ed25519.pub.backup_42-2")), "older pub backup"));
        const auto r
            = KeyFiles::write(m_pair, dir.path(), QStringLiteral("id_ed25519"), KeyFiles::Existing::BackUp, 42);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(SshKeygen::readFile(dir.filePath(QStringLiteral("id_ed25519.backup_42"))), QByteArray("older backup"));
        QCOMPARE(SshKeygen::readFile(dir.filePath(QStringLiteral("id_ed25519.pub.backup_42-2"))),
                 QByteArray("older pub backup"));
        // Both new backups share the first suffix free for both names.
        QCOMPARE(SshKeygen::readFile(dir.filePath(QStringLiteral("id_ed25519.backup_42-3"))), QByteArray("current"));
        QCOMPARE(SshKeygen::readFile(dir.filePath(QStringLiteral("id_ed25519.pub.backup_42-3"))),
                 QByteArray("current pub"));
        QCOMPARE(entries(dir.path()).size(), 6);
    }

    void failedPrivateKeyWriteRemovesThePartialFileAndRestoresBackups()
    {
        QTemporaryDir dir;
        QVERIFY(writeText(dir.filePath(QStringLiteral("id_ed25519")), "old private"));
        QVERIFY(writeText(dir.filePath(QStringLiteral("id_ed25519.pub")), "old public\n"));
        const QStringList before = entries(dir.path());
        KeyFiles::WriteResult r;
        {
            // The private key is ~450 bytes; a 64-byte cap fails it half-way (EFBIG), even when running as root.
            const FileSizeLimit limit(64);
            r = KeyFiles::write(m_pair, dir.path(), QStringLiteral("id_ed25519"), KeyFiles::Existing::BackUp, 7);
        }
        QVERIFY(!r.ok);
        QVERIFY(!r.error.isEmpty());
        QVERIFY(r.backups.isEmpty());
        QCOMPARE(entries(dir.path()), before);
        QCOMPARE(SshKeygen::readFile(dir.filePath(QStringLiteral("id_ed25519"))), QByteArray("old private"));
        QCOMPARE(SshKeygen::readFile(dir.filePath(QStringLiteral("id_ed25519.pub"))), QByteArray("old public\n"));
    }

    void failedPublicKeyWriteRemovesTheNewPrivateKey()
    {
        QTemporaryDir dir;
        // 252 characters is a valid file name; with ".pub" it exceeds NAME_MAX, so only the second write fails.
        const QString name(252, u'n');
        QVERIFY(KeyFiles::isValidName(name));
        const auto r = KeyFiles::write(m_pair, dir.path(), name, KeyFiles::Existing::Refuse);
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(QLatin1String("public key")));
        QVERIFY(entries(dir.path()).isEmpty());
    }

    void failureInAReadOnlyDirectoryLeavesNoFile()
    {
        // Under /tmp, which the unprivileged child can reach: root writes whatever the mode says, so as root (CI)
        // the write runs in a child that has dropped to "nobody", the directory's owner.
        QTemporaryDir dir(QStringLiteral("/tmp/keydeck-readonly-XXXXXX"));
        QVERIFY(dir.isValid());
        QVERIFY(writeText(dir.filePath(QStringLiteral("id_ed25519.pub")), "old public\n"));
        const bool root = ::geteuid() == 0;
        if (root)
            QCOMPARE(::chown(QFile::encodeName(dir.path()).constData(), TestSupport::UnprivilegedId,
                             TestSupport::UnprivilegedId),
                     0);
        QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        const auto write = [&] {
            const auto r
                = KeyFiles::write(m_pair, dir.path(), QStringLiteral("id_ed25519"), KeyFiles::Existing::BackUp);
            return r.ok ? 1 : r.error.isEmpty() ? 2 : 0; // 0: refused, with a message
        };
        const int result = root ? TestSupport::runUnprivileged(write) : write();
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QCOMPARE(result, 0);
        QCOMPARE(entries(dir.path()), QStringList({QStringLiteral("id_ed25519.pub")}));
        QCOMPARE(SshKeygen::readFile(dir.filePath(QStringLiteral("id_ed25519.pub"))), QByteArray("old public\n"));
    }

    void refusesBadNamesAndPlaces()
    {
        QTemporaryDir dir;
        for (const QString& bad : {QString(), QStringLiteral("../x"), QStringLiteral("a/b"), QStringLiteral(".hidden"),
                                   QStringLiteral(".."), QString(256, u'n')}) {
            QVERIFY(!KeyFiles::isValidName(bad));
            const auto r = KeyFiles::write(m_pair, dir.path(), bad, KeyFiles::Existing::BackUp);
            QVERIFY(!r.ok);
            QVERIFY(!r.error.isEmpty());
        }
        // The parent of a missing directory is not created.
        const auto missingParent = KeyFiles::write(m_pair, dir.filePath(QStringLiteral("no/such")), QStringLiteral("k"),
                                                   KeyFiles::Existing::Refuse);
        QVERIFY(!missingParent.ok);
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("no"))));
        // A file where the directory should be.
        QVERIFY(writeText(dir.filePath(QStringLiteral("file")), "x"));
        QVERIFY(!KeyFiles::write(m_pair, dir.filePath(QStringLiteral("file")), QStringLiteral("k"),
                                 KeyFiles::Existing::Refuse)
                     .ok);
        // An invalid pair.
        QVERIFY(!KeyFiles::write(KeyPair(), dir.path(), QStringLiteral("k"), KeyFiles::Existing::Refuse).ok);
        QCOMPARE(entries(dir.path()), QStringList({QStringLiteral("file")}));
    }
};

QTEST_GUILESS_MAIN(tst_KeyFiles)
#include "tst_keyfiles.moc"
