#include "providers/VastJson.h"

#include "providers/JsonFields.h"
#include "providers/JsonObjectList.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>

namespace {

/** A list either bare or inside one of @p envelopes; nullopt when neither. */
std::optional<QJsonArray> listIn(const QJsonValue& v, std::initializer_list<const char*> envelopes)
{
    if (v.isArray())
        return v.toArray();
    if (!v.isObject())
        return std::nullopt;
    const QJsonObject o = v.toObject();
    for (const char* key : envelopes) {
        const QJsonValue inner = o.value(QLatin1String(key));
        if (inner.isArray())
            return inner.toArray();
    }
    return std::nullopt;
}

/** The fields of an SSH key that Keydeck reads, in the order JsonObjectList hands them over. */
constexpr std::array<const char*, 7> SshKeyFields {"id",   "public_key", "key",        "ssh_key",
                                                   "name", "created_at", "fingerprint"};

/**
 * One SSH key from @p field, which gives a member's value by name (undefined when missing): one set of rules for
 * the QJsonObject path and for JsonObjectList's.
 */
template <typename Field>
std::optional<SshKey> readSshKey(const Field& field)
{
    SshKey key;
    const auto id = JsonFields::id(field("id"));
    if (!id)
        return std::nullopt;
    key.id = *id;
    // docs/api/vast-endpoints.md §3.2: the key text is in public_key, key or ssh_key depending on the source.
    bool found = false;
    for (const char* name : {"public_key", "key", "ssh_key"}) {
        QString text;
        if (!JsonFields::optString(field(name), &text))
            return std::nullopt;
        if (!found && !text.isEmpty()) {
            key.publicKey = text;
            found = true;
        }
    }
    if (!found)
        return std::nullopt;
    if (!JsonFields::optString(field("name"), &key.name) || !JsonFields::optDate(field("created_at"), &key.createdAt)
        || !JsonFields::optString(field("fingerprint"), &key.serverFingerprint))
        return std::nullopt;
    return key;
}

std::optional<SshKey> parseSshKey(const QJsonValue& v)
{
    if (!v.isObject())
        return std::nullopt;
    const QJsonObject o = v.toObject();
    return readSshKey([&o](const char* name) { return JsonFields::Scalar::from(o.value(QLatin1String(name))); });
}

int sshKeyFieldIndex(QLatin1String name)
{
    for (std::size_t i = 0; i < SshKeyFields.size(); ++i) {
        if (name == QLatin1String(SshKeyFields[i]))
            return int(i);
    }
    return -1;
}

std::optional<UserProfile> parseUser(const QJsonObject& o)
{
    UserProfile p;
    const auto id = JsonFields::id(o.value(QLatin1String("id")));
    if (!id)
        return std::nullopt;
    p.id = *id;
    if (!JsonFields::optString(o, "username", &p.username) || !JsonFields::optString(o, "fullname", &p.fullname)
        || !JsonFields::optString(o, "email", &p.email) || !JsonFields::optBool(o, "email_verified", &p.emailVerified)
        || !JsonFields::optNumber(o, "balance", &p.balance) || !JsonFields::optNumber(o, "credit", &p.credit)
        || !JsonFields::optString(o, "tfa_status", &p.tfaStatus))
        return std::nullopt;
    // key_id is null when the request used a session key rather than an API key.
    const QJsonValue keyId = o.value(QLatin1String("key_id"));
    if (!keyId.isNull() && !keyId.isUndefined()) {
        const auto parsed = JsonFields::id(keyId);
        if (!parsed)
            return std::nullopt;
        p.apiKeyId = *parsed;
    }
    return p;
}

std::optional<ApiKeyInfo> parseApiKey(const QJsonValue& item)
{
    if (!item.isObject())
        return std::nullopt;
    const QJsonObject o = item.toObject();
    ApiKeyInfo info;
    const auto id = JsonFields::id(o.value(QLatin1String("id")));
    if (!id)
        return std::nullopt;
    info.id = *id;
    if (!JsonFields::optString(o, "name", &info.name) || !JsonFields::optString(o, "rights", &info.rights)
        || !JsonFields::optId(o, "team_id", &info.teamId) || !JsonFields::optString(o, "team_name", &info.teamName)
        || !JsonFields::optDate(o, "created_at", &info.createdAt))
        return std::nullopt;
    // permissions: an object, a JSON-encoded object, or false (docs/api/vast-endpoints.md §3.1); the encoded form may
    // also be "null" or empty, which says as little as a JSON null.
    const QJsonValue perms = o.value(QLatin1String("permissions"));
    if (perms.isObject()) {
        info.permissions = perms.toObject();
    } else if (perms.isString()) {
        const QString text = perms.toString().trimmed();
        if (!text.isEmpty() && text != QLatin1String("null")) {
            const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
            if (!doc.isObject())
                return std::nullopt;
            info.permissions = doc.object();
        }
    } else if (!(perms.isUndefined() || perms.isNull() || (perms.isBool() && !perms.toBool()))) {
        return std::nullopt;
    }
    return info;
}

std::optional<LoginSession> parseSession(const QJsonValue& item)
{
    if (!item.isObject())
        return std::nullopt;
    const QJsonObject o = item.toObject();
    LoginSession s;
    const auto id = JsonFields::id(o.value(QLatin1String("id")));
    if (!id)
        return std::nullopt;
    s.id = *id;
    if (!JsonFields::optString(o, "device", &s.device) || !JsonFields::optString(o, "ip", &s.ip)
        || !JsonFields::optDate(o, "created_at", &s.createdAt) || !JsonFields::optDate(o, "expires_at", &s.expiresAt)
        || !JsonFields::optBool(o, "current", &s.current))
        return std::nullopt;
    return s;
}

std::optional<AuditEvent> parseAuditEvent(const QJsonValue& item)
{
    if (!item.isObject())
        return std::nullopt;
    const QJsonObject o = item.toObject();
    AuditEvent e;
    // docs/api/vast-endpoints.md §3.8: the CLI's five columns; id, method and user_agent only when a server sends them.
    if (!JsonFields::optId(o, "id", &e.id) || !JsonFields::optDate(o, "created_at", &e.time)
        || !JsonFields::optString(o, "api_route", &e.route) || !JsonFields::optString(o, "method", &e.method)
        || !JsonFields::optString(o, "ip_address", &e.ip) || !JsonFields::optId(o, "api_key_id", &e.apiKeyId)
        || !JsonFields::optString(o, "user_agent", &e.userAgent))
        return std::nullopt;
    // args: the CLI's test has it as text ("{}"); an object or a list is kept as compact JSON text.
    const QJsonValue args = o.value(QLatin1String("args"));
    if (args.isString())
        e.summary = args.toString();
    else if (args.isObject())
        e.summary = QString::fromUtf8(QJsonDocument(args.toObject()).toJson(QJsonDocument::Compact));
    else if (args.isArray())
        e.summary = QString::fromUtf8(QJsonDocument(args.toArray()).toJson(QJsonDocument::Compact));
    else if (!(args.isUndefined() || args.isNull()))
        return std::nullopt;
    // An entry that names neither a route nor a time says nothing Keydeck could show.
    if (e.route.isEmpty() && !e.time.isValid())
        return std::nullopt;
    return e;
}

} // namespace

std::optional<UserProfile> VastJson::userProfile(const QJsonValue& v)
{
    if (!v.isObject())
        return std::nullopt;
    return parseUser(v.toObject());
}

std::optional<ReadList<SshKey>> VastJson::sshKeys(const QJsonValue& v)
{
    const auto list = listIn(v, {"ssh_keys"});
    if (!list)
        return std::nullopt;
    ReadList<SshKey> keys;
    keys.items.reserve(list->size());
    for (const QJsonValue& item : *list) {
        if (auto key = parseSshKey(item))
            keys.items.append(std::move(*key));
        else
            ++keys.unreadable;
    }
    return keys;
}

std::optional<QList<SshKey>> VastJson::sshKeysFromBody(QByteArrayView body)
{
    // Only the bare list: for it bodyError() has nothing to say (reportsSuccess() is true for any non-object).
    QList<SshKey> keys;
    const bool read = JsonObjectList::read(body, SshKeyFields, [&keys](std::span<const JsonFields::Scalar> values) {
        auto key = readSshKey([&values](const char* name) -> const JsonFields::Scalar& {
            return values[std::size_t(sshKeyFieldIndex(QLatin1String(name)))];
        });
        if (!key)
            return false; // an unreadable item: sshKeys() reads the rest and counts it
        keys.append(std::move(*key));
        return true;
    });
    if (!read)
        return std::nullopt;
    return keys;
}

std::optional<SshKey> VastJson::sshKey(const QJsonValue& v)
{
    if (!v.isObject())
        return std::nullopt;
    const QJsonValue inner = v.toObject().value(QLatin1String("key"));
    if (inner.isObject())
        return parseSshKey(inner);
    return parseSshKey(v);
}

std::optional<ReadList<ApiKeyInfo>> VastJson::apiKeys(const QJsonValue& v)
{
    const auto list = listIn(v, {"apikeys"});
    if (!list)
        return std::nullopt;
    ReadList<ApiKeyInfo> keys;
    for (const QJsonValue& item : *list) {
        if (auto key = parseApiKey(item))
            keys.items.append(std::move(*key));
        else
            ++keys.unreadable;
    }
    return keys;
}

std::optional<CreatedApiKey> VastJson::createdApiKey(const QJsonValue& v)
{
    if (!v.isObject())
        return std::nullopt;
    const QJsonObject o = v.toObject();
    CreatedApiKey created;
    if (!JsonFields::optId(o, "id", &created.id) || !JsonFields::optString(o, "key", &created.key)
        || created.key.isEmpty())
        return std::nullopt;
    return created;
}

std::optional<CreatedApiKey> VastJson::resetApiKey(const QJsonValue& v)
{
    if (!v.isObject())
        return std::nullopt;
    const QJsonObject o = v.toObject();
    CreatedApiKey created;
    // The current CLI reads new_api_key; the removed old spec said key; an answer may also carry no key at all, the
    // new one to be read on the website (docs/api/vast-endpoints.md §3.1, Reset): an empty key, not a malformed
    // answer.
    if (!JsonFields::optString(o, "new_api_key", &created.key))
        return std::nullopt;
    if (created.key.isEmpty() && !JsonFields::optString(o, "key", &created.key))
        return std::nullopt;
    return created;
}

std::optional<ReadList<EnvVar>> VastJson::envVars(const QJsonValue& v)
{
    if (!v.isObject())
        return std::nullopt;
    const QJsonValue secrets = v.toObject().value(QLatin1String("secrets"));
    if (!secrets.isObject())
        return std::nullopt;
    const QJsonObject map = secrets.toObject();
    ReadList<EnvVar> vars;
    for (auto it = map.begin(); it != map.end(); ++it) {
        // The list masks values anyway ("*****"); a null one still names a variable the user can edit or delete.
        if (it.key().isEmpty() || !(it.value().isString() || it.value().isNull()))
            ++vars.unreadable;
        else
            vars.items.append(EnvVar {it.key(), it.value().toString()});
    }
    return vars;
}

std::optional<ReadList<LoginSession>> VastJson::sessions(const QJsonValue& v)
{
    const auto list = listIn(v, {"sessions", "session_keys", "results"});
    if (!list)
        return std::nullopt;
    ReadList<LoginSession> sessions;
    for (const QJsonValue& item : *list) {
        if (auto session = parseSession(item))
            sessions.items.append(std::move(*session));
        else
            ++sessions.unreadable;
    }
    return sessions;
}

std::optional<ReadList<AuditEvent>> VastJson::auditEvents(const QJsonValue& v)
{
    const auto list = listIn(v, {"audit_logs", "logs", "results"});
    if (!list)
        return std::nullopt;
    ReadList<AuditEvent> events;
    for (const QJsonValue& item : *list) {
        if (auto event = parseAuditEvent(item))
            events.items.append(std::move(*event));
        else
            ++events.unreadable;
    }
    return events;
}

std::optional<TwoFactorSession> VastJson::twoFactorSession(const QJsonValue& v)
{
    if (!v.isObject())
        return std::nullopt;
    const QJsonObject o = v.toObject();
    TwoFactorSession session;
    if (!JsonFields::optString(o, "session_key", &session.sessionKey) || session.sessionKey.isEmpty())
        return std::nullopt;
    // The user object rides along (docs/api/vast-endpoints.md §3.6); a session key without it is still usable.
    if (const auto profile = parseUser(o))
        session.profile = *profile;
    std::optional<double> remaining;
    if (JsonFields::optNumber(o, "backup_codes_remaining", &remaining) && remaining && *remaining >= 0)
        session.backupCodesRemaining = int(*remaining);
    return session;
}

bool VastJson::reportsSuccess(const QJsonValue& v)
{
    if (!v.isObject())
        return true;
    const QJsonValue success = v.toObject().value(QLatin1String("success"));
    return !(success.isBool() && !success.toBool());
}
