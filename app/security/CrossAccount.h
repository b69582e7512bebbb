#pragma once

#include "net/ApiError.h"
#include "providers/Dto.h"
#include "secrets/Account.h"

#include <QList>
#include <QMetaType>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>

class ConsoleProvider;

// What the security overview's actions across accounts share (issue 23, docs/SECURITY-OVERVIEW.md "Across
// accounts"): which accounts they act on, and how they read every account's SSH keys.
namespace Security {

/** One account to act on and the provider that speaks for it (the UI makes it as for the account's pages). */
struct AccountTarget
{
    Account account;
    QPointer<ConsoleProvider> provider;
};

/** One list of SSH keys as read: an account's, or on Spheron AI one team's. */
struct TeamListing
{
    QString accountId;
    QString teamId; ///< empty for a provider without teams (Vast.ai), or when the teams could not be read
    QString teamName; ///< empty when not known (a team the caller named)
    bool ok = false;
    QList<SshKey> keys;
    /** Why the list (or, with an empty teamId on Spheron AI, the account's teams) could not be read. */
    ApiError error;
    /** Items the list answer left out (issue 19 item 4) plus keys whose text is missing or unreadable. */
    int unchecked = 0;
};

/** Where a key is registered. */
struct KeyPlace
{
    QString accountId;
    QString teamId; ///< Spheron AI only
    QString teamName;
    QString keyId;
    QString keyName; ///< the server's name; for removal, else the key's comment (Vast.ai keys have no name)

    bool operator==(const KeyPlace&) const = default;
};

/** A list that could not be read: the key may be registered there unseen. */
struct ListingFailure
{
    QString accountId;
    QString teamId; ///< empty: the account's list, or (Spheron AI) its teams, could not be read
    QString teamName;
    ApiError error;
};

/** Which teams of a provider with teams (Spheron AI) to read. */
enum class TeamScope {
    All, ///< every team the account can see (fetchBalance())
    Current, ///< the account's current team: Account::teamId, else the one fetchBalance() marks current
};

/**
 * The SHA256 fingerprint of an OpenSSH public key line, computed here from the key data (PublicKey::preview), never
 * taken from a server: Spheron AI's `fingerprint` field hashes the key type alone (docs/api/spheron.md §2.1). Empty
 * when the line is not a readable key.
 */
QString fingerprintOf(const QString& publicKeyLine);

/**
 * Reads the SSH keys of @p target: one list, or on a provider with teams one per team of @p scope (or exactly
 * @p teams when not empty), one after another. @p done runs once with every list read (a failed list included), on
 * @p context's thread, unless @p context is destroyed first.
 */
void listAccountKeys(const AccountTarget& target, TeamScope scope, const QStringList& teams, QObject* context,
                     std::function<void(const QList<TeamListing>&)> done);

} // namespace Security

Q_DECLARE_METATYPE(Security::KeyPlace)
