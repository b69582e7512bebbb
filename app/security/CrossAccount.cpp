#include "security/CrossAccount.h"

#include "providers/ConsoleProvider.h"
#include "ssh/PublicKey.h"

#include <QMetaObject>

#include <memory>
#include <utility>

namespace Security {

namespace {

using Done = std::function<void(const QList<TeamListing>&)>;

TeamListing readListing(const QString& accountId, const Team& team, ApiResult<QList<SshKey>> result)
{
    TeamListing listing;
    listing.accountId = accountId;
    listing.teamId = team.id;
    listing.teamName = team.name;
    listing.ok = result.ok();
    if (!listing.ok) {
        listing.error = result.error;
        return listing;
    }
    listing.unchecked = result.unreadableItems;
    for (const SshKey& key : std::as_const(*result.value)) {
        if (fingerprintOf(key.publicKey).isEmpty())
            ++listing.unchecked;
    }
    listing.keys = std::move(*result.value);
    return listing;
}

/** Lists @p teams one after another (a team's list may cost a request per key, docs/api/spheron.md §2.1). */
void listTeams(QPointer<ConsoleProvider> provider, const QString& accountId, std::shared_ptr<const QList<Team>> teams,
               int index, QList<TeamListing> read, QObject* context, Done done)
{
    if (index == teams->size() || !provider) {
        done(read);
        return;
    }
    const Team team = teams->at(index);
    provider->listSshKeys(team.id, context,
                          [provider, accountId, teams, index, read = std::move(read), context,
                           done = std::move(done)](ApiResult<QList<SshKey>> result) mutable {
                              read.append(readListing(accountId, teams->at(index), std::move(result)));
                              listTeams(provider, accountId, teams, index + 1, std::move(read), context,
                                        std::move(done));
                          });
}

void listTeams(QPointer<ConsoleProvider> provider, const QString& accountId, QList<Team> teams, QObject* context,
               Done done)
{
    listTeams(std::move(provider), accountId, std::make_shared<const QList<Team>>(std::move(teams)), 0, {}, context,
              std::move(done));
}

} // namespace

QString fingerprintOf(const QString& publicKeyLine)
{
    const PublicKey::Preview preview = PublicKey::preview(publicKeyLine);
    return preview.readable ? preview.fingerprint : QString();
}

void listAccountKeys(const AccountTarget& target, TeamScope scope, const QStringList& teams, QObject* context,
                     Done done)
{
    const QPointer<ConsoleProvider> provider = target.provider;
    const QString accountId = target.account.id;
    if (!provider) {
        // The account was closed meanwhile: nothing can be read, and the caller still hears back (never at once).
        QMetaObject::invokeMethod(
            context,
            [accountId, done = std::move(done)] {
                TeamListing failed;
                failed.accountId = accountId;
                failed.error = ApiError::make(ApiError::Kind::Unsupported);
                done({failed});
            },
            Qt::QueuedConnection);
        return;
    }
    if (!provider->has(ConsoleProvider::Capability::Teams)) {
        listTeams(provider, accountId, {Team()}, context, std::move(done));
        return;
    }
    if (!teams.isEmpty() || (scope == TeamScope::Current && !target.account.teamId.isEmpty())) {
        QList<Team> named;
        for (const QString& id : teams.isEmpty() ? QStringList {target.account.teamId} : teams) {
            Team team;
            team.id = id;
            named.append(team);
        }
        listTeams(provider, accountId, std::move(named), context, std::move(done));
        return;
    }
    provider->fetchBalance(
        context,
        [provider, accountId, scope, context, done = std::move(done)](ApiResult<AccountBalance> balance) mutable {
            if (!balance.ok()) {
                TeamListing failed;
                failed.accountId = accountId;
                failed.error = balance.error;
                done({failed});
                return;
            }
            QList<Team> chosen;
            for (const Team& team : std::as_const(balance.value->teams)) {
                if (scope == TeamScope::All || team.isCurrent)
                    chosen.append(team);
            }
            if (chosen.isEmpty() && !balance.value->teams.isEmpty())
                chosen.append(balance.value->teams.first()); // no team marked current: the server's first, as it shows
            if (chosen.isEmpty())
                chosen.append(Team()); // an account without teams: its one list
            listTeams(provider, accountId, std::move(chosen), context, std::move(done));
        });
}

} // namespace Security
