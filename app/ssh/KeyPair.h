#pragma once

#include "ssh/PublicKey.h"

#include <QByteArray>
#include <QString>

/**
 * A freshly generated key pair held in memory: the OpenSSH private key text and its public key.
 *
 * Move-only. The private key bytes are wiped (SecretWipe) when the pair is destroyed or wipe() is called;
 * do not keep copies of privateKeyPem() beyond the call that writes it.
 */
class KeyPair
{
public:
    KeyPair() = default;
    ~KeyPair();
    KeyPair(KeyPair&& other) noexcept;
    KeyPair& operator=(KeyPair&& other) noexcept;
    KeyPair(const KeyPair&) = delete;
    KeyPair& operator=(const KeyPair&) = delete;

    /** A failed generation carrying a translated message. */
    static KeyPair failed(const QString& errorMessage);
    /** Takes ownership of @p privateKeyPem (the caller's buffer is left empty). */
    static KeyPair fromParts(QByteArray&& privateKeyPem, const PublicKey& publicKey, bool encrypted);

    bool isValid() const { return m_publicKey.isValid() && !m_privateKeyPem.isEmpty(); }
    /** Why generation failed (translated); empty when valid. */
    QString errorMessage() const { return m_error; }

    /** "-----BEGIN OPENSSH PRIVATE KEY-----\n…": the private key file's exact content. Secret. */
    const QByteArray& privateKeyPem() const { return m_privateKeyPem; }
    /** The public key, with the comment given at generation. */
    const PublicKey& publicKey() const { return m_publicKey; }
    /** The `.pub` file's line: "ssh-ed25519 AAAA… comment". */
    QString publicKeyLine() const { return m_publicKey.authorizedKeysLine(); }
    /** True when the private key is protected by a passphrase. */
    bool isEncrypted() const { return m_encrypted; }

    /** Zeroes and drops the private key now (the public half stays usable). */
    void wipe();

private:
    QByteArray m_privateKeyPem;
    PublicKey m_publicKey;
    bool m_encrypted = false;
    QString m_error;
};
