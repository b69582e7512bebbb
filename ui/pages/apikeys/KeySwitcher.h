#pragma once

#include "net/ApiError.h"
#include "secrets/SecretError.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class ConsoleProvider;
class SecretStore;
struct UiContext;

/**
 * Replaces the API key Keydeck uses for one account: verifies a key with a live call, stores it with the
 * SecretsService for the account (context->accountId), and hands it to the provider (setCredentials) so
 * every page carries on with it. The account itself (label, settings) is never touched.
 */
class KeySwitcher : public QObject
{
    Q_OBJECT

public:
    /** What happened; message() is a whole translated sentence for the user (empty on success). */
    struct Outcome
    {
        enum class Step { Done, Verify, Store, NoStore };
        Step step = Step::Done;
        ApiError apiError;
        SecretError secretError;

        bool ok() const { return step == Step::Done; }
        QString message() const;
    };
    using Done = std::function<void(const Outcome&)>;
    using ReadDone = std::function<void(const SecretError&, const QString&)>;

    KeySwitcher(ConsoleProvider* provider, UiContext* context, QObject* parent = nullptr);

    /** The store that holds this account's key: the account's own (keychain or memory-only), else the active one. */
    SecretStore* store() const;

    /**
     * Tries @p key with a live call first (ConsoleProvider::verifyKeyAs), while the provider keeps using its own
     * key; only a key the server accepted is then adopted and stored. When the server refuses it, or @p context
     * goes away first, nothing changes.
     */
    void verifyAndAdopt(const QString& key, QObject* context, Done done);
    /**
     * For a key the provider already uses (after a reset, where the old key is dead): stores it first, so it
     * is not lost, then verifies it with a live call.
     */
    void storeAndVerify(const QString& key, QObject* context, Done done);
    /** Reads the stored key (NotFound when there is none). */
    void readStoredKey(QObject* context, ReadDone done);
    /** Removes the stored key and the provider's copy; the account stays. */
    void forget(QObject* context, Done done);

    /** The account's label, or the provider's name when the registry does not know the account. */
    QString accountLabel() const;
    /** The user-entered expiry of the account's key; null when unknown. */
    QDate keyExpiry() const;
    void setKeyExpiry(const QDate& expiry);
    /** A user-entered expiry belongs to the key it was read for: a new key starts as "unknown". */
    void clearKeyExpiry();

private:
    void adopt(const QString& key);
    void verify(QObject* context, Done done);

    QPointer<ConsoleProvider> m_provider;
    UiContext* m_context;
};
