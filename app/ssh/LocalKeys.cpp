#include "ssh/LocalKeys.h"

#include "ssh/KeyFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

LocalKey LocalKeys::read(const QString& path)
{
    LocalKey entry;
    const QFileInfo info(path);
    entry.path = info.absoluteFilePath();
    entry.modified = info.lastModified();
    QString privatePath = entry.path;
    if (privatePath.endsWith(QStringLiteral(".pub")))
        privatePath.chop(4);
    entry.hasPrivateKey = privatePath != entry.path && QFileInfo(privatePath).isFile();

    if (!info.isFile()) {
        entry.readError = tr("%1 is not a regular file.").arg(QDir::toNativeSeparators(entry.path));
        return entry;
    }
    if (info.size() > MaxFileSize) {
        entry.readError = tr("%1 is too large to be a public key file.").arg(QDir::toNativeSeparators(entry.path));
        return entry;
    }
    QFile file(entry.path);
    if (!file.open(QIODevice::ReadOnly)) {
        entry.readError = tr("%1 could not be read: %2").arg(QDir::toNativeSeparators(entry.path), file.errorString());
        return entry;
    }
    // Read one byte past the limit: the file may have grown since the size check.
    const QByteArray data = file.read(MaxFileSize + 1);
    if (data.size() > MaxFileSize) {
        entry.readError = tr("%1 is too large to be a public key file.").arg(QDir::toNativeSeparators(entry.path));
        return entry;
    }
    entry.key = PublicKey::parse(QString::fromUtf8(data));
    return entry;
}

QList<LocalKey> LocalKeys::scan(const QStringList& directories)
{
    const QStringList dirs = directories.isEmpty() ? QStringList {KeyFiles::defaultDirectory()} : directories;
    QStringList paths;
    for (const QString& dir : dirs) {
        const QFileInfoList files
            = QDir(dir).entryInfoList({QStringLiteral("*.pub")}, QDir::Files | QDir::Hidden | QDir::System);
        for (const QFileInfo& f : files)
            paths << f.absoluteFilePath();
    }
    paths.removeDuplicates();
    std::sort(paths.begin(), paths.end());
    QList<LocalKey> out;
    out.reserve(paths.size());
    for (const QString& p : paths)
        out << read(p);
    return out;
}
