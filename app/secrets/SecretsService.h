#pragma once

#include "secrets/SecretError.h"
#include "secrets/SecretStore.h"

#include <QObject>
#include <memory>

class MemorySecretStore;

/**
 * Owns the secret stores and knows which one is active: the OS keychain, or after the user agreed, the
 * memory-only memory store (keys held for this run only; the window shows a "Memory only" marker).
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

    /** The store new secrets go to: the keychain, or the memory store in memory-only mode. */
    SecretStore* activeStore() const;
    /** The persistent (keychain) store. */
    SecretStore* keychainStore() const { return m_keychain.get(); }
    /** The memory-only memory store (always exists; empty unless memory-only mode was used). */
    MemorySecretStore* memoryStore() const { return m_memory.get(); }

    /** Checks whether the keychain works; emits availabilityChanged() and probeFinished(). */
    void probe();
    Availability availability() const { return m_availability; }
    /** Why the keychain is unavailable (a translated sentence), after a failed probe. */
    SecretError lastError() const { return m_lastError; }

    /** True when keys are held in memory for this run only. */
    bool isMemoryOnly() const { return m_memoryOnly; }
    /** Switches to memory-only mode (the user agreed); secrets already in the keychain are not touched. */
    void enableMemoryOnly();
    /** Leaves memory-only mode (e.g. after the keychain came back); memory secrets are wiped. */
    void disableMemoryOnly();

    /** The sentence to show when no keychain works, offering memory-only mode. */
    static QString unavailableExplanation(const SecretError& error);
    /** The tooltip of the window's "Memory only" marker. */
    static QString memoryOnlyExplanation();

signals:
    void availabilityChanged(SecretsService::Availability availability);
    /** The probe ended: None when the keychain works, else why not. */
    void probeFinished(const SecretError& error);
    void memoryOnlyChanged(bool memoryOnly);

private:
    void setAvailability(Availability availability);

    std::unique_ptr<SecretStore> m_keychain;
    std::unique_ptr<MemorySecretStore> m_memory;
    Availability m_availability = Availability::Unknown;
    SecretError m_lastError;
    bool m_memoryOnly = false;
};
