#pragma once

#include <QString>

class AccountsRegistry;
class ExpiryReminders;
class SecretClipboard;
class SecretsService;

/**
 * The services a page or dialog may use besides its ConsoleProvider. Owned by the composition root
 * (Application); pages keep the pointer and never take ownership. Pointers may be null in tests that do
 * not need them.
 */
struct UiContext
{
    /** Copies secrets with the password-manager hint and clears them; public keys without a timer. */
    SecretClipboard* clipboard = nullptr;
    /** The active secret store (keychain or memory-only). */
    SecretsService* secrets = nullptr;
    /** Accounts metadata (label, provider, base URL, key expiry); never secrets. */
    AccountsRegistry* accounts = nullptr;
    /** The account the page shows. */
    QString accountId;
    /** The account is the local demo's: it has no web console, and the real one must never be linked. */
    bool demo = false;
    /** The app's expiry reminders; the API Keys tab shares its account's notifier. Null: the tab makes its own. */
    ExpiryReminders* reminders = nullptr;
};
