#pragma once

#include <QString>
#include <QStringList>

class QCommandLineParser;

/** What the command line asked for, once parsed. */
struct CommandLineOptions
{
    /** Empty, "vast" or "spheron": start straight in demo mode with that dialect. */
    QString demoProvider;
    /** A language code that overrides the system locale for this run ("de", "fr", "en"). */
    QString language;
};

/** What to do with a command line: run the app, print a text and stop, or refuse it. */
struct CommandLineOutcome
{
    enum class Action {
        Run, ///< start the app with options
        PrintHelp, ///< print text (--help) to stdout, exit 0
        PrintHelpAll, ///< --help-all: Qt's own parser prints it with Qt's options (QCommandLineParser::process)
        PrintVersion, ///< print text (--version) to stdout, exit 0
        Fail, ///< print text (a sentence, then how to get help) to stderr, exit with UsageError
    };
    Action action = Action::Run;
    QString text;
    CommandLineOptions options;
};

namespace CommandLine {

/** The exit code of a command line Keydeck refuses (unknown option, missing or invalid value), as getopt tools do. */
constexpr int UsageError = 2;

/** Adds Keydeck's options, --help and --version to @p parser. */
void configure(QCommandLineParser& parser);

/**
 * Reads the options from an already processed @p parser.
 * @param error set to a translated sentence when an option value is invalid.
 * @return the options; only meaningful when @p error is empty.
 */
CommandLineOptions read(const QCommandLineParser& parser, QString* error);

/**
 * Parses @p arguments (the program name first) with a parser configure() set up, without printing or exiting
 * (QCommandLineParser::process does both, and exits 1 on an unknown option).
 */
CommandLineOutcome evaluate(QCommandLineParser& parser, const QStringList& arguments);

} // namespace CommandLine
