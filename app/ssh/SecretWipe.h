#pragma once

class QByteArray;
class QString;

/**
 * Overwrites secret buffers with zeros before they are released.
 *
 * The wipe writes through the buffer that @p secret points at, even when it is implicitly shared, so every
 * copy sharing it reads zeros afterwards: hold secrets in one place and do not keep copies.
 */
namespace SecretWipe {

/** Zeroes @p secret's bytes (Os::wipe: explicit_bzero, memset_s or SecureZeroMemory, not optimised away) and clears it.
 */
void wipe(QByteArray& secret);

/** Zeroes @p secret's UTF-16 code units and clears it. */
void wipe(QString& secret);

} // namespace SecretWipe
