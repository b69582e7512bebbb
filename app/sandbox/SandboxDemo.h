#pragma once

#include <QString>
#include <QStringList>

/** Which seeded account an operation targets. */
enum class SandboxAccount {
    VastDemo, ///< the Vast.ai demo user (Ada)
    SpheronDemo, ///< the Spheron AI demo user's current team
};

/** Credentials of the seeded demo accounts (returned by SandboxServer::seedDemo(); keys are fresh each time). */
struct SandboxDemo
{
    /** Full-access API key of the Vast demo user (the account's main key). */
    QString vastApiKey;
    /** A key of the same user limited to {"api": {"user_read": {}}}. */
    QString vastReadOnlyKey;
    qint64 vastUserId = 0;
    /** A valid, unexpired session key of the demo user (one of the three listed sessions). */
    QString vastSessionKey;
    /** A session key that expired three days ago: answers 404 "Session expired. Please log in again.". */
    QString vastExpiredSessionKey;
    /** API key of a second Vast user with 2FA on: 401 "Two Factor Authentication…" until POST /tfa/. */
    QString vastTfaApiKey;
    /** A session key of the 2FA user that expired two days ago. */
    QString vastTfaExpiredSessionKey;
    /** The code POST /api/v0/tfa/ accepts ("123456"), for every method (TOTP, SMS, e-mail). */
    QString vastTfaCode;
    /** The 2FA user's ten unused backup codes (each works once). */
    QStringList vastTfaBackupCodes;

    /** Valid `sai_pk_…` key of the Spheron demo user (expires in 320 days). */
    QString spheronApiKey;
    /** The demo user's current team, where the user is `owner`. */
    QString spheronTeamId;
    /** A second team where the demo user is only a `member` (may list keys, not add or delete). */
    QString spheronMemberTeamId;
    /** API key of Charles, the owner of spheronMemberTeamId: puts keys in the team where the demo user is a member. */
    QString spheronMemberTeamOwnerKey;
    /** A key of the same user that expired ten days ago. */
    QString spheronExpiredKey;
    /** A key of the same user that was revoked. */
    QString spheronRevokedKey;
};
