#pragma once

#include <QLocale>

class QCoreApplication;

namespace Translations {

/**
 * Installs Keydeck's catalog (compiled into the binary under :/i18n) and Qt's own qtbase catalog,
 * so QWizard's and QDialogButtonBox's standard buttons are translated too (KeePassXC Translator.cpp),
 * and makes uiLocale() the default QLocale, so dates, numbers and money follow the UI language.
 * @return true when Keydeck's own catalog for @p locale was found (English needs none).
 */
bool install(QCoreApplication* app, const QLocale& locale);

/**
 * The locale whose formats match the UI: @p requested when Keydeck's catalog of its language was loaded
 * (keeping its region: de_AT stays Austrian), else the catalog's language, and English (US for C or an
 * unknown region) when the UI shows the English source texts. @p catalogLanguage is the loaded catalog's
 * language ("de_DE", "en"), empty when none was loaded.
 */
QLocale uiLocale(const QLocale& requested, const QString& catalogLanguage);

} // namespace Translations
