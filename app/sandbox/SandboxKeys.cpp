#include "sandbox/SandboxKeys.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace {

QString randomFrom(const char* alphabet, int alphabetSize, int length)
{
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i)
        out.append(QLatin1Char(alphabet[QRandomGenerator::system()->bounded(alphabetSize)]));
    return out;
}

void appendSshString(QByteArray& out, const QByteArray& value)
{
    const quint32 size = static_cast<quint32>(value.size());
    out.append(static_cast<char>((size >> 24) & 0xff));
    out.append(static_cast<char>((size >> 16) & 0xff));
    out.append(static_cast<char>((size >> 8) & 0xff));
    out.append(static_cast<char>(size & 0xff));
    out.append(value);
}

} // namespace

namespace SandboxKeys {

QString tfaBackupCode()
{
    // Letters only, without the ones that read like digits (I, L, O), grouped as the CLI's examples show.
    static const char alphabet[] = "ABCDEFGHJKMNPQRSTUVWXYZ";
    const int size = int(sizeof(alphabet)) - 1;
    return randomFrom(alphabet, size, 4) + QLatin1Char('-') + randomFrom(alphabet, size, 4) + QLatin1Char('-')
        + randomFrom(alphabet, size, 4);
}

QString totpSecret()
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    return randomFrom(alphabet, int(sizeof(alphabet)) - 1, 32);
}

QString vastKey()
{
    static const char kHex[] = "0123456789abcdef";
    return randomFrom(kHex, 16, 64);
}

QString spheronKey()
{
    static const char kUrlSafe[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    return QStringLiteral("sai_pk_") + randomFrom(kUrlSafe, 64, 40);
}

QString hash(const QString& key)
{
    return QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString objectId()
{
    static const char kHex[] = "0123456789abcdef";
    return randomFrom(kHex, 16, 24);
}

QString randomEd25519PublicKey(const QString& comment)
{
    QByteArray keyBytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(keyBytes.data()), 8);
    QByteArray blob;
    appendSshString(blob, QByteArrayLiteral("ssh-ed25519"));
    appendSshString(blob, keyBytes);
    return QStringLiteral("ssh-ed25519 %1 %2").arg(QString::fromLatin1(blob.toBase64()), comment);
}

QString spheronServerFingerprint(const QString& publicKey)
{
    const QString type = publicKey.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
    const QByteArray digest = QCryptographicHash::hash((type + QLatin1Char(' ')).toUtf8(), QCryptographicHash::Sha256);
    QByteArray b64 = digest.toBase64(QByteArray::OmitTrailingEquals);
    return QStringLiteral("SHA256:") + QString::fromLatin1(b64);
}

QString isoSeconds(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QString isoMillis(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace SandboxKeys
