#include "pages/apikeys/ConsoleLinks.h"

#include "providers/ConsoleProvider.h"

namespace ConsoleLinks {

QUrl apiKeysPage(const ConsoleProvider* provider)
{
    return provider ? provider->info().apiKeysPageUrl : QUrl();
}

} // namespace ConsoleLinks
