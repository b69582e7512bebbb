#include "security/PrivateKeyFormat.h"

#include "ssh/SecretWipe.h"

#include <QList>
#include <QtEndian>

namespace PrivateKeyFormat {

namespace {

const QByteArray kOpenSshBegin = QByteArrayLiteral("-----BEGIN OPENSSH PRIVATE KEY-----");
const QByteArray kOpenSshEnd = QByteArrayLiteral("-----END OPENSSH PRIVATE KEY-----");
const QByteArray kOpenSshMagic = QByteArrayLiteral("openssh-key-v1\0");

/** PEM private key headers: RSA, DSA and EC (OpenSSL's traditional format) and PKCS#8. */
const QList<QByteArray>& pemHeaders()
{
    static const QList<QByteArray> headers {
        QByteArrayLiteral("-----BEGIN RSA PRIVATE KEY-----"),
        QByteArrayLiteral("-----BEGIN DSA PRIVATE KEY-----"),
        QByteArrayLiteral("-----BEGIN EC PRIVATE KEY-----"),
        QByteArrayLiteral("-----BEGIN PRIVATE KEY-----"),
        QByteArrayLiteral("-----BEGIN ENCRYPTED PRIVATE KEY-----"),
    };
    return headers;
}

QByteArray firstLineOf(const QByteArray& text)
{
    const qsizetype end = text.indexOf('\n');
    return (end < 0 ? text : text.left(end)).trimmed();
}

/** The cipher name from an OpenSSH private key's body: magic, then a uint32 length and the name. */
Protection openSshProtection(const QByteArray& text)
{
    const qsizetype begin = text.indexOf(kOpenSshBegin);
    const qsizetype end = text.indexOf(kOpenSshEnd);
    if (begin < 0 || end < begin)
        return Protection::Unknown;
    const qsizetype bodyStart = begin + kOpenSshBegin.size();
    // Only the first few lines are decoded: the cipher name comes right after the magic, and the rest is the key.
    QByteArray base64 = text.mid(bodyStart, std::min<qsizetype>(end - bodyStart, 200)).simplified();
    base64.replace(' ', QByteArray());
    base64.truncate(base64.size() - base64.size() % 4);
    QByteArray decoded = QByteArray::fromBase64(base64);
    Protection result = Protection::Unknown;
    const qsizetype offset = kOpenSshMagic.size();
    if (decoded.startsWith(kOpenSshMagic) && decoded.size() >= offset + 4) {
        const quint32 length = qFromBigEndian<quint32>(decoded.constData() + offset);
        if (length > 0 && length <= 64 && decoded.size() >= offset + 4 + qsizetype(length)) {
            const QByteArray cipher = decoded.mid(offset + 4, length);
            result = cipher == "none" ? Protection::Unencrypted : Protection::Encrypted;
        }
    }
    SecretWipe::wipe(decoded);
    return result;
}

} // namespace

bool isPrivateKeyHeader(const QByteArray& firstLine)
{
    const QByteArray line = firstLine.trimmed();
    return line == kOpenSshBegin || pemHeaders().contains(line);
}

Protection protection(const QByteArray& fileText)
{
    const QByteArray first = firstLineOf(fileText);
    if (first == kOpenSshBegin)
        return openSshProtection(fileText);
    if (!pemHeaders().contains(first))
        return Protection::NotAKey;
    if (first == QByteArrayLiteral("-----BEGIN ENCRYPTED PRIVATE KEY-----"))
        return Protection::Encrypted;
    if (first == QByteArrayLiteral("-----BEGIN PRIVATE KEY-----"))
        return Protection::Unencrypted; // PKCS#8 has no clear-text variant that needs a passphrase
    // Traditional PEM: an encrypted key says so in a header line before its body (base64 has no ':' or ',').
    return fileText.contains("Proc-Type: 4,ENCRYPTED") ? Protection::Encrypted : Protection::Unencrypted;
}

} // namespace PrivateKeyFormat
