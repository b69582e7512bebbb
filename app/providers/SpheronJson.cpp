#include "providers/SpheronJson.h"

std::optional<QList<SshKey>> SpheronJson::sshKeys(const QJsonValue&)
{
    return std::nullopt; // skeleton
}

std::optional<SshKey> SpheronJson::sshKey(const QJsonValue&)
{
    return std::nullopt; // skeleton
}

std::optional<AccountBalance> SpheronJson::balance(const QJsonValue&)
{
    return std::nullopt; // skeleton
}
