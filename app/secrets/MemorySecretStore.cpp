#include "secrets/MemorySecretStore.h"

#include <QTimer>

namespace {

// Best effort: overwrite the characters before the string is released, so a freed heap block does not
// keep the key (a detached QString's buffer is ours alone).
void wipe(QString& secret)
{
    secret.detach();
    secret.fill(QChar(u'\0'));
    secret.clear();
}

} // namespace

MemorySecretStore::MemorySecretStore(QObject* parent)
    : SecretStore(parent)
{ }

MemorySecretStore::~MemorySecretStore()
{
    clear();
}

void MemorySecretStore::deliver(QObject* context, std::function<void()> callback)
{
    // Always asynchronous, like the keychain, so callers cannot come to rely on a synchronous answer.
    QPointer<QObject> guard(context);
    QTimer::singleShot(0, this, [guard, hadContext = context != nullptr, callback = std::move(callback)] {
        if (hadContext && !guard)
            return;
        callback();
    });
}

void MemorySecretStore::read(const QString& accountId, SecretKind kind, QObject* context, ReadCallback done)
{
    SecretError error = m_failure;
    QString secret;
    if (error.isOk()) {
        const auto it = m_secrets.constFind(entryKey(accountId, kind));
        if (it == m_secrets.cend())
            error = SecretError::make(SecretError::Kind::NotFound);
        else
            secret = *it;
    }
    deliver(context, [done = std::move(done), error, secret]() mutable {
        done(error, secret);
        wipe(secret);
    });
}

void MemorySecretStore::write(const QString& accountId, SecretKind kind, const QString& secret, QObject* context,
                              DoneCallback done)
{
    const SecretError error = m_failure;
    if (error.isOk()) {
        QString& slot = m_secrets[entryKey(accountId, kind)];
        wipe(slot);
        slot = secret;
    }
    deliver(context, [done = std::move(done), error] { done(error); });
}

void MemorySecretStore::remove(const QString& accountId, SecretKind kind, QObject* context, DoneCallback done)
{
    const SecretError error = m_failure;
    if (error.isOk()) {
        const auto it = m_secrets.find(entryKey(accountId, kind));
        if (it != m_secrets.end()) {
            wipe(*it);
            m_secrets.erase(it);
        }
    }
    deliver(context, [done = std::move(done), error] { done(error); });
}

void MemorySecretStore::probe(QObject* context, DoneCallback done)
{
    deliver(context, [done = std::move(done), error = m_failure] { done(error); });
}

void MemorySecretStore::setFailure(const SecretError& error)
{
    m_failure = error;
}

void MemorySecretStore::clear()
{
    for (QString& secret : m_secrets)
        wipe(secret);
    m_secrets.clear();
}
