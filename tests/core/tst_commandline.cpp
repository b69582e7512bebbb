#include "core/AppInfo.h"
#include "core/CommandLine.h"

#include <QCommandLineParser>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>

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

    static CommandLineOutcome evaluate(const QStringList& args)
    {
        QCommandLineParser parser;
        CommandLine::configure(parser);
        return CommandLine::evaluate(parser, QStringList {QStringLiteral("keydeck")} + args);
    }

private slots:
    void helpListsEveryOptionWithASentence()
    {
        const CommandLineOutcome outcome = evaluate({QStringLiteral("--help")});
        QCOMPARE(outcome.action, CommandLineOutcome::Action::PrintHelp);
        // Each option starts a line with "-"; its description may wrap onto the following indented lines.
        QStringList blocks;
        const QStringList lines = outcome.text.split(QLatin1Char('\n'));
        bool inOptions = false;
        for (const QString& line : lines) {
            if (line.trimmed().isEmpty()) {
                inOptions = false;
                continue;
            }
            if (line.trimmed().startsWith(QLatin1Char('-'))) {
                inOptions = true;
                blocks.append(line.trimmed());
            } else if (inOptions && line.startsWith(QLatin1Char(' '))) {
                blocks.last() += QLatin1Char(' ') + line.trimmed();
            }
        }
        const QStringList expected
            = {QStringLiteral("--help"), QStringLiteral("--help-all"), QStringLiteral("--version"),
               QStringLiteral("--demo <provider>"), QStringLiteral("--lang <language>")};
        for (const QString& name : expected) {
            const auto found = std::find_if(blocks.cbegin(), blocks.cend(), [&](const QString& block) {
                return block.split(QStringLiteral("  ")).first().split(QStringLiteral(", ")).contains(name);
            });
            QVERIFY2(found != blocks.cend(), qPrintable(name + QStringLiteral(" missing from:\n") + outcome.text));
        }
        QCOMPARE(blocks.size(), expected.size());
        for (const QString& block : blocks) {
            // Names, at least two spaces, then a sentence.
            const qsizetype gap = block.indexOf(QStringLiteral("  "));
            QVERIFY2(gap > 0, qPrintable(block));
            const QString sentence = block.mid(gap).trimmed();
            QVERIFY2(sentence.size() > 10 && sentence.front().isUpper() && sentence.endsWith(QLatin1Char('.')),
                     qPrintable(block));
        }
    }

    void versionNamesKeydeckQtLibsshAndQtKeychain_data()
    {
        QTest::addColumn<QString>("option");
        QTest::newRow("long") << "--version";
        QTest::newRow("short") << "-v";
    }

    void versionNamesKeydeckQtLibsshAndQtKeychain()
    {
        QFETCH(QString, option);
        const CommandLineOutcome outcome = evaluate({option});
        QCOMPARE(outcome.action, CommandLineOutcome::Action::PrintVersion);
        const QStringList lines = outcome.text.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 6);
        QCOMPARE(lines.at(0), QStringLiteral("keydeck %1").arg(AppInfo::version()));
        QCOMPARE(lines.at(1), QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion())));
        // The libssh the tests load (the system's, or KEYDECK_LIBSSH): its own version, e.g. "0.10.4/openssl/zlib".
        QVERIFY2(QRegularExpression(QStringLiteral("^libssh \\d+\\.\\d+\\.\\d+")).match(lines.at(2)).hasMatch(),
                 qPrintable(lines.at(2)));
        QVERIFY2(QRegularExpression(QStringLiteral("^QtKeychain \\d+\\.\\d+\\.\\d+$")).match(lines.at(3)).hasMatch(),
                 qPrintable(lines.at(3)));
        // The libraries issue 22 brought in: simdjson as built against, libqrencode as loaded.
        QVERIFY2(QRegularExpression(QStringLiteral("^simdjson \\d+\\.\\d+\\.\\d+$")).match(lines.at(4)).hasMatch(),
                 qPrintable(lines.at(4)));
        QVERIFY2(QRegularExpression(QStringLiteral("^libqrencode \\d+\\.\\d+\\.\\d+$")).match(lines.at(5)).hasMatch(),
                 qPrintable(lines.at(5)));
    }

    void refusesUnknownOptionsAndBadValuesWithUsageError_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named");
        QTest::newRow("unknown long") << QStringList {QStringLiteral("--no-such-option")} << "no-such-option";
        QTest::newRow("unknown short") << QStringList {QStringLiteral("-z")} << "z";
        QTest::newRow("missing value") << QStringList {QStringLiteral("--demo")} << "demo";
        QTest::newRow("bad demo") << QStringList {QStringLiteral("--demo"), QStringLiteral("aws")} << "aws";
        QTest::newRow("unknown among good")
            << QStringList {QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--frobnicate")}
            << "frobnicate";
    }

    void refusesUnknownOptionsAndBadValuesWithUsageError()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        const CommandLineOutcome outcome = evaluate(args);
        QCOMPARE(outcome.action, CommandLineOutcome::Action::Fail);
        QVERIFY2(outcome.text.contains(named), qPrintable(outcome.text));
        QVERIFY2(outcome.text.contains(QStringLiteral("keydeck --help")), qPrintable(outcome.text));
        QCOMPARE(CommandLine::UsageError, 2);
    }

    void plainOptionsRunTheApp()
    {
        const CommandLineOutcome outcome = evaluate(
            {QStringLiteral("--demo"), QStringLiteral("spheron"), QStringLiteral("--lang"), QStringLiteral("fr")});
        QCOMPARE(outcome.action, CommandLineOutcome::Action::Run);
        QCOMPARE(outcome.options.demoProvider, QStringLiteral("spheron"));
        QCOMPARE(outcome.options.language, QStringLiteral("fr"));
    }

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
