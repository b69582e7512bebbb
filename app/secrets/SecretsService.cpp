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
    return m_sessionOnly ? static_cast<SecretStore*>(m_memory.get()) : m_keychain.get();
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

void SecretsService::enableSessionOnly()
{
    if (m_sessionOnly)
        return;
    m_sessionOnly = true;
    qCInfo(lcKeychain) << "session-only mode: keys are held in memory for this run only";
    emit sessionOnlyChanged(true);
}

void SecretsService::disableSessionOnly()
{
    if (!m_sessionOnly)
        return;
    m_sessionOnly = false;
    m_memory->clear();
    emit sessionOnlyChanged(false);
}

QString SecretsService::unavailableExplanation(const SecretError& error)
{
    return tr("%1 Keydeck never stores keys in a plain file. You can continue in session-only mode: the key is "
              "kept in memory until you quit Keydeck, and you will have to enter it again next time.")
        .arg(error.message());
}

QString SecretsService::sessionOnlyExplanation()
{
    return tr("Session only: keys are kept in memory and forgotten when Keydeck quits.");
}

void SecretsService::setAvailability(Availability availability)
{
    if (m_availability == availability)
        return;
    m_availability = availability;
    emit availabilityChanged(availability);
}
