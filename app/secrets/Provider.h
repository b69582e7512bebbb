#pragma once

#include <QFlags>
#include <QList>
#include <QString>
#include <QUrl>
#include <optional>

/** The GPU clouds Keydeck manages. */
enum class Provider { Vast, Spheron };

/** What a provider's API offers; the UI hides or replaces what is missing (ARCHITECTURE.md, Providers). */
enum class ProviderCapability {
    ProfileRead = 1 << 0,
    ProfileUpdate = 1 << 1,
    Balance = 1 << 2,
    Teams = 1 << 3,
    SshKeys = 1 << 4,
    SshKeyEdit = 1 << 5,
    ApiKeysManage = 1 << 6,
    ApiKeyReset = 1 << 7,
    EnvVars = 1 << 8,
    Sessions = 1 << 9,
    TwoFactor = 1 << 10,
    AuditLog = 1 << 11, ///< the account's history of important actions (Vast.ai GET /audit_logs/, issue 23)
};
Q_DECLARE_FLAGS(ProviderCapabilities, ProviderCapability)
Q_DECLARE_OPERATORS_FOR_FLAGS(ProviderCapabilities)

/**
 * Everything Keydeck knows about one provider's identity, in one row of one table (Providers::info()), so that
 * the API client, the wizard, the API Keys page and the importer never disagree on a URL or a name.
 * The sandbox and demo mode keep their own local URLs on purpose.
 */
struct ProviderInfo
{
    Provider provider;
    QString id; ///< stored in settings: "vast" or "spheron"; never translated
    QString displayName; ///< the product name shown to users ("Vast.ai"); not translated
    QUrl defaultBaseUrl; ///< the public API origin requests go to
    QUrl consoleUrl; ///< the web console users sign in to
    QUrl apiKeysPageUrl; ///< the console page where API keys are generated and revoked
    QUrl profilePageUrl; ///< where the profile is edited when the API cannot do it; empty when it can
    QString apiKeyVariable; ///< the environment variable the provider's own tools read the key from
    QString cliKeyFile; ///< the CLI's key file, relative to $XDG_CONFIG_HOME (or ~/.config); empty: none
    QString legacyCliKeyFile; ///< an older CLI's key file, relative to the home directory; empty: none
    /** A key file other tools read, relative to the home directory (Spheron AI: SkyPilot's); empty: none. */
    QString homeKeyFile;
    ProviderCapabilities capabilities;
};

/** Stable identifiers and defaults for a Provider (stored in QSettings, shown in the UI). */
namespace Providers {

/** Every provider's row, in the enum's order. */
const QList<ProviderInfo>& all();
/** @p provider's row. */
const ProviderInfo& info(Provider provider);

/** The identifier stored in settings: "vast" or "spheron". Never translated. */
QString id(Provider provider);

/** The provider for a stored identifier, or nothing when it is unknown. */
std::optional<Provider> fromId(const QString& id);

/** The product name shown to users ("Vast.ai", "Spheron AI"). Not translated: product names. */
QString displayName(Provider provider);

/** The public API origin (ProviderInfo::defaultBaseUrl). */
QUrl defaultBaseUrl(Provider provider);

} // namespace Providers
