#pragma once

#include <QByteArray>

/**
 * What a private key file's own header says about it, read without libssh: the formats name their encryption in
 * the clear (docs/SECURITY-OVERVIEW.md, "Local checks"). OpenSSH's format ("-----BEGIN OPENSSH PRIVATE KEY-----")
 * stores its cipher name right after the magic "openssh-key-v1"; "none" means no passphrase. The older PEM formats
 * say "Proc-Type: 4,ENCRYPTED" (RSA, DSA, EC) or "BEGIN ENCRYPTED PRIVATE KEY" (PKCS#8).
 */
namespace PrivateKeyFormat {

enum class Protection {
    NotAKey, ///< no private key header on the first line
    Unencrypted, ///< opens without a passphrase
    Encrypted, ///< needs a passphrase
    Unknown, ///< a private key header, but the rest could not be read
};

/** True when @p firstLine (without its line break) is an OpenSSH or PEM private key header. */
bool isPrivateKeyHeader(const QByteArray& firstLine);

/** What @p fileText (a whole private key file) says about its passphrase. Decoded bytes are wiped before returning. */
Protection protection(const QByteArray& fileText);

} // namespace PrivateKeyFormat
