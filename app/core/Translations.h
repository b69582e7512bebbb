#pragma once

#include <QLocale>

class QCoreApplication;

namespace Translations {

/**
 * Installs Keydeck's catalog (compiled into the binary under :/i18n) and Qt's own qtbase catalog,
 * so QWizard's and QDialogButtonBox's standard buttons are translated too (KeePassXC Translator.cpp).
 * @return true when Keydeck's own catalog for @p locale was found (English needs none).
 */
bool install(QCoreApplication* app, const QLocale& locale);

} // namespace Translations
