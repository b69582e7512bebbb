#pragma once

#include "secrets/SecretError.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>

/** What a stored secret is for; each kind is a separate keychain entry per account. */
enum class SecretKind {
    ApiKey, ///< the provider's API key
    SessionKey ///< the Vast.ai 2FA session key (docs/api/vast-endpoints.md §3.6)
};

/**
 * Where secrets live: an asynchronous store keyed by (account id, SecretKind). Results arrive later,
 * never inside the call, through a callback that runs only while its context object is alive.
 */
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using ReadCallback = std::function<void(const SecretError& error, const QString& secret)>;
    using DoneCallback = std::function<void(const SecretError& error)>;

    explicit SecretStore(QObject* parent = nullptr);
    ~SecretStore() override;

    /** Reads a secret; NotFound when there is none. */
    virtual void read(const QString& accountId, SecretKind kind, QObject* context, ReadCallback done) = 0;
    /** Writes (creates or overwrites) a secret. */
    virtual void write(const QString& accountId, SecretKind kind, const QString& secret, QObject* context,
                       DoneCallback done)
        = 0;
    /** Removes a secret; removing a missing secret succeeds. */
    virtual void remove(const QString& accountId, SecretKind kind, QObject* context, DoneCallback done) = 0;
    /** Checks that the store works (None) or says why not. */
    virtual void probe(QObject* context, DoneCallback done) = 0;
    /** True when secrets outlive this run (the OS keychain); false for the memory-only memory store. */
    virtual bool isPersistent() const = 0;

    /** The entry name for a secret: "api-key/<accountId>" or "session-key/<accountId>". */
    static QString entryKey(const QString& accountId, SecretKind kind);
};
