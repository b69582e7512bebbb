#include "sandbox/VastDialect.h"

#include "sandbox/SandboxKeys.h"
#include "sandbox/SandboxStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

const QStringList kScopes = {
    QStringLiteral("instance_read"), QStringLiteral("instance_write"), QStringLiteral("user_read"),
    QStringLiteral("user_write"),    QStringLiteral("billing_read"),   QStringLiteral("billing_write"),
    QStringLiteral("machine_read"),  QStringLiteral("machine_write"),  QStringLiteral("misc"),
    QStringLiteral("team_read"),     QStringLiteral("team_write"),
};

// Fields `vastai set user` may send (docs/api/vast.md §3.4) and the JSON type each must have.
enum class FieldType { String, Bool, Number };
const QList<QPair<QString, FieldType>> kUserFields = {
    {QStringLiteral("ssh_key"), FieldType::String},
    {QStringLiteral("paypal_email"), FieldType::String},
    {QStringLiteral("wise_email"), FieldType::String},
    {QStringLiteral("email"), FieldType::String},
    {QStringLiteral("normalized_email"), FieldType::String},
    {QStringLiteral("username"), FieldType::String},
    {QStringLiteral("fullname"), FieldType::String},
    {QStringLiteral("billaddress_line1"), FieldType::String},
    {QStringLiteral("billaddress_line2"), FieldType::String},
    {QStringLiteral("billaddress_city"), FieldType::String},
    {QStringLiteral("billaddress_zip"), FieldType::String},
    {QStringLiteral("billaddress_country"), FieldType::String},
    {QStringLiteral("billaddress_taxinfo"), FieldType::String},
    {QStringLiteral("balance_threshold_enabled"), FieldType::Bool},
    {QStringLiteral("balance_threshold"), FieldType::Number},
    {QStringLiteral("autobill_threshold"), FieldType::Number},
    {QStringLiteral("phone_number"), FieldType::String},
};

QString now()
{
    return SandboxKeys::isoSeconds(QDateTime::currentDateTimeUtc());
}

QString bearerToken(const SandboxRequest& request)
{
    const QByteArray header = request.header("Authorization").trimmed();
    if (!header.startsWith("Bearer ") && !header.startsWith("bearer "))
        return {};
    return QString::fromUtf8(header.mid(7).trimmed());
}

SandboxReply ok(const QJsonObject& object)
{
    return SandboxReply::json(200, object);
}

SandboxReply okMsg(const QString& msg)
{
    return ok(QJsonObject {{QStringLiteral("success"), true}, {QStringLiteral("msg"), msg}});
}

QJsonValue jsonOrNull(const QVariant& value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(value);
}

} // namespace

VastDialect::VastDialect(SandboxStore& store)
    : m_store(store)
{
    m_clock.start();
    auto route = [this](const char* method, const char* pattern, const char* scope, double threshold, Handler h) {
        m_routes.append(Route {QByteArray(method),
                               QRegularExpression(QRegularExpression::anchoredPattern(QLatin1String(pattern))), scope,
                               threshold, h});
    };
    // Trailing slashes as the real server and the CLI use them: only users/current also answers without one.
    route("GET", "/users/current/?", "user_read", 0, &VastDialect::getUser);
    route("PUT", "/users/", "user_write", 5.0, &VastDialect::putUser);
    route("GET", "/ssh/", "user_read", 0, &VastDialect::listSsh);
    route("POST", "/ssh/", "user_write", 1.0, &VastDialect::createSsh);
    route("PUT", "/ssh/(\\d+)/", "user_write", 1.0, &VastDialect::updateSsh);
    route("DELETE", "/ssh/(\\d+)/", "user_write", 0, &VastDialect::deleteSsh);
    route("GET", "/auth/apikeys/", "user_read", 1.0, &VastDialect::listApiKeys);
    route("POST", "/auth/apikeys/", "user_write", 2.0, &VastDialect::createApiKey);
    route("GET", "/auth/apikeys/(\\d+)/", "user_read", 1.0, &VastDialect::showApiKey);
    route("DELETE", "/auth/apikeys/(\\d+)/", "user_write", 2.0, &VastDialect::deleteApiKey);
    route("PUT", "/commands/reset_apikey/", "user_write", 3.0, &VastDialect::resetApiKey);
    route("GET", "/secrets/", "user_read", 5.0, &VastDialect::listSecrets);
    route("POST", "/secrets/", "user_write", 3.0, &VastDialect::createSecret);
    route("PUT", "/secrets/", "user_write", 3.0, &VastDialect::updateSecret);
    route("DELETE", "/secrets/", "user_write", 3.0, &VastDialect::deleteSecret);
    route("GET", "/auth/sessions/", "user_read", 0, &VastDialect::listSessions);
    route("DELETE", "/auth/sessions/", "user_write", 0, &VastDialect::deleteSessions);
    route("POST", "/tfa/", "user_write", 0, &VastDialect::tfaLogin);
}

SandboxReply VastDialect::error(int status, const QString& code, const QString& msg)
{
    return SandboxReply::json(status,
                              QJsonObject {{QStringLiteral("success"), false},
                                           {QStringLiteral("error"), code},
                                           {QStringLiteral("msg"), msg}});
}

SandboxReply VastDialect::handle(const SandboxRequest& request, const QString& subPath)
{
    int routeIndex = -1;
    QString arg;
    bool pathKnown = false;
    for (int i = 0; i < m_routes.size(); ++i) {
        const QRegularExpressionMatch match = m_routes.at(i).path.match(subPath);
        if (!match.hasMatch())
            continue;
        pathKnown = true;
        if (m_routes.at(i).method == request.method) {
            routeIndex = i;
            arg = match.captured(1);
            break;
        }
    }
    if (routeIndex < 0) {
        if (pathKnown)
            return error(405, QStringLiteral("method_not_allowed"), QStringLiteral("Method Not Allowed"));
        return error(404, QStringLiteral("not_found"),
                     QStringLiteral("The requested URL was not found on the server."));
    }
    const Route& route = m_routes.at(routeIndex);

    Caller caller;
    const SandboxReply authError = authenticate(request, &caller);
    if (authError.status != 200)
        return authError;

    // docs/api/vast.md §2.3 / PR #400: once 2FA is on, the plain API key stops working except to log in.
    if (caller.tfaEnabled && caller.sessionId < 0 && route.handler != &VastDialect::tfaLogin) {
        return error(401, QStringLiteral("auth_error"),
                     QStringLiteral("Two Factor Authentication is enabled for this account: log in with "
                                    "a 2FA code (POST /api/v0/tfa/) and use the session key."));
    }
    if (!caller.permissions.isEmpty()
        && !caller.permissions.value(QLatin1String("api")).toObject().contains(QLatin1String(route.scope))) {
        return error(403, QStringLiteral("permission_denied"),
                     QStringLiteral("This API key does not have the %1 permission.").arg(QLatin1String(route.scope)));
    }
    if (m_rateLimits && route.thresholdSeconds > 0) {
        // docs/api/vast.md §2.2: a minimum interval per endpoint and identity, plain-text 429, no Retry-After.
        const QString identity
            = SandboxKeys::hash(bearerToken(request)) + QLatin1Char('|') + QString::number(routeIndex);
        const qint64 nowMs = m_clock.elapsed();
        const auto last = m_lastCall.constFind(identity);
        if (last != m_lastCall.constEnd() && nowMs - *last < qint64(route.thresholdSeconds * 1000)) {
            return SandboxReply::text(429,
                                      QByteArrayLiteral("API requests too frequent endpoint threshold=")
                                          + QByteArray::number(route.thresholdSeconds, 'f', 1));
        }
        m_lastCall.insert(identity, nowMs);
    }

    QJsonObject body;
    if (!request.body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject())
            return error(400, QStringLiteral("invalid_json"), QStringLiteral("Malformed JSON in request body."));
        body = doc.object();
    }
    return (this->*route.handler)(request, caller, arg, body);
}

SandboxReply VastDialect::authenticate(const SandboxRequest& request, Caller* caller) const
{
    const QString token = bearerToken(request);
    if (token.isEmpty())
        return error(401, QStringLiteral("auth_error"), QStringLiteral("Please log in or sign up"));
    const QString tokenHash = SandboxKeys::hash(token);
    const QVariantMap key = m_store.selectOne(
        QStringLiteral("SELECT k.id, k.user_id, k.permissions, k.deleted_at, u.tfa_enabled FROM vast_api_keys k "
                       "JOIN vast_users u ON u.id = k.user_id WHERE k.key_hash = ?"),
        {tokenHash});
    if (!key.isEmpty()) {
        if (!key.value(QStringLiteral("deleted_at")).isNull())
            return error(401, QStringLiteral("auth_error"), QStringLiteral("Invalid user key"));
        caller->userId = key.value(QStringLiteral("user_id")).toLongLong();
        caller->apiKeyId = key.value(QStringLiteral("id")).toLongLong();
        caller->tfaEnabled = key.value(QStringLiteral("tfa_enabled")).toBool();
        const QJsonDocument permissions
            = QJsonDocument::fromJson(key.value(QStringLiteral("permissions")).toString().toUtf8());
        caller->permissions = permissions.object();
        return SandboxReply::json(200, QJsonObject());
    }
    const QVariantMap session = m_store.selectOne(
        QStringLiteral("SELECT id, user_id, expires_at, deleted_at FROM vast_sessions WHERE key_hash = ?"),
        {tokenHash});
    if (!session.isEmpty()) {
        const QDateTime expires
            = QDateTime::fromString(session.value(QStringLiteral("expires_at")).toString(), Qt::ISODate);
        if (!session.value(QStringLiteral("deleted_at")).isNull() || expires < QDateTime::currentDateTimeUtc()) {
            // docs/api/vast.md §2.4: what the CLI treats as an expired 2FA session.
            return error(404, QStringLiteral("session_expired"),
                         QStringLiteral("Session expired. Please log in again."));
        }
        caller->userId = session.value(QStringLiteral("user_id")).toLongLong();
        caller->sessionId = session.value(QStringLiteral("id")).toLongLong();
        return SandboxReply::json(200, QJsonObject());
    }
    return error(401, QStringLiteral("auth_error"), QStringLiteral("Invalid user key"));
}

QJsonObject VastDialect::userObject(qint64 userId, qint64 apiKeyId) const
{
    const QVariantMap row = m_store.selectOne(QStringLiteral("SELECT * FROM vast_users WHERE id = ?"), {userId});
    QJsonObject user = QJsonDocument::fromJson(row.value(QStringLiteral("profile")).toString().toUtf8()).object();
    user.insert(QStringLiteral("id"), userId);
    user.insert(QStringLiteral("username"), row.value(QStringLiteral("username")).toString());
    user.insert(QStringLiteral("email"), row.value(QStringLiteral("email")).toString());
    user.insert(QStringLiteral("fullname"), row.value(QStringLiteral("fullname")).toString());
    user.insert(QStringLiteral("tfa_status"),
                row.value(QStringLiteral("tfa_enabled")).toBool() ? QStringLiteral("enabled")
                                                                  : QStringLiteral("disabled"));
    user.insert(QStringLiteral("key_id"), apiKeyId >= 0 ? QJsonValue(apiKeyId) : QJsonValue(QJsonValue::Null));
    user.insert(QStringLiteral("created_at"), row.value(QStringLiteral("created_at")).toString());
    user.remove(QStringLiteral("api_key")); // docs/api/vast.md §3.4: never part of the answer.
    return user;
}

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

SandboxReply VastDialect::getUser(const SandboxRequest&, const Caller& caller, const QString&, const QJsonObject&)
{
    return ok(userObject(caller.userId, caller.apiKeyId));
}

SandboxReply VastDialect::putUser(const SandboxRequest&, const Caller& caller, const QString&, const QJsonObject& body)
{
    if (body.isEmpty())
        return error(400, QStringLiteral("missing_input"), QStringLiteral("No user fields provided."));
    for (auto it = body.begin(); it != body.end(); ++it) {
        auto field = std::find_if(kUserFields.begin(), kUserFields.end(),
                                  [&](const auto& entry) { return entry.first == it.key(); });
        if (field == kUserFields.end())
            return error(400, QStringLiteral("invalid_field"), QStringLiteral("Unknown user field: %1").arg(it.key()));
        const bool typeOk = (field->second == FieldType::String && it.value().isString())
            || (field->second == FieldType::Bool && it.value().isBool())
            || (field->second == FieldType::Number && it.value().isDouble());
        if (!typeOk)
            return error(400, QStringLiteral("invalid_field"), QStringLiteral("Invalid value for %1").arg(it.key()));
        if ((it.key() == QLatin1String("email") || it.key() == QLatin1String("normalized_email"))
            && !it.value().toString().contains(QLatin1Char('@'))) {
            return error(400, QStringLiteral("invalid_email"), QStringLiteral("Invalid email address."));
        }
        if (it.value().isString() && it.value().toString().size() > 255)
            return error(400, QStringLiteral("input_too_long"), QStringLiteral("%1 is too long.").arg(it.key()));
    }
    const QVariantMap row = m_store.selectOne(
        QStringLiteral("SELECT profile, username, email, fullname FROM vast_users WHERE id = ?"), {caller.userId});
    QJsonObject profile = QJsonDocument::fromJson(row.value(QStringLiteral("profile")).toString().toUtf8()).object();
    QString username = row.value(QStringLiteral("username")).toString();
    QString email = row.value(QStringLiteral("email")).toString();
    QString fullname = row.value(QStringLiteral("fullname")).toString();
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() == QLatin1String("username"))
            username = it.value().toString();
        else if (it.key() == QLatin1String("email"))
            email = it.value().toString();
        else if (it.key() == QLatin1String("fullname"))
            fullname = it.value().toString();
        else
            profile.insert(it.key(), it.value());
    }
    m_store.exec(
        QStringLiteral("UPDATE vast_users SET username = ?, email = ?, fullname = ?, profile = ? WHERE id = ?"),
        {username, email, fullname, QString::fromUtf8(QJsonDocument(profile).toJson(QJsonDocument::Compact)),
         caller.userId});
    QJsonObject user = userObject(caller.userId, caller.apiKeyId);
    user.insert(QStringLiteral("success"), true);
    return ok(user);
}

SandboxReply VastDialect::listSsh(const SandboxRequest&, const Caller& caller, const QString&, const QJsonObject&)
{
    // docs/api/vast.md §3.2: the real CLI output is a bare list; clients must also accept {"ssh_keys": [...]}.
    QJsonArray keys;
    const auto rows = m_store.select(
        QStringLiteral("SELECT * FROM vast_ssh_keys WHERE user_id = ? AND deleted_at IS NULL ORDER BY id"),
        {caller.userId});
    for (const QVariantMap& row : rows)
        keys.append(sshKeyObject(row));
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
    // docs/api/vast.md §3.1: the {"apikeys": [...]} envelope (no underscore); key values are never listed.
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
            {QStringLiteral("permissions"),
             permissions.isObject() ? QJsonValue(permissions.object()) : QJsonValue(false)},
            {QStringLiteral("key_params"), jsonOrNull(row.value(QStringLiteral("key_params")))},
            {QStringLiteral("created_at"), row.value(QStringLiteral("created_at")).toString()},
            {QStringLiteral("team_id"), QJsonValue(QJsonValue::Null)},
            {QStringLiteral("team_name"), QJsonValue(QJsonValue::Null)},
        });
    }
    return ok(QJsonObject {{QStringLiteral("apikeys"), keys}});
}

SandboxReply VastDialect::createApiKey(const SandboxRequest&, const Caller& caller, const QString&,
                                       const QJsonObject& body)
{
    const QJsonValue name = body.value(QLatin1String("name"));
    if (!name.isUndefined() && !name.isNull() && (!name.isString() || name.toString().size() > 255))
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
    // Soft delete (docs/api/vast.md §3.1): the key answers 401 "Invalid user key" from the next request on.
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
    // Resets the calling key; a session (no key of its own) resets the account's main key.
    qint64 keyId = caller.apiKeyId;
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
    return ok(QJsonObject {{QStringLiteral("success"), true}, {QStringLiteral("new_api_key"), key}});
}

SandboxReply VastDialect::listSecrets(const SandboxRequest&, const Caller& caller, const QString&, const QJsonObject&)
{
    QJsonObject secrets;
    const auto rows = m_store.select(QStringLiteral("SELECT name FROM vast_secrets WHERE user_id = ? ORDER BY name"),
                                     {caller.userId});
    // docs/api/vast.md §3.3: values are masked on read.
    for (const QVariantMap& row : rows)
        secrets.insert(row.value(QStringLiteral("name")).toString(), QStringLiteral("********"));
    return ok(QJsonObject {{QStringLiteral("success"), true}, {QStringLiteral("secrets"), secrets}});
}

namespace {

/** Validates an env var name and value; returns an error reply or a 200 placeholder. */
SandboxReply validateSecret(const QJsonObject& body, bool needValue, QString* name, QString* value)
{
    const QJsonValue key = body.value(QLatin1String("key"));
    const QJsonValue val = body.value(QLatin1String("value"));
    if (!key.isString() || (needValue && !val.isString())) {
        return VastDialect::error(400, QStringLiteral("missing_input"),
                                  needValue ? QStringLiteral("Both 'key' and 'value' are required.")
                                            : QStringLiteral("'key' is required."));
    }
    *name = key.toString().trimmed().toUpper();
    if (name->isEmpty() || (needValue && val.toString().isEmpty()))
        return VastDialect::error(400, QStringLiteral("empty_input"),
                                  QStringLiteral("Key and value must not be empty."));
    if (name->size() > 255 || (needValue && val.toString().size() > 4096))
        return VastDialect::error(400, QStringLiteral("input_too_long"), QStringLiteral("Key or value is too long."));
    static const QRegularExpression namePattern(QStringLiteral("^[A-Z_][A-Z0-9_]*$"));
    static const QRegularExpression valuePattern(QStringLiteral("^[a-zA-Z0-9_\\-\\.]+$"));
    if (!namePattern.match(*name).hasMatch() || (needValue && !valuePattern.match(val.toString()).hasMatch())) {
        return VastDialect::error(400, QStringLiteral("invalid_characters"),
                                  QStringLiteral("Key or value contains invalid characters."));
    }
    if (value)
        *value = val.toString();
    return SandboxReply();
}

} // namespace

SandboxReply VastDialect::createSecret(const SandboxRequest&, const Caller& caller, const QString&,
                                       const QJsonObject& body)
{
    QString name;
    QString value;
    const SandboxReply invalid = validateSecret(body, true, &name, &value);
    if (invalid.status != 200)
        return invalid;
    if (m_store
            .scalar(QStringLiteral("SELECT COUNT(*) FROM vast_secrets WHERE user_id = ? AND name = ?"),
                    {caller.userId, name})
            .toInt()
        > 0) {
        return error(400, QStringLiteral("existing_key"),
                     QStringLiteral("Environment variable %1 already exists; use update.").arg(name));
    }
    if (m_store.scalar(QStringLiteral("SELECT COUNT(*) FROM vast_secrets WHERE user_id = ?"), {caller.userId}).toInt()
        >= kMaxSecrets) {
        return error(400, QStringLiteral("max_secrets"),
                     QStringLiteral("You have reached the maximum of %1 environment variables.").arg(kMaxSecrets));
    }
    m_store.insert(QStringLiteral("INSERT INTO vast_secrets (user_id, name, value, created_at) VALUES (?, ?, ?, ?)"),
                   {caller.userId, name, value, now()});
    return okMsg(QStringLiteral("Environment variable added successfully"));
}

SandboxReply VastDialect::updateSecret(const SandboxRequest&, const Caller& caller, const QString&,
                                       const QJsonObject& body)
{
    QString name;
    QString value;
    const SandboxReply invalid = validateSecret(body, true, &name, &value);
    if (invalid.status != 200)
        return invalid;
    m_store.exec(QStringLiteral("UPDATE vast_secrets SET value = ? WHERE user_id = ? AND name = ?"),
                 {value, caller.userId, name});
    if (m_store.changedRows() == 0)
        return error(400, QStringLiteral("nonexistent_key"),
                     QStringLiteral("Environment variable %1 does not exist.").arg(name));
    return okMsg(QStringLiteral("Environment variable updated successfully"));
}

SandboxReply VastDialect::deleteSecret(const SandboxRequest&, const Caller& caller, const QString&,
                                       const QJsonObject& body)
{
    QString name;
    const SandboxReply invalid = validateSecret(body, false, &name, nullptr);
    if (invalid.status != 200)
        return invalid;
    m_store.exec(QStringLiteral("DELETE FROM vast_secrets WHERE user_id = ? AND name = ?"), {caller.userId, name});
    if (m_store.changedRows() == 0)
        return error(400, QStringLiteral("nonexistent_key"),
                     QStringLiteral("Environment variable %1 does not exist.").arg(name));
    return okMsg(QStringLiteral("Environment variable deleted successfully"));
}

SandboxReply VastDialect::listSessions(const SandboxRequest&, const Caller& caller, const QString&, const QJsonObject&)
{
    // The real shape is undocumented (docs/api/vast.md §3.5); this one is the sandbox's, see docs/SANDBOX.md.
    QJsonArray sessions;
    const auto rows = m_store.select(QStringLiteral("SELECT * FROM vast_sessions WHERE user_id = ? AND deleted_at IS "
                                                    "NULL AND expires_at > ? ORDER BY created_at DESC"),
                                     {caller.userId, now()});
    for (const QVariantMap& row : rows) {
        const qint64 id = row.value(QStringLiteral("id")).toLongLong();
        sessions.append(QJsonObject {
            {QStringLiteral("id"), id},
            {QStringLiteral("device"), row.value(QStringLiteral("device")).toString()},
            {QStringLiteral("ip"), row.value(QStringLiteral("ip")).toString()},
            {QStringLiteral("created_at"), row.value(QStringLiteral("created_at")).toString()},
            {QStringLiteral("expires_at"), row.value(QStringLiteral("expires_at")).toString()},
            {QStringLiteral("current"), id == caller.sessionId},
        });
    }
    return ok(QJsonObject {{QStringLiteral("success"), true}, {QStringLiteral("sessions"), sessions}});
}

SandboxReply VastDialect::deleteSessions(const SandboxRequest&, const Caller& caller, const QString&,
                                         const QJsonObject& body)
{
    if (body.value(QLatin1String("all_except_current")).toBool()) {
        m_store.exec(QStringLiteral("UPDATE vast_sessions SET deleted_at = ? WHERE user_id = ? AND deleted_at IS NULL "
                                    "AND id != ? AND expires_at > ?"),
                     {now(), caller.userId, caller.sessionId, now()});
        return ok(QJsonObject {{QStringLiteral("success"), true}, {QStringLiteral("deleted"), m_store.changedRows()}});
    }
    const QJsonValue id = body.value(QLatin1String("id"));
    if (!id.isDouble())
        return error(400, QStringLiteral("missing_input"),
                     QStringLiteral("Give the session \"id\" or \"all_except_current\": true."));
    m_store.exec(
        QStringLiteral("UPDATE vast_sessions SET deleted_at = ? WHERE id = ? AND user_id = ? AND deleted_at IS NULL"),
        {now(), id.toVariant().toLongLong(), caller.userId});
    if (m_store.changedRows() == 0)
        return error(404, QStringLiteral("not_found"), QStringLiteral("Session not found."));
    return ok(QJsonObject {{QStringLiteral("success"), true}, {QStringLiteral("deleted"), 1}});
}

SandboxReply VastDialect::tfaLogin(const SandboxRequest& request, const Caller& caller, const QString&,
                                   const QJsonObject& body)
{
    if (!body.value(QLatin1String("tfa_method")).isString() || !body.value(QLatin1String("code")).isString())
        return error(400, QStringLiteral("missing_input"),
                     QStringLiteral("Both 'tfa_method' and 'code' are required."));
    if (!caller.tfaEnabled)
        return error(400, QStringLiteral("tfa_not_enabled"),
                     QStringLiteral("Two Factor Authentication is not enabled for this account."));
    if (body.value(QLatin1String("tfa_method")).toString() != QLatin1String("totp"))
        return error(400, QStringLiteral("invalid_method"), QStringLiteral("Unsupported 2FA method."));
    if (body.value(QLatin1String("code")).toString() != QLatin1String(kDemoTfaCode))
        return error(401, QStringLiteral("invalid_code"), QStringLiteral("Invalid 2FA code."));
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
    user.insert(QStringLiteral("backup_codes_remaining"), 8);
    return ok(user);
}
