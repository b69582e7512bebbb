#pragma once

#include <QString>

#include <functional>

/** Small helpers shared by the test executables. */
namespace TestSupport {

/** The source tree's root (KEYDECK_SOURCE_DIR, set by CTest). */
QString sourceDir();

/** The build tree's root (KEYDECK_BINARY_DIR, set by CTest). */
QString binaryDir();

/**
 * True when the test runs inside support/with-keyring.sh (its private session bus and password are set) and that
 * keyring answers: a secret-tool store, lookup and clear round trip succeeds (checked once per process).
 */
bool hasPrivateKeyring();

/** The uid and gid runUnprivileged() drops to ("nobody" on Debian). */
constexpr unsigned UnprivilegedId = 65534;

/**
 * Runs @p work in a forked child that has dropped root's privileges to UnprivilegedId, and returns its result
 * (0..255), or -1 when the child could not start or drop them. For the tests of what a file mode denies: CI runs as
 * root, which reads and writes whatever the mode says. @p work runs in another process: no Qt Test macros there.
 */
int runUnprivileged(const std::function<int()>& work);

/**
 * Whether a file whose path contains @p part is mapped into this process now (/proc/self/maps): for "not loaded
 * before it is needed" checks. True when the map cannot be read, so that such a check fails rather than passes
 * blindly.
 */
bool isMapped(const char* part);

/** umask(@p mask); returns the previous mask. For checks that a file's mode does not depend on the umask. */
unsigned setUmask(unsigned mask);

/** The mode bits (07777) of @p path itself (lstat), or -1 when it does not exist. */
int fileMode(const QString& path);

} // namespace TestSupport
