#include "ssh/KeyFiles.h"

#include "platform/Platform.h"
#include "ssh/KeyPair.h"
#include "ssh/SshLogging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace {

constexpr QFileDevice::Permissions kDirectoryPermissions
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

/** Exists as anything, including a dangling symlink (QFileInfo::exists follows links). */
bool pathExists(const QString& path)
{
    return Platform::pathExists(path);
}

} // namespace

QString KeyFiles::defaultDirectory()
{
    return QDir::homePath() + QStringLiteral("/.ssh");
}

QString KeyFiles::defaultName()
{
    return QStringLiteral("id_ed25519");
}

QString KeyFiles::freeName(const QString& directory, const QString& hint)
{
    const auto isFree = [&directory](const QString& name) { return !existingPair(directory, name).any(); };
    const QString base = defaultName();
    if (isFree(base))
        return base;
    QString slug;
    for (const QChar c : hint.trimmed().toLower()) {
        const bool plain = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_';
        if (plain)
            slug += c;
        else if (!slug.endsWith(u'_'))
            slug += u'_';
    }
    while (slug.startsWith(u'_') || slug.startsWith(u'-'))
        slug.remove(0, 1);
    while (slug.endsWith(u'_') || slug.endsWith(u'-'))
        slug.chop(1);
    slug.truncate(40);
    if (!slug.isEmpty() && isFree(base + u'_' + slug))
        return base + u'_' + slug;
    for (int n = 2;; ++n) {
        const QString name = base + u'_' + QString::number(n);
        if (isFree(name))
            return name;
    }
}

bool KeyFiles::isValidName(const QString& name)
{
    return !name.isEmpty() && name.size() <= 255 && !name.startsWith(u'.') && !name.contains(u'/')
        && !name.contains(u'\\') && !name.contains(QChar(0));
}

KeyFiles::ExistingPair KeyFiles::existingPair(const QString& directory, const QString& name)
{
    ExistingPair pair;
    pair.privateKeyPath = QDir(directory).filePath(name);
    pair.publicKeyPath = pair.privateKeyPath + QStringLiteral(".pub");
    pair.privateKeyExists = pathExists(pair.privateKeyPath);
    pair.publicKeyExists = pathExists(pair.publicKeyPath);
    return pair;
}

KeyFiles::WriteResult KeyFiles::write(const KeyPair& pair, const QString& directory, const QString& name,
                                      Existing existing, qint64 unixTime)
{
    WriteResult result;
    if (!pair.isValid()) {
        result.error = tr("There is no valid key pair to save.");
        return result;
    }
    if (!isValidName(name)) {
        result.error = tr("“%1” is not a valid key file name. Use a plain name such as id_ed25519.").arg(name);
        return result;
    }
    const QString dirPath = QDir::cleanPath(QDir(directory).absolutePath());

    // Create only the last level, 0700 as OpenSSH wants; an existing directory is left as it is.
    const QFileInfo dirInfo(dirPath);
    if (!dirInfo.exists()) {
        if (!QFileInfo(dirInfo.absolutePath()).isDir()) {
            result.error = tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(dirInfo.absolutePath()));
            return result;
        }
        if (!QDir().mkdir(dirPath, kDirectoryPermissions)) {
            result.error = tr("The folder %1 could not be created.").arg(QDir::toNativeSeparators(dirPath));
            return result;
        }
        result.createdDirectory = true;
        qCInfo(lcSsh) << "created" << dirPath << "with mode 0700";
    } else if (!dirInfo.isDir()) {
        result.error = tr("%1 is not a folder.").arg(QDir::toNativeSeparators(dirPath));
        return result;
    } else if (const QString unsafe = unsafeDirectoryError(dirPath, result); !unsafe.isEmpty()) {
        result.error = unsafe;
        return result;
    }

    const ExistingPair present = existingPair(dirPath, name);
    result.privateKeyPath = present.privateKeyPath;
    result.publicKeyPath = present.publicKeyPath;

    auto restoreBackups = [&result]() {
        for (auto it = result.backups.crbegin(); it != result.backups.crend(); ++it) {
            if (!QFile::rename(it->to, it->from))
                qCWarning(lcSsh) << "could not restore" << it->from << "from" << it->to;
        }
        result.backups.clear();
    };

    if (present.any()) {
        if (existing == Existing::Refuse) {
            result.refusedExisting = true;
            result.error = tr("A key named %1 already exists in %2. Confirm a backup of the existing files first.")
                               .arg(name, QDir::toNativeSeparators(dirPath));
            return result;
        }
        // Same suffix for both files (the vastai CLI's names, docs/api/vast.md §5).
        const QString suffix = freeBackupSuffix({present.privateKeyPath, present.publicKeyPath}, unixTime);
        if (suffix.isEmpty()) {
            result.error = tr("No free backup file name was found in %1.").arg(QDir::toNativeSeparators(dirPath));
            return result;
        }
        const QString privateBackup = present.privateKeyPath + suffix;
        const QString publicBackup = present.publicKeyPath + suffix;
        // QFile::rename refuses an existing target (renameat2 RENAME_NOREPLACE on Linux), so a race cannot
        // overwrite a file either.
        const QList<Backup> planned = {{present.privateKeyPath, privateBackup}, {present.publicKeyPath, publicBackup}};
        for (const Backup& b : planned) {
            if (!pathExists(b.from))
                continue;
            QFile file(b.from);
            if (!file.rename(b.to)) {
                const QString reason = file.errorString();
                restoreBackups();
                result.error = tr("The existing file %1 could not be backed up: %2")
                                   .arg(QDir::toNativeSeparators(b.from), reason);
                return result;
            }
            result.backups << b;
            qCInfo(lcSsh) << "backed up" << b.from << "as" << b.to;
        }
    }

    // Each file gets its final access before the first byte (0600 or 0644; on Windows an owner-only DACL for the
    // private key, which OpenSSH for Windows demands), and an existing file or link is refused, so nothing is
    // ever overwritten (pitfalls §1.2). A failed write leaves no file (docs/SECURITY.md, "~/.ssh").
    QString reason;
    if (!Platform::writeNewFile(result.privateKeyPath, pair.privateKeyPem(), Platform::FileAccess::OwnerOnly,
                                &reason)) {
        restoreBackups();
        result.error = tr("The private key could not be written to %1: %2")
                           .arg(QDir::toNativeSeparators(result.privateKeyPath), reason);
        return result;
    }
    if (!Platform::writeNewFile(result.publicKeyPath, pair.publicKeyLine().toUtf8() + '\n',
                                Platform::FileAccess::OwnerWritesOthersRead, &reason)) {
        QFile::remove(result.privateKeyPath);
        restoreBackups();
        result.error = tr("The public key could not be written to %1: %2")
                           .arg(QDir::toNativeSeparators(result.publicKeyPath), reason);
        return result;
    }
    result.ok = true;
    qCInfo(lcSsh) << "wrote key pair" << result.privateKeyPath << pair.publicKey().fingerprint();
    return result;
}

QString KeyFiles::unsafeDirectoryError(const QString& dirPath, WriteResult& result)
{
    const Platform::PathSafety safety = Platform::pathSafety(dirPath);
    if (safety.foreignOwner) {
        // Whoever owns or may write the folder can swap the key files; OpenSSH's StrictModes refuses it too.
        return tr("Keydeck did not save the key: the folder %1 belongs to another user, who could replace "
                  "the key files. Use a folder of your own, or make this one yours (chown).")
            .arg(QDir::toNativeSeparators(dirPath));
    }
    if (safety.writableByOthers()) {
        return tr("Keydeck did not save the key: other users can change the folder %1 and could replace "
                  "the key files. Make it private with chmod 700 and try again.")
            .arg(QDir::toNativeSeparators(dirPath));
    }
    if (safety.readableByOthers) {
        result.warnings << tr("The folder %1 can be read by other users; OpenSSH recommends making it private "
                              "(chmod 700).")
                               .arg(QDir::toNativeSeparators(dirPath));
    }
    return {};
}

QString KeyFiles::freeBackupSuffix(const QStringList& paths, qint64 unixTime)
{
    const qint64 stamp = unixTime >= 0 ? unixTime : QDateTime::currentSecsSinceEpoch();
    // Bump the suffix until it is free for every file, so that a backup never overwrites anything.
    for (int n = 1; n <= 1000; ++n) {
        const QString suffix
            = QStringLiteral(".backup_%1").arg(stamp) + (n > 1 ? QStringLiteral("-%1").arg(n) : QString());
        if (std::none_of(paths.cbegin(), paths.cend(), [&suffix](const QString& p) { return pathExists(p + suffix); }))
            return suffix;
    }
    return {};
}

KeyFiles::WriteResult KeyFiles::replacePrivateKey(const QString& privateKeyPath, const QByteArray& pem, qint64 unixTime)
{
    WriteResult result;
    const QFileInfo info(privateKeyPath);
    const QString path = info.absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(path);
    result.privateKeyPath = path;
    if (pem.isEmpty()) {
        result.error = tr("There is no valid key pair to save.");
        return result;
    }
    // Renaming a link would back up the link and leave the key it points to as it was.
    if (Platform::isSymbolicLink(path) || !info.isFile()) {
        result.error = tr("Keydeck did not change %1: it is not a regular file.").arg(shown);
        return result;
    }
    if (const QString unsafe = unsafeDirectoryError(info.absolutePath(), result); !unsafe.isEmpty()) {
        result.error = unsafe;
        return result;
    }
    const QString suffix = freeBackupSuffix({path}, unixTime);
    if (suffix.isEmpty()) {
        result.error
            = tr("No free backup file name was found in %1.").arg(QDir::toNativeSeparators(info.absolutePath()));
        return result;
    }
    const Backup backup {path, path + suffix};
    QFile file(path);
    if (!file.rename(backup.to)) {
        result.error = tr("The existing file %1 could not be backed up: %2").arg(shown, file.errorString());
        return result;
    }
    // The backup still holds the old key, which may have had no passphrase: owner only, whatever it was before.
    if (!QFile::setPermissions(backup.to, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        qCWarning(lcSsh) << "could not make" << backup.to << "private";
    result.backups << backup;
    qCInfo(lcSsh) << "backed up" << backup.from << "as" << backup.to;
    QString reason;
    if (!Platform::writeNewFile(path, pem, Platform::FileAccess::OwnerOnly, &reason)) {
        if (!QFile::rename(backup.to, backup.from))
            qCWarning(lcSsh) << "could not restore" << backup.from << "from" << backup.to;
        result.backups.clear();
        result.error = tr("The private key could not be written to %1: %2").arg(shown, reason);
        return result;
    }
    result.ok = true;
    qCInfo(lcSsh) << "replaced the private key" << path;
    return result;
}
