#include "core/CommandLine.h"

#include <QCommandLineParser>
#include <QTest>

class tst_CommandLine : public QObject
{
    Q_OBJECT

private:
    static CommandLineOptions parse(const QStringList& args, QString* error)
    {
        QCommandLineParser parser;
        CommandLine::configure(parser);
        if (!parser.parse(QStringList {QStringLiteral("keydeck")} + args)) {
            *error = parser.errorText();
            return {};
        }
        return CommandLine::read(parser, error);
    }

private slots:
    void acceptsBothDemoDialects_data()
    {
        QTest::addColumn<QString>("arg");
        QTest::addColumn<QString>("expected");
        QTest::newRow("vast") << "vast"
                              << "vast";
        QTest::newRow("spheron") << "spheron"
                                 << "spheron";
        QTest::newRow("case and spaces") << " Vast "
                                         << "vast";
    }

    void acceptsBothDemoDialects()
    {
        QFETCH(QString, arg);
        QFETCH(QString, expected);
        QString error;
        const auto options = parse({QStringLiteral("--demo"), arg}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(options.demoProvider, expected);
    }

    void rejectsUnknownDemoDialectWithASentence()
    {
        QString error;
        const auto options = parse({QStringLiteral("--demo"), QStringLiteral("aws")}, &error);
        QVERIFY(options.demoProvider.isEmpty());
        QVERIFY(error.contains(QStringLiteral("aws")));
        QVERIFY(error.contains(QStringLiteral("vast")));
    }

    void noOptionsMeansNoDemo()
    {
        QString error;
        const auto options = parse({}, &error);
        QVERIFY(error.isEmpty());
        QVERIFY(options.demoProvider.isEmpty());
        QVERIFY(options.language.isEmpty());
    }

    void readsLanguageOverride()
    {
        QString error;
        const auto options = parse({QStringLiteral("--lang"), QStringLiteral("de")}, &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(options.language, QStringLiteral("de"));
    }
};

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_commandline.moc"
