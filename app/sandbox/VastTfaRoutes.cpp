#include "sandbox/VastDialect.h"

#include "sandbox/SandboxKeys.h"
#include "sandbox/SandboxStore.h"
#include "sandbox/SandboxVariants.h"

#include <QDateTime>

// The two-factor sign-in routes (issue 20, docs/api/vast-endpoints.md §3.7): the shared verification of codes, backup
// codes and challenge secrets, POST /tfa/ (sign in), GET /tfa/status/, and the SMS and e-mail codes. The management
// routes live in VastTfaManageRoutes.cpp.

namespace {

constexpr int kMaxFailures = 5;
constexpr qint64 kLockSeconds = 15 * 60;
constexpr qint64 kChallengeSeconds = 10 * 60;

qint64 nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}

QString normalizedBackupCode(const QString& code)
{
    return code.trimmed().toUpper();
}

/** tfa_method_id as the CLI sends it: a string from the command line, or a number from the SDK. */
qint64 methodIdOf(const QJsonValue& value)
{
    if (value.isDouble())
        return qint64(value.toDouble());
    bool ok = false;
    const qint64 id = value.toString().toLongLong(&ok);
    return ok ? id : -1;
}

} // namespace

bool VastDialect::allowedBeforeSession(Handler handler) const
{
    if (handler == &VastDialect::tfaLogin || handler == &VastDialect::tfaSendSms
        || handler == &VastDialect::tfaResendSms || handler == &VastDialect::tfaSendEmail)
        return true;
    // Variant tfa-status (docs/SANDBOX.md): whether the method list can be read before signing in.
    return handler == &VastDialect::tfaStatus && m_variants.is(QStringLiteral("tfa-status"), QStringLiteral("open"));
}

SandboxReply VastDialect::tfaRefusal(const QString& code, const QString& msg, const QJsonObject& extra) const
{
    // Variant tfa-refusal: the status of a refused verification is not in any public source (docs/api/vast.md §8).
    const int status = m_variants.value(QStringLiteral("tfa-refusal")).toInt();
    SandboxReply reply = error(status, code, msg);
    QJsonObject body = QJsonDocument::fromJson(reply.body).object();
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    reply.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return reply;
}

QJsonObject VastDialect::tfaMethodObject(const QVariantMap& row) const
{
    QJsonObject method {
        {QStringLiteral("id"), row.value(QStringLiteral("id")).toLongLong()},
        {QStringLiteral("user_id"), row.value(QStringLiteral("user_id")).toLongLong()},
        {QStringLiteral("is_primary"), row.value(QStringLiteral("is_primary")).toBool()},
        {QStringLiteral("method"), row.value(QStringLiteral("method")).toString()},
        {QStringLiteral("label"), row.value(QStringLiteral("label")).toString()},
        {QStringLiteral("created_at"), row.value(QStringLiteral("created_at")).toLongLong()},
        {QStringLiteral("last_used"), jsonOrNull(row.value(QStringLiteral("last_used")))},
        {QStringLiteral("fail_count"), row.value(QStringLiteral("fail_count")).toInt()},
        {QStringLiteral("locked_until"), jsonOrNull(row.value(QStringLiteral("locked_until")))},
    };
    if (row.value(QStringLiteral("method")).toString() == QLatin1String("sms"))
        method.insert(QStringLiteral("phone_number"), row.value(QStringLiteral("phone_number")).toString());
    return method;
}

int VastDialect::backupCodesRemaining(qint64 userId) const
{
    return m_store
        .scalar(QStringLiteral("SELECT COUNT(*) FROM vast_tfa_backup_codes WHERE user_id = ? AND used_at IS NULL"),
                {userId})
        .toInt();
}

QJsonArray VastDialect::newBackupCodes(qint64 userId)
{
    m_store.exec(QStringLiteral("DELETE FROM vast_tfa_backup_codes WHERE user_id = ?"), {userId});
    QJsonArray codes;
    for (int i = 0; i < 10; ++i) {
        const QString code = SandboxKeys::tfaBackupCode();
        m_store.insert(QStringLiteral("INSERT INTO vast_tfa_backup_codes (user_id, code_hash) VALUES (?, ?)"),
                       {userId, SandboxKeys::hash(code)});
        codes.append(code);
    }
    return codes;
}

QString VastDialect::newChallenge(qint64 userId, const QString& purpose, qint64 methodId, const QString& phone)
{
    const QString secret = purpose == QLatin1String("totp-setup") ? SandboxKeys::totpSecret() : SandboxKeys::vastKey();
    m_store.insert(QStringLiteral("INSERT INTO vast_tfa_challenges (user_id, secret_hash, purpose, method_id, "
                                  "phone_number, expires_at) VALUES (?, ?, ?, ?, ?, ?)"),
                   {userId, SandboxKeys::hash(secret), purpose, methodId >= 0 ? QVariant(methodId) : QVariant(),
                    phone.isEmpty() ? QVariant() : QVariant(phone), nowSeconds() + kChallengeSeconds});
    return secret;
}

VastDialect::TfaCheck VastDialect::verifyTfa(qint64 userId, const QJsonObject& body, bool challengeChecked)
{
    TfaCheck check;
    const QString backupCode = normalizedBackupCode(body.value(QLatin1String("backup_code")).toString());
    const QString code = body.value(QLatin1String("code")).toString().trimmed();
    if (backupCode.isEmpty() && code.isEmpty()) {
        check.refusal = error(400, QStringLiteral("missing_input"),
                              QStringLiteral("A 2FA code or a backup code is "
                                             "required."));
        return check;
    }
    // The method the attempt counts against: the one named, else the only one of the type named, else the primary.
    QVariantMap method;
    if (body.contains(QLatin1String("tfa_method_id"))) {
        method = m_store.selectOne(QStringLiteral("SELECT * FROM vast_tfa_methods WHERE id = ? AND user_id = ?"),
                                   {methodIdOf(body.value(QLatin1String("tfa_method_id"))), userId});
    } else if (backupCode.isEmpty() && body.value(QLatin1String("tfa_method")).isString()) {
        const auto rows = m_store.select(
            QStringLiteral("SELECT * FROM vast_tfa_methods WHERE user_id = ? AND method = ? ORDER BY id"),
            {userId, body.value(QLatin1String("tfa_method")).toString()});
        if (rows.size() > 1) {
            check.refusal = error(400, QStringLiteral("ambiguous_method"),
                                  QStringLiteral("You have several methods of this type: give tfa_method_id."));
            return check;
        }
        if (!rows.isEmpty())
            method = rows.first();
    } else {
        method = m_store.selectOne(
            QStringLiteral("SELECT * FROM vast_tfa_methods WHERE user_id = ? ORDER BY is_primary DESC, id LIMIT 1"),
            {userId});
    }
    if (method.isEmpty()) {
        check.refusal = error(400, QStringLiteral("tfa_method_not_found"), QStringLiteral("No such 2FA method."));
        return check;
    }
    const qint64 methodId = method.value(QStringLiteral("id")).toLongLong();
    const qint64 now = nowSeconds();
    const QVariant lockedUntil = method.value(QStringLiteral("locked_until"));
    if (!lockedUntil.isNull() && lockedUntil.toLongLong() > now) {
        check.refusal
            = tfaRefusal(QStringLiteral("tfa_locked"), QStringLiteral("Too many failed 2FA attempts. Try again later."),
                         {{QStringLiteral("fail_count"), method.value(QStringLiteral("fail_count")).toInt()},
                          {QStringLiteral("locked_until"), lockedUntil.toLongLong()}});
        return check;
    }
    bool good = false;
    qint64 challengeId = -1;
    if (!backupCode.isEmpty()) {
        const QVariantMap row = m_store.selectOne(
            QStringLiteral("SELECT id FROM vast_tfa_backup_codes WHERE user_id = ? AND code_hash = ? AND used_at IS "
                           "NULL"),
            {userId, SandboxKeys::hash(backupCode)});
        good = !row.isEmpty();
        if (good)
            m_store.exec(QStringLiteral("UPDATE vast_tfa_backup_codes SET used_at = ? WHERE id = ?"),
                         {now, row.value(QStringLiteral("id"))});
    } else {
        const QString type = method.value(QStringLiteral("method")).toString();
        if (!challengeChecked && (type == QLatin1String("sms") || type == QLatin1String("email"))) {
            const QString secret = body.value(QLatin1String("secret")).toString();
            if (secret.isEmpty()) {
                check.refusal = error(400, QStringLiteral("missing_input"),
                                      QStringLiteral("A secret from /tfa/sms/ or /tfa/email/ is required."));
                return check;
            }
            const QVariantMap challenge = m_store.selectOne(
                QStringLiteral("SELECT * FROM vast_tfa_challenges WHERE user_id = ? AND secret_hash = ? AND purpose "
                               "= ? AND used_at IS NULL"),
                {userId, SandboxKeys::hash(secret), type});
            if (!challenge.isEmpty() && challenge.value(QStringLiteral("expires_at")).toLongLong() < now) {
                check.refusal = tfaRefusal(QStringLiteral("2fa_expired"),
                                           QStringLiteral("The code and secret have expired. Please start over."));
                return check;
            }
            challengeId = challenge.isEmpty() ? -1 : challenge.value(QStringLiteral("id")).toLongLong();
            good = challengeId >= 0 && code == QLatin1String(kDemoTfaCode);
        } else {
            good = code == QLatin1String(kDemoTfaCode);
        }
    }
    if (!good) {
        // A wrong code counts towards the lockout; the fifth locks the method for 15 minutes.
        const int failures = method.value(QStringLiteral("fail_count")).toInt() + 1;
        const QVariant locked = failures >= kMaxFailures ? QVariant(now + kLockSeconds) : QVariant();
        m_store.exec(QStringLiteral("UPDATE vast_tfa_methods SET fail_count = ?, locked_until = ? WHERE id = ?"),
                     {failures, locked, methodId});
        if (!locked.isNull()) {
            check.refusal = tfaRefusal(
                QStringLiteral("tfa_locked"), QStringLiteral("Too many failed 2FA attempts. Try again later."),
                {{QStringLiteral("fail_count"), failures}, {QStringLiteral("locked_until"), locked.toLongLong()}});
        } else {
            check.refusal = tfaRefusal(QStringLiteral("2fa_verification_failed"), QStringLiteral("Invalid 2FA code."),
                                       {{QStringLiteral("fail_count"), failures}});
        }
        return check;
    }
    m_store.exec(
        QStringLiteral("UPDATE vast_tfa_methods SET fail_count = 0, locked_until = NULL, last_used = ? WHERE id = ?"),
        {now, methodId});
    if (challengeId >= 0)
        m_store.exec(QStringLiteral("UPDATE vast_tfa_challenges SET used_at = ? WHERE id = ?"), {now, challengeId});
    check.ok = true;
    check.methodId = backupCode.isEmpty() ? methodId : -1;
    check.backupCode = !backupCode.isEmpty();
    return check;
}

SandboxReply VastDialect::tfaLogin(const SandboxRequest& request, const Caller& caller, const QString&,
                                   const QJsonObject& body)
{
    if (!caller.tfaEnabled)
        return error(400, QStringLiteral("tfa_not_enabled"),
                     QStringLiteral("Two Factor Authentication is not enabled for this account."));
    const TfaCheck check = verifyTfa(caller.userId, body);
    if (!check.ok)
        return check.refusal;
    const QString sessionKey = SandboxKeys::vastKey();
    QString device = QString::fromUtf8(request.header("User-Agent"));
    if (device.isEmpty())
        device = QStringLiteral("Unknown device");
    const QDateTime created = QDateTime::currentDateTimeUtc();
    m_store.insert(QStringLiteral("INSERT INTO vast_sessions (user_id, key_hash, device, ip, created_at, expires_at) "
                                  "VALUES (?, ?, ?, ?, ?, ?)"),
                   {caller.userId, SandboxKeys::hash(sessionKey), device.left(200), request.peer.toString(),
                    SandboxKeys::isoSeconds(created), SandboxKeys::isoSeconds(created.addDays(7))});
    QJsonObject user = userObject(caller.userId, caller.apiKeyId);
    user.insert(QStringLiteral("session_key"), sessionKey);
    user.insert(QStringLiteral("backup_codes_remaining"), backupCodesRemaining(caller.userId));
    return ok(user);
}

SandboxReply VastDialect::tfaStatus(const SandboxRequest&, const Caller& caller, const QString&, const QJsonObject&)
{
    QJsonArray methods;
    const auto rows = m_store.select(
        QStringLiteral("SELECT * FROM vast_tfa_methods WHERE user_id = ? ORDER BY is_primary DESC, id"),
        {caller.userId});
    for (const QVariantMap& row : rows)
        methods.append(tfaMethodObject(row));
    return ok(QJsonObject {{QStringLiteral("success"), true},
                           {QStringLiteral("tfa_enabled"), !rows.isEmpty()},
                           {QStringLiteral("methods"), methods},
                           {QStringLiteral("backup_codes_remaining"), backupCodesRemaining(caller.userId)}});
}

SandboxReply VastDialect::tfaSendSms(const SandboxRequest&, const Caller& caller, const QString&,
                                     const QJsonObject& body)
{
    // Without a number: the SMS method's, as the CLI says "uses the phone number on your account".
    QString phone = body.value(QLatin1String("phone_number")).toString().trimmed();
    const QVariantMap method = m_store.selectOne(
        QStringLiteral("SELECT * FROM vast_tfa_methods WHERE user_id = ? AND method = 'sms' ORDER BY is_primary DESC, "
                       "id LIMIT 1"),
        {caller.userId});
    if (phone.isEmpty())
        phone = method.value(QStringLiteral("phone_number")).toString();
    static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
    if (!e164.match(phone).hasMatch())
        return error(400, QStringLiteral("invalid_phone_number"),
                     QStringLiteral("Give a phone number in E.164 format, e.g. +12345678901."));
    const QString secret = newChallenge(caller.userId, QStringLiteral("sms"),
                                        method.isEmpty() ? -1 : method.value(QStringLiteral("id")).toLongLong(), phone);
    return ok(QJsonObject {{QStringLiteral("success"), true},
                           {QStringLiteral("msg"), QStringLiteral("SMS code sent to %1.").arg(phone.right(4))},
                           {QStringLiteral("secret"), secret}});
}

SandboxReply VastDialect::tfaResendSms(const SandboxRequest&, const Caller& caller, const QString&,
                                       const QJsonObject& body)
{
    const QVariantMap challenge = m_store.selectOne(
        QStringLiteral("SELECT * FROM vast_tfa_challenges WHERE user_id = ? AND secret_hash = ? AND purpose = 'sms' "
                       "AND used_at IS NULL"),
        {caller.userId, SandboxKeys::hash(body.value(QLatin1String("secret")).toString())});
    if (challenge.isEmpty())
        return error(400, QStringLiteral("invalid_secret"), QStringLiteral("Unknown or used secret."));
    if (challenge.value(QStringLiteral("expires_at")).toLongLong() < nowSeconds())
        return tfaRefusal(QStringLiteral("2fa_expired"),
                          QStringLiteral("The code and secret have expired. Please start over."));
    m_store.exec(QStringLiteral("UPDATE vast_tfa_challenges SET expires_at = ? WHERE id = ?"),
                 {nowSeconds() + kChallengeSeconds, challenge.value(QStringLiteral("id"))});
    return okMsg(QStringLiteral("SMS code resent to %1.")
                     .arg(challenge.value(QStringLiteral("phone_number")).toString().right(4)));
}

SandboxReply VastDialect::tfaSendEmail(const SandboxRequest&, const Caller& caller, const QString&, const QJsonObject&)
{
    const QVariantMap method = m_store.selectOne(
        QStringLiteral("SELECT id FROM vast_tfa_methods WHERE user_id = ? AND method = 'email' LIMIT 1"),
        {caller.userId});
    const QString secret = newChallenge(caller.userId, QStringLiteral("email"),
                                        method.isEmpty() ? -1 : method.value(QStringLiteral("id")).toLongLong(), {});
    return ok(QJsonObject {{QStringLiteral("success"), true},
                           {QStringLiteral("msg"), QStringLiteral("Email code sent.")},
                           {QStringLiteral("secret"), secret}});
}
