#pragma once

#include "ssh/KeyPair.h"

#include <QObject>
#include <QString>

#include <memory>

template <typename T>
class QFutureWatcher;

/**
 * Generates Ed25519 key pairs with libssh (docs/LIBRARIES.md §1.1–1.3).
 *
 * generate() is the blocking core; start() runs it on Qt's global thread pool, because encrypting the key
 * with a passphrase runs the bcrypt KDF, and delivers finished() on this object's thread. The result is
 * never logged.
 */
class KeyPairGenerator : public QObject
{
    Q_OBJECT

public:
    explicit KeyPairGenerator(QObject* parent = nullptr);
    ~KeyPairGenerator() override;

    /**
     * Generates a pair now, on the calling thread.
     * @param comment the public key's comment (sanitised); libssh cannot store it in the private key.
     * @param passphrase empty for an unencrypted key (libssh gets nullptr, never "": pitfalls §1.2).
     * @return a valid pair, or one whose errorMessage() says what failed.
     */
    static KeyPair generate(const QString& comment, const QString& passphrase);

    /** A comment naming this account and machine, "user@host", for the generator form's default. */
    static QString defaultComment();

    /**
     * Starts generating on a worker thread; finished() follows on this object's thread.
     * The local copy of @p passphrase is wiped once used.
     * @return false (and does nothing) when a generation is already running.
     */
    bool start(const QString& comment, const QString& passphrase);

    /** True from start() until just before finished() is emitted. */
    bool isRunning() const;

signals:
    /**
     * The generation started by start() ended; check pair->isValid(). The receiver may take the pair's
     * content; the private key is wiped when the last shared_ptr goes.
     */
    void finished(std::shared_ptr<KeyPair> pair);

private:
    QFutureWatcher<std::shared_ptr<KeyPair>>* m_watcher = nullptr;
};
