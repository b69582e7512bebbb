#pragma once

#include "secrets/ImportCandidate.h"

#include <QCoreApplication>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

/**
 * Finds API keys Keydeck could import: each provider's API key environment variable, the vastai CLI's key file
 * ($XDG_CONFIG_HOME, else ~/.config, then ProviderInfo::cliKeyFile) and its legacy file in the home directory
 * (ProviderInfo::legacyCliKeyFile; docs/api/vast.md §1.5).
 * Reads nothing until findCandidates() is called; importing is always the user's choice.
 */
class CredentialImporter
{
    Q_DECLARE_TR_FUNCTIONS(CredentialImporter)

public:
    /** Keys longer than this are not API keys; such files are ignored rather than read whole. */
    static constexpr qint64 MaxKeyFileSize = 4096;

    /** @p environment and @p homeDir default to this process's (takeSystemEnvironment()); tests inject their own. */
    explicit CredentialImporter(const QProcessEnvironment& environment = takeSystemEnvironment(),
                                const QString& homeDir = {});

    /**
     * This process's environment, after removing each provider's API key variable (ProviderInfo::apiKeyVariable)
     * from it: the importer keeps the copy, and no child (the browser opened for console links) inherits the keys
     * (docs/SECURITY.md, "Imported environment variables").
     */
    static QProcessEnvironment takeSystemEnvironment();

    /** Reads the environment and the key files now and lists every non-empty key found. */
    QList<ImportCandidate> findCandidates() const;

    /** The vastai CLI's key file path ($XDG_CONFIG_HOME or ~/.config, then ProviderInfo::cliKeyFile). */
    QString cliKeyFilePath() const;
    /** The legacy key file path: ProviderInfo::legacyCliKeyFile in the home directory. */
    QString legacyKeyFilePath() const;
    /** @p provider's ProviderInfo::homeKeyFile in the home directory; empty when it has none. */
    QString homeKeyFilePath(Provider provider) const;

    /**
     * Every plaintext key file this importer knows, whether it exists or not: the vastai CLI's two, then each
     * provider's home key file (the security overview's "plaintext key file" check, docs/SECURITY-OVERVIEW.md).
     */
    QStringList plaintextFilePaths() const;

    /**
     * Reads one of plaintextFilePaths() now, by the same rules as findCandidates() (size limit, trimmed, the
     * bytes' digest for removePlaintextFile()); nothing for another path, a missing or an empty file. The
     * security overview imports a key file it found this way (findCandidates() leaves the home key files to it).
     */
    std::optional<ImportCandidate> readPlaintextFile(const QString& path) const;

    /** Why Keydeck offers to delete the plaintext file after an import (a translated paragraph). */
    static QString plaintextFileExplanation(const ImportCandidate& candidate);

    /**
     * Deletes the plaintext key file @p imported was read from (only plaintextFilePaths() are accepted), but only while
     * it still holds the bytes that were imported (ImportCandidate::fileSha256), and never through a symbolic link,
     * which would leave the key in the link's target (docs/SECURITY.md, "Deleting the imported file"). Returns
     * false with a translated @p errorMessage when it did not delete the file; a file already gone is fine.
     */
    bool removePlaintextFile(const ImportCandidate& imported, QString* errorMessage = nullptr) const;

private:
    std::optional<ImportCandidate> readKeyFile(const QString& path, ImportCandidate::Source source,
                                               Provider provider = Provider::Vast) const;

    QProcessEnvironment m_environment;
    QString m_homeDir;
};
