#include "providers/SpheronJson.h"

#include "providers/JsonFields.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

std::optional<SshKey> parseKey(const QJsonValue& v)
{
    if (!v.isObject())
        return std::nullopt;
    const QJsonObject o = v.toObject();
    SshKey key;
    // docs/api/spheron.md §2.1: id, with _id as a fallback seen in two clients.
    auto id = JsonFields::id(o.value(QLatin1String("id")));
    if (!id)
        id = JsonFields::id(o.value(QLatin1String("_id")));
    if (!id)
        return std::nullopt;
    key.id = *id;
    if (!JsonFields::optString(o, "name", &key.name) || !JsonFields::optString(o, "publicKey", &key.publicKey)
        || !JsonFields::optString(o, "fingerprint", &key.serverFingerprint)
        || !JsonFields::optDate(o, "createdAt", &key.createdAt) || !JsonFields::optId(o, "teamId", &key.teamId))
        return std::nullopt;
    return key;
}

} // namespace

std::optional<ReadList<SshKey>> SpheronJson::sshKeys(const QJsonValue& v)
{
    QJsonArray list;
    if (v.isArray()) {
        list = v.toArray();
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("sshKeys")).isArray())
            list = o.value(QLatin1String("sshKeys")).toArray();
        else if (o.value(QLatin1String("data")).isArray())
            list = o.value(QLatin1String("data")).toArray();
        else
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    // Issue 19 item 4: an item of unexpected types (an object teamId, say) is left out and counted; it is never
    // shown, so another team's key cannot pass for this team's.
    ReadList<SshKey> keys;
    for (const QJsonValue& item : std::as_const(list)) {
        if (auto key = parseKey(item))
            keys.items.append(std::move(*key));
        else
            ++keys.unreadable;
    }
    return keys;
}

std::optional<SshKey> SpheronJson::sshKey(const QJsonValue& v)
{
    return parseKey(v);
}

std::optional<AccountBalance> SpheronJson::balance(const QJsonValue& v)
{
    if (!v.isObject())
        return std::nullopt;
    const QJsonObject o = v.toObject();
    const QJsonValue teams = o.value(QLatin1String("teams"));
    if (!teams.isArray())
        return std::nullopt;
    AccountBalance result;
    if (!JsonFields::optString(o, "currency", &result.currency))
        return std::nullopt;
    if (result.currency.isEmpty())
        result.currency = QStringLiteral("USD");
    for (const QJsonValue& item : teams.toArray()) {
        if (!item.isObject())
            return std::nullopt;
        const QJsonObject t = item.toObject();
        Team team;
        auto id = JsonFields::id(t.value(QLatin1String("teamId")));
        if (!id)
            id = JsonFields::id(t.value(QLatin1String("id")));
        if (!id)
            return std::nullopt;
        team.id = *id;
        std::optional<double> balance;
        if (!JsonFields::optString(t, "teamName", &team.name) || !JsonFields::optString(t, "role", &team.role)
            || !JsonFields::optNumber(t, "balance", &balance)
            || !JsonFields::optBool(t, "isCurrentTeam", &team.isCurrent))
            return std::nullopt;
        team.balance = balance.value_or(0.0);
        if (team.isCurrent)
            result.credit = team.balance;
        result.teams.append(team);
    }
    return result;
}
