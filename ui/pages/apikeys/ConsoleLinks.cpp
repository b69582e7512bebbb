#include "pages/apikeys/ConsoleLinks.h"

#include "UiContext.h"
#include "pages/apikeys/UrlOpener.h"
#include "providers/ConsoleProvider.h"

#include <QLabel>

QUrl ConsoleLinks::apiKeysPage(const ConsoleProvider* provider)
{
    return provider ? provider->info().apiKeysPageUrl : QUrl();
}

ConsoleLinks::Result ConsoleLinks::openApiKeysPage(const ConsoleProvider* provider, const UiContext* context)
{
    Result result;
    const QString name = provider ? provider->displayName() : QString();
    if (context && context->demo) {
        // The demo's keys live in the local sandbox: the real console knows nothing of them.
        result.opened = Opened::Demo;
        result.message = tr("This demo account has no web console. With a real %1 account, Keydeck opens the "
                            "console's API keys page here.")
                             .arg(name);
        return result;
    }
    result.url = apiKeysPage(provider);
    if (!result.url.isEmpty() && UrlOpener::open(result.url)) {
        result.opened = Opened::Browser;
        result.message
            = tr("The %1 console's API keys page was opened in your web browser: %2").arg(name, result.url.toString());
        return result;
    }
    result.opened = Opened::NoBrowser;
    result.message = tr("No web browser opened. Copy this address into your browser: %1").arg(result.url.toString());
    return result;
}

ConsoleLinks::Result ConsoleLinks::showIn(const Result& result, QLabel* label)
{
    if (!label)
        return result;
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setStyleSheet(QString());
    label->setText(result.message);
    label->setVisible(true);
    return result;
}
