#include "SecretScan.h"

#include <QByteArrayList>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace SecretScan {

QStringList filesContaining(const QString& root, const QString& secret)
{
    const QByteArray utf8 = secret.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char*>(secret.utf16()), secret.size() * 2);
    const QByteArrayList needles {utf8, utf16, utf8.toBase64(), utf8.toBase64(QByteArray::Base64UrlEncoding),
                                  utf8.toHex()};
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        if (!info.isFile() || info.isSymLink())
            continue; // sockets and pipes of the private D-Bus session and keyring
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = file.readAll();
        for (const QByteArray& needle : needles) {
            if (content.contains(needle)) {
                hits.append(path);
                break;
            }
        }
    }
    return hits;
}

} // namespace SecretScan
