#include "core/CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("CommandLine", text);
}

const QString kDemoOption = QStringLiteral("demo");
const QString kLanguageOption = QStringLiteral("lang");

} // namespace

namespace CommandLine {

void configure(QCommandLineParser& parser)
{
    parser.setApplicationDescription(
        tr("Keydeck manages the SSH keys, API keys and profile of your Vast.ai and Spheron AI accounts."));
    parser.addHelpOption();
    parser.addVersionOption();
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

} // namespace CommandLine
