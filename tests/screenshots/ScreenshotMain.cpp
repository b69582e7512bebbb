// Renders the real main window against a seeded sandbox and saves one PNG per tab and dialect:
//   keydeck-screenshots --out DIR [--lang de] [--dark]
// Used by scripts/screenshots (README images) and by developers to look at what they built.
#include "AccountPages.h"
#include "AppServices.h"
#include "DarkPalette.h"
#include "MainWindow.h"
#include "accounts/OpenAccount.h"
#include "core/Translations.h"
#include "sandbox/SandboxServer.h"
#include "secrets/AccountsRegistry.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretError.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QPalette>
#include <QSettings>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>

namespace {

void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("keydeck-screenshots"));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("out"), QStringLiteral("Directory for the PNG files."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("lang"), QStringLiteral("Language (de, fr, en)."), QStringLiteral("lang")});
    parser.addOption({QStringLiteral("dark"), QStringLiteral("Use a dark palette.")});
    parser.process(app);
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty() || !QDir().mkpath(out)) {
        std::fprintf(stderr, "--out DIR is required\n");
        return 2;
    }
    if (parser.isSet(QStringLiteral("lang")))
        Translations::install(&app, QLocale(parser.value(QStringLiteral("lang"))));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (parser.isSet(QStringLiteral("dark")))
        QApplication::setPalette(TestSupport::darkPalette());

    SandboxServer sandbox;
    QString error;
    if (!sandbox.start({}, &error)) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
        return 1;
    }
    const SandboxDemo demo = sandbox.seedDemo();
    QTemporaryDir dir;
    AppServices services(std::make_unique<MemorySecretStore>(),
                         std::make_unique<QSettings>(dir.filePath(QStringLiteral("k.ini")), QSettings::IniFormat));

    struct Shot
    {
        Provider provider;
        QString name;
        QString key;
    };
    const QList<Shot> shots {{Provider::Vast, QStringLiteral("vast"), demo.vastApiKey},
                             {Provider::Spheron, QStringLiteral("spheron"), demo.spheronApiKey}};
    QStringList ids;
    for (const Shot& shot : shots) {
        Account account = Account::create(shot.provider,
                                          shot.provider == Provider::Vast ? QStringLiteral("Ada (Vast.ai)")
                                                                          : QStringLiteral("Lab team (Spheron AI)"));
        account.baseUrl = sandbox.baseUrl();
        bool done = false;
        services.accounts()->addWithApiKey(account, shot.key, &app, [&](const SecretError&) { done = true; });
        while (!done)
            settle(10);
        ids.append(account.id);
    }

    MainWindow window(&services);
    window.setPageBuilder([&](OpenAccount* session, QTabWidget* tabs, MainWindow* w) {
        AccountPages::build(&services, session, tabs, w);
    });
    window.resize(1100, 700);
    window.show();
    settle(300);
    window.grab().save(QDir(out).filePath(QStringLiteral("no-account.png")));
    for (int i = 0; i < shots.size(); ++i) {
        window.selectAccount(ids.at(i));
        settle(800);
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("mainTabs"));
        for (int t = 0; t < tabs->count(); ++t) {
            if (!tabs->isTabVisible(t))
                continue;
            tabs->setCurrentIndex(t);
            settle(700);
            const QString tabName
                = tabs->widget(t)->objectName().isEmpty() ? QString::number(t) : tabs->widget(t)->objectName();
            window.grab().save(QDir(out).filePath(QStringLiteral("%1-%2.png").arg(shots.at(i).name, tabName)));
        }
    }
    std::printf("screenshots written to %s\n", qPrintable(out));
    return 0;
}
