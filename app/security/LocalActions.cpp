#include "security/LocalActions.h"

#include "platform/Platform.h"
#include "secrets/SecretsLogging.h"
#include "security/LocalChecks.h"
#include "security/PrivateKeyFormat.h"
#include "security/ShellExports.h"
#include "ssh/KeyFiles.h"
#include "ssh/LibSsh.h"
#include "ssh/SecretWipe.h"
#include "ssh/SshLogging.h"
#include "ssh/SshWorkers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

#include <cstring>
#include <memory>

namespace Security {

namespace {

using SshKey = std::unique_ptr<ssh_key_struct, decltype(LibSsh::keyFree)>;

LocalActions::Result failed(const QString& error)
{
    LocalActions::Result result;
    result.error = error;
    return result;
}

/** The whole of a small regular file, or nothing. */
std::optional<QByteArray> readSmallFile(const QString& path, QString* error)
{
    const QFileInfo info(path);
    if (!info.isFile()) {
        *error = LocalActions::tr("%1 is not a regular file.").arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    const QString tooLarge
        = LocalActions::tr("%1 is too large for Keydeck to change.").arg(QDir::toNativeSeparators(path));
    if (info.size() > LocalChecks::MaxFileSize) {
        *error = tooLarge;
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = LocalActions::tr("%1 could not be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    // One byte past the limit: the file may have grown since the size check.
    QByteArray bytes = file.read(LocalChecks::MaxFileSize + 1);
    if (bytes.size() > LocalChecks::MaxFileSize) {
        SecretWipe::wipe(bytes);
        *error = tooLarge;
        return std::nullopt;
    }
    return bytes;
}

/** The public half of @p key as base64, for comparing two keys. */
QByteArray publicBase64(const LibSsh* ssh, ssh_key key)
{
    char* b64 = nullptr;
    if (ssh->exportPubkeyBase64(key, &b64) != SSH_OK || !b64)
        return {};
    QByteArray out(b64);
    ssh->stringFreeChar(b64);
    return out;
}

/** Line @p line (1-based) of @p lines, without a trailing carriage return. */
QByteArray lineText(const QList<QByteArray>& lines, int line)
{
    QByteArray text = lines.at(line - 1);
    if (text.endsWith('\r'))
        text.chop(1);
    return text;
}

} // namespace

LocalActions::Result LocalActions::fixMode(const Finding& finding)
{
    const QString path = finding.subjectId;
    const QString shown = QDir::toNativeSeparators(path);
    constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QFileDevice::Permissions wanted;
    switch (finding.check) {
    case Check::SshDirectoryMode:
        wanted = ownerOnly | QFileDevice::ExeOwner;
        break;
    case Check::PrivateKeyMode:
        wanted = ownerOnly;
        break;
    case Check::PublicKeyMode:
        wanted = QFileInfo(path).permissions() & ~(QFileDevice::WriteGroup | QFileDevice::WriteOther);
        break;
    default:
        return failed(tr("Keydeck cannot fix this finding by changing a file's permissions."));
    }
    if (path.isEmpty() || !QFileInfo::exists(path))
        return failed(tr("%1 no longer exists.").arg(shown));
    if (!QFile::setPermissions(path, wanted))
        return failed(tr("The permissions of %1 could not be changed.").arg(shown));
    qCInfo(lcSsh) << "set the mode of" << path << "to" << LocalChecks::modeString(path);
    Result result;
    result.ok = true;
    return result;
}

void LocalActions::addPassphrase(const QString& privateKeyPath, const QString& passphrase, QObject* context,
                                 Callback callback)
{
    auto* watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher, [watcher, callback] {
        const Result result = watcher->result();
        watcher->deleteLater();
        if (callback)
            callback(result);
    });
    // A deep copy, so that the worker's wipe zeroes only our buffer, never the caller's (implicitly shared) one.
    QString pass(passphrase.constData(), passphrase.size());
    watcher->setFuture(QtConcurrent::run(SshWorkers::pool(), [privateKeyPath, pass]() mutable {
        QByteArray utf8 = pass.toUtf8();
        SecretWipe::wipe(pass);
        return addPassphraseNow(privateKeyPath, utf8);
    }));
}

LocalActions::Result LocalActions::addPassphraseNow(const QString& privateKeyPath, QByteArray& passphrase,
                                                    qint64 unixTime)
{
    struct Wipe
    {
        QByteArray& bytes;
        ~Wipe() { SecretWipe::wipe(bytes); }
    };
    const Wipe wipePassphrase {passphrase};
    const QString shown = QDir::toNativeSeparators(privateKeyPath);
    if (passphrase.isEmpty())
        return failed(tr("Enter a passphrase for %1.").arg(shown));
    if (Platform::isSymbolicLink(privateKeyPath))
        return failed(tr("Keydeck did not change %1: it is not a regular file.").arg(shown));
    QString error;
    std::optional<QByteArray> read = readSmallFile(privateKeyPath, &error);
    if (!read)
        return failed(error);
    QByteArray text = std::move(*read);
    const Wipe wipeText {text};
    switch (PrivateKeyFormat::protection(text)) {
    case PrivateKeyFormat::Protection::Unencrypted:
        break;
    case PrivateKeyFormat::Protection::Encrypted:
        return failed(tr("%1 is protected by a passphrase already.").arg(shown));
    default:
        return failed(tr("%1 is not a private key Keydeck can read.").arg(shown));
    }
    const LibSsh* ssh = LibSsh::get();
    if (!ssh) {
        return failed(tr("The passphrase could not be added because Keydeck's SSH library (libssh) could not be "
                         "loaded. Reinstall Keydeck."));
    }
    ssh_key raw = nullptr;
    if (ssh->importPrivkeyBase64(text.constData(), nullptr, nullptr, nullptr, &raw) != SSH_OK || !raw)
        return failed(tr("%1 is not a private key Keydeck can read.").arg(shown));
    const SshKey key(raw, ssh->keyFree);
    const QByteArray publicKey = publicBase64(ssh, key.get());

    char* exported = nullptr;
    const int rc = ssh->exportPrivkeyBase64(key.get(), passphrase.constData(), nullptr, nullptr, &exported);
    if (rc != SSH_OK || !exported) {
        // libssh 0.10 cannot write an RSA key it read from OpenSSH's format (the key lacks values OpenSSL needs).
        return failed(tr("Keydeck's SSH library (libssh) cannot encrypt %1. Add a passphrase with the command "
                         "ssh-keygen -p -f %1 instead.")
                          .arg(shown));
    }
    QByteArray pem(exported);
    const Wipe wipePem {pem};
    Os::wipe(exported, std::strlen(exported));
    ssh->stringFreeChar(exported);
    if (!pem.endsWith('\n'))
        pem.append('\n');

    // Never replace a working key with one that does not open: read the new text back with the passphrase.
    ssh_key checkRaw = nullptr;
    const bool opens
        = ssh->importPrivkeyBase64(pem.constData(), passphrase.constData(), nullptr, nullptr, &checkRaw) == SSH_OK
        && checkRaw;
    const SshKey check(checkRaw, ssh->keyFree);
    if (!opens || publicKey.isEmpty() || publicBase64(ssh, check.get()) != publicKey)
        return failed(tr("The private key could not be encrypted (libssh error)."));

    const KeyFiles::WriteResult written = KeyFiles::replacePrivateKey(privateKeyPath, pem, unixTime);
    if (!written.ok)
        return failed(written.error);
    qCInfo(lcSsh) << "added a passphrase to" << privateKeyPath;
    Result result;
    result.ok = true;
    result.backupPath = written.backups.isEmpty() ? QString() : written.backups.first().to;
    return result;
}

std::optional<LocalActions::ExportLine> LocalActions::readExport(const QString& file, int line, const QString& variable)
{
    QString error;
    std::optional<QByteArray> bytes = readSmallFile(file, &error);
    if (!bytes)
        return std::nullopt;
    QString text = QString::fromUtf8(*bytes);
    const QList<QByteArray> lines = bytes->split('\n');
    SecretWipe::wipe(*bytes);
    const ShellExports::Syntax syntax
        = file.endsWith(QStringLiteral(".fish")) ? ShellExports::Syntax::Fish : ShellExports::Syntax::Posix;
    QList<ShellExports::Assignment> found = ShellExports::scan(text, syntax, {variable});
    SecretWipe::wipe(text);
    std::optional<ExportLine> result;
    for (ShellExports::Assignment& assignment : found) {
        if (!result && assignment.line == line && line <= lines.size())
            result = ExportLine {QString::fromUtf8(lineText(lines, line)), variable, std::move(assignment.value)};
        SecretWipe::wipe(assignment.value); // the others (a wipe reaches every copy that shares the buffer)
    }
    return result;
}

LocalActions::Result LocalActions::commentOutExport(const QString& file, int line, const QString& expectedText,
                                                    qint64 unixTime)
{
    // A start-up file kept elsewhere and linked in (a dotfiles repository) is changed where it lives.
    const QString path = Platform::isSymbolicLink(file) ? QFileInfo(file).canonicalFilePath() : file;
    const QString shown = QDir::toNativeSeparators(file);
    QString error;
    std::optional<QByteArray> read = readSmallFile(path, &error);
    if (!read)
        return failed(error);
    QByteArray original = std::move(*read);
    QList<QByteArray> lines = original.split('\n');
    if (line < 1 || line > lines.size() || expectedText.isEmpty()
        || QString::fromUtf8(lineText(lines, line)) != expectedText) {
        SecretWipe::wipe(original);
        return failed(tr("Keydeck did not change %1: line %2 no longer reads as it did when it was checked. Check "
                         "the file and try again.")
                          .arg(shown)
                          .arg(line));
    }
    const QFileDevice::Permissions mode = QFileInfo(path).permissions();

    // The backup is owner-only while it is written, and gets the file's own mode once complete.
    const QString suffix = KeyFiles::freeBackupSuffix({path}, unixTime);
    const QString backup = path + suffix;
    QString reason;
    if (suffix.isEmpty() || !Platform::writeNewFile(backup, original, Platform::FileAccess::OwnerOnly, &reason)) {
        SecretWipe::wipe(original);
        return failed(tr("%1 could not be backed up: %2").arg(shown, suffix.isEmpty() ? tr("no free name") : reason));
    }
    QFile::setPermissions(backup, mode);

    const bool crlf = lines.at(line - 1).endsWith('\r');
    QByteArray note = QByteArrayLiteral("# removed by Keydeck: key moved to the keychain");
    if (crlf)
        note.append('\r');
    lines[line - 1].prepend("# ");
    lines.insert(line - 1, note);
    QByteArray changed = lines.join('\n');
    for (QByteArray& l : lines)
        SecretWipe::wipe(l);
    SecretWipe::wipe(original);

    QSaveFile save(path);
    bool ok = save.open(QIODevice::WriteOnly) && save.setPermissions(mode) && save.write(changed) == changed.size();
    SecretWipe::wipe(changed);
    ok = ok && save.commit();
    if (!ok) {
        const QString why = save.errorString();
        save.cancelWriting();
        return failed(tr("%1 could not be changed: %2").arg(shown, why));
    }
    qCInfo(lcKeychain) << "commented out line" << line << "of" << path << "backup" << backup;
    Result result;
    result.ok = true;
    result.backupPath = backup;
    return result;
}

QString LocalActions::exportFilePath(const Finding& finding)
{
    const qsizetype hash = finding.subjectId.lastIndexOf(u'#');
    return hash < 0 ? finding.subjectId : finding.subjectId.left(hash);
}

} // namespace Security
