#pragma once

#include "secrets/SecretError.h"
#include "secrets/SecretStore.h"

#include <QObject>
#include <memory>

class MemorySecretStore;

/**
 * Owns the secret stores and knows which one is active: the OS keychain, or after the user agreed, the
 * session-only memory store (keys held for this run only; the window shows a "Session only" marker).
 * It never falls back to anything on its own.
 */
class SecretsService : public QObject
{
    Q_OBJECT

public:
    enum class Availability { Unknown, Probing, Available, Unavailable };
    Q_ENUM(Availability)

    /** @p keychain is the persistent store (a KeychainSecretStore in production, anything in tests). */
    explicit SecretsService(std::unique_ptr<SecretStore> keychain, QObject* parent = nullptr);
    ~SecretsService() override;

    /** The store new secrets go to: the keychain, or the memory store in session-only mode. */
    SecretStore* activeStore() const;
    /** The persistent (keychain) store. */
    SecretStore* keychainStore() const { return m_keychain.get(); }
    /** The session-only memory store (always exists; empty unless session-only mode was used). */
    MemorySecretStore* memoryStore() const { return m_memory.get(); }

    /** Checks whether the keychain works; emits availabilityChanged() and probeFinished(). */
    void probe();
    Availability availability() const { return m_availability; }
    /** Why the keychain is unavailable (a translated sentence), after a failed probe. */
    SecretError lastError() const { return m_lastError; }

    /** True when keys are held in memory for this run only. */
    bool isSessionOnly() const { return m_sessionOnly; }
    /** Switches to session-only mode (the user agreed); secrets already in the keychain are not touched. */
    void enableSessionOnly();
    /** Leaves session-only mode (e.g. after the keychain came back); memory secrets are wiped. */
    void disableSessionOnly();

    /** The sentence to show when no keychain works, offering session-only mode. */
    static QString unavailableExplanation(const SecretError& error);
    /** The tooltip of the window's "Session only" marker. */
    static QString sessionOnlyExplanation();

signals:
    void availabilityChanged(SecretsService::Availability availability);
    /** The probe ended: None when the keychain works, else why not. */
    void probeFinished(const SecretError& error);
    void sessionOnlyChanged(bool sessionOnly);

private:
    void setAvailability(Availability availability);

    std::unique_ptr<SecretStore> m_keychain;
    std::unique_ptr<MemorySecretStore> m_memory;
    Availability m_availability = Availability::Unknown;
    SecretError m_lastError;
    bool m_sessionOnly = false;
};
