#pragma once

#include <QUrl>

#include <functional>

/** Opens web pages (the provider's console) through one replaceable function, so tests see the URL, not a browser. */
namespace UrlOpener {

using Handler = std::function<bool(const QUrl&)>;

/** Opens @p url with the current handler (QDesktopServices::openUrl unless a test replaced it). */
bool open(const QUrl& url);
/** Replaces the handler; an empty one restores QDesktopServices::openUrl. */
void setHandler(Handler handler);

} // namespace UrlOpener
