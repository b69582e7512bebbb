#include "core/CommandLine.h"

#include "core/AppInfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("CommandLine", text);
}

const QString kDemoOption = QStringLiteral("demo");
const QString kLanguageOption = QStringLiteral("lang");
const QString kVersionOption = QStringLiteral("version");
const QString kHelpOption = QStringLiteral("help");
const QString kHelpAllOption = QStringLiteral("help-all");

} // namespace

namespace CommandLine {

void configure(QCommandLineParser& parser)
{
    parser.setApplicationDescription(
        tr("Keydeck manages the SSH keys, API keys and profile of your Vast.ai and Spheron AI accounts."));
    parser.addHelpOption();
    // Not addVersionOption(): Keydeck's --version names the libraries too (AppInfo::versionText).
    parser.addOption(
        QCommandLineOption({QStringLiteral("v"), kVersionOption},
                           tr("Displays Keydeck's version and the versions of Qt, libssh and QtKeychain.")));
    parser.addOption(QCommandLineOption(
        kDemoOption,
        tr("Start in demo mode against the built-in local sandbox, speaking the <provider> API (vast or spheron)."),
        tr("provider")));
    parser.addOption(QCommandLineOption(
        kLanguageOption, tr("Use this language instead of the system's (for example de, fr or en)."), tr("language")));
}

CommandLineOptions read(const QCommandLineParser& parser, QString* error)
{
    CommandLineOptions options;
    if (parser.isSet(kDemoOption)) {
        options.demoProvider = parser.value(kDemoOption).trimmed().toLower();
        if (options.demoProvider != QLatin1String("vast") && options.demoProvider != QLatin1String("spheron")) {
            if (error)
                *error = tr("Unknown demo provider “%1”. Use vast or spheron.").arg(parser.value(kDemoOption));
            return {};
        }
    }
    options.language = parser.value(kLanguageOption).trimmed();
    return options;
}

CommandLineOutcome evaluate(QCommandLineParser& parser, const QStringList& arguments)
{
    CommandLineOutcome outcome;
    QString error;
    if (parser.parse(arguments)) {
        if (parser.isSet(kHelpAllOption)) {
            outcome.action = CommandLineOutcome::Action::PrintHelpAll;
            return outcome;
        }
        if (parser.isSet(kHelpOption)) {
            outcome.action = CommandLineOutcome::Action::PrintHelp;
            outcome.text = parser.helpText();
            return outcome;
        }
        if (parser.isSet(kVersionOption)) {
            outcome.action = CommandLineOutcome::Action::PrintVersion;
            outcome.text = AppInfo::versionText();
            return outcome;
        }
        outcome.options = read(parser, &error);
        if (error.isEmpty())
            return outcome;
    } else {
        error = parser.errorText(); // Qt's translated sentence, e.g. "Unknown option 'x'."
    }
    outcome.action = CommandLineOutcome::Action::Fail;
    outcome.options = {};
    outcome.text = tr("%1\nRun “keydeck --help” to see the options.").arg(error);
    return outcome;
}

} // namespace CommandLine
