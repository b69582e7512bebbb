#include "Application.h"

#include "MainWindow.h"
#include "core/AppInfo.h"
#include "core/CommandLine.h"
#include "core/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <cstdio>

namespace Application {

int run(QApplication& app)
{
    QApplication::setOrganizationName(AppInfo::name());
    QApplication::setApplicationName(QStringLiteral("keydeck"));
    QApplication::setApplicationDisplayName(AppInfo::name());
    QApplication::setApplicationVersion(AppInfo::version());
    QApplication::setDesktopFileName(QStringLiteral("io.keydeck.Keydeck"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/keydeck.svg")));

    // Translations first, so --help is printed in the user's language.
    QCommandLineParser parser;
    CommandLine::configure(parser);
    parser.parse(QApplication::arguments());
    const QString language = parser.value(QStringLiteral("lang"));
    Translations::install(&app, language.isEmpty() ? QLocale() : QLocale(language));

    parser.process(app); // handles --help and --version, and exits on unknown options
    QString error;
    const CommandLineOptions options = CommandLine::read(parser, &error);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }

    MainWindow window;
    window.show();
    return QApplication::exec();
}

} // namespace Application
