#include "core/AppInfo.h"

#include "KeydeckVersion.h"

#include <QRegularExpression>
#include <QTest>

class tst_AppInfo : public QObject
{
    Q_OBJECT

private slots:
    void versionComesFromTheBuild()
    {
        QCOMPARE(AppInfo::version(), QStringLiteral(KEYDECK_VERSION_STRING));
        QVERIFY(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+$")).match(AppInfo::version()).hasMatch());
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
