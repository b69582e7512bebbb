#include "pages/apikeys/ConsoleLinks.h"

#include "providers/ConsoleProvider.h"

namespace ConsoleLinks {

QUrl apiKeysPage(const ConsoleProvider* provider)
{
    if (provider && provider->providerId() == QLatin1String("spheron"))
        return QUrl(QStringLiteral("https://app.spheron.ai/settings?tab=api"));
    return QUrl(QStringLiteral("https://console.vast.ai/account/"));
}

} // namespace ConsoleLinks
