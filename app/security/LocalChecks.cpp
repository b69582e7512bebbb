#include "security/LocalChecks.h"

#include "platform/Platform.h"
#include "secrets/CredentialImporter.h"
#include "secrets/Provider.h"
#include "security/PrivateKeyFormat.h"
#include "ssh/PublicKey.h"
#include "ssh/SecretWipe.h"

#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>

#include <algorithm>

namespace Security {

namespace {

#ifdef Q_OS_WIN
constexpr bool kPosixModes = false; // no modes to check: OpenSSH for Windows checks ACLs (docs/SECURITY.md)
#else
constexpr bool kPosixModes = true;
#endif

constexpr QFileDevice::Permissions kGroupOrOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup
    | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
constexpr QFileDevice::Permissions kGroupOrOthersWrite = QFileDevice::WriteGroup | QFileDevice::WriteOther;

/** Up to MaxFileSize bytes of a regular file; empty when it is missing, larger or unreadable. */
QByteArray readSmallFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.isFile() || info.size() > LocalChecks::MaxFileSize)
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(LocalChecks::MaxFileSize);
}

QByteArray firstLine(const QString& path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return {};
    return file.readLine(128);
}

Finding localFinding(Check check, Severity severity, Action action, const QString& path)
{
    Finding finding;
    finding.check = check;
    finding.severity = severity;
    finding.action = action;
    finding.subject = QDir::toNativeSeparators(path);
    finding.subjectId = path;
    return finding;
}

/** "SHA256:…" of the `.pub` beside @p privateKeyPath, when it is readable; the header only, libssh is not loaded. */
QString fingerprintBeside(const QString& privateKeyPath)
{
    const QByteArray pub = readSmallFile(privateKeyPath + QStringLiteral(".pub"));
    const PublicKey::Preview preview = PublicKey::preview(QString::fromUtf8(pub).trimmed());
    return preview.readable ? preview.fingerprint : QString();
}

} // namespace

LocalChecks::LocalChecks(const QString& homeDir, const QString& xdgConfigHome)
    : m_homeDir(QDir::cleanPath(homeDir.isEmpty() ? QDir::homePath() : homeDir))
    , m_configDir(xdgConfigHome.isEmpty() || QDir::isRelativePath(xdgConfigHome)
                      ? QDir(m_homeDir).filePath(QStringLiteral(".config"))
                      : QDir::cleanPath(xdgConfigHome))
{ }

QList<Finding> LocalChecks::run() const
{
    return fileModes() + unprotectedPrivateKeys() + plaintextKeyFiles() + plaintextKeyExports();
}

QString LocalChecks::sshDirectory() const
{
    return QDir(m_homeDir).filePath(QStringLiteral(".ssh"));
}

QString LocalChecks::configDirectory() const
{
    return m_configDir;
}

QString LocalChecks::modeString(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    const QFileDevice::Permissions p = info.permissions();
    const auto digit = [p](QFileDevice::Permission r, QFileDevice::Permission w, QFileDevice::Permission x) {
        return (p.testFlag(r) ? 4 : 0) + (p.testFlag(w) ? 2 : 0) + (p.testFlag(x) ? 1 : 0);
    };
    return QStringLiteral("0%1%2%3")
        .arg(digit(QFileDevice::ReadOwner, QFileDevice::WriteOwner, QFileDevice::ExeOwner))
        .arg(digit(QFileDevice::ReadGroup, QFileDevice::WriteGroup, QFileDevice::ExeGroup))
        .arg(digit(QFileDevice::ReadOther, QFileDevice::WriteOther, QFileDevice::ExeOther));
}

QStringList LocalChecks::privateKeyPaths() const
{
    const QDir dir(sshDirectory());
    QStringList paths;
    for (const QFileInfo& info : dir.entryInfoList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name)) {
        const QString name = info.fileName();
        if (name.endsWith(QStringLiteral(".pub")) || name.contains(QStringLiteral(".backup_"))
            || name.startsWith(QStringLiteral("known_hosts")) || name.startsWith(QStringLiteral("authorized_keys"))
            || name == u"config") {
            continue;
        }
        const QString path = info.absoluteFilePath();
        if (QFileInfo::exists(path + QStringLiteral(".pub"))
            || (info.size() <= MaxFileSize && PrivateKeyFormat::isPrivateKeyHeader(firstLine(path)))) {
            paths << path;
        }
    }
    return paths;
}

QList<Finding> LocalChecks::fileModes() const
{
    QList<Finding> findings;
    if (!kPosixModes)
        return findings;
    const QString ssh = sshDirectory();
    const QFileInfo dirInfo(ssh);
    if (!dirInfo.isDir())
        return findings;
    // OpenSSH's StrictModes wants the folder private (0700): others can at least list the key names.
    if (dirInfo.permissions() & kGroupOrOthers) {
        Finding finding = localFinding(Check::SshDirectoryMode, Severity::Medium, Action::FixMode, ssh);
        finding.detail = modeString(ssh);
        findings << finding;
    }
    for (const QString& path : privateKeyPaths()) {
        if (QFileInfo(path).permissions() & kGroupOrOthers) {
            Finding finding = localFinding(Check::PrivateKeyMode, Severity::High, Action::FixMode, path);
            finding.detail = modeString(path);
            finding.fingerprint = fingerprintBeside(path);
            findings << finding;
        }
    }
    const QFileInfoList pubs
        = QDir(ssh).entryInfoList({QStringLiteral("*.pub")}, QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
    for (const QFileInfo& info : pubs) {
        if (info.permissions() & kGroupOrOthersWrite) {
            const QString path = info.absoluteFilePath();
            Finding finding = localFinding(Check::PublicKeyMode, Severity::Medium, Action::FixMode, path);
            finding.detail = modeString(path);
            const PublicKey::Preview preview = PublicKey::preview(QString::fromUtf8(readSmallFile(path)).trimmed());
            finding.fingerprint = preview.readable ? preview.fingerprint : QString();
            findings << finding;
        }
    }
    return findings;
}

QList<Finding> LocalChecks::unprotectedPrivateKeys() const
{
    QList<Finding> findings;
    for (const QString& path : privateKeyPaths()) {
        QByteArray text = readSmallFile(path);
        const PrivateKeyFormat::Protection protection = PrivateKeyFormat::protection(text);
        SecretWipe::wipe(text);
        if (protection != PrivateKeyFormat::Protection::Unencrypted)
            continue;
        Finding finding = localFinding(Check::UnprotectedPrivateKey, Severity::Medium, Action::AddPassphrase, path);
        finding.fingerprint = fingerprintBeside(path);
        findings << finding;
    }
    return findings;
}

QList<Finding> LocalChecks::plaintextKeyFiles() const
{
    QList<Finding> findings;
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_configDir);
    const CredentialImporter importer(environment, m_homeDir);
    for (const QString& path : importer.plaintextFilePaths()) {
        std::optional<ImportCandidate> candidate = importer.readPlaintextFile(path);
        if (!candidate)
            continue;
        SecretWipe::wipe(candidate->key);
        // Readable by other users: anyone on this computer can use the account.
        Finding finding
            = localFinding(Check::PlaintextKeyFile, candidate->readableByOthers ? Severity::High : Severity::Medium,
                           Action::ImportAndRemove, candidate->filePath);
        finding.detail = Providers::id(candidate->provider);
        findings << finding;
    }
    return findings;
}

QList<LocalChecks::StartupFile> LocalChecks::startupFiles() const
{
    QList<StartupFile> files;
    const QDir home(m_homeDir);
    for (const char* name : {".bashrc", ".bash_profile", ".bash_login", ".profile", ".zshrc", ".zprofile", ".zshenv"})
        files << StartupFile {home.filePath(QLatin1String(name)), ShellExports::Syntax::Posix};
    files << StartupFile {QDir(m_configDir).filePath(QStringLiteral("fish/config.fish")), ShellExports::Syntax::Fish};
    return files;
}

QList<Finding> LocalChecks::plaintextKeyExports() const
{
    QStringList names;
    for (const ProviderInfo& info : Providers::all()) {
        if (!info.apiKeyVariable.isEmpty())
            names << info.apiKeyVariable;
    }
    QList<Finding> findings;
    for (const StartupFile& file : startupFiles()) {
        QByteArray bytes = readSmallFile(file.path);
        if (bytes.isEmpty())
            continue;
        QString text = QString::fromUtf8(bytes);
        SecretWipe::wipe(bytes);
        QList<ShellExports::Assignment> assignments = ShellExports::scan(text, file.syntax, names);
        SecretWipe::wipe(text);
        for (ShellExports::Assignment& assignment : assignments) {
            SecretWipe::wipe(assignment.value);
            const QString path = QFileInfo(file.path).absoluteFilePath();
            Finding finding = localFinding(Check::PlaintextKeyExport, Severity::Medium, Action::ImportAndRemove, path);
            // The variable is part of the identity: a file may set both providers' keys.
            finding.subjectId = path + u'#' + assignment.variable;
            finding.detail = assignment.variable;
            finding.line = assignment.line;
            findings << finding;
        }
    }
    return findings;
}

} // namespace Security
