#pragma once

#include "net/ApiError.h"
#include "secrets/Account.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class AccountsRegistry;
class ConsoleProvider;
class QObject;

/**
 * Making an account from an API key: the one path of the onboarding wizard (Add Account) and of the security
 * overview's *Import and Remove* (docs/SECURITY-OVERVIEW.md). The key is checked with a live call first, one more
 * cheap call learns what the account needs (Spheron AI's current team, the Vast.ai user name for its label), and only
 * then is the key stored and the account added (AccountsRegistry::addWithApiKey: no account without its key).
 * Callers keep their own RequestTracker: every call here takes the context its callbacks depend on.
 */
namespace AccountSetup {

/** What the calls after a passed check learned; either may stay empty (their failure undoes nothing). */
struct Details
{
    QString teamId; ///< Spheron AI: the team the server marks current
    QString profileName; ///< Vast.ai: the user name, for the default label
};

using VerifyCallback = std::function<void(const ApiError& error, const Details& details)>;
using DetailsCallback = std::function<void(const Details& details)>;

/**
 * Checks @p provider's key (ConsoleProvider::verifyKey); when it passes, fetchDetails(). @p done gets the check's
 * error (ApiError::Kind::None when the key works) and the details.
 */
void verify(ConsoleProvider* provider, const Details& known, QObject* context, VerifyCallback done);

/**
 * After the key passed (also after a two-factor sign-in): the team from the balance when the provider has teams and
 * @p known has none, else the user name from the profile when it has none; a failed call leaves it empty.
 */
void fetchDetails(ConsoleProvider* provider, const Details& known, QObject* context, DetailsCallback done);

/** The label a new account gets: the provider's name, with the user name when known ("Vast.ai (ada)"). */
QString defaultLabel(Provider provider, const QString& profileName);

/**
 * A new account (fresh id) to save: @p storage, @p baseUrl (empty: the provider's default) and the team of
 * fetchDetails().
 */
Account newAccount(Provider provider, const QString& label, Account::Storage storage, const QUrl& baseUrl,
                   const QString& teamId);

/**
 * Stores @p apiKey and adds @p account (AccountsRegistry::addWithApiKey), then a two-factor @p sessionKey if there
 * is one (its failure is not fatal: the next start asks for a code again). @p done gets the key's store result;
 * the account is in the registry when it is None.
 */
void save(AccountsRegistry* accounts, const Account& account, const QString& apiKey, const QString& sessionKey,
          QObject* context, SecretStore::DoneCallback done);

} // namespace AccountSetup
