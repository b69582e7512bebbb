#include "secrets/SecretsService.h"

#include "secrets/MemorySecretStore.h"
#include "secrets/SecretsLogging.h"

SecretsService::SecretsService(std::unique_ptr<SecretStore> keychain, QObject* parent)
    : QObject(parent)
    , m_keychain(std::move(keychain))
    , m_memory(std::make_unique<MemorySecretStore>())
{
    Q_ASSERT(m_keychain);
}

SecretsService::~SecretsService() = default;

SecretStore* SecretsService::activeStore() const
{
    return m_memoryOnly ? static_cast<SecretStore*>(m_memory.get()) : m_keychain.get();
}

void SecretsService::probe()
{
    setAvailability(Availability::Probing);
    m_keychain->probe(this, [this](const SecretError& error) {
        m_lastError = error;
        if (!error.isOk())
            qCWarning(lcKeychain) << "keychain unavailable:" << error.detail();
        setAvailability(error.isOk() ? Availability::Available : Availability::Unavailable);
        emit probeFinished(error);
    });
}

void SecretsService::enableMemoryOnly()
{
    if (m_memoryOnly)
        return;
    m_memoryOnly = true;
    qCInfo(lcKeychain) << "memory-only mode: keys are held in memory for this run only";
    emit memoryOnlyChanged(true);
}

void SecretsService::disableMemoryOnly()
{
    if (!m_memoryOnly)
        return;
    m_memoryOnly = false;
    m_memory->clear();
    emit memoryOnlyChanged(false);
}

QString SecretsService::unavailableExplanation(const SecretError& error)
{
    return tr("%1 Keydeck never stores keys in a plain file. You can continue in memory-only mode: the key is "
              "kept in memory until you quit Keydeck, and you will have to enter it again next time.")
        .arg(error.message());
}

QString SecretsService::memoryOnlyExplanation()
{
    return tr("Memory only: keys are kept in memory and forgotten when Keydeck quits.");
}

void SecretsService::setAvailability(Availability availability)
{
    if (m_availability == availability)
        return;
    m_availability = availability;
    emit availabilityChanged(availability);
}
