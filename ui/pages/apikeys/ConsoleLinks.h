#pragma once

#include <QUrl>

class ConsoleProvider;

/** The provider consoles' web pages the API Keys tab links to (the public sites, also in demo mode). */
namespace ConsoleLinks {

/** The console page where keys are generated and revoked (ProviderInfo::apiKeysPageUrl, the same page the
 *  wizard links to); empty without a provider. */
QUrl apiKeysPage(const ConsoleProvider* provider);

} // namespace ConsoleLinks
