#include "providers/AccountSetup.h"

#include "providers/ConsoleProvider.h"
#include "secrets/AccountsRegistry.h"
#include "secrets/SecretsLogging.h"

#include <QPointer>

namespace AccountSetup {

namespace {

class Words
{
    Q_DECLARE_TR_FUNCTIONS(AccountSetup)
};

} // namespace

void verify(ConsoleProvider* provider, const Details& known, QObject* context, VerifyCallback done)
{
    provider->verifyKey(context, [provider, known, context, done = std::move(done)](const ApiResult<void>& result) {
        if (!result.ok()) {
            done(result.error, known);
            return;
        }
        fetchDetails(provider, known, context, [done](const Details& details) { done(ApiError(), details); });
    });
}

void fetchDetails(ConsoleProvider* provider, const Details& known, QObject* context, DetailsCallback done)
{
    // One more cheap call for what the later steps need: Spheron's current team (SSH keys are per team), or the Vast
    // user name for a friendlier default account name. Its failure does not undo the verification.
    if (provider->has(ConsoleProvider::Capability::Teams) && known.teamId.isEmpty()) {
        provider->fetchBalance(context, [known, done = std::move(done)](const ApiResult<AccountBalance>& result) {
            Details details = known;
            if (result.ok()) {
                for (const Team& team : result.value->teams) {
                    if (team.isCurrent)
                        details.teamId = team.id;
                }
            }
            done(details);
        });
        return;
    }
    if (provider->has(ConsoleProvider::Capability::ProfileRead) && known.profileName.isEmpty()) {
        provider->fetchProfile(context, [known, done = std::move(done)](const ApiResult<UserProfile>& result) {
            Details details = known;
            if (result.ok())
                details.profileName = result.value->username;
            done(details);
        });
        return;
    }
    done(known);
}

QString defaultLabel(Provider provider, const QString& profileName)
{
    const QString name = Providers::displayName(provider);
    return profileName.isEmpty() ? name : Words::tr("%1 (%2)").arg(name, profileName);
}

Account newAccount(Provider provider, const QString& label, Account::Storage storage, const QUrl& baseUrl,
                   const QString& teamId)
{
    Account account = Account::create(provider, label, storage);
    if (!baseUrl.isEmpty())
        account.baseUrl = baseUrl;
    account.teamId = teamId;
    return account;
}

void save(AccountsRegistry* accounts, const Account& account, const QString& apiKey, const QString& sessionKey,
          QObject* context, SecretStore::DoneCallback done)
{
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    accounts->addWithApiKey(
        account, apiKey, accounts,
        [accounts, account, sessionKey, guard, hasContext, done = std::move(done)](const SecretError& error) {
            const bool added = error.isOk() && accounts->find(account.id).has_value();
            if (!added || sessionKey.isEmpty()) {
                if (!hasContext || guard)
                    done(error);
                return;
            }
            accounts->storeFor(account)->write(account.id, SecretKind::SessionKey, sessionKey, accounts,
                                               [account, guard, hasContext, done](const SecretError& sessionError) {
                                                   // Not fatal: the next start asks for a code again.
                                                   if (!sessionError.isOk())
                                                       qCWarning(lcKeychain) << "session key of" << account.id
                                                                             << "not stored:" << sessionError.detail();
                                                   if (!hasContext || guard)
                                                       done(SecretError());
                                               });
        });
}

} // namespace AccountSetup
