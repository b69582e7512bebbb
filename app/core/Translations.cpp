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
    if (own->load(ownLocale, QStringLiteral("keydeck"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
        return true;
    }
    delete own;
    return false;
}

} // namespace Translations
