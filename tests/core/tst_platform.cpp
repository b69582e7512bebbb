// app/platform/: the operating-system calls behind core dumps and file modes (docs/SECURITY.md).
#include "platform/Platform.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/prctl.h>
#include <sys/resource.h>

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

    void directorySafetyReadsTheMode()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        Platform::DirectorySafety safety = Platform::directorySafety(dir.path());
        QVERIFY(safety.exists && safety.isDirectory);
        QVERIFY(!safety.writableByOthers());
        QVERIFY(!safety.readableByOthers);
        QVERIFY(QFile::setPermissions(dir.path(),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::WriteGroup
                                          | QFile::ExeGroup | QFile::ReadGroup));
        safety = Platform::directorySafety(dir.path());
        QVERIFY(safety.groupWritable && !safety.worldWritable && safety.writableByOthers());
        QVERIFY(!Platform::directorySafety(dir.filePath(QStringLiteral("nothing"))).exists);
    }

    void setFileModeChangesTheOpenFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(QStringLiteral("f")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(Platform::setFileMode(file.handle(), 0600));
        QCOMPARE(Platform::fileMode(file.handle()), 0600);
        QVERIFY(Platform::setFileMode(file.handle(), 0644));
        QCOMPARE(Platform::fileMode(file.handle()), 0644);
        QVERIFY(Platform::syncFile(file.handle()));
    }
};

QTEST_GUILESS_MAIN(tst_Platform)
#include "tst_platform.moc"
