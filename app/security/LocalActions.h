#pragma once

#include "security/Finding.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

class QObject;

namespace Security {

/**
 * What the local findings' actions do, each only when called (the user clicked), each reporting success or a
 * translated reason (docs/SECURITY-OVERVIEW.md, "Local checks"). A file that is rewritten is backed up first as
 * `<name>.backup_<unix-time>` (KeyFiles::freeBackupSuffix). The plaintext key files are imported and removed with
 * CredentialImporter (readPlaintextFile(), removePlaintextFile()); an export line's value comes from readExport().
 */
class LocalActions
{
    Q_DECLARE_TR_FUNCTIONS(LocalActions)

public:
    struct Result
    {
        bool ok = false;
        QString error; ///< translated, when !ok
        QString backupPath; ///< the backup written, if any
    };
    using Callback = std::function<void(const Result&)>;

    /** One export line as it reads now. */
    struct ExportLine
    {
        QString text; ///< the whole line, without its line break: what commentOutExport() expects. Secret.
        QString variable;
        QString value; ///< the key itself. Secret: memory only, never logged or shown in full.
    };

    /**
     * SshDirectoryMode → 0700, PrivateKeyMode → 0600, PublicKeyMode → the mode without group and other write.
     * Any other finding is refused.
     */
    static Result fixMode(const Finding& finding);

    /**
     * Encrypts the private key @p privateKeyPath with @p passphrase on a worker thread (SshWorkers) and calls
     * @p callback on @p context's thread, unless @p context is gone by then. See addPassphraseNow().
     * The local copy of the passphrase is wiped once used.
     */
    static void addPassphrase(const QString& privateKeyPath, const QString& passphrase, QObject* context,
                              Callback callback);

    /**
     * The blocking core of addPassphrase(): libssh reads the key (it must have no passphrase yet), writes it again
     * encrypted with @p passphrase, checks that the result opens with it and holds the same key, and then
     * KeyFiles::replacePrivateKey() puts it in place (old file kept as the backup, 0600; the `.pub` untouched).
     * @p passphrase (UTF-8) is wiped before returning. Never on the GUI thread: the KDF takes a while.
     */
    static Result addPassphraseNow(const QString& privateKeyPath, QByteArray& passphrase, qint64 unixTime = -1);

    /**
     * The export of @p variable at @p line (1-based) of the start-up file @p file, as it reads now, or nothing
     * when that line no longer sets it to a literal. A `.fish` file is read as fish, any other as sh.
     */
    static std::optional<ExportLine> readExport(const QString& file, int line, const QString& variable);

    /**
     * Comments out @p line of @p file ("# " before it, and a note on the line above), only while it still reads
     * @p expectedText. The file is backed up first as `<file>.backup_<unix-time>` with the same mode, rewritten
     * atomically (QSaveFile) and keeps its mode. A symbolic link's target is changed.
     */
    static Result commentOutExport(const QString& file, int line, const QString& expectedText, qint64 unixTime = -1);

    /** PlaintextKeyExport: the start-up file a finding names (its subjectId adds the variable). */
    static QString exportFilePath(const Finding& finding);
};

} // namespace Security
