#include "secrets/Provider.h"

namespace Providers {

namespace {

QList<ProviderInfo> makeTable()
{
    using C = ProviderCapability;
    ProviderInfo vast;
    vast.provider = Provider::Vast;
    vast.id = QStringLiteral("vast");
    vast.displayName = QStringLiteral("Vast.ai");
    // The API and the official client's default (vast-cli client.py: server_url_default).
    vast.defaultBaseUrl = QUrl(QStringLiteral("https://console.vast.ai"));
    vast.consoleUrl = QUrl(QStringLiteral("https://cloud.vast.ai/"));
    // The page the official CLI's README and installer send users to for a key; the installer deep-links its
    // API keys tab. The older https://console.vast.ai/account/ page no longer appears in vast-cli.
    vast.apiKeysPageUrl = QUrl(QStringLiteral("https://cloud.vast.ai/manage-keys/?tab=api-keys"));
    vast.apiKeyVariable = QStringLiteral("VAST_API_KEY");
    vast.cliKeyFile = QStringLiteral("vastai/vast_api_key");
    vast.legacyCliKeyFile = QStringLiteral(".vast_api_key");
    vast.capabilities = C::ProfileRead | C::ProfileUpdate | C::Balance | C::SshKeys | C::SshKeyEdit | C::ApiKeysManage
        | C::ApiKeyReset | C::EnvVars | C::Sessions | C::TwoFactor | C::AuditLog;

    ProviderInfo spheron;
    spheron.provider = Provider::Spheron;
    spheron.id = QStringLiteral("spheron");
    spheron.displayName = QStringLiteral("Spheron AI");
    spheron.defaultBaseUrl = QUrl(QStringLiteral("https://app.spheron.ai"));
    spheron.consoleUrl = QUrl(QStringLiteral("https://app.spheron.ai"));
    spheron.apiKeysPageUrl = QUrl(QStringLiteral("https://app.spheron.ai/settings?tab=api")); // docs/api/spheron.md §3
    spheron.profilePageUrl = QUrl(QStringLiteral("https://app.spheron.ai/settings")); // no profile API (§4)
    spheron.apiKeyVariable = QStringLiteral("SPHERON_API_KEY");
    spheron.homeKeyFile = QStringLiteral(".spheron/api_key"); // SkyPilot's Spheron cloud (docs/api/spheron.md §1.4)
    spheron.capabilities = C::Balance | C::Teams | C::SshKeys;

    return {vast, spheron};
}

} // namespace

const QList<ProviderInfo>& all()
{
    static const QList<ProviderInfo> table = makeTable();
    return table;
}

const ProviderInfo& info(Provider provider)
{
    return all().at(static_cast<int>(provider));
}

QString id(Provider provider)
{
    return info(provider).id;
}

std::optional<Provider> fromId(const QString& id)
{
    for (const ProviderInfo& row : all()) {
        if (row.id == id)
            return row.provider;
    }
    return std::nullopt;
}

QString displayName(Provider provider)
{
    return info(provider).displayName;
}

QUrl defaultBaseUrl(Provider provider)
{
    return info(provider).defaultBaseUrl;
}

} // namespace Providers
