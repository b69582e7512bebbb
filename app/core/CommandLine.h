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

namespace CommandLine {

/** Adds Keydeck's options, --help and --version to @p parser. */
void configure(QCommandLineParser& parser);

/**
 * Reads the options from an already processed @p parser.
 * @param error set to a translated sentence when an option value is invalid.
 * @return the options; only meaningful when @p error is empty.
 */
CommandLineOptions read(const QCommandLineParser& parser, QString* error);

} // namespace CommandLine
