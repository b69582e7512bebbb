#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

class ConsoleProvider;
class QLabel;
struct UiContext;

/**
 * The provider consoles' web pages the API Keys tab links to, and the one rule for opening them (issue 18): say
 * what happened; when no browser opens, show the address to copy; a demo account never links to the real console.
 */
class ConsoleLinks
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleLinks)

public:
    /** The console page where keys are generated and revoked (ProviderInfo::apiKeysPageUrl, the same page the
     *  wizard links to); empty without a provider. */
    static QUrl apiKeysPage(const ConsoleProvider* provider);

    enum class Opened {
        Browser, ///< the desktop opened the page
        NoBrowser, ///< nothing opened it: the message shows the address to copy
        Demo, ///< a demo account: nothing was opened, the message says why
    };
    struct Result
    {
        Opened opened = Opened::NoBrowser;
        QUrl url;
        /** A whole translated sentence: what happened, with the address when the user must open it. */
        QString message;
    };

    /** Opens the console's API keys page for @p provider through UrlOpener, unless @p context is a demo account. */
    static Result openApiKeysPage(const ConsoleProvider* provider, const UiContext* context);
    /**
     * Shows @p result in @p label as plain, selectable text (the address can be copied) and makes it visible;
     * returns @p result.
     */
    static Result showIn(const Result& result, QLabel* label);
};
