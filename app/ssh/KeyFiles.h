#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class KeyPair;

/**
 * Writes a generated key pair into a directory such as `~/.ssh`, the way OpenSSH expects it:
 * directory 0700 when created, private key 0600 (Windows: an owner-only DACL) from the first byte, public key
 * 0644, and existing files backed up as `<name>.backup_<unix-time>` (never overwritten). All or nothing: a failed
 * write leaves the directory as it was. An existing directory that another user owns or may write is refused, with how
 * to fix it (docs/SECURITY.md, "~/.ssh"). Local file operations are quick, so these functions are synchronous.
 */
class KeyFiles
{
    Q_DECLARE_TR_FUNCTIONS(KeyFiles)

public:
    /** What already exists under a name, for the UI's "back up and replace?" confirmation. */
    struct ExistingPair
    {
        QString privateKeyPath;
        QString publicKeyPath;
        bool privateKeyExists = false;
        bool publicKeyExists = false;
        bool any() const { return privateKeyExists || publicKeyExists; }
    };

    /** Whether existing files under the name may be moved aside. */
    enum class Existing {
        Refuse, ///< fail when either file exists (the caller has not asked the user yet)
        BackUp, ///< the user confirmed: rename both existing files to `….backup_<unix-time>` first
    };

    /** One file moved aside. */
    struct Backup
    {
        QString from;
        QString to;
    };

    /** Exactly what write() did. */
    struct WriteResult
    {
        bool ok = false;
        /** Translated reason when !ok. */
        QString error;
        /** Set when !ok because files exist and Existing::Refuse was given. */
        bool refusedExisting = false;
        QString privateKeyPath;
        QString publicKeyPath;
        bool createdDirectory = false;
        /** Files renamed before writing (kept after success; restored on failure). */
        QList<Backup> backups;
        /** Translated notes that are not errors, e.g. a directory readable by others. */
        QStringList warnings;
    };

    /** `~/.ssh` of the current HOME. */
    static QString defaultDirectory();
    /** "id_ed25519". */
    static QString defaultName();

    /**
     * A file name for a new pair in @p directory that neither file of the pair uses yet, so nothing is moved aside
     * (issue 18 item 6): "id_ed25519" when free, else "id_ed25519_<hint>" (the key's name, reduced to letters,
     * digits, '-' and '_'), else "id_ed25519_2", "id_ed25519_3"…
     */
    static QString freeName(const QString& directory, const QString& hint = {});

    /** True when @p name is a plain file name we may create (no separators, not hidden, not "." or ".."). */
    static bool isValidName(const QString& name);

    /** Which of `<dir>/<name>` and `<dir>/<name>.pub` exist (as anything: file, link or directory). */
    static ExistingPair existingPair(const QString& directory, const QString& name);

    /**
     * Writes @p pair as `<directory>/<name>` (0600) and `<directory>/<name>.pub` (0644).
     * @param existing what to do when either file exists already.
     * @param unixTime the backup suffix; taken from the clock when negative. If a backup name is taken,
     *        "-2", "-3", … is appended so that nothing is ever overwritten.
     */
    static WriteResult write(const KeyPair& pair, const QString& directory, const QString& name, Existing existing,
                             qint64 unixTime = -1);

    /**
     * Replaces the existing private key file @p privateKeyPath with @p pem by the same rules as write(): the old
     * file is renamed to `<name>.backup_<unix-time>` (and made 0600, since it holds the old key), the new one is
     * 0600 from its first byte, a folder others may change is refused, and a failure puts the old file back. The
     * `.pub` beside it is left alone. For re-encrypting a key (the security overview's "Add a passphrase").
     */
    static WriteResult replacePrivateKey(const QString& privateKeyPath, const QByteArray& pem, qint64 unixTime = -1);

    /**
     * The backup naming rule: ".backup_<unix-time>" (@p unixTime, or the clock's when negative), then "-2", "-3", …
     * until the name is free for every path in @p paths, so that a backup never overwrites anything. Empty after
     * 1000 tries.
     */
    static QString freeBackupSuffix(const QStringList& paths, qint64 unixTime = -1);

private:
    /** Why files may not be written into the existing folder @p dirPath (translated), or empty; notes go to @p result.
     */
    static QString unsafeDirectoryError(const QString& dirPath, WriteResult& result);
};
