#include "providers/VastJson.h"

std::optional<UserProfile> VastJson::userProfile(const QJsonValue&)
{
    return std::nullopt; // skeleton
}

std::optional<QList<SshKey>> VastJson::sshKeys(const QJsonValue&)
{
    return std::nullopt; // skeleton
}

std::optional<SshKey> VastJson::sshKey(const QJsonValue&)
{
    return std::nullopt; // skeleton
}

std::optional<QList<ApiKeyInfo>> VastJson::apiKeys(const QJsonValue&)
{
    return std::nullopt; // skeleton
}

std::optional<CreatedApiKey> VastJson::createdApiKey(const QJsonValue&)
{
    return std::nullopt; // skeleton
}

std::optional<CreatedApiKey> VastJson::resetApiKey(const QJsonValue&)
{
    return std::nullopt; // skeleton
}

std::optional<QList<EnvVar>> VastJson::envVars(const QJsonValue&)
{
    return std::nullopt; // skeleton
}

std::optional<QList<LoginSession>> VastJson::sessions(const QJsonValue&)
{
    return std::nullopt; // skeleton
}

std::optional<TwoFactorSession> VastJson::twoFactorSession(const QJsonValue&)
{
    return std::nullopt; // skeleton
}

bool VastJson::reportsSuccess(const QJsonValue&)
{
    return false; // skeleton
}
