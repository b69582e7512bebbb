#pragma once

#include "security/Finding.h"
#include "security/ShellExports.h"

#include <QDir>
#include <QList>
#include <QString>
#include <QStringList>

namespace Security {

/**
 * The security overview's checks of this computer (issue 23, docs/SECURITY-OVERVIEW.md "Local checks"): the modes
 * of `~/.ssh` and its keys, private keys without a passphrase, the CLIs' plaintext key files and API keys written
 * into shell start-up files. Reads only, and only small files, so it runs synchronously; it never opens a key with
 * libssh (PrivateKeyFormat reads the header). Its findings belong to no account and never carry a secret.
 * LocalActions changes what a finding names, and only when the user asks.
 */
class LocalChecks
{
public:
    /** A start-up file and the shell that reads it. */
    struct StartupFile
    {
        QString path;
        ShellExports::Syntax syntax = ShellExports::Syntax::Posix;
    };

    /** Private keys and start-up files larger than this are skipped (neither is ever this large). */
    static constexpr qint64 MaxFileSize = 64 * 1024;

    /**
     * @param homeDir the home directory to look in (tests pass a throwaway one).
     * @param xdgConfigHome $XDG_CONFIG_HOME; when empty or relative, `<homeDir>/.config` (as the vastai CLI and
     *        fish read it).
     */
    explicit LocalChecks(const QString& homeDir = QDir::homePath(),
                         const QString& xdgConfigHome = qEnvironmentVariable("XDG_CONFIG_HOME"));

    /** Every local check, in the order below. */
    QList<Finding> run() const;

    /** SshDirectoryMode, PrivateKeyMode, PublicKeyMode; nothing on Windows, where files have no POSIX modes. */
    QList<Finding> fileModes() const;
    /** UnprotectedPrivateKey: the private keys whose header says they need no passphrase. */
    QList<Finding> unprotectedPrivateKeys() const;
    /** PlaintextKeyFile: CredentialImporter::plaintextFilePaths() that hold a key. */
    QList<Finding> plaintextKeyFiles() const;
    /** PlaintextKeyExport: each provider's ProviderInfo::apiKeyVariable set to a literal in a start-up file. */
    QList<Finding> plaintextKeyExports() const;

    /** `<homeDir>/.ssh`. */
    QString sshDirectory() const;
    /**
     * The private keys directly in sshDirectory(), sorted: files with a matching `.pub`, and files whose first line
     * is a private key header. known_hosts*, config, authorized_keys*, `*.pub` and backups (`*.backup_*`) are not.
     */
    QStringList privateKeyPaths() const;
    /** The start-up files read for exports, whether they exist or not: bash, zsh, profile and fish. */
    QList<StartupFile> startupFiles() const;
    /** The XDG configuration directory used (never empty). */
    QString configDirectory() const;

    /** A mode as four octal digits, "0755"; empty for a missing file. */
    static QString modeString(const QString& path);

private:
    QString m_homeDir;
    QString m_configDir;
};

} // namespace Security
