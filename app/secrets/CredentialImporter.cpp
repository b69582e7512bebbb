#include "secrets/CredentialImporter.h"

#include "platform/Platform.h"
#include "secrets/SecretsLogging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

CredentialImporter::CredentialImporter(const QProcessEnvironment& environment, const QString& homeDir)
    : m_environment(environment)
    , m_homeDir(homeDir.isEmpty() ? QDir::homePath() : homeDir)
{ }

QProcessEnvironment CredentialImporter::takeSystemEnvironment()
{
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const ProviderInfo& info : Providers::all()) {
        if (!info.apiKeyVariable.isEmpty())
            qunsetenv(info.apiKeyVariable.toLatin1().constData());
    }
    return environment;
}

QString CredentialImporter::cliKeyFilePath() const
{
    // The CLI uses the xdg package: $XDG_CONFIG_HOME when set and absolute, else ~/.config (docs/api/vast.md §1.5).
    QString config = m_environment.value(QStringLiteral("XDG_CONFIG_HOME"));
    if (config.isEmpty() || QDir::isRelativePath(config))
        config = QDir(m_homeDir).filePath(QStringLiteral(".config"));
    return QDir(config).filePath(Providers::info(Provider::Vast).cliKeyFile);
}

QString CredentialImporter::legacyKeyFilePath() const
{
    return QDir(m_homeDir).filePath(Providers::info(Provider::Vast).legacyCliKeyFile);
}

QString CredentialImporter::homeKeyFilePath(Provider provider) const
{
    const QString& relative = Providers::info(provider).homeKeyFile;
    return relative.isEmpty() ? QString() : QDir(m_homeDir).filePath(relative);
}

QStringList CredentialImporter::plaintextFilePaths() const
{
    QStringList paths {cliKeyFilePath(), legacyKeyFilePath()};
    for (const ProviderInfo& info : Providers::all()) {
        if (const QString path = homeKeyFilePath(info.provider); !path.isEmpty())
            paths << path;
    }
    return paths;
}

std::optional<ImportCandidate> CredentialImporter::readPlaintextFile(const QString& path) const
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (path.isEmpty())
        return std::nullopt;
    if (absolute == QFileInfo(cliKeyFilePath()).absoluteFilePath())
        return readKeyFile(absolute, ImportCandidate::Source::CliKeyFile);
    if (absolute == QFileInfo(legacyKeyFilePath()).absoluteFilePath())
        return readKeyFile(absolute, ImportCandidate::Source::LegacyCliKeyFile);
    for (const ProviderInfo& info : Providers::all()) {
        const QString home = homeKeyFilePath(info.provider);
        if (!home.isEmpty() && absolute == QFileInfo(home).absoluteFilePath())
            return readKeyFile(absolute, ImportCandidate::Source::HomeKeyFile, info.provider);
    }
    return std::nullopt;
}

QList<ImportCandidate> CredentialImporter::findCandidates() const
{
    QList<ImportCandidate> candidates;

    for (const ProviderInfo& info : Providers::all()) {
        const QString& name = info.apiKeyVariable;
        const QString value = name.isEmpty() ? QString() : m_environment.value(name).trimmed();
        if (value.isEmpty())
            continue;
        ImportCandidate candidate;
        candidate.provider = info.provider;
        candidate.source = ImportCandidate::Source::EnvironmentVariable;
        candidate.sourceDescription = tr("the environment variable %1").arg(name);
        candidate.key = value;
        candidates.append(candidate);
    }

    if (auto file = readKeyFile(cliKeyFilePath(), ImportCandidate::Source::CliKeyFile))
        candidates.append(*file);
    if (auto file = readKeyFile(legacyKeyFilePath(), ImportCandidate::Source::LegacyCliKeyFile))
        candidates.append(*file);
    return candidates;
}

std::optional<ImportCandidate> CredentialImporter::readKeyFile(const QString& path, ImportCandidate::Source source,
                                                               Provider provider) const
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return std::nullopt;
    if (info.size() > MaxKeyFileSize) {
        qCWarning(lcKeychain) << "ignoring" << path << "for import: too large for an API key";
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcKeychain) << "cannot read" << path << "for import:" << file.errorString();
        return std::nullopt;
    }
    // The CLI reads the file with .read().strip() (docs/api/vast.md §1.5).
    QByteArray bytes = file.read(MaxKeyFileSize);
    const QString key = QString::fromUtf8(bytes).trimmed();
    const QByteArray digest = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    bytes.fill('\0');
    if (key.isEmpty())
        return std::nullopt;

    ImportCandidate candidate;
    candidate.provider = provider;
    candidate.source = source;
    candidate.filePath = info.absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(candidate.filePath);
    if (source == ImportCandidate::Source::CliKeyFile)
        candidate.sourceDescription = tr("the vastai command-line tool's key file %1").arg(shown);
    else if (source == ImportCandidate::Source::LegacyCliKeyFile)
        candidate.sourceDescription = tr("the vastai command-line tool's old key file %1").arg(shown);
    else
        candidate.sourceDescription = tr("the %1 key file %2").arg(Providers::displayName(provider), shown);
    candidate.readableByOthers = info.permission(QFile::ReadGroup) || info.permission(QFile::ReadOther);
    candidate.key = key;
    candidate.fileSha256 = digest;
    return candidate;
}

QString CredentialImporter::plaintextFileExplanation(const ImportCandidate& candidate)
{
    if (candidate.readableByOthers) {
        return tr("The vastai command-line tool saved this key unencrypted in %1, and that file can be read by other "
                  "users of this computer. Keydeck now keeps the key in your system keychain, so you can delete the "
                  "file. The vastai tool will then ask for the key again (vastai set api-key) unless %2 is set.")
            .arg(QDir::toNativeSeparators(candidate.filePath), Providers::info(Provider::Vast).apiKeyVariable);
    }
    return tr("The vastai command-line tool saved this key unencrypted in %1 (the tool does not restrict who can "
              "read it). Keydeck now keeps the key in your system keychain, so you can delete the file. The vastai "
              "tool will then ask for the key again (vastai set api-key) unless %2 is set.")
        .arg(QDir::toNativeSeparators(candidate.filePath), Providers::info(Provider::Vast).apiKeyVariable);
}

bool CredentialImporter::removePlaintextFile(const ImportCandidate& imported, QString* errorMessage) const
{
    const QString& path = imported.filePath;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(absolute);
    auto fail = [errorMessage](const QString& message) {
        if (errorMessage)
            *errorMessage = message;
        return false;
    };
    bool known = false;
    for (const QString& candidatePath : plaintextFilePaths())
        known = known || absolute == QFileInfo(candidatePath).absoluteFilePath();
    if (path.isEmpty() || !known) {
        return fail(tr("Keydeck only deletes the vastai command-line tool's key files, not %1.")
                        .arg(QDir::toNativeSeparators(path)));
    }
    if (!Platform::pathExists(absolute))
        return true;
    // Removing a link would leave the key in its target and still report success.
    if (Platform::isSymbolicLink(absolute)) {
        return fail(tr("Keydeck did not delete %1: it is a symbolic link, and deleting it would leave the key in "
                       "the file it points to. Delete that file yourself.")
                        .arg(shown));
    }
    // Only the file that was imported: the CLI or the user may have written another key there since.
    QFile file(absolute);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Could not delete %1: %2").arg(shown, file.errorString()));
    QByteArray bytes = file.read(MaxKeyFileSize + 1);
    const bool same = bytes.size() <= MaxKeyFileSize && !imported.fileSha256.isEmpty()
        && QCryptographicHash::hash(bytes, QCryptographicHash::Sha256) == imported.fileSha256;
    bytes.fill('\0');
    file.close();
    if (!same) {
        return fail(tr("Keydeck did not delete %1: the file has changed since the key was imported from it. Check "
                       "what it holds and delete it yourself if you no longer need it.")
                        .arg(shown));
    }
    if (!file.remove())
        return fail(tr("Could not delete %1: %2").arg(shown, file.errorString()));
    qCInfo(lcKeychain) << "deleted the plaintext key file" << absolute << "after import";
    return true;
}
