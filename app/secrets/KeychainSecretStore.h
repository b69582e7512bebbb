#pragma once

#include "secrets/SecretStore.h"

#include <chrono>

namespace QKeychain {
class Job;
}

/**
 * Secrets in the OS keychain through QtKeychain (service "Keydeck", one entry per account and kind).
 * Every job has an app-level deadline that reports Timeout but never deletes the pending job
 * (docs/LIBRARIES.md §2.4, Mudlet#10454), and one retry after a delay when the backend may not be up yet.
 * Never enables QtKeychain's insecure plaintext fallback.
 */
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds DefaultTimeout {15000};
    static constexpr std::chrono::milliseconds DefaultRetryDelay {10000};

    /** @p service is the keychain service name; tests may pass their own to stay apart from real entries. */
    explicit KeychainSecretStore(const QString& service = defaultService(), QObject* parent = nullptr);
    ~KeychainSecretStore() override;

    static QString defaultService() { return QStringLiteral("Keydeck"); }
    QString service() const { return m_service; }

    void read(const QString& accountId, SecretKind kind, QObject* context, ReadCallback done) override;
    void write(const QString& accountId, SecretKind kind, const QString& secret, QObject* context,
               DoneCallback done) override;
    void remove(const QString& accountId, SecretKind kind, QObject* context, DoneCallback done) override;
    /** Reads a sentinel entry: NotFound means the keychain works (QtKeychain 0.13 has no isAvailable()). */
    void probe(QObject* context, DoneCallback done) override;
    bool isPersistent() const override { return true; }

    /** The deadline of each attempt (default 15 s). */
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    /** The delay before the one retry on NoBackendAvailable / OtherError (default 10 s). */
    void setRetryDelay(std::chrono::milliseconds delay) { m_retryDelay = delay; }
    std::chrono::milliseconds retryDelay() const { return m_retryDelay; }

    /** The entry the availability probe reads; it is never written. */
    static QString probeKey() { return QStringLiteral("probe/availability"); }

signals:
    /** An attempt failed with @p error and will be retried after retryDelay() (diagnostics and tests). */
    void retryScheduled(const SecretError& error);

private:
    enum class Operation { Read, Write, Remove };
    struct Request;

    void start(std::shared_ptr<Request> request);

    QString m_service;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
    std::chrono::milliseconds m_retryDelay = DefaultRetryDelay;
};
