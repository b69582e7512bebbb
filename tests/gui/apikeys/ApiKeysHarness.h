#pragma once

// The API Keys tab against the real sandbox, shared by the focused suites of this folder (the real provider and
// transport, a memory secret store, the real clipboard guard), as tst_apikeyspage sets it up.

#include "MessageBoxChecks.h"
#include "UiContext.h"
#include "clipboard/SecretClipboard.h"
#include "net/ApiTransport.h"
#include "pages/apikeys/ApiKeysPage.h"
#include "providers/SpheronProvider.h"
#include "providers/VastProvider.h"
#include "sandbox/SandboxServer.h"
#include "secrets/AccountsRegistry.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretsService.h"

#include <QApplication>
#include <QClipboard>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

class ApiKeysHarness
{
public:
    QTemporaryDir dir;
    std::unique_ptr<SandboxServer> sandbox;
    SandboxDemo demo;
    std::unique_ptr<ApiTransport> transport;
    std::unique_ptr<ConsoleProvider> provider;
    std::unique_ptr<SecretsService> secrets;
    std::unique_ptr<AccountsRegistry> accounts;
    std::unique_ptr<SecretClipboard> clipboard;
    UiContext context;
    Account account;
    std::unique_ptr<ApiKeysPage> page;

    /** Starts a seeded sandbox; false (with a message) when it cannot. */
    bool startSandbox(QString* error)
    {
        sandbox = std::make_unique<SandboxServer>();
        if (!sandbox->start(SandboxServer::Options(), error))
            return false;
        demo = sandbox->seedDemo();
        QSettings().clear();
        transport = std::make_unique<ApiTransport>();
        return true;
    }

    /** The page for a new account of @p kind that uses @p key, shown; false when the key could not be stored. */
    bool openPage(Provider kind, const QString& key, bool demoAccount = false)
    {
        if (kind == Provider::Vast)
            provider = std::make_unique<VastProvider>(transport.get());
        else
            provider = std::make_unique<SpheronProvider>(transport.get());
        provider->setBaseUrl(sandbox->baseUrl());
        provider->setCredentials(ProviderCredentials {key, {}});
        secrets = std::make_unique<SecretsService>(std::make_unique<MemorySecretStore>());
        accounts = std::make_unique<AccountsRegistry>(
            secrets.get(),
            std::make_unique<QSettings>(dir.filePath(QStringLiteral("accounts.ini")), QSettings::IniFormat));
        account = Account::create(kind, QStringLiteral("Demo account"));
        account.baseUrl = sandbox->baseUrl();
        bool stored = false;
        accounts->addWithApiKey(account, key, accounts.get(), [&stored](const SecretError& e) { stored = e.isOk(); });
        if (!QTest::qWaitFor([&] { return stored; }, 5000))
            return false;
        clipboard = std::make_unique<SecretClipboard>(QGuiApplication::clipboard());
        clipboard->setClearTimeout(std::chrono::seconds(60));
        context = UiContext {clipboard.get(), secrets.get(), accounts.get(), account.id, demoAccount};
        page = std::make_unique<ApiKeysPage>(provider.get(), &context);
        page->resize(900, 680);
        page->show();
        return QTest::qWaitForWindowExposed(page.get());
    }

    void reset()
    {
        page.reset();
        clipboard.reset();
        accounts.reset();
        secrets.reset();
        provider.reset();
        transport.reset();
        sandbox.reset();
    }

    template <typename T>
    T* child(const char* name) const
    {
        return page ? page->findChild<T*>(QLatin1String(name)) : nullptr;
    }

    /** The top-level or child widget of type T named @p name once it is visible, within 10 s. */
    template <typename T>
    T* waitFor(const char* name) const
    {
        T* found = nullptr;
        (void)QTest::qWaitFor(
            [&] {
                found = page->findChild<T*>(QLatin1String(name));
                return found && found->isVisible();
            },
            10000);
        return found && found->isVisible() ? found : nullptr;
    }

    /** The key stored for the account; empty when none or unreadable. */
    QString storedKey()
    {
        QString result;
        bool done = false;
        secrets->keychainStore()->read(account.id, SecretKind::ApiKey, page.get(),
                                       [&](const SecretError& e, const QString& key) {
                                           result = e.isOk() ? key : QString();
                                           done = true;
                                       });
        (void)QTest::qWaitFor([&] { return done; }, 5000);
        return result;
    }

    /** Whether @p key is accepted by the sandbox now (a separate Vast.ai provider). */
    bool vastKeyWorks(const QString& key)
    {
        VastProvider other(transport.get());
        other.setBaseUrl(sandbox->baseUrl());
        other.setCredentials(ProviderCredentials {key, {}});
        std::optional<bool> ok;
        QObject context;
        other.verifyKey(&context, [&](ApiResult<void> r) { ok = r.ok(); });
        (void)QTest::qWaitFor([&] { return ok.has_value(); }, 10000);
        return ok.value_or(false);
    }

    /** A Vast.ai key restricted to reading and writing the user (so it may reset), made with the main key. */
    QString vastRestrictedWriterKey()
    {
        VastProvider main(transport.get());
        main.setBaseUrl(sandbox->baseUrl());
        main.setCredentials(ProviderCredentials {demo.vastApiKey, {}});
        const QJsonObject permissions {{QStringLiteral("api"),
                                        QJsonObject {{QStringLiteral("user_read"), QJsonObject()},
                                                     {QStringLiteral("user_write"), QJsonObject()}}}};
        std::optional<QString> key;
        QObject context;
        main.createApiKey(QStringLiteral("deploy bot"), permissions, &context,
                          [&](ApiResult<CreatedApiKey> r) { key = r.ok() ? r.value->key : QString(); });
        (void)QTest::qWaitFor([&] { return key.has_value(); }, 10000);
        return key.value_or(QString());
    }
};
