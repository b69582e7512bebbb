#include "sandbox/VastDialect.h"

#include "sandbox/SandboxKeys.h"
#include "sandbox/SandboxStore.h"
#include "sandbox/SandboxVariants.h"

#include <QJsonArray>
#include <QJsonDocument>

// The key routes: SSH keys (/ssh/, docs/api/vast-endpoints.md §3.2) and API keys (/auth/apikeys/, reset_apikey, §3.1).

namespace {

const QStringList kScopes = {
    QStringLiteral("instance_read"), QStringLiteral("instance_write"), QStringLiteral("user_read"),
    QStringLiteral("user_write"),    QStringLiteral("billing_read"),   QStringLiteral("billing_write"),
    QStringLiteral("machine_read"),  QStringLiteral("machine_write"),  QStringLiteral("misc"),
    QStringLiteral("team_read"),     QStringLiteral("team_write"),
};

} // namespace

QJsonObject VastDialect::sshKeyObject(const QVariantMap& row) const
{
    return QJsonObject {
        {QStringLiteral("id"), row.value(QStringLiteral("id")).toLongLong()},
        {QStringLiteral("user_id"), row.value(QStringLiteral("user_id")).toLongLong()},
        {QStringLiteral("public_key"), row.value(QStringLiteral("public_key")).toString()},
        {QStringLiteral("created_at"), row.value(QStringLiteral("created_at")).toString()},
        {QStringLiteral("deleted_at"), jsonOrNull(row.value(QStringLiteral("deleted_at")))},
    };
}

SandboxReply VastDialect::listSsh(const SandboxRequest&, const Caller& caller, const QString&, const QJsonObject&)
{
    // docs/api/vast-endpoints.md §3.2: the real CLI output is a bare list; clients must also accept {"ssh_keys":
    // [...]}.
    QJsonArray keys;
    const auto rows = m_store.select(
        QStringLiteral("SELECT * FROM vast_ssh_keys WHERE user_id = ? AND deleted_at IS NULL ORDER BY id"),
        {caller.userId});
    for (const QVariantMap& row : rows)
        keys.append(sshKeyObject(row));
    if (oddItems())
        keys.append(QJsonObject {{QStringLiteral("id"), 990001}, {QStringLiteral("public_key"), 42}});
    return SandboxReply::json(200, keys);
}

SandboxReply VastDialect::createSsh(const SandboxRequest&, const Caller& caller, const QString&,
                                    const QJsonObject& body)
{
    // The real server stores whatever text it gets (docs/api/vast.md §5): validation is the client's job.
    QString key = body.value(QLatin1String("ssh_key")).toString();
    key.remove(QChar(0));
    if (key.trimmed().isEmpty())
        return error(400, QStringLiteral("no_ssh_key"), QStringLiteral("No ssh key provided"));
    // docs/api/vast-endpoints.md §3.2: a key working in a team context cannot create account SSH keys.
    if (m_variants.is(QStringLiteral("vast-ssh-create"), QStringLiteral("team-context")))
        return error(400, QStringLiteral("team_ssh_keys_not_supported"),
                     QStringLiteral("SSH keys can only be created in personal context"));
    const QString created = now();
    const qint64 id
        = m_store.insert(QStringLiteral("INSERT INTO vast_ssh_keys (user_id, public_key, created_at) VALUES (?, ?, ?)"),
                         {caller.userId, key, created});
    const QVariantMap row = m_store.selectOne(QStringLiteral("SELECT * FROM vast_ssh_keys WHERE id = ?"), {id});
    return ok(QJsonObject {{QStringLiteral("success"), true}, {QStringLiteral("key"), sshKeyObject(row)}});
}

SandboxReply VastDialect::updateSsh(const SandboxRequest&, const Caller& caller, const QString& arg,
                                    const QJsonObject& body)
{
    QString key = body.value(QLatin1String("ssh_key")).toString();
    key.remove(QChar(0));
    if (key.trimmed().isEmpty())
        return error(400, QStringLiteral("no_ssh_key"), QStringLiteral("No ssh key provided"));
    if (body.contains(QLatin1String("id"))
        && body.value(QLatin1String("id")).toVariant().toLongLong() != arg.toLongLong())
        return error(400, QStringLiteral("invalid_request"),
                     QStringLiteral("The id in the body does not match the URL."));
    m_store.exec(QStringLiteral("UPDATE vast_ssh_keys SET public_key = ? WHERE id = ? AND user_id = ? AND deleted_at "
                                "IS NULL"),
                 {key, arg.toLongLong(), caller.userId});
    if (m_store.changedRows() == 0)
        return error(404, QStringLiteral("no_such_ssh_key"), QStringLiteral("SSH key not found."));
    const QVariantMap row
        = m_store.selectOne(QStringLiteral("SELECT * FROM vast_ssh_keys WHERE id = ?"), {arg.toLongLong()});
    return ok(QJsonObject {{QStringLiteral("success"), true}, {QStringLiteral("key"), sshKeyObject(row)}});
}

SandboxReply VastDialect::deleteSsh(const SandboxRequest&, const Caller& caller, const QString& arg, const QJsonObject&)
{
    m_store.exec(QStringLiteral("UPDATE vast_ssh_keys SET deleted_at = ? WHERE id = ? AND user_id = ? AND deleted_at "
                                "IS NULL"),
                 {now(), arg.toLongLong(), caller.userId});
    if (m_store.changedRows() == 0)
        return error(404, QStringLiteral("no_such_ssh_key"), QStringLiteral("SSH key not found."));
    return ok(QJsonObject {{QStringLiteral("success"), true}});
}

SandboxReply VastDialect::listApiKeys(const SandboxRequest&, const Caller& caller, const QString&, const QJsonObject&)
{
    // docs/api/vast-endpoints.md §3.1: the {"apikeys": [...]} envelope (no underscore); key values are never listed.
    QJsonArray keys;
    const auto rows = m_store.select(
        QStringLiteral("SELECT * FROM vast_api_keys WHERE user_id = ? AND deleted_at IS NULL ORDER BY id"),
        {caller.userId});
    for (const QVariantMap& row : rows) {
        const QJsonDocument permissions
            = QJsonDocument::fromJson(row.value(QStringLiteral("permissions")).toString().toUtf8());
        keys.append(QJsonObject {
            {QStringLiteral("id"), row.value(QStringLiteral("id")).toLongLong()},
            {QStringLiteral("user_id"), caller.userId},
            {QStringLiteral("name"), jsonOrNull(row.value(QStringLiteral("name")))},
            {QStringLiteral("rights"), permissions.isObject() ? QStringLiteral("custom") : QStringLiteral("full")},
            // Variant list-items=odd: a full-access key's permissions as the string "null" instead of false.
            {QStringLiteral("permissions"),
             permissions.isObject() ? QJsonValue(permissions.object())
                                    : (oddItems() ? QJsonValue(QStringLiteral("null")) : QJsonValue(false))},
            {QStringLiteral("key_params"), jsonOrNull(row.value(QStringLiteral("key_params")))},
            {QStringLiteral("created_at"), row.value(QStringLiteral("created_at")).toString()},
            {QStringLiteral("team_id"), QJsonValue(QJsonValue::Null)},
            {QStringLiteral("team_name"), QJsonValue(QJsonValue::Null)},
        });
    }
    if (oddItems()) {
        keys.append(QJsonObject {{QStringLiteral("id"), 990002},
                                 {QStringLiteral("name"), QStringLiteral("odd rights")},
                                 {QStringLiteral("rights"), QJsonArray {QStringLiteral("read")}}});
    }
    return ok(QJsonObject {{QStringLiteral("apikeys"), keys}});
}

SandboxReply VastDialect::createApiKey(const SandboxRequest&, const Caller& caller, const QString&,
                                       const QJsonObject& body)
{
    const QJsonValue name = body.value(QLatin1String("name"));
    // The CLI always sends the member, null when unnamed (docs/api/vast-endpoints.md §3.1); whether the server accepts
    // a body without it is unknown, so the sandbox plays the strict reading.
    if (name.isUndefined())
        return error(400, QStringLiteral("missing_name"), QStringLiteral("The name member is required."));
    if (!name.isNull() && (!name.isString() || name.toString().size() > 255))
        return error(400, QStringLiteral("invalid_name"),
                     QStringLiteral("Name must be a string of at most 255 characters."));
    if (!body.contains(QLatin1String("permissions")))
        return error(400, QStringLiteral("missing_permissions"), QStringLiteral("Invalid permission format"));
    const QJsonValue permissions = body.value(QLatin1String("permissions"));
    const QJsonObject api = permissions.toObject().value(QLatin1String("api")).toObject();
    bool valid
        = permissions.isObject() && permissions.toObject().value(QLatin1String("api")).isObject() && !api.isEmpty();
    for (auto it = api.begin(); valid && it != api.end(); ++it)
        valid = kScopes.contains(it.key()) && it.value().isObject();
    if (!valid)
        return error(400, QStringLiteral("invalid_permissions"), QStringLiteral("Invalid permission format"));
    QString keyParams;
    const QJsonValue params = body.value(QLatin1String("key_params"));
    if (params.isObject())
        keyParams = QString::fromUtf8(QJsonDocument(params.toObject()).toJson(QJsonDocument::Compact));
    else if (params.isString())
        keyParams = params.toString();

    const QString key = SandboxKeys::vastKey();
    const qint64 id = m_store.insert(
        QStringLiteral("INSERT INTO vast_api_keys (user_id, name, key_hash, permissions, key_params, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        {caller.userId, name.isString() ? QVariant(name.toString()) : QVariant(), SandboxKeys::hash(key),
         QString::fromUtf8(QJsonDocument(permissions.toObject()).toJson(QJsonDocument::Compact)),
         keyParams.isEmpty() ? QVariant() : QVariant(keyParams), now()});
    return ok(QJsonObject {{QStringLiteral("id"), id},
                           {QStringLiteral("key"), key},
                           {QStringLiteral("permissions"), permissions.toObject()}});
}

SandboxReply VastDialect::showApiKey(const SandboxRequest&, const Caller& caller, const QString& arg,
                                     const QJsonObject&)
{
    const QVariantMap row = m_store.selectOne(
        QStringLiteral("SELECT * FROM vast_api_keys WHERE id = ? AND deleted_at IS NULL"), {arg.toLongLong()});
    if (row.isEmpty())
        return SandboxReply::json(404, QJsonObject {{QStringLiteral("msg"), QStringLiteral("API Key not found.")}});
    if (row.value(QStringLiteral("user_id")).toLongLong() != caller.userId) {
        return SandboxReply::json(
            403,
            QJsonObject {{QStringLiteral("msg"), QStringLiteral("You do not have permission to access this key.")}});
    }
    const QJsonDocument permissions
        = QJsonDocument::fromJson(row.value(QStringLiteral("permissions")).toString().toUtf8());
    return ok(QJsonObject {
        {QStringLiteral("success"), true},
        {QStringLiteral("apikey_id"), row.value(QStringLiteral("id")).toLongLong()},
        {QStringLiteral("name"), jsonOrNull(row.value(QStringLiteral("name")))},
        {QStringLiteral("permissions"), permissions.isObject() ? QJsonValue(permissions.object()) : QJsonValue(false)},
        {QStringLiteral("created_at"), row.value(QStringLiteral("created_at")).toString()},
    });
}

SandboxReply VastDialect::deleteApiKey(const SandboxRequest&, const Caller& caller, const QString& arg,
                                       const QJsonObject&)
{
    const QVariantMap row = m_store.selectOne(
        QStringLiteral("SELECT user_id FROM vast_api_keys WHERE id = ? AND deleted_at IS NULL"), {arg.toLongLong()});
    if (row.isEmpty())
        return SandboxReply::json(404, QJsonObject {{QStringLiteral("msg"), QStringLiteral("API Key not found.")}});
    if (row.value(QStringLiteral("user_id")).toLongLong() != caller.userId) {
        return SandboxReply::json(403,
                                  QJsonObject {{QStringLiteral("msg"),
                                                QStringLiteral("You do not have permission to delete this API Key.")}});
    }
    // Soft delete (docs/api/vast-endpoints.md §3.1): the key answers 401 "Invalid user key" from the next request on.
    m_store.exec(QStringLiteral("UPDATE vast_api_keys SET deleted_at = ? WHERE id = ?"), {now(), arg.toLongLong()});
    SandboxReply reply;
    reply.body = QByteArrayLiteral("\"Successfully Deleted API Key\"");
    return reply;
}

SandboxReply VastDialect::resetApiKey(const SandboxRequest&, const Caller& caller, const QString&,
                                      const QJsonObject& body)
{
    if (body.value(QLatin1String("client_id")).toString() != QLatin1String("me"))
        return error(400, QStringLiteral("invalid_request"), QStringLiteral("client_id must be \"me\"."));
    // Resets the calling key (a session, which has no key of its own: the account's main key), or always the main
    // key (variant reset-rotates=main, docs/SANDBOX.md).
    qint64 keyId = m_variants.is(QStringLiteral("reset-rotates"), QStringLiteral("main")) ? -1 : caller.apiKeyId;
    if (keyId < 0) {
        keyId = m_store
                    .scalar(QStringLiteral("SELECT id FROM vast_api_keys WHERE user_id = ? AND is_main = 1 AND "
                                           "deleted_at IS NULL"),
                            {caller.userId})
                    .toLongLong();
    }
    if (keyId <= 0)
        return error(404, QStringLiteral("not_found"), QStringLiteral("API Key not found."));
    const QString key = SandboxKeys::vastKey();
    m_store.exec(QStringLiteral("UPDATE vast_api_keys SET key_hash = ? WHERE id = ?"), {SandboxKeys::hash(key), keyId});
    // The three answers the sources show (variant reset-answer, docs/api/vast-endpoints.md §3.1).
    if (m_variants.is(QStringLiteral("reset-answer"), QStringLiteral("key")))
        return ok(QJsonObject {{QStringLiteral("sent"), true}, {QStringLiteral("key"), key}});
    if (m_variants.is(QStringLiteral("reset-answer"), QStringLiteral("none"))) {
        return ok(
            QJsonObject {{QStringLiteral("success"), true},
                         {QStringLiteral("msg"), QStringLiteral("API key reset. Get your new key from the website.")}});
    }
    return ok(QJsonObject {{QStringLiteral("success"), true}, {QStringLiteral("new_api_key"), key}});
}
