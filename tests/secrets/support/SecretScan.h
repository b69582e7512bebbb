#pragma once

#include <QString>
#include <QStringList>

/** Test helper: proves a secret was written nowhere on disk. */
namespace SecretScan {

/**
 * Every regular file under @p root (hidden ones included, symlinks not followed) that contains @p secret
 * as UTF-8, UTF-16, Base64 or hex. Returns the paths only, never the secret.
 */
QStringList filesContaining(const QString& root, const QString& secret);

} // namespace SecretScan
