// app/platform/: the Linux side of every call in Os.h and its QString face Platform.h (docs/SECURITY.md,
// "Platforms"). The Windows side is only compiled (ctest platform_windows_compile); these tests pin down the
// behaviour both sides promise: owner-only from the first byte, no overwriting, nothing left after a failure.
// Tests run on Linux only, so they may use POSIX directly to look behind the interface.
#include "platform/Os.h"
#include "platform/Platform.h"

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <csignal>
#include <thread>

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

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

/** The mode bits of @p path (stat), or -1. */
int modeOf(const QString& path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return static_cast<int>(st.st_mode & 07777);
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

std::atomic<int> s_requests {0};
std::atomic<bool> s_requestOnOtherThread {false};
std::thread::id s_mainThread;

void onRequest()
{
    s_requestOnOtherThread = std::this_thread::get_id() != s_mainThread;
    ++s_requests;
}

} // namespace

class tst_Platform : public QObject
{
    Q_OBJECT

private slots:
    void disableCoreDumpsSetsTheLimitAndTheDumpableFlag()
    {
        // Allow core dumps first (as far as the hard limit lets us), so the test sees the function switch them off.
        struct rlimit core = {};
        QCOMPARE(::getrlimit(RLIMIT_CORE, &core), 0);
        if (core.rlim_max != 0) {
            core.rlim_cur = core.rlim_max;
            QCOMPARE(::setrlimit(RLIMIT_CORE, &core), 0);
        }
        QCOMPARE(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 1);

        QVERIFY(Platform::disableCoreDumps());

        QCOMPARE(::getrlimit(RLIMIT_CORE, &core), 0);
        QCOMPARE(core.rlim_cur, rlim_t(0));
        QCOMPARE(core.rlim_max, rlim_t(0));
        QCOMPARE(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
    }

    void wipeZeroesEveryByte()
    {
        char buffer[64];
        std::fill(std::begin(buffer), std::end(buffer), 'k');
        Os::wipe(buffer + 1, sizeof buffer - 2);
        QCOMPARE(buffer[0], 'k');
        QCOMPARE(buffer[sizeof buffer - 1], 'k');
        for (std::size_t i = 1; i + 1 < sizeof buffer; ++i)
            QCOMPARE(buffer[i], '\0');
        Os::wipe(nullptr, 10); // nothing to do, no crash
        Os::wipe(buffer, 0);
        QCOMPARE(buffer[0], 'k');
    }

    void pathExistsSeesDanglingLinks()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString link = dir.filePath(QStringLiteral("dangling"));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("nowhere")), link));
        QVERIFY(!QFileInfo::exists(link));
        QVERIFY(Platform::pathExists(link));
        QVERIFY(Platform::isSymbolicLink(link));
        QVERIFY(!Platform::isSymbolicLink(dir.path()));
        QVERIFY(!Platform::pathExists(dir.filePath(QStringLiteral("nothing"))));
    }

    void osPathKeepsNonAsciiNames()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("schlüssel ключ"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(Os::pathExists(Platform::osPath(path)));
        QVERIFY(!Platform::pathSafety(path).isDirectory);
    }

    void pathSafetyReadsTheMode()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        Platform::PathSafety safety = Platform::pathSafety(dir.path());
        QVERIFY(safety.exists && safety.isDirectory);
        QVERIFY(!safety.foreignOwner);
        QVERIFY(!safety.writableByOthers());
        QVERIFY(!safety.readableByOthers);
        QVERIFY(safety.ownerOnly());

        QVERIFY(QFile::setPermissions(dir.path(),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::WriteGroup
                                          | QFile::ExeGroup | QFile::ReadGroup));
        safety = Platform::pathSafety(dir.path());
        QVERIFY(safety.groupWritable && !safety.worldWritable && safety.writableByOthers());
        QVERIFY(!safety.ownerOnly());

        QVERIFY(QFile::setPermissions(dir.path(),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther
                                          | QFile::WriteOther | QFile::ExeOther));
        safety = Platform::pathSafety(dir.path());
        QVERIFY(!safety.groupWritable && safety.worldWritable && safety.readableByOthers);

        QVERIFY(QFile::setPermissions(
            dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther));
        safety = Platform::pathSafety(dir.path());
        QVERIFY(!safety.writableByOthers() && safety.readableByOthers && !safety.ownerOnly());

        const Platform::PathSafety missing = Platform::pathSafety(dir.filePath(QStringLiteral("nothing")));
        QVERIFY(!missing.exists && !missing.ownerOnly());
    }

    void pathSafetyFollowsALinkToTheFolder()
    {
        // As OpenSSH does: ~/.ssh may be a link to a private folder elsewhere.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString real = dir.filePath(QStringLiteral("real"));
        QVERIFY(QDir().mkdir(real, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QVERIFY(QFile::setPermissions(real, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        const QString link = dir.filePath(QStringLiteral("link"));
        QVERIFY(QFile::link(real, link));
        const Platform::PathSafety safety = Platform::pathSafety(link);
        QVERIFY(safety.isDirectory && safety.ownerOnly());
    }

    void pathSafetySeesAForeignOwner()
    {
        if (::geteuid() != 0)
            QSKIP("needs root to give a folder away (the CI runs as root)");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QCOMPARE(::chown(QFile::encodeName(dir.path()).constData(), TestSupport::UnprivilegedId,
                         TestSupport::UnprivilegedId),
                 0);
        const Platform::PathSafety safety = Platform::pathSafety(dir.path());
        QVERIFY(safety.foreignOwner && safety.writableByOthers() && !safety.ownerOnly());
        // Root's own folders count as the user's, as in OpenSSH.
        QVERIFY(!Platform::pathSafety(QStringLiteral("/")).foreignOwner);
    }

    void newFileHasItsModeFromTheFirstByte_data()
    {
        QTest::addColumn<int>("umask");
        QTest::addColumn<bool>("ownerOnly");
        QTest::addColumn<int>("mode");
        for (const int umask : {0, 022, 077, 0277}) {
            QTest::addRow("private, umask %03o", umask) << umask << true << 0600;
            QTest::addRow("public, umask %03o", umask) << umask << false << 0644;
        }
    }

    void newFileHasItsModeFromTheFirstByte()
    {
        QFETCH(int, umask);
        QFETCH(bool, ownerOnly);
        QFETCH(int, mode);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("key"));
        const UmaskGuard guard(static_cast<mode_t>(umask));
        Os::NewFile file(Platform::osPath(path),
                         ownerOnly ? Os::FileAccess::OwnerOnly : Os::FileAccess::OwnerWritesOthersRead);
        QVERIFY2(file.isOpen(), file.error().message().c_str());
        // Before the first byte is written: a umask of 0 must not have let group or others in.
        QCOMPARE(modeOf(path), mode);
        QVERIFY(file.write("secret", 6));
        QCOMPARE(modeOf(path), mode);
        QVERIFY(file.commit());
        QVERIFY(!file.error());
        QCOMPARE(modeOf(path), mode);
        QCOMPARE(readAll(path), QByteArray("secret"));
        QCOMPARE(Platform::pathSafety(path).ownerOnly(), ownerOnly);
    }

    void newFileNeverOverwritesAFileOrFollowsALink()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString existing = dir.filePath(QStringLiteral("existing"));
        QFile old(existing);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
        old.close();
        const QString target = dir.filePath(QStringLiteral("target"));
        const QString dangling = dir.filePath(QStringLiteral("dangling"));
        QVERIFY(QFile::link(target, dangling));

        for (const QString& path : {existing, dangling}) {
            Os::NewFile file(Platform::osPath(path), Os::FileAccess::OwnerOnly);
            QVERIFY(!file.isOpen());
            QVERIFY(file.error() == std::errc::file_exists); // system_category on both sides, same condition
            QVERIFY(!file.write("new", 3));
            QVERIFY(!file.commit());
        }
        // Nothing was removed or written through the link on the way out.
        QCOMPARE(readAll(existing), QByteArray("old"));
        QVERIFY(Platform::isSymbolicLink(dangling));
        QVERIFY(!Platform::pathExists(target));

        QString error;
        QVERIFY(!Platform::writeNewFile(existing, "new", Platform::FileAccess::OwnerOnly, &error));
        QVERIFY2(error.contains(QLatin1String("exists")), qPrintable(error));
        QCOMPARE(readAll(existing), QByteArray("old"));
    }

    void newFileLeavesNothingUnlessCommitted()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("partial"));
        {
            Os::NewFile file(Platform::osPath(path), Os::FileAccess::OwnerOnly);
            QVERIFY(file.isOpen());
            QVERIFY(file.write("half a key", 10));
            QVERIFY(Platform::pathExists(path));
        }
        QVERIFY(!Platform::pathExists(path));

        // A write that fails (the file size limit; SIGXFSZ ignored so write() returns EFBIG) removes the file too.
        ::signal(SIGXFSZ, SIG_IGN);
        struct rlimit old = {};
        QCOMPARE(::getrlimit(RLIMIT_FSIZE, &old), 0);
        struct rlimit limit = old;
        limit.rlim_cur = 4;
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &limit), 0);
        QString error;
        const bool written
            = Platform::writeNewFile(path, "more than four bytes", Platform::FileAccess::OwnerOnly, &error);
        ::setrlimit(RLIMIT_FSIZE, &old);
        QVERIFY(!written);
        QVERIFY(!error.isEmpty());
        QVERIFY(!Platform::pathExists(path));

        // In a missing folder: an error, nothing created.
        QVERIFY(!Platform::writeNewFile(dir.filePath(QStringLiteral("no/such")), "x", Platform::FileAccess::OwnerOnly,
                                        &error));
        QVERIFY(!error.isEmpty());
    }

    void writeNewFileWritesAndSyncs()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("id_test"));
        const QByteArray data(100000, 'x'); // more than one write() may take at once on a pipe; fine for a file
        QString error;
        QVERIFY2(Platform::writeNewFile(path, data, Platform::FileAccess::OwnerOnly, &error), qPrintable(error));
        QVERIFY(error.isEmpty());
        QCOMPARE(readAll(path), data);
        QCOMPARE(modeOf(path), 0600);
        QVERIFY(Platform::writeNewFile(dir.filePath(QStringLiteral("empty")), QByteArray(),
                                       Platform::FileAccess::OwnerWritesOthersRead, &error));
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("empty"))), 0644);
    }

    void libsshIsLoadedByItsSonameOnLinux()
    {
        QCOMPARE(Os::libsshFileNames(), std::vector<std::string>({"libssh.so.4"}));
        QCOMPARE(Platform::libsshFileNames(), QStringList({QStringLiteral("libssh.so.4")}));
    }

    void terminationRequestsReachTheCallbackOnItsOwnThread()
    {
        s_mainThread = std::this_thread::get_id();
        QVERIFY(!Os::watchTerminationRequests(nullptr));
        QVERIFY(Os::watchTerminationRequests(&onRequest));
        QVERIFY(!Os::watchTerminationRequests(&onRequest)); // once per process
        QCOMPARE(::raise(SIGTERM), 0);
        QTRY_COMPARE(s_requests.load(), 1);
        QCOMPARE(::raise(SIGINT), 0);
        QTRY_COMPARE(s_requests.load(), 2);
        QVERIFY(s_requestOnOtherThread.load());
    }
};

QTEST_GUILESS_MAIN(tst_Platform)
#include "tst_platform.moc"
