// Issue 11: the sanitized suite (scripts/test --sanitize, preset asan) can fail. Each case runs a helper that
// leaks, reads freed memory or overflows a signed int, under the environment ctest gives every test
// (CMakePresets.json, test preset asan), and checks that the report comes through with the helper's own frame:
// a too-broad suppression in tests/support/lsan.supp or asan.supp, or options that turn a check off, fail here.
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

class tst_Sanitizers : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        bool failed = false;
        QString errors;
    };

    static Run runCanary(const QString& mode)
    {
        QProcess process;
        process.setProgram(QStringLiteral(KEYDECK_SANITIZER_CANARY));
        process.setArguments({mode});
        process.start();
        Run run;
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            run.errors = QStringLiteral("the canary did not finish");
            return run;
        }
        run.failed = process.exitStatus() == QProcess::CrashExit || process.exitCode() != 0;
        run.errors = QString::fromLocal8Bit(process.readAllStandardError());
        return run;
    }

private slots:
    void initTestCase()
    {
        // Not a secret: the options the whole suite runs with, printed once for the record.
        const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS"})
            qInfo("%s=%s", name, qPrintable(env.value(QString::fromLatin1(name))));
    }

    void reportsALeakAllocatedInAnEventLoopSlot()
    {
        const Run run = runCanary(QStringLiteral("leak"));
        QVERIFY2(run.failed, qPrintable(run.errors));
        QVERIFY2(run.errors.contains(QLatin1String("ERROR: LeakSanitizer: detected memory leaks")),
                 qPrintable(run.errors));
        QVERIFY2(run.errors.contains(QLatin1String("leakOnPurpose")), qPrintable(run.errors));
    }

    void reportsAUseAfterFree()
    {
        const Run run = runCanary(QStringLiteral("use-after-free"));
        QVERIFY2(run.failed, qPrintable(run.errors));
        QVERIFY2(run.errors.contains(QLatin1String("ERROR: AddressSanitizer: heap-use-after-free")),
                 qPrintable(run.errors));
        QVERIFY2(run.errors.contains(QLatin1String("useAfterFreeOnPurpose")), qPrintable(run.errors));
    }

    void stopsAtASignedOverflow()
    {
        const Run run = runCanary(QStringLiteral("signed-overflow"));
        QVERIFY2(run.failed, qPrintable(run.errors));
        QVERIFY2(run.errors.contains(QLatin1String("runtime error: signed integer overflow")), qPrintable(run.errors));
        QVERIFY2(run.errors.contains(QLatin1String("overflowOnPurpose")), qPrintable(run.errors));
    }
};

QTEST_GUILESS_MAIN(tst_Sanitizers)
#include "tst_sanitizers.moc"
