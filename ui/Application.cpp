#include "Application.h"

#include "AccountPages.h"
#include "AppServices.h"
#include "MainWindow.h"
#include "accounts/OpenAccount.h"
#include "core/AppInfo.h"
#include "core/CommandLine.h"
#include "core/Translations.h"
#include "demo/DemoMode.h"
#include "platform/Platform.h"
#include "providers/ConsoleProvider.h"
#include "secrets/AccountsRegistry.h"
#include "secrets/CredentialImporter.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretError.h"
#include "secrets/SecretsService.h"
#include "widgets/AppStyle.h"
#include "widgets/Appearance.h"
#include "widgets/MessageBox.h"
#include "widgets/ViewStateKeeper.h"
#include "wizard/OnboardingServices.h"
#include "wizard/OnboardingWizard.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIcon>
#include <QLocale>
#include <QPointer>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <utility>
#include <vector>

namespace {

/**
 * Calls a function once @p window has painted for the first time, so that start-up work does not keep the window
 * off the screen (docs/PERFORMANCE.md, start-up); after a deadline in case it never paints (started minimised).
 */
class AfterFirstPaint : public QObject
{
public:
    AfterFirstPaint(QWidget* window, std::function<void()> then)
        : QObject(window)
        , m_window(window)
        , m_then(std::move(then))
    {
        qApp->installEventFilter(this); // paints go to the window's children, not to the window itself
        QTimer::singleShot(DeadlineMs, this, &AfterFirstPaint::fire);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType()
            && static_cast<QWidget*>(watched)->window() == m_window) {
            qApp->removeEventFilter(this);
            // After the paint has been flushed, not from inside it.
            QMetaObject::invokeMethod(this, &AfterFirstPaint::fire, Qt::QueuedConnection);
        }
        return false;
    }

private:
    static constexpr int DeadlineMs = 500;

    void fire()
    {
        if (!m_then)
            return;
        qApp->removeEventFilter(this);
        const std::function<void()> then = std::exchange(m_then, {});
        deleteLater();
        then();
    }

    QWidget* m_window;
    std::function<void()> m_then;
};

/** Everything the running app holds; lives for the whole event loop. */
class AppRoot
{
    // Its own translation context: the catalogs have its strings under "AppRoot" (lupdate), and a free tr()
    // with another context left them in English in every language.
    Q_DECLARE_TR_FUNCTIONS(AppRoot)

public:
    AppRoot()
        : m_services(std::make_unique<KeychainSecretStore>())
        , m_demo(m_services.accounts(), m_services.secrets())
        , m_window(&m_services)
        , m_viewState(&m_window)
    {
        // Sizes, splitters, columns and sorts as the user left them (issue 22 item 7): the window's own now, each
        // account's tables once its pages are built.
        m_viewState.track(&m_window);
        m_window.setAppearance(&m_appearance);
        QObject::connect(&m_window, &MainWindow::accountOpened, &m_window, [this] { m_viewState.track(&m_window); });
        m_window.setPageBuilder([this](OpenAccount* opened, QTabWidget* tabs, MainWindow* window) {
            AccountPages::build(&m_services, opened, tabs, window);
        });
        // A demo account's sandbox runs in-process on a new port each run: start it before the account opens.
        m_window.setAccountPreparer([this](const QString& id, std::function<void(const QString&)> done) {
            const auto account = m_services.accounts()->find(id);
            if (!account || !m_demo.isDemoAccount(id)) {
                done({});
                return;
            }
            // Not before the first paint: the account list selects its first row when it takes focus on show,
            // and starting the sandbox then (SQLite, QHttpServer, the TLS backend) kept the window off screen.
            whenPainted([this, provider = account->provider, done] {
                m_demo.start(provider, DemoMode::defaultDataDirectory(), &m_window,
                             [this, done](const DemoMode::Result& result) {
                                 updateDemoMarkers();
                                 done(result.ok() ? QString() : result.error);
                             });
            });
        });
        QObject::connect(&m_window, &MainWindow::addAccountRequested, &m_window, [this] { openWizard(true); });
        QObject::connect(m_services.secrets(), &SecretsService::probeFinished, &m_window,
                         [this](const SecretError& error) {
                             if (error.isOk())
                                 return;
                             m_window.showBanner(SecretsService::unavailableExplanation(error),
                                                 tr("Keep Keys in &Memory Only"), [this] {
                                                     m_services.secrets()->enableMemoryOnly();
                                                     m_window.hideBanner();
                                                 });
                         });
        updateDemoMarkers();
        new AfterFirstPaint(&m_window, [this] {
            // The icon too: loading Qt's SVG icon engine and rendering the icon took ~3 M instructions before the
            // first paint (docs/PERFORMANCE.md, start-up); window managers show it a moment later.
            QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/keydeck.svg")));
            m_painted = true;
            for (const auto& work : std::exchange(m_afterPaint, {}))
                work();
        });
    }

    void start(const CommandLineOptions& options)
    {
        m_window.show();
        // Slow start-up work waits until the window is on screen (docs/PERFORMANCE.md, start-up): the keychain
        // probe (libsecret opens its D-Bus session with a Diffie-Hellman exchange) and the demo's in-process
        // sandbox (QHttpServer loads Qt's TLS backend; the status bar says "Starting the local demo…" meanwhile).
        // A queued call alone still ran before the first paint.
        const QString demo = options.demoProvider;
        whenPainted([this, demo] {
            m_services.secrets()->probe();
            // The daily security check: its first run waits a while more (SecurityReminders::FirstCheckDelay).
            m_window.startSecurityReminders();
            if (!demo.isEmpty())
                startDemo(demo == QLatin1String("spheron") ? Provider::Spheron : Provider::Vast);
        });
        if (!demo.isEmpty()) {
            m_window.statusBar()->showMessage(tr("Starting the local demo…"));
            return;
        }
        // A saved account opens at once, so that the first paint shows it and not the no-account placeholders.
        const QString lastUsed = m_services.accounts()->lastUsedAccountId();
        const auto accounts = m_services.accounts()->accounts();
        if (accounts.isEmpty()) {
            openWizard(false); // first run
            return;
        }
        m_window.selectAccount(!lastUsed.isEmpty() && m_services.accounts()->find(lastUsed) ? lastUsed
                                                                                            : accounts.first().id);
    }

private:
    /** Runs @p work now if the window has painted, else right after its first paint (docs/PERFORMANCE.md). */
    void whenPainted(std::function<void()> work)
    {
        if (m_painted)
            work();
        else
            m_afterPaint.push_back(std::move(work));
    }

    void updateDemoMarkers()
    {
        QStringList ids;
        for (Provider provider : {Provider::Vast, Provider::Spheron}) {
            const QString id = m_demo.demoAccountId(provider);
            if (!id.isEmpty())
                ids.append(id);
        }
        m_window.setDemoAccountIds(ids);
    }

    void startDemo(Provider dialect)
    {
        m_window.statusBar()->showMessage(tr("Starting the local demo…"));
        m_demo.start(dialect, DemoMode::defaultDataDirectory(), &m_window, [this, dialect](const DemoMode::Result& r) {
            m_window.statusBar()->clearMessage();
            updateDemoMarkers();
            if (r.ok()) {
                m_window.selectAccount(r.accountId);
                return;
            }
            if (r.keyStorageFailed && !m_services.secrets()->isMemoryOnly()
                && MessageBox::confirm(&m_window, tr("No Keychain"),
                                       SecretsService::unavailableExplanation(m_services.secrets()->lastError()),
                                       tr("Keep Keys in &Memory Only"))) {
                m_services.secrets()->enableMemoryOnly();
                startDemo(dialect);
                return;
            }
            MessageBox::warning(&m_window, tr("Local Demo"), tr("The local demo could not start."), r.error);
        });
    }

    void openWizard(bool skipWelcome)
    {
        if (m_wizard) {
            m_wizard->raise();
            m_wizard->activateWindow();
            return;
        }
        OnboardingServices services;
        services.accounts = m_services.accounts();
        services.secrets = m_services.secrets();
        services.importer = &m_importer;
        services.demo = &m_demo;
        services.providerFactory = [this](const Account& account, const QString& apiKey) {
            ConsoleProvider* provider = m_services.createProvider(account).release();
            provider->setCredentials({apiKey, {}});
            return provider;
        };
        auto* wizard = new OnboardingWizard(services, &m_window);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        if (skipWelcome)
            wizard->skipWelcome();
        QObject::connect(wizard, &OnboardingWizard::accountCreated, &m_window, [this](const QString& id) {
            updateDemoMarkers();
            m_window.selectAccount(id);
        });
        m_wizard = wizard;
        wizard->open();
    }

    AppServices m_services;
    DemoMode m_demo;
    CredentialImporter m_importer;
    Appearance m_appearance; // before the window: a dark mode is set before it is built
    MainWindow m_window;
    ViewStateKeeper m_viewState; // after the window: it saves the window's geometry when it goes, before the window
    QPointer<OnboardingWizard> m_wizard;
    bool m_painted = false;
    std::vector<std::function<void()>> m_afterPaint;
};

} // namespace

namespace Application {

int run(QApplication& app)
{
    return run(app, QApplication::arguments());
}

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(AppInfo::name());
    QCoreApplication::setApplicationName(QStringLiteral("keydeck"));
    QCoreApplication::setApplicationVersion(AppInfo::version());
}

/**
 * Installs the translations the command line asks for and evaluates it: an exit code when it was answered (help,
 * version, a usage error), else none with the options to run with. Qt's own --help-all needs @p parser after it.
 */
std::optional<int> answerCommandLine(QCoreApplication& app, const QStringList& arguments, QCommandLineParser& parser,
                                     CommandLineOptions* options)
{
    // Translations first, so --help is printed in the user's language: a first parser only finds --lang, the
    // real one is built after the translators are installed (its option texts are translated on construction).
    QString language;
    {
        QCommandLineParser languageParser;
        CommandLine::configure(languageParser);
        languageParser.parse(arguments);
        language = languageParser.value(QStringLiteral("lang"));
    }
    Translations::install(&app, language.isEmpty() ? QLocale() : QLocale(language));
    CommandLine::configure(parser);

    const CommandLineOutcome outcome = CommandLine::evaluate(parser, arguments);
    switch (outcome.action) {
    case CommandLineOutcome::Action::Run:
        *options = outcome.options;
        return std::nullopt;
    case CommandLineOutcome::Action::PrintHelpAll:
        parser.process(arguments); // only Qt's parser can list Qt's own options; it prints them and exits 0
        return 0;
    case CommandLineOutcome::Action::PrintHelp:
    case CommandLineOutcome::Action::PrintVersion:
        std::fputs(outcome.text.toLocal8Bit().constData(), stdout);
        return 0;
    case CommandLineOutcome::Action::Fail:
        std::fprintf(stderr, "%s\n", outcome.text.toLocal8Bit().constData());
        return CommandLine::UsageError;
    }
    return CommandLine::UsageError;
}

} // namespace

bool onlyPrints(int argc, char* argv[])
{
    bool prints = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help-all")
            return false; // Qt's GUI options are listed only by a QGuiApplication
        prints = prints || arg == "--version" || arg == "-v" || arg == "--help" || arg == "-h" || arg == "-?";
    }
    return prints;
}

std::optional<int> answerWithoutWindow(QCoreApplication& app)
{
    setIdentity();
    QCommandLineParser parser;
    CommandLineOptions options;
    return answerCommandLine(app, QCoreApplication::arguments(), parser, &options);
}

int run(QApplication& app, const QStringList& arguments)
{
    // Before anything reads a key: a crash must not write one to disk (docs/SECURITY.md, "Core dumps").
    if (!Platform::disableCoreDumps())
        qWarning("Could not switch off core dumps.");
    setIdentity();
    QApplication::setApplicationDisplayName(AppInfo::name());
    QApplication::setDesktopFileName(QStringLiteral("io.keydeck.Keydeck"));
    AppStyle::install();

    QCommandLineParser parser;
    CommandLineOptions options;
    if (const std::optional<int> answered = answerCommandLine(app, arguments, parser, &options))
        return *answered;

    AppRoot root;
    root.start(options);
    return QApplication::exec();
}

} // namespace Application
