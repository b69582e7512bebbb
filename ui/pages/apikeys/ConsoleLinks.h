#pragma once

#include <QUrl>

class ConsoleProvider;

/** The provider consoles' web pages the API Keys tab links to (the public sites, also in demo mode). */
namespace ConsoleLinks {

/** The console page where keys are generated and revoked: https://app.spheron.ai/settings?tab=api
 *  (docs/api/spheron.md §3) or https://console.vast.ai/account/ (vast-cli "set api-key" help). */
QUrl apiKeysPage(const ConsoleProvider* provider);

} // namespace ConsoleLinks
