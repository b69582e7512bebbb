#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

/** Key material and timestamps for the sandbox: realistic-looking secrets from QRandomGenerator::system(). */
namespace SandboxKeys {

/** A Vast.ai-style API or session key: 64 lower-case hex characters. */
QString vastKey();
/** A Spheron AI-style API key: "sai_pk_" + 40 URL-safe characters. */
QString spheronKey();
/** A 2FA backup code: "ABCD-EFGH-JKMN" (upper-case letters in three groups, as the CLI's examples show). */
QString tfaBackupCode();
/** A TOTP secret: 32 base32 characters (160 bits), as authenticator apps expect. */
QString totpSecret();
/** What the store keeps instead of a key: hex SHA-256. */
QString hash(const QString& key);
/** A random id for Spheron objects (24 hex characters, like a Mongo ObjectId). */
QString objectId();

/** A structurally valid OpenSSH ed25519 public key line with random key bytes. */
QString randomEd25519PublicKey(const QString& comment);

/**
 * The fingerprint the Spheron server reports: reproduces the bug docs/api/spheron.md §2.1 describes (a SHA-256
 * of the literal "<type> " prefix, not of the key bytes), so clients learn to compute their own.
 */
QString spheronServerFingerprint(const QString& publicKey);

/** UTC "yyyy-MM-ddTHH:mm:ssZ". */
QString isoSeconds(const QDateTime& time);
/** UTC "yyyy-MM-ddTHH:mm:ss.zzzZ" (JavaScript's toISOString()). */
QString isoMillis(const QDateTime& time);

} // namespace SandboxKeys
