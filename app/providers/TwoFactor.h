#pragma once

#include "net/ApiError.h"
#include "providers/Dto.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Two-factor authentication beyond the TOTP sign-in (issue 20, docs/api/vast-endpoints.md §3.7): the account's
// methods,
// what proves the second factor for a call, and what a verification came to. No widgets: pages turn these into words.

/** One configured second factor (GET /tfa/status/ `methods[]`). */
struct TwoFactorMethod
{
    QString id;
    QString type; ///< "totp", "sms", "email", or what else the server names
    QString label;
    QString phoneNumber; ///< SMS only
    bool primary = false;
    QDateTime createdAt; ///< invalid when the server does not say
    QDateTime lastUsed; ///< invalid: never used, or not said
    int failCount = 0;
    QDateTime lockedUntil; ///< invalid: not locked
};

/** GET /tfa/status/. */
struct TwoFactorStatus
{
    bool enabled = false;
    QList<TwoFactorMethod> methods;
    std::optional<int> backupCodesRemaining;
};

/**
 * What proves the second factor for one call, in the fields vast-cli sends (docs/api/vast-endpoints.md §3.7): a
 * method's code (with the secret an SMS or e-mail code came with), or a backup code. Every field but the ids is a
 * secret.
 */
struct TwoFactorProof
{
    QString methodId; ///< tfa_method_id; empty: the server picks by type, else the primary
    QString methodType; ///< tfa_method: "totp", "sms", "email"
    QString code;
    QString secret;
    QString backupCode;

    static TwoFactorProof totp(const QString& code);
    static TwoFactorProof backup(const QString& backupCode);
    /** The body: only the fields that are set, as the CLI leaves out the others. */
    QJsonObject toJson() const;
};

/** POST /tfa/sms/, /tfa/email/, /tfa/authorize-new-method/: a code is on its way, to be sent back with `secret`. */
struct TwoFactorChallenge
{
    QString secret; ///< empty when the server authorized at once (a backup code)
    QString message; ///< the server's sentence, untranslated; may be empty
};

/** POST /tfa/totp-setup/: what goes into the authenticator app. Both are secrets. */
struct TotpSetup
{
    QString secret;
    QString provisioningUri;
};

/** POST /tfa/confirm-new/: the new method, and backup codes when it was the first (shown once). */
struct TwoFactorActivation
{
    TwoFactorMethod method;
    QStringList backupCodes;
};

/** DELETE /tfa/: how many methods are left; nullopt when the answer leaves it out (then 2FA is off). */
struct TwoFactorRemoval
{
    std::optional<int> remainingMethods;
};

/** What a verification came to: accepted, a wrong code, a locked method, an expired SMS code, or another failure. */
struct TwoFactorOutcome
{
    enum class Kind { Accepted, WrongCode, Locked, Expired, Failed };

    /** At or below this many backup codes the user is told to make new ones (as vast-cli warns). */
    static constexpr int kFewBackupCodes = 3;

    Kind kind = Kind::Failed;
    ApiError error; ///< Kind::Failed (and the others): the failure as it came
    std::optional<int> failCount;
    QDateTime lockedUntil; ///< Kind::Locked: when the lock ends (UTC); invalid when the server did not say
    std::optional<int> backupCodesRemaining; ///< Kind::Accepted after a backup code

    static TwoFactorOutcome accepted(std::optional<int> backupCodesRemaining);
    static TwoFactorOutcome fromError(const ApiError& error);
    bool fewBackupCodesLeft() const { return backupCodesRemaining && *backupCodesRemaining <= kFewBackupCodes; }
};

Q_DECLARE_METATYPE(TwoFactorMethod)
