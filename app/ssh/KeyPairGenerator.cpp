#include "ssh/KeyPairGenerator.h"

#include "platform/Os.h"
#include "ssh/LibSsh.h"
#include "ssh/SecretWipe.h"
#include "ssh/SshLogging.h"
#include "ssh/SshWorkers.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QSysInfo>
#include <QtConcurrent/QtConcurrentRun>

#include <cstring>

namespace {

using SshKey = std::unique_ptr<ssh_key_struct, decltype(LibSsh::keyFree)>;

} // namespace

KeyPairGenerator::KeyPairGenerator(QObject* parent)
    : QObject(parent)
{ }

// A running worker keeps going after we are gone: it owns its copies, and the shared_ptr it returns wipes
// the private key when the abandoned future drops it.
KeyPairGenerator::~KeyPairGenerator() = default;

KeyPair KeyPairGenerator::generate(const QString& comment, const QString& passphrase)
{
    const LibSsh* ssh = LibSsh::get();
    if (!ssh) {
        return KeyPair::failed(tr("The key pair could not be generated because Keydeck's SSH library (libssh) could "
                                  "not be loaded. Reinstall Keydeck."));
    }
    ssh_key raw = nullptr;
    // The parameter (bits) is ignored for Ed25519 (pitfalls §1.1).
    if (ssh->generate(SSH_KEYTYPE_ED25519, 0, &raw) != SSH_OK || !raw) {
        qCWarning(lcSsh) << "ssh_pki_generate failed for Ed25519";
        return KeyPair::failed(tr("The key pair could not be generated (libssh error)."));
    }
    const SshKey key(raw, ssh->keyFree);

    QByteArray pass = passphrase.toUtf8();
    const bool encrypted = !pass.isEmpty();
    char* privB64 = nullptr;
    // nullptr, never "": an empty passphrase makes libssh fail with SSH_ERROR (pitfalls §1.2).
    const int exportRc
        = ssh->exportPrivkeyBase64(key.get(), encrypted ? pass.constData() : nullptr, nullptr, nullptr, &privB64);
    SecretWipe::wipe(pass);
    if (exportRc != SSH_OK || !privB64) {
        qCWarning(lcSsh) << "ssh_pki_export_privkey_base64 failed";
        return KeyPair::failed(tr("The private key could not be exported (libssh error)."));
    }
    QByteArray pem(privB64);
    Os::wipe(privB64, std::strlen(privB64));
    ssh->stringFreeChar(privB64);

    // Built by hand: ssh_pki_export_pubkey_file would force "user@host" as the comment (pitfalls §1.3).
    char* pubB64 = nullptr;
    if (ssh->exportPubkeyBase64(key.get(), &pubB64) != SSH_OK || !pubB64) {
        SecretWipe::wipe(pem);
        return KeyPair::failed(tr("The public key could not be exported (libssh error)."));
    }
    const QString line = QLatin1String(ssh->keyTypeToChar(ssh->keyType(key.get()))) + u' ' + QString::fromLatin1(pubB64)
        + u' ' + PublicKey::sanitizeComment(comment);
    ssh->stringFreeChar(pubB64);

    const PublicKey publicKey = PublicKey::parse(line);
    if (!publicKey.isValid()) {
        SecretWipe::wipe(pem);
        return KeyPair::failed(tr("The generated public key did not pass validation."));
    }
    qCInfo(lcSsh) << "generated an Ed25519 key pair" << publicKey.fingerprint() << (encrypted ? "(encrypted)" : "");
    return KeyPair::fromParts(std::move(pem), publicKey, encrypted);
}

QString KeyPairGenerator::defaultComment()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = QStringLiteral("user");
    QString host = QSysInfo::machineHostName();
    if (host.isEmpty())
        return PublicKey::sanitizeComment(user);
    return PublicKey::sanitizeComment(user + u'@' + host);
}

bool KeyPairGenerator::start(const QString& comment, const QString& passphrase)
{
    if (isRunning())
        return false;
    // One watcher per run: resetting a watcher to an empty future would replay finished().
    auto* watcher = new QFutureWatcher<std::shared_ptr<KeyPair>>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        std::shared_ptr<KeyPair> pair = watcher->result();
        // Deleting the watcher drops the future's reference, so the receiver's shared_ptr becomes the last one.
        watcher->deleteLater();
        m_watcher = nullptr;
        if (!pair)
            pair = std::make_shared<KeyPair>(KeyPair::failed(tr("The key pair could not be generated.")));
        emit finished(pair);
    });
    // A deep copy, so that the worker's wipe zeroes only our buffer, never the caller's (implicitly shared) one.
    QString pass(passphrase.constData(), passphrase.size());
    watcher->setFuture(QtConcurrent::run(SshWorkers::pool(), [comment, pass]() mutable {
        auto pair = std::make_shared<KeyPair>(generate(comment, pass));
        SecretWipe::wipe(pass);
        return pair;
    }));
    return true;
}

bool KeyPairGenerator::isRunning() const
{
    return m_watcher != nullptr;
}
