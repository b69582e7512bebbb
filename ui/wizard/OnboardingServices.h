#pragma once

#include <QString>

#include <functional>

class Account;
class AccountsRegistry;
class ConsoleProvider;
class CredentialImporter;
class DemoMode;
class SecretsService;
struct UiContext;

/** What the onboarding wizard works with; owned by the caller (Application), all but the optional ones required. */
struct OnboardingServices
{
    /**
     * Makes a new provider for @p account that talks to the account's effective base URL with @p apiKey. The
     * wizard takes ownership of the returned object.
     */
    using ProviderFactory = std::function<ConsoleProvider*(const Account& account, const QString& apiKey)>;

    AccountsRegistry* accounts = nullptr;
    SecretsService* secrets = nullptr;
    ProviderFactory providerFactory;
    /** Finds keys in the environment and the CLI's files; optional (no import offered without it). */
    CredentialImporter* importer = nullptr;
    /** Optional: without it the wizard does not offer the demo. */
    DemoMode* demo = nullptr;
    /** Where DemoMode keeps its data; empty means DemoMode::defaultDataDirectory(). */
    QString demoDataDirectory;
    /** Where local SSH keys are listed and generated; empty means KeyFiles::defaultDirectory() (~/.ssh). */
    QString sshDirectory;
    /** Optional; the wizard reads nothing from it today but keeps the page constructor shape. */
    UiContext* context = nullptr;
};
