#pragma once

#include <QObject>
#include <QSettings>
#include <memory>

class Account;
class AccountsRegistry;
class ApiTransport;
class ConsoleProvider;
class ExpiryReminders;
class NetworkLog;

class SecretClipboard;
class SecretStore;
class SecretsService;

/**
 * The application's long-lived services, built once by the composition root and shared by the
 * windows: the one HTTP transport, the secret stores, the accounts registry. Tests build their own with a
 * MemorySecretStore standing in for the keychain and a temporary settings file.
 */
class AppServices : public QObject
{
    Q_OBJECT

public:
    /**
     * @param keychain the persistent secret store (KeychainSecretStore in the app).
     * @param settings where accounts are kept; defaults to the application's QSettings.
     */
    explicit AppServices(std::unique_ptr<SecretStore> keychain, std::unique_ptr<QSettings> settings = {},
                         QObject* parent = nullptr);
    ~AppServices() override;

    ApiTransport* transport() const { return m_transport; }
    SecretsService* secrets() const { return m_secrets; }
    AccountsRegistry* accounts() const { return m_accounts; }
    /** Copies secrets with the password-manager hint and clears them after a timeout. */
    SecretClipboard* clipboard() const { return m_clipboard; }
    /** This run's calls, redacted, for Help → Network Log; memory only. */
    NetworkLog* networkLog() const { return m_networkLog; }
    /** Every account's API key expiry reminders, from start-up on (issue 22 item 4). */
    ExpiryReminders* reminders() const { return m_reminders; }

    /** A provider for @p account's API, talking to its base URL; without credentials yet. */
    std::unique_ptr<ConsoleProvider> createProvider(const Account& account) const;

private:
    ApiTransport* m_transport;
    SecretsService* m_secrets;
    AccountsRegistry* m_accounts;
    SecretClipboard* m_clipboard;
    NetworkLog* m_networkLog;
    ExpiryReminders* m_reminders;
};
