#include "core/AppInfo.h"

#include "TestSupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

class tst_AppInfo : public QObject
{
    Q_OBJECT

private slots:
    void versionComesFromTheBuild()
    {
        // The source of truth is project(... VERSION) in the top CMakeLists.txt, read here from the file itself:
        // comparing with KEYDECK_VERSION_STRING would compare the generated header with itself.
        QFile lists(TestSupport::sourceDir() + QStringLiteral("/CMakeLists.txt"));
        QVERIFY2(lists.open(QIODevice::ReadOnly), qPrintable(lists.fileName()));
        const auto project = QRegularExpression(QStringLiteral("project\\(Keydeck\\s+VERSION\\s+(\\d+\\.\\d+\\.\\d+)"))
                                 .match(QString::fromUtf8(lists.readAll()));
        QVERIFY2(project.hasMatch(), "no project(Keydeck VERSION x.y.z) in CMakeLists.txt");
        QCOMPARE(AppInfo::version(), project.captured(1));
    }

    void userAgentNamesAppQtAndOs()
    {
        const QString ua = AppInfo::userAgent();
        const QRegularExpression shape(QStringLiteral("^Keydeck/(\\d+\\.\\d+\\.\\d+) \\(Qt ([0-9.]+); (.+)\\)$"));
        const auto match = shape.match(ua);
        QVERIFY2(match.hasMatch(), qPrintable(ua));
        QCOMPARE(match.captured(1), AppInfo::version());
        QCOMPARE(match.captured(2), QString::fromLatin1(qVersion()));
        QVERIFY(!match.captured(3).trimmed().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_AppInfo)
#include "tst_appinfo.moc"
