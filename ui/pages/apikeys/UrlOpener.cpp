#include "pages/apikeys/UrlOpener.h"

#include <QDesktopServices>

namespace UrlOpener {

namespace {

Handler& handler()
{
    static Handler current;
    return current;
}

} // namespace

bool open(const QUrl& url)
{
    if (handler())
        return handler()(url);
    return QDesktopServices::openUrl(url);
}

void setHandler(Handler replacement)
{
    handler() = std::move(replacement);
}

} // namespace UrlOpener
