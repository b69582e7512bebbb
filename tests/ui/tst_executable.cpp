#include "core/AppInfo.h"

#include <QProcess>
#include <QTest>

class tst_Executable : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run run(const QStringList& args, const QProcessEnvironment& environment = {})
    {
        QProcess process;
        if (!environment.isEmpty())
            process.setProcessEnvironment(environment);
        process.start(QStringLiteral(KEYDECK_EXECUTABLE), args);
        Run result;
        if (!process.waitForFinished(20000)) {
            process.kill();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

private slots:
    void versionPrintsNameAndVersion()
    {
        const Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 6);
        QCOMPARE(lines.at(0), QStringLiteral("keydeck %1").arg(AppInfo::version()));
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("Qt ")), qPrintable(r.out));
        // libssh is opened for --version (never at start-up: docs/PERFORMANCE.md) and answers with its version.
        QVERIFY2(lines.at(2).startsWith(QStringLiteral("libssh 0.")), qPrintable(r.out));
        QVERIFY2(lines.at(3).startsWith(QStringLiteral("QtKeychain ")), qPrintable(r.out));
        QVERIFY2(lines.at(4).startsWith(QStringLiteral("simdjson 3.")), qPrintable(r.out));
        QVERIFY2(lines.at(5).startsWith(QStringLiteral("libqrencode 4.")), qPrintable(r.out));
    }

    void versionAndHelpNeedNoDisplay()
    {
        // Over SSH there is no display: a QApplication aborted ("could not connect to display") before printing.
        QProcessEnvironment headless = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
            headless.remove(QLatin1String(name));
        headless.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        const Run version = run({QStringLiteral("--version")}, headless);
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.startsWith(QStringLiteral("keydeck %1").arg(AppInfo::version())), qPrintable(version.err));
        const Run help = run({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help")}, headless);
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(QStringLiteral("--version")), qPrintable(help.err));
    }

    void helpListsTheOptions()
    {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("--demo <provider>")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("--version")));
        QVERIFY(r.out.contains(QStringLiteral("--lang")));
    }

    void helpIsTranslatedWithLangOverride()
    {
        // Built-in Qt strings come from qtbase_de; Keydeck's own come from keydeck_de.
        const Run r = run({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Optionen")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Demomodus")), qPrintable(r.out));
    }

    void unknownOptionFailsWithMessage()
    {
        const Run r = run({QStringLiteral("--no-such-option")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("no-such-option")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("keydeck --help")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void linksNoneOfTheSandboxLibraries()
    {
        // Start-up (docs/PERFORMANCE.md): the loader maps and relocates every library the executable needs before
        // main(). QtHttpServer, QtWebSockets and QtSql come only with the demo's sandbox module.
        QProcess objdump;
        objdump.start(QStringLiteral("objdump"), {QStringLiteral("-p"), QStringLiteral(KEYDECK_EXECUTABLE)});
        QVERIFY(objdump.waitForFinished(20000));
        QCOMPARE(objdump.exitCode(), 0);
        const QString headers = QString::fromUtf8(objdump.readAllStandardOutput());
        QVERIFY(headers.contains(QStringLiteral("NEEDED               libQt6Widgets.so.6")));
        QVERIFY(headers.contains(QStringLiteral("NEEDED               libQt6Network.so.6")));
        for (const char* library : {"libQt6HttpServer", "libQt6WebSockets", "libQt6Sql"})
            QVERIFY2(!headers.contains(QLatin1String(library)), library);
    }

    void badDemoProviderFailsWithSentence()
    {
        const Run r = run({QStringLiteral("--demo"), QStringLiteral("aws")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("aws")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(tst_Executable)
#include "tst_executable.moc"
