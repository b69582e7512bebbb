#include "sandbox/VastDialect.h"

#include "sandbox/SandboxKeys.h"
#include "sandbox/SandboxStore.h"

#include <QDateTime>
#include <QUrl>

// The two-factor management routes (issue 20, docs/api/vast-endpoints.md §3.7): authorize a new method, set up an
// authenticator, confirm it (or an SMS number), rename or make primary, remove, and regenerate backup codes.

namespace {

constexpr qint64 kGrantSeconds = 10 * 60;

qint64 nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}

} // namespace

bool VastDialect::hasTfaGrant(qint64 userId) const
{
    return m_store
               .scalar(QStringLiteral("SELECT COUNT(*) FROM vast_tfa_grants WHERE user_id = ? AND expires_at > ?"),
                       {userId, nowSeconds()})
               .toInt()
        > 0;
}

SandboxReply VastDialect::tfaAuthorizeNew(const SandboxRequest&, const Caller& caller, const QString&,
                                          const QJsonObject& body)
{
    auto grant = [&] {
        m_store.exec(QStringLiteral("INSERT OR REPLACE INTO vast_tfa_grants (user_id, expires_at) VALUES (?, ?)"),
                     {caller.userId, nowSeconds() + kGrantSeconds});
        return okMsg(QStringLiteral("Authorization successful."));
    };
    if (body.contains(QLatin1String("backup_code"))) {
        const TfaCheck check = verifyTfa(caller.userId, body);
        return check.ok ? grant() : check.refusal;
    }
    QVariantMap method;
    if (body.contains(QLatin1String("tfa_method_id"))) {
        method
            = m_store.selectOne(QStringLiteral("SELECT * FROM vast_tfa_methods WHERE id = ? AND user_id = ?"),
                                {body.value(QLatin1String("tfa_method_id")).toVariant().toLongLong(), caller.userId});
        if (method.isEmpty())
            return error(400, QStringLiteral("tfa_method_not_found"), QStringLiteral("No such 2FA method."));
    } else {
        const QString type = body.value(QLatin1String("tfa_method")).toString(QStringLiteral("email"));
        method = m_store.selectOne(
            QStringLiteral("SELECT * FROM vast_tfa_methods WHERE user_id = ? AND method = ? ORDER BY id LIMIT 1"),
            {caller.userId, type});
        // Without any method yet, a code to the account's e-mail address is how the first one is authorized.
        if (method.isEmpty() && type != QLatin1String("email"))
            return error(400, QStringLiteral("tfa_method_not_found"), QStringLiteral("No such 2FA method."));
    }
    const qint64 methodId = method.isEmpty() ? -1 : method.value(QStringLiteral("id")).toLongLong();
    const QString secret = newChallenge(caller.userId, QStringLiteral("authorize"), methodId,
                                        method.value(QStringLiteral("phone_number")).toString());
    return ok(QJsonObject {{QStringLiteral("success"), true},
                           {QStringLiteral("msg"), QStringLiteral("Enter the 2FA code to authorize a new method.")},
                           {QStringLiteral("secret"), secret}});
}

SandboxReply VastDialect::tfaAuthorizeNewFinish(const SandboxRequest&, const Caller& caller, const QString&,
                                                const QJsonObject& body)
{
    const QVariantMap challenge = m_store.selectOne(
        QStringLiteral("SELECT * FROM vast_tfa_challenges WHERE user_id = ? AND secret_hash = ? AND purpose = "
                       "'authorize' AND used_at IS NULL"),
        {caller.userId, SandboxKeys::hash(body.value(QLatin1String("secret")).toString())});
    if (challenge.isEmpty() || !body.value(QLatin1String("code")).isString())
        return error(400, QStringLiteral("missing_input"), QStringLiteral("Give the secret and the code."));
    if (challenge.value(QStringLiteral("expires_at")).toLongLong() < nowSeconds())
        return tfaRefusal(QStringLiteral("2fa_expired"), QStringLiteral("The code has expired. Please start over."));
    if (challenge.value(QStringLiteral("method_id")).isNull()) {
        if (body.value(QLatin1String("code")).toString() != QLatin1String(kDemoTfaCode))
            return tfaRefusal(QStringLiteral("2fa_verification_failed"), QStringLiteral("Invalid 2FA code."));
    } else {
        const TfaCheck check = verifyTfa(
            caller.userId,
            QJsonObject {{QStringLiteral("tfa_method_id"), challenge.value(QStringLiteral("method_id")).toLongLong()},
                         {QStringLiteral("code"), body.value(QLatin1String("code"))}},
            true);
        if (!check.ok)
            return check.refusal;
    }
    m_store.exec(QStringLiteral("UPDATE vast_tfa_challenges SET used_at = ? WHERE id = ?"),
                 {nowSeconds(), challenge.value(QStringLiteral("id"))});
    m_store.exec(QStringLiteral("INSERT OR REPLACE INTO vast_tfa_grants (user_id, expires_at) VALUES (?, ?)"),
                 {caller.userId, nowSeconds() + kGrantSeconds});
    return okMsg(QStringLiteral("Authorization successful."));
}

SandboxReply VastDialect::tfaTotpSetup(const SandboxRequest&, const Caller& caller, const QString&, const QJsonObject&)
{
    const QString secret = newChallenge(caller.userId, QStringLiteral("totp-setup"), -1, {});
    const QVariantMap user
        = m_store.selectOne(QStringLiteral("SELECT email FROM vast_users WHERE id = ?"), {caller.userId});
    const QString account
        = QString::fromLatin1(QUrl::toPercentEncoding(user.value(QStringLiteral("email")).toString(), "@"));
    const QString uri = QStringLiteral("otpauth://totp/Vast.ai:%1?secret=%2&issuer=Vast.ai").arg(account, secret);
    return ok(QJsonObject {{QStringLiteral("success"), true},
                           {QStringLiteral("secret"), secret},
                           {QStringLiteral("provisioning_uri"), uri}});
}

SandboxReply VastDialect::tfaConfirmNew(const SandboxRequest&, const Caller& caller, const QString&,
                                        const QJsonObject& body)
{
    if (!hasTfaGrant(caller.userId))
        return error(403, QStringLiteral("tfa_not_authorized"),
                     QStringLiteral("Authorize adding a new 2FA method first (authorize-new-method)."));
    const QString type = body.value(QLatin1String("tfa_method")).toString(QStringLiteral("totp"));
    if (type != QLatin1String("totp") && type != QLatin1String("sms"))
        return error(400, QStringLiteral("invalid_method"), QStringLiteral("Unsupported 2FA method."));
    const QVariantMap challenge = m_store.selectOne(
        QStringLiteral("SELECT * FROM vast_tfa_challenges WHERE user_id = ? AND secret_hash = ? AND purpose = ? AND "
                       "used_at IS NULL AND expires_at > ?"),
        {caller.userId, SandboxKeys::hash(body.value(QLatin1String("secret")).toString()),
         type == QLatin1String("totp") ? QStringLiteral("totp-setup") : QStringLiteral("sms"), nowSeconds()});
    if (challenge.isEmpty())
        return error(400, QStringLiteral("invalid_secret"), QStringLiteral("Unknown, used or expired secret."));
    if (body.value(QLatin1String("code")).toString().trimmed() != QLatin1String(kDemoTfaCode))
        return tfaRefusal(QStringLiteral("2fa_verification_failed"), QStringLiteral("Invalid 2FA code."));
    QString phone = body.value(QLatin1String("phone_number")).toString();
    if (phone.isEmpty())
        phone = challenge.value(QStringLiteral("phone_number")).toString();
    QString label = body.value(QLatin1String("label")).toString().trimmed().left(64);
    if (label.isEmpty())
        label = type == QLatin1String("totp") ? QStringLiteral("Authenticator app") : QStringLiteral("SMS");
    const bool first
        = m_store.scalar(QStringLiteral("SELECT COUNT(*) FROM vast_tfa_methods WHERE user_id = ?"), {caller.userId})
              .toInt()
        == 0;
    const qint64 id = m_store.insert(
        QStringLiteral("INSERT INTO vast_tfa_methods (user_id, method, label, phone_number, is_primary, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        {caller.userId, type, label, type == QLatin1String("sms") ? QVariant(phone) : QVariant(), first, nowSeconds()});
    m_store.exec(QStringLiteral("UPDATE vast_tfa_challenges SET used_at = ? WHERE id = ?"),
                 {nowSeconds(), challenge.value(QStringLiteral("id"))});
    m_store.exec(QStringLiteral("DELETE FROM vast_tfa_grants WHERE user_id = ?"), {caller.userId});
    QJsonObject answer {
        {QStringLiteral("success"), true},
        {QStringLiteral("msg"), QStringLiteral("2FA method activated.")},
        {QStringLiteral("method"),
         tfaMethodObject(m_store.selectOne(QStringLiteral("SELECT * FROM vast_tfa_methods WHERE id = ?"), {id}))},
    };
    if (first) {
        // The first method turns 2FA on: the plain API key stops working (docs/api/vast.md §2.3).
        m_store.exec(QStringLiteral("UPDATE vast_users SET tfa_enabled = 1 WHERE id = ?"), {caller.userId});
        answer.insert(QStringLiteral("backup_codes"), newBackupCodes(caller.userId));
    }
    return ok(answer);
}

SandboxReply VastDialect::tfaUpdate(const SandboxRequest&, const Caller& caller, const QString&,
                                    const QJsonObject& body)
{
    const QVariantMap method
        = m_store.selectOne(QStringLiteral("SELECT * FROM vast_tfa_methods WHERE id = ? AND user_id = ?"),
                            {body.value(QLatin1String("tfa_method_id")).toVariant().toLongLong(), caller.userId});
    if (method.isEmpty())
        return error(400, QStringLiteral("tfa_method_not_found"), QStringLiteral("No such 2FA method."));
    const QJsonValue label = body.value(QLatin1String("label"));
    const QJsonValue primary = body.value(QLatin1String("is_primary"));
    if (!label.isString() && !primary.isBool())
        return error(400, QStringLiteral("missing_input"),
                     QStringLiteral("Must specify at least one field to update (label or is_primary)."));
    const qint64 id = method.value(QStringLiteral("id")).toLongLong();
    if (label.isString()) {
        const QString text = label.toString().trimmed();
        if (text.isEmpty() || text.size() > 64)
            return error(400, QStringLiteral("invalid_label"), QStringLiteral("A label has 1 to 64 characters."));
        m_store.exec(QStringLiteral("UPDATE vast_tfa_methods SET label = ? WHERE id = ?"), {text, id});
    }
    if (primary.isBool()) {
        if (!primary.toBool() && method.value(QStringLiteral("is_primary")).toBool())
            return error(400, QStringLiteral("primary_required"),
                         QStringLiteral("Make another method primary instead."));
        if (primary.toBool()) {
            m_store.exec(QStringLiteral("UPDATE vast_tfa_methods SET is_primary = (id = ?) WHERE user_id = ?"),
                         {id, caller.userId});
        }
    }
    return ok(QJsonObject {
        {QStringLiteral("success"), true},
        {QStringLiteral("method"),
         tfaMethodObject(m_store.selectOne(QStringLiteral("SELECT * FROM vast_tfa_methods WHERE id = ?"), {id}))}});
}

SandboxReply VastDialect::tfaDelete(const SandboxRequest&, const Caller& caller, const QString&,
                                    const QJsonObject& body)
{
    const TfaCheck check = verifyTfa(caller.userId, body);
    if (!check.ok)
        return check.refusal;
    // Without target_id the CLI deletes the method that verified (vastai tfa delete's help).
    const qint64 target = body.contains(QLatin1String("target_id"))
        ? body.value(QLatin1String("target_id")).toVariant().toLongLong()
        : check.methodId;
    const QVariantMap method = m_store.selectOne(
        QStringLiteral("SELECT * FROM vast_tfa_methods WHERE id = ? AND user_id = ?"), {target, caller.userId});
    if (method.isEmpty())
        return error(400, QStringLiteral("tfa_method_not_found"), QStringLiteral("No such 2FA method."));
    m_store.exec(QStringLiteral("DELETE FROM vast_tfa_methods WHERE id = ?"), {target});
    const int remaining
        = m_store.scalar(QStringLiteral("SELECT COUNT(*) FROM vast_tfa_methods WHERE user_id = ?"), {caller.userId})
              .toInt();
    if (remaining == 0) {
        // The last one: 2FA is off and the backup codes are void (vastai tfa delete's warning).
        m_store.exec(QStringLiteral("UPDATE vast_users SET tfa_enabled = 0 WHERE id = ?"), {caller.userId});
        m_store.exec(QStringLiteral("DELETE FROM vast_tfa_backup_codes WHERE user_id = ?"), {caller.userId});
        return okMsg(QStringLiteral("2FA method deleted. Two-factor authentication is now off."));
    }
    if (method.value(QStringLiteral("is_primary")).toBool()) {
        m_store.exec(QStringLiteral("UPDATE vast_tfa_methods SET is_primary = 1 WHERE id = (SELECT MIN(id) FROM "
                                    "vast_tfa_methods WHERE user_id = ?)"),
                     {caller.userId});
    }
    return ok(QJsonObject {{QStringLiteral("success"), true},
                           {QStringLiteral("msg"), QStringLiteral("2FA method deleted.")},
                           {QStringLiteral("remaining_methods"), remaining}});
}

SandboxReply VastDialect::tfaRegenBackupCodes(const SandboxRequest&, const Caller& caller, const QString&,
                                              const QJsonObject& body)
{
    const TfaCheck check = verifyTfa(caller.userId, body);
    if (!check.ok)
        return check.refusal;
    return ok(QJsonObject {{QStringLiteral("success"), true},
                           {QStringLiteral("backup_codes"), newBackupCodes(caller.userId)}});
}
