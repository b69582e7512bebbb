#include "core/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Translations {

bool install(QCoreApplication* app, const QLocale& locale)
{
    auto* qtTranslator = new QTranslator(app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
    } else {
        delete qtTranslator;
    }

    // The C/POSIX locale (LANG unset or C, usual in containers and on servers) is English: without this the
    // English plural-only catalog is skipped and "%n key(s)" keeps its "(s)".
    const QLocale ownLocale = locale.language() == QLocale::C ? QLocale(QLocale::English) : locale;
    auto* own = new QTranslator(app);
    const bool found = own->load(ownLocale, QStringLiteral("keydeck"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    // Dates and money follow the language the user reads, not LC_TIME/LC_MONETARY: under LANG=C they were
    // "-3.21$", and with --lang de on an English system they stayed English.
    QLocale::setDefault(uiLocale(locale, found ? own->language() : QString()));
    if (found) {
        QCoreApplication::installTranslator(own);
        return true;
    }
    delete own;
    return false;
}

QLocale uiLocale(const QLocale& requested, const QString& catalogLanguage)
{
    const QLocale catalog = catalogLanguage.isEmpty() ? QLocale(QLocale::English) : QLocale(catalogLanguage);
    if (requested.language() == catalog.language())
        return requested;
    // Qt picks the language's main region when the pair has no data (English in Japan → en_US).
    const QLocale regional(catalog.language(), requested.territory());
    return regional.language() == catalog.language() ? regional : QLocale(catalog.language());
}

} // namespace Translations
