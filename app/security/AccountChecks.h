#pragma once

#include "net/ApiError.h"
#include "providers/Dto.h"
#include "providers/TwoFactor.h"
#include "secrets/Account.h"
#include "security/Finding.h"
#include "ssh/LocalKeys.h"

#include <QDateTime>
#include <QFlags>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

// The server-side checks of the security overview (issue 23, docs/SECURITY-OVERVIEW.md "Account checks"): pure
// functions from what the providers' lists said to Findings. No I/O; SecurityScan gathers the lists.
namespace Security {

/** A part of an account's snapshot, each read by its own request. */
enum class SnapshotPart {
    SshKeys = 1 << 0, ///< the SSH key list (Spheron: every team's; one team failing marks that team only)
    ApiKeys = 1 << 1, ///< the API key list (Vast.ai)
    TwoFactor = 1 << 2, ///< the 2FA status (Vast.ai)
    Sessions = 1 << 3, ///< the login sessions (Vast.ai)
    AuditLog = 1 << 4, ///< the audit log (Vast.ai)
    Profile = 1 << 5, ///< the user object: which API key Keydeck uses (Vast.ai); the teams (Spheron AI)
};
Q_DECLARE_FLAGS(SnapshotParts, SnapshotPart)
Q_DECLARE_OPERATORS_FOR_FLAGS(SnapshotParts)

/** One list of registered SSH keys: the account's (Vast.ai), or one team's (Spheron AI). */
struct TeamKeys
{
    QString teamId; ///< empty for an account without teams
    QString teamName;
    QList<SshKey> keys;
    bool failed = false; ///< this team's list could not be read: no finding about its keys
    ApiError error; ///< why, when failed
};

/** What the providers said about one account, and which parts they could not say. */
struct AccountSnapshot
{
    Account account;
    QList<TeamKeys> sshKeys;
    QList<ApiKeyInfo> apiKeys;
    /** Unknown (nullopt) when the provider has no 2FA or its status could not be read. */
    std::optional<TwoFactorStatus> twoFactor;
    QList<LoginSession> sessions;
    QList<AuditEvent> auditEvents;
    /**
     * The id of the API key Keydeck calls with: users/current's key_id (Vast.ai), else the one the caller knew
     * (SecurityScan::Target::ownApiKeyId); empty when unknown.
     */
    QString ownApiKeyId;
    /** The parts this account's provider offers and that were asked for. */
    SnapshotParts asked;
    /**
     * The parts that could not be read (a subset of asked): their checks report nothing; the page says so. One
     * Spheron AI team failing marks only that team (TeamKeys::failed); SshKeys fails when no team could be listed.
     */
    SnapshotParts failed;
    /** Why each failed part failed. */
    QMap<SnapshotPart, ApiError> errors;

    /** True when @p part was asked for and read. */
    bool has(SnapshotPart part) const { return asked.testFlag(part) && !failed.testFlag(part); }
};

/** What an audit-log entry was about, read from its route (and method, when the server says). */
enum class EventKind {
    Other, ///< a read, or an action that is no security event
    SshKey, ///< an SSH key added, changed or removed
    ApiKey, ///< an API key created, deleted or reset
    TwoFactor, ///< a 2FA method added, changed or removed, new backup codes
    SignIn, ///< a 2FA sign-in (a new session)
    Session, ///< a session signed out
    Account, ///< the e-mail address or the password changed
};

/** A recent security event of an account's audit log, as the overview's Recent Activity lists it. */
struct ActivityEntry
{
    QString eventId; ///< the server's id; empty when it sends none
    QDateTime time;
    EventKind kind = EventKind::Other;
    QString action; ///< AuditEvent::action(): the method and route, never the entry's arguments
    QString ip;
    bool madeByKeydeck = false;
};

namespace AccountChecks {

/** The thresholds (docs/SECURITY-OVERVIEW.md, "Account checks"). */
constexpr int RotationDays = 90; ///< OldSshKey, OldApiKey
constexpr int ExpiryWarningDays = 30; ///< ApiKeyExpiring
constexpr int RecentActivityDays = 30; ///< RecentActivity
constexpr int MinRsaBits = 3072; ///< WeakSshKey

/** Where one account's registered keys are, by fingerprint: made once while its keys are read (findings()). */
struct KeyIndex
{
    /** Every key list was read; otherwise SharedSshKey cannot say "every account". */
    bool complete = false;
    struct Place
    {
        qsizetype team = 0; ///< in AccountSnapshot::sshKeys
        qsizetype key = 0; ///< in that TeamKeys::keys
        QString name; ///< as the findings name it
    };
    /** Each fingerprint's first place. */
    QHash<QString, Place> first;
};

/**
 * Every finding about one account, against the local public keys @p localKeys, at @p now; with @p index, also where
 * each of its keys is, for sharedKeyFindings() (each key's line is read once: issue 24 item 5).
 */
QList<Finding> findings(const AccountSnapshot& snapshot, const QList<LocalKey>& localKeys, const QDateTime& now,
                        KeyIndex* index = nullptr);

/**
 * SharedSshKey: a key registered in every account (at least two); one finding per account, so that each can be
 * snoozed there. Nothing when an account's key list could not be read in full.
 */
QList<Finding> sharedKeyFindings(const QList<AccountSnapshot>& snapshots);
/** The same from the accounts' key indexes (findings()), @p indexes in the order of @p snapshots. */
QList<Finding> sharedKeyFindings(const QList<AccountSnapshot>& snapshots, const QList<KeyIndex>& indexes);

/** What @p event was about. */
EventKind eventKind(const AuditEvent& event);
/** The stable word for @p kind in Finding::detail ("ssh-key", "api-key", "two-factor", …). */
QString eventKindName(EventKind kind);

/**
 * Whether Keydeck made @p event: when both the entry and Keydeck know a key id, whether they are the same (another
 * program using Keydeck's key counts as Keydeck; another Keydeck with another key does not); otherwise (a session's
 * call, or Keydeck's key id unknown) whether the entry's user agent, if recorded, is Keydeck's.
 */
bool madeByKeydeck(const AuditEvent& event, const QString& ownApiKeyId);

/**
 * The security events of @p snapshot's audit log at most RecentActivityDays before @p now, newest first, each
 * saying whether Keydeck made it; the ones it did not make are also RecentActivity findings. Nothing when the log
 * could not be read.
 */
QList<ActivityEntry> recentActivity(const AccountSnapshot& snapshot, const QDateTime& now);

} // namespace AccountChecks

} // namespace Security

Q_DECLARE_METATYPE(Security::AccountSnapshot)
