#include "BenchAccounts.h"

#include "AccountPages.h"
#include "AppServices.h"
#include "BenchSupport.h"
#include "MainWindow.h"
#include "net/ApiTransport.h"
#include "providers/VastProvider.h"
#include "secrets/AccountsRegistry.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretError.h"
#include "widgets/StatefulView.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProgressBar>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <memory>

#if !defined(KEYDECK_SANDBOX_TOOL)
#error "tests/bench/CMakeLists.txt defines where keydeck-sandbox is"
#endif

namespace Bench {
namespace {

constexpr int kLatencyMs = 150;

[[noreturn]] void fail(const QString& message)
{
    std::fprintf(stderr, "bench_keydeck: %s\n", message.toUtf8().constData());
    std::exit(1);
}

/** Every Vast.ai answer of @p sandbox waits @p ms (a latency fault through its admin route, docs/SANDBOX.md). */
void addLatency(const SandboxProcess& sandbox, int ms)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(sandbox.baseUrl().toString() + QStringLiteral("/_sandbox/faults")));
    request.setRawHeader(sandbox.adminHeader(), sandbox.adminToken());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QJsonObject fault {{QStringLiteral("kind"), QStringLiteral("latency")},
                             {QStringLiteral("path"), QStringLiteral("/api/v0/")},
                             {QStringLiteral("match"), QStringLiteral("prefix")},
                             {QStringLiteral("latencyMs"), ms}};
    QNetworkReply* reply = nam.post(request, QJsonDocument(fault).toJson(QJsonDocument::Compact));
    if (!waitUntil([reply] { return reply->isFinished(); }) || reply->error() != QNetworkReply::NoError)
        fail(QStringLiteral("the sandbox refused the latency fault: %1").arg(reply->errorString()));
    reply->deleteLater();
}

/** One GET /users/current through a fresh ApiTransport (a new connection: the TLS handshake counts). */
double oneRequest(const SandboxProcess& sandbox)
{
    ApiTransport transport;
    VastProvider provider(&transport);
    provider.setCredentials({sandbox.vastApiKey(), {}});
    provider.setBaseUrl(sandbox.baseUrl());
    QObject context;
    bool done = false;
    bool ok = false;
    const double start = monotonicMs();
    provider.fetchProfile(&context, [&](ApiResult<UserProfile> result) {
        ok = result.ok();
        done = true;
    });
    if (!waitUntil([&] { return done; }))
        fail(QStringLiteral("users/current did not answer"));
    const double elapsed = monotonicMs() - start;
    if (!ok)
        fail(QStringLiteral("users/current failed"));
    return elapsed;
}

/** A main window with the real services and two Vast.ai accounts (memory-only keys) on the sandbox. */
struct WindowRig
{
    QTemporaryDir dir;
    std::unique_ptr<AppServices> services;
    std::unique_ptr<MainWindow> window;
    QString first;
    QString second;

    explicit WindowRig(const SandboxProcess& sandbox)
    {
        services = std::make_unique<AppServices>(
            std::make_unique<MemorySecretStore>(),
            std::make_unique<QSettings>(dir.filePath(QStringLiteral("keydeck.ini")), QSettings::IniFormat));
        first = add(sandbox, QStringLiteral("Bench A"));
        second = add(sandbox, QStringLiteral("Bench B"));
        window = std::make_unique<MainWindow>(services.get());
        window->setPageBuilder([this](OpenAccount* opened, QTabWidget* tabs, MainWindow* w) {
            AccountPages::build(services.get(), opened, tabs, w);
        });
        window->resize(1100, 700);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            fail(QStringLiteral("the window was not shown"));
    }

    QString add(const SandboxProcess& sandbox, const QString& label)
    {
        Account account = Account::create(Provider::Vast, label, Account::Storage::MemoryOnly);
        account.baseUrl = sandbox.baseUrl();
        bool done = false;
        SecretError result;
        services->accounts()->addWithApiKey(account, sandbox.vastApiKey(), services.get(), [&](const SecretError& e) {
            result = e;
            done = true;
        });
        if (!waitUntil([&] { return done; }) || !result.isOk())
            fail(QStringLiteral("could not add the account: %1").arg(result.message()));
        return account.id;
    }

    /** Every page of account @p id has left its loading state (content or empty); an error page ends the bench. */
    bool everyTabHasData(const QString& id) const
    {
        if (window->currentAccountId() != id)
            return false;
        auto* tabs = window->findChild<QTabWidget*>(QStringLiteral("mainTabs"));
        if (!tabs || tabs->count() < 5)
            return false; // Vast.ai: Profile, SSH Keys, API Keys, Environment, Sessions
        static const QStringList names {QStringLiteral("profileView"), QStringLiteral("keysView"),
                                        QStringLiteral("envVarsView"), QStringLiteral("sessionsView")};
        for (int i = 0; i < tabs->count(); ++i) {
            bool found = false;
            for (const StatefulView* view : tabs->widget(i)->findChildren<StatefulView*>()) {
                if (!names.contains(view->objectName()))
                    continue;
                found = true;
                if (view->state() == StatefulView::State::Error)
                    fail(QStringLiteral("a page showed an error while the account opened"));
                if (view->state() == StatefulView::State::Loading)
                    return false;
            }
            if (!found)
                return false;
        }
        return true;
    }

    bool idle() const
    {
        const auto* busy = window->findChild<QProgressBar*>(QStringLiteral("busyIndicator"));
        return busy && !busy->isVisible();
    }

    /** Clicks account @p id in the sidebar; returns ms until every tab shows its data and the window repainted. */
    double open(const QString& id)
    {
        const double start = monotonicMs();
        window->selectAccount(id);
        if (!waitUntil([&] { return everyTabHasData(id); }, 60000))
            fail(QStringLiteral("the account's tabs did not all show data"));
        window->repaint();
        const double elapsed = monotonicMs() - start;
        // The rest of the work (a background refresh, the idle-time key parse) is not what the user waits for, but
        // it must not overlap the next measurement.
        QTest::qWait(50);
        if (!waitUntil([&] { return idle(); }, 60000))
            fail(QStringLiteral("the account stayed busy"));
        return elapsed;
    }
};

} // namespace

void benchOpenAccount(int runs)
{
    SandboxProcess sandbox;
    QString error;
    if (!sandbox.start(QStringLiteral(KEYDECK_SANDBOX_TOOL), 0, &error))
        fail(error);
    addLatency(sandbox, kLatencyMs);
    QList<double> opened, baseline, switchedBack;
    for (int i = 0; i <= runs; ++i) { // run 0 warms up (Qt's TLS backend, the pages' first construction)
        const double request = oneRequest(sandbox);
        WindowRig rig(sandbox);
        const double open = rig.open(rig.first);
        rig.open(rig.second);
        const double back = rig.open(rig.first);
        if (i == 0)
            continue;
        baseline << request;
        opened << open;
        switchedBack << back;
    }
    setFigureSuffix({}); // the figures say TLS themselves
    print(ratioRow(
        QStringLiteral("Open an account over a %1 ms link (TLS): click → every tab's first data").arg(kLatencyMs),
        median(opened), median(baseline), 1.5));
    print(limitRow(QStringLiteral("Switch back to an account opened before (%1 ms link, TLS): click → its data on "
                                  "screen")
                       .arg(kLatencyMs),
                   median(switchedBack), 16));
}

} // namespace Bench
