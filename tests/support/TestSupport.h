#pragma once

#include <QString>

/** Small helpers shared by the test executables. */
namespace TestSupport {

/** The source tree's root (KEYDECK_SOURCE_DIR, set by CTest). */
QString sourceDir();

/** The build tree's root (KEYDECK_BINARY_DIR, set by CTest). */
QString binaryDir();

/** True when the test runs inside support/with-keyring.sh (a private session bus is present). */
bool hasPrivateKeyring();

} // namespace TestSupport
