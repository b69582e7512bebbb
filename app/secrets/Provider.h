#pragma once

#include <QString>
#include <QUrl>
#include <optional>

/** The GPU clouds Keydeck manages. */
enum class Provider { Vast, Spheron };

/** Stable identifiers and defaults for a Provider (stored in QSettings, shown in the UI). */
namespace Providers {

/** The identifier stored in settings: "vast" or "spheron". Never translated. */
QString id(Provider provider);

/** The provider for a stored identifier, or nothing when it is unknown. */
std::optional<Provider> fromId(const QString& id);

/** The product name shown to users ("Vast.ai", "Spheron AI"). Not translated: product names. */
QString displayName(Provider provider);

/** The console's base URL: https://console.vast.ai or https://app.spheron.ai. */
QUrl defaultBaseUrl(Provider provider);

} // namespace Providers
