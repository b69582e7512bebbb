#pragma once

#include "secrets/Account.h"
#include "secrets/Provider.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class AccountsRegistry;
class QSettings;
class DemoSandbox;
class SecretsService;

/**
 * Keydeck's demo mode: runs the sandbox in-process on a random 127.0.0.1 port with its SQLite file in the app's
 * data directory (seeded once, kept across runs) and keeps one demo account per dialect in the AccountsRegistry,
 * its key stored through the SecretsService like any other account's.
 *
 * The demo account ids are remembered in settings (group "demo"), so isDemoAccount() also works before start().
 * The server stops when stop() is called or this object is destroyed.
 */
class DemoMode : public QObject
{
    Q_OBJECT

public:
    /** What start() did. */
    struct Result
    {
        /** The demo account for the requested dialect; empty on failure. */
        QString accountId;
        /** The demo account's API key (memory only: never log it); empty on failure. */
        QString apiKey;
        /** A translated sentence when start() failed; empty on success. */
        QString error;
        /** True when the account was added to the registry by this call (it did not exist before). */
        bool createdAccount = false;
        /**
         * True when existing demo data had to be reset because its key was no longer stored (for example after
         * a memory-only run); the UI may say so.
         */
        bool reseeded = false;
        /** True when the failure was the secret store's (no keychain, locked): memory-only mode may help. */
        bool keyStorageFailed = false;

        bool ok() const { return error.isEmpty() && !accountId.isEmpty(); }
    };
    using Callback = std::function<void(const Result&)>;

    /** @p settings defaults to QSettings() (the application's settings); tests pass their own file. */
    DemoMode(AccountsRegistry* accounts, SecretsService* secrets, std::unique_ptr<QSettings> settings = {},
             QObject* parent = nullptr);
    ~DemoMode() override;

    /** Where the demo's database lives by default: "<AppDataLocation>/demo". */
    static QString defaultDataDirectory();
    /** The file name of the demo database inside the data directory. */
    static QString databaseFileName();

    /**
     * Starts the sandbox (once per run; later calls reuse it) with its database in @p dataDirectory, and
     * makes sure the demo account for @p dialect exists, points at this run's port and has a working key.
     * @p done runs exactly once, later, on @p context's thread (not at all when @p context dies first).
     */
    void start(Provider dialect, const QString& dataDirectory, QObject* context, Callback done);

    bool isRunning() const;
    /** The running sandbox's base URL (http://127.0.0.1:<port>), or an empty URL. */
    QUrl baseUrl() const;
    /** True when @p accountId is one of the demo accounts (so the window can mark it "Demo"). */
    bool isDemoAccount(const QString& accountId) const;
    /** The id reserved for @p dialect's demo account, or an empty string when none was reserved yet. */
    QString demoAccountId(Provider dialect) const;
    /** The label demo accounts get ("Vast.ai demo"). */
    static QString demoLabel(Provider dialect);

    /** Stops the sandbox; demo accounts stay in the registry and are refreshed by the next start(). */
    void stop();

private:
    struct StartJob;

    bool startServer(const QString& dataDirectory, bool* freshDatabase, QString* error);
    QString reserveAccountId(Provider dialect);
    void seed(const std::shared_ptr<StartJob>& job, bool reseeded);
    void finishWithKey(const std::shared_ptr<StartJob>& job, const QString& apiKey, const QString& teamId,
                       bool reseeded);
    Account::Storage storage() const;
    static QString settingsKey(Provider dialect);

    AccountsRegistry* m_accounts;
    SecretsService* m_secrets;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<DemoSandbox> m_server;
    QString m_dataDirectory;
};
