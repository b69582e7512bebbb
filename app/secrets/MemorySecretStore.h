#pragma once

#include "secrets/SecretStore.h"

#include <QHash>
#include <optional>

/**
 * Secrets held in this process's memory only: the memory-only mode when no keychain works, and the
 * store GUI tests inject. Nothing is ever written anywhere; everything is gone when the process ends.
 */
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit MemorySecretStore(QObject* parent = nullptr);
    ~MemorySecretStore() override;

    void read(const QString& accountId, SecretKind kind, QObject* context, ReadCallback done) override;
    void write(const QString& accountId, SecretKind kind, const QString& secret, QObject* context,
               DoneCallback done) override;
    void remove(const QString& accountId, SecretKind kind, QObject* context, DoneCallback done) override;
    void probe(QObject* context, DoneCallback done) override;
    bool isPersistent() const override { return false; }

    /** Makes every later operation fail with @p error (tests: a locked keychain); a None error restores it. */
    void setFailure(const SecretError& error);
    /** How many secrets are held (tests). */
    int count() const { return static_cast<int>(m_secrets.size()); }
    /** Forgets every secret, overwriting the memory first. */
    void clear();

private:
    void deliver(QObject* context, std::function<void()> callback);

    QHash<QString, QString> m_secrets;
    SecretError m_failure;
};
