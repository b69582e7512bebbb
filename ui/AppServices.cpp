#include "AppServices.h"

#include "clipboard/SecretClipboard.h"
#include "net/ApiTransport.h"
#include "net/NetworkLog.h"
#include "pages/apikeys/ExpiryReminders.h"
#include "providers/SpheronProvider.h"
#include "providers/VastProvider.h"
#include "secrets/Account.h"
#include "secrets/AccountsRegistry.h"
#include "secrets/SecretStore.h"
#include "secrets/SecretsService.h"

#include <QSettings>

AppServices::AppServices(std::unique_ptr<SecretStore> keychain, std::unique_ptr<QSettings> settings, QObject* parent)
    : QObject(parent)
    , m_transport(new ApiTransport(this))
    , m_secrets(new SecretsService(std::move(keychain), this))
    , m_accounts(new AccountsRegistry(m_secrets, std::move(settings), this))
    , m_clipboard(new SecretClipboard(nullptr, this))
    , m_networkLog(new NetworkLog(this))
    , m_reminders(new ExpiryReminders(m_accounts, this))
{
    m_transport->setLog(m_networkLog);
}

AppServices::~AppServices() = default;

std::unique_ptr<ConsoleProvider> AppServices::createProvider(const Account& account) const
{
    std::unique_ptr<ConsoleProvider> provider;
    switch (account.provider) {
    case Provider::Vast:
        provider = std::make_unique<VastProvider>(m_transport);
        break;
    case Provider::Spheron:
        provider = std::make_unique<SpheronProvider>(m_transport);
        break;
    }
    provider->setBaseUrl(account.effectiveBaseUrl());
    provider->setLogTag(account.label, Providers::info(account.provider).apiKeyVariable);
    return provider;
}
