#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

// The security overview's one vocabulary (issue 23, docs/SECURITY-OVERVIEW.md): every check, local or
// server-side, reports Findings; ui/ turns them into words and runs their action. No sentence lives here.
namespace Security {

/** Which rule of the console's security checklist a finding breaks. */
enum class Check {
    // Registered SSH keys (from the providers' lists, matched against ~/.ssh)
    OldSshKey, ///< registered more than 90 days ago → Rotate
    UnknownSshKey, ///< registered, but no copy of it on this computer → Review
    WeakSshKey, ///< DSA, or RSA under 3072 bits → Replace
    DuplicateSshKey, ///< one key registered under several names in one account → information
    SharedSshKey, ///< one key registered in every account → information
    // Local files (~/.ssh, read-only until a click)
    UnprotectedPrivateKey, ///< a private key without a passphrase → Add a passphrase
    SshDirectoryMode, ///< ~/.ssh is not 0700 → Fix
    PrivateKeyMode, ///< a private key readable by others (not 0600) → Fix
    PublicKeyMode, ///< a public key writable by others → Fix
    // API keys
    ApiKeyExpiring, ///< a stored Spheron AI key expires within 30 days → Rotate
    ApiKeyExpired, ///< a stored Spheron AI key has expired → Rotate
    OldApiKey, ///< an API key older than 90 days → Rotate
    // Plaintext credentials
    PlaintextKeyFile, ///< the vastai CLI's or Spheron's key file → Import and remove
    PlaintextKeyExport, ///< `export VAST_API_KEY=` (or SPHERON_API_KEY) in a shell start-up file → Import and remove
    // Vast.ai account
    TwoFactorOff, ///< two-factor authentication is off → Set up
    OtherSessions, ///< signed in from other devices → Review
    RecentActivity, ///< a security event from the audit log Keydeck did not make → Review
};

enum class Severity { High, Medium, Info };

/** The one action a finding offers. */
enum class Action {
    None, ///< information only
    Rotate,
    Review,
    Remove,
    Replace,
    AddPassphrase,
    FixMode,
    RotateApiKey,
    ImportAndRemove,
    SetUpTwoFactor,
    ReviewSessions,
};

/** One finding. Never carries a secret: a plaintext credential is named by its file and line, not its value. */
struct Finding
{
    Check check = Check::OldSshKey;
    Severity severity = Severity::Medium;
    Action action = Action::None;
    /** The account it concerns; empty for a local finding that belongs to no account. */
    QString accountId;
    QString teamId; ///< Spheron AI: the team whose list showed it
    QString teamName;
    /** What it is about, as shown: a key's name, a file's path, a session's device, an event's summary. */
    QString subject;
    /** What the action works on: a server id (key, session, event), or a local file's path. */
    QString subjectId;
    QString fingerprint; ///< SHA256:… for key findings, else empty
    /** Extra facts for the sentence: an algorithm and size ("RSA 2048"), a file mode ("0644"), a variable name. */
    QString detail;
    /** The date the rule measures from: a key's creation, an expiry, an event's time. */
    QDateTime when;
    int line = 0; ///< PlaintextKeyExport: the 1-based line in the start-up file
    int count = 0; ///< how many names or accounts share a key, how many other sessions

    /** A stable identity for Snooze and Ignore, remembered per account in the non-secret store. */
    QString identity() const;
};

} // namespace Security

Q_DECLARE_METATYPE(Security::Finding)
