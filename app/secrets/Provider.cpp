#include "secrets/Provider.h"

namespace Providers {

QString id(Provider provider)
{
    switch (provider) {
    case Provider::Vast:
        return QStringLiteral("vast");
    case Provider::Spheron:
        return QStringLiteral("spheron");
    }
    return {};
}

std::optional<Provider> fromId(const QString& id)
{
    if (id == QLatin1String("vast"))
        return Provider::Vast;
    if (id == QLatin1String("spheron"))
        return Provider::Spheron;
    return std::nullopt;
}

QString displayName(Provider provider)
{
    switch (provider) {
    case Provider::Vast:
        return QStringLiteral("Vast.ai");
    case Provider::Spheron:
        return QStringLiteral("Spheron AI");
    }
    return {};
}

QUrl defaultBaseUrl(Provider provider)
{
    switch (provider) {
    case Provider::Vast:
        return QUrl(QStringLiteral("https://console.vast.ai"));
    case Provider::Spheron:
        return QUrl(QStringLiteral("https://app.spheron.ai"));
    }
    return {};
}

} // namespace Providers
