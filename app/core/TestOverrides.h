#pragma once

#include <QString>

/**
 * Environment variables that make Keydeck load another library: KEYDECK_LIBSSH (ssh/LibSsh) and
 * KEYDECK_SANDBOX_MODULE (demo/DemoSandbox). Code named by a variable runs with the user's keys, so only builds
 * with the test suite honour them; the release build, which makes the packaged binary, ignores them
 * (docs/SECURITY.md, "Test-only overrides").
 */
namespace TestOverrides {

/** True in builds with KEYDECK_BUILD_TESTS=ON (generated KeydeckBuildOptions.h). */
bool honoured();

/** The value of @p variable when overrides are honoured, else empty (a set variable is then logged as ignored). */
QString value(const char* variable);

/** The decision itself, for tests: @p variable's value if @p honour, else empty. */
QString value(const char* variable, bool honour);

} // namespace TestOverrides
