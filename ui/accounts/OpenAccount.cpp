#include "accounts/OpenAccount.h"

#include "AppServices.h"
#include "providers/ConsoleProvider.h"
#include "secrets/AccountsRegistry.h"
#include "secrets/SecretError.h"
#include "secrets/SecretStore.h"

OpenAccount::OpenAccount(AppServices* services, const Account& account, QObject* parent)
    : QObject(parent)
    , m_services(services)
    , m_account(account)
    , m_provider(services->createProvider(account))
{
    // The provider dropped an expired 2FA session key (docs/api/vast.md §2.4); forget it in the store too.
    connect(m_provider.get(), &ConsoleProvider::sessionKeyExpired, this, [this] {
        m_services->accounts()->storeFor(m_account)->remove(m_account.id, SecretKind::SessionKey, this,
                                                            [](const SecretError&) {});
    });
}

OpenAccount::~OpenAccount() = default;

void OpenAccount::open(Use use)
{
    // Issue 24 item 2: the connection (and its TLS handshake) is made while the keychain is read. The two secrets
    // are read one after the other: two QtKeychain jobs at once on the Secret Service stalled the second for seconds.
    m_provider->warmUp();
    SecretStore* store = m_services->accounts()->storeFor(m_account);
    store->read(
        m_account.id, SecretKind::ApiKey, this, [this, store, use](const SecretError& error, const QString& apiKey) {
            if (!error.isOk()) {
                const bool missing = error.kind() == SecretError::Kind::NotFound;
                emit failed(missing ? tr("No API key is stored for “%1”. Enter the key again to use this account.")
                                          .arg(m_account.label)
                                    : error.message(),
                            missing);
                return;
            }
            store->read(m_account.id, SecretKind::SessionKey, this,
                        [this, apiKey, use](const SecretError& sessionError, const QString& sessionKey) {
                            ProviderCredentials credentials;
                            credentials.apiKey = apiKey;
                            if (sessionError.isOk())
                                credentials.sessionKey = sessionKey;
                            m_provider->setCredentials(credentials);
                            // The security scan opens every account: none of them becomes the one to reopen at start.
                            if (use == Use::Interactive)
                                m_services->accounts()->markUsed(m_account.id);
                            emit ready();
                        });
        });
}
