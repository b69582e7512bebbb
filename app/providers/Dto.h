#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

// Plain data the providers return. Both dialects are parsed into these shapes by VastJson and
// SpheronJson; fields a provider's API does not have stay empty (or std::nullopt).

/** One SSH public key registered with the account. */
struct SshKey
{
    QString id; ///< Vast integer ids are converted to text
    QString name; ///< Spheron only; empty for Vast.ai
    QString publicKey; ///< the OpenSSH line as the server stores it
    QDateTime createdAt; ///< invalid when the server does not say
    QString teamId; ///< Spheron only
    QString serverFingerprint; ///< as the server reports it; unreliable on Spheron (docs/api/spheron.md §2.1)
};

/** One API key of the account as listed (Vast.ai); never carries the key's value. */
struct ApiKeyInfo
{
    QString id;
    QString name;
    QJsonObject permissions; ///< {"api": {...}} or empty when the server does not list it
    QString rights; ///< the server's summary ("read", "full"…), may be empty
    QString teamId;
    QString teamName;
    QDateTime createdAt;
};

/** A key value the server shows exactly once (create, reset). Never log or persist `key` in clear. */
struct CreatedApiKey
{
    QString id; ///< empty when the server does not return one (reset)
    QString key;
};

/** The user's profile (Vast.ai GET /users/current). */
struct UserProfile
{
    QString id;
    QString username;
    QString fullname;
    QString email;
    bool emailVerified = false;
    std::optional<double> balance;
    std::optional<double> credit;
    QString tfaStatus; ///< "enabled", "disabled", "legacy" or empty when unknown
    /** The id of the API key the request was made with (`key_id`, docs/api/vast-endpoints.md §3.4, spec); empty if
     * absent. */
    QString apiKeyId;
};

/** The fields of a profile update; only the set ones are sent. */
struct ProfileUpdate
{
    std::optional<QString> fullname;
    std::optional<QString> username;
};

/** One team with its balance (Spheron GET /api/balance teams[]). */
struct Team
{
    QString id;
    QString name;
    QString role; ///< "owner", "admin", "member" or empty
    double balance = 0.0;
    bool isCurrent = false;
};

/** Balance and teams: Spheron's /api/balance, or Vast.ai's credit from the user object. */
struct AccountBalance
{
    QString currency; ///< "USD" when the server does not say
    std::optional<double> credit; ///< the account's own credit (Vast.ai); Spheron: the current team's balance
    QList<Team> teams; ///< empty for Vast.ai
};

/** One account environment variable (Vast.ai /secrets/); the server masks values on read. */
struct EnvVar
{
    QString name;
    QString maskedValue;
};

/** One login session (Vast.ai /auth/sessions/, undocumented shape: parsed tolerantly). */
struct LoginSession
{
    QString id;
    QString device;
    QString ip;
    QDateTime createdAt;
    QDateTime expiresAt;
    bool current = false;
};

/**
 * One entry of the account's audit log (Vast.ai GET /audit_logs/, docs/api/vast-endpoints.md §3.8): who did what,
 * from where. The CLI shows five columns (ip_address, api_key_id, created_at, api_route, args); the other fields are
 * read when a server sends them and stay empty otherwise.
 */
struct AuditEvent
{
    QString id; ///< the server's id when it sends one; empty otherwise (the CLI shows none)
    QDateTime time; ///< created_at; invalid when the server does not say
    QString route; ///< api_route as the server names it ("/api/v0/ssh/12/")
    QString method; ///< the HTTP method when the server says; empty otherwise
    /** args as compact text (an object or the server's own text); may name ids or names, shown as plain text. */
    QString summary;
    QString ip; ///< ip_address
    QString apiKeyId; ///< api_key_id: the key that made the call; empty for a session or when not said
    QString userAgent; ///< user_agent when the server sends it

    /** route with the method in front when it is known ("POST /api/v0/ssh/"). */
    QString action() const { return method.isEmpty() ? route : method + QLatin1Char(' ') + route; }
};

/** The result of a 2FA login: the session key (a secret: store it in the keychain) and the user. */
struct TwoFactorSession
{
    QString sessionKey;
    UserProfile profile;
    /** How many unused backup codes the account has left, when the answer says (docs/api/vast-endpoints.md §3.6). */
    std::optional<int> backupCodesRemaining;
};

Q_DECLARE_METATYPE(SshKey)
Q_DECLARE_METATYPE(ApiKeyInfo)
Q_DECLARE_METATYPE(UserProfile)
Q_DECLARE_METATYPE(Team)
Q_DECLARE_METATYPE(AccountBalance)
Q_DECLARE_METATYPE(EnvVar)
Q_DECLARE_METATYPE(LoginSession)
Q_DECLARE_METATYPE(AuditEvent)

/**
 * A list answer as read: the items Keydeck could read, and how many it could not (an item whose fields have types
 * no reference lists). One odd item must not fail a whole page (issue 19 item 4, docs/api/vast.md "Tolerant lists").
 */
template <typename T>
struct ReadList
{
    QList<T> items;
    int unreadable = 0;
};
