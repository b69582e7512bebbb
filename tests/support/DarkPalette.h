#pragma once

#include "widgets/Appearance.h"

#include <QPalette>

namespace TestSupport {

/**
 * The dark palette every test and the screenshot tool use to look at or check the UI in dark mode: the app's own
 * (View → Appearance → Dark). Header-only: only widget tests include it (keydeck_test_support has no Gui).
 */
inline QPalette darkPalette()
{
    return Appearance::darkPalette();
}

} // namespace TestSupport
