#include "Application.h"

#include "AppServices.h"
#include "MainWindow.h"
#include "core/AppInfo.h"
#include "core/CommandLine.h"
#include "core/Translations.h"
#include "secrets/AccountsRegistry.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretError.h"
#include "secrets/SecretsService.h"

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

    AppServices services(std::make_unique<KeychainSecretStore>());
    MainWindow window(&services);

    // Say at once when no keychain works, and offer the session-only mode instead of any plaintext fallback.
    QObject::connect(services.secrets(), &SecretsService::probeFinished, &window, [&](const SecretError& probeError) {
        if (probeError.isOk())
            return;
        window.showBanner(SecretsService::unavailableExplanation(probeError),
                          QCoreApplication::translate("Application", "Use &Session-Only Mode"), [&] {
                              services.secrets()->enableSessionOnly();
                              window.hideBanner();
                          });
    });
    services.secrets()->probe();

    const QString lastUsed = services.accounts()->lastUsedAccountId();
    const auto accounts = services.accounts()->accounts();
    if (!lastUsed.isEmpty() && services.accounts()->find(lastUsed))
        window.selectAccount(lastUsed);
    else if (!accounts.isEmpty())
        window.selectAccount(accounts.first().id);

    window.show();
    return QApplication::exec();
}

} // namespace Application
