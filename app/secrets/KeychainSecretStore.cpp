#include "secrets/KeychainSecretStore.h"

#include "secrets/SecretsLogging.h"

#include <QPointer>
#include <QTimer>
#include <memory>
#include <qt6keychain/keychain.h>
#include <utility>

struct KeychainSecretStore::Request
{
    Operation operation = Operation::Read;
    QString key;
    QString secret; // write only; wiped once the job has it
    QPointer<QObject> context;
    bool hasContext = false;
    ReadCallback onRead;
    DoneCallback onDone;
    bool retried = false;

    void finish(const SecretError& error, const QString& value = {})
    {
        if (hasContext && !context)
            return;
        if (operation == Operation::Read)
            onRead(error, value);
        else
            onDone(error);
    }
};

namespace {

QString operationName(int operation)
{
    static const char* const names[] = {"read", "write", "remove"};
    return QString::fromLatin1(names[operation]);
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString& service, QObject* parent)
    : SecretStore(parent)
    , m_service(service)
{ }

KeychainSecretStore::~KeychainSecretStore() = default;

void KeychainSecretStore::read(const QString& accountId, SecretKind kind, QObject* context, ReadCallback done)
{
    auto request = std::make_shared<Request>();
    request->operation = Operation::Read;
    request->key = entryKey(accountId, kind);
    request->context = context;
    request->hasContext = context != nullptr;
    request->onRead = std::move(done);
    start(std::move(request));
}

void KeychainSecretStore::write(const QString& accountId, SecretKind kind, const QString& secret, QObject* context,
                                DoneCallback done)
{
    auto request = std::make_shared<Request>();
    request->operation = Operation::Write;
    request->key = entryKey(accountId, kind);
    request->secret = secret;
    request->context = context;
    request->hasContext = context != nullptr;
    request->onDone = std::move(done);
    start(std::move(request));
}

void KeychainSecretStore::remove(const QString& accountId, SecretKind kind, QObject* context, DoneCallback done)
{
    auto request = std::make_shared<Request>();
    request->operation = Operation::Remove;
    request->key = entryKey(accountId, kind);
    request->context = context;
    request->hasContext = context != nullptr;
    request->onDone = std::move(done);
    start(std::move(request));
}

void KeychainSecretStore::probe(QObject* context, DoneCallback done)
{
    auto request = std::make_shared<Request>();
    request->operation = Operation::Read;
    request->key = probeKey();
    request->context = context;
    request->hasContext = context != nullptr;
    request->onRead = [done = std::move(done)](const SecretError& error, const QString&) {
        if (error.kind() == SecretError::Kind::NotFound)
            done(SecretError());
        else if (error.kind() == SecretError::Kind::Other)
            // After the retry, an unexplained failure of the probe means no usable keychain here
            // (e.g. no session bus: "Cannot autolaunch D-Bus without X11 $DISPLAY").
            done(SecretError::make(SecretError::Kind::NoKeychain, error.detail()));
        else
            done(error);
    };
    start(std::move(request));
}

void KeychainSecretStore::start(std::shared_ptr<Request> request)
{
    QKeychain::Job* job = nullptr;
    switch (request->operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Operation::Write: {
        auto* write = new QKeychain::WritePasswordJob(m_service);
        write->setTextData(request->secret);
        job = write;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    // Deliberately no setInsecureFallback(true) and no setSettings(): either would let QtKeychain put the
    // secret into a plaintext QSettings file (docs/LIBRARIES.md §2.1).
    job->setKey(request->key);
    // autoDelete stays true: the job deletes itself after finished(). We never delete it ourselves, because
    // the libsecret callback holds a raw pointer to it and may still arrive after our deadline (Mudlet#10454).

    auto reported = std::make_shared<bool>(false);
    const int operation = static_cast<int>(request->operation);

    connect(job, &QKeychain::Job::finished, this, [this, request, reported, operation](QKeychain::Job* finished) {
        if (std::exchange(*reported, true)) {
            qCDebug(lcKeychain) << "late answer for keychain" << operationName(operation) << request->key
                                << "after the deadline; ignored";
            return;
        }
        const QKeychain::Error code = finished->error();
        const SecretError error = SecretError::fromKeychain(code, finished->errorString());
        if (!error.isOk() && error.kind() != SecretError::Kind::NotFound)
            qCWarning(lcKeychain) << "keychain" << operationName(operation) << request->key << "failed:" << code
                                  << finished->errorString();

        // The backend may not be up yet right after login (Nextcloud keychainchunk.cpp, issues #4274 and
        // #6522): retry once after a delay.
        if ((code == QKeychain::NoBackendAvailable || code == QKeychain::OtherError) && !request->retried) {
            request->retried = true;
            emit retryScheduled(error);
            QTimer::singleShot(m_retryDelay, this, [this, request] { start(request); });
            return;
        }

        QString value;
        if (request->operation == Operation::Read && code == QKeychain::NoError)
            value = static_cast<QKeychain::ReadPasswordJob*>(finished)->textData();
        request->secret.clear();
        request->finish(error, value);
    });

    QTimer::singleShot(m_timeout, this, [request, reported, operation] {
        if (std::exchange(*reported, true))
            return;
        qCWarning(lcKeychain) << "keychain" << operationName(operation) << request->key << "timed out";
        request->secret.clear();
        // Do NOT delete the job: let it finish and delete itself (docs/LIBRARIES.md §2.4).
        request->finish(SecretError::make(SecretError::Kind::Timeout));
    });

    job->start();
}
