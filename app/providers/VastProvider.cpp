#include "providers/VastProvider.h"

#include "net/ApiTransport.h"

VastProvider::VastProvider(ApiTransport* transport, QObject* parent)
    : ConsoleProvider(transport, parent)
{ }

QString VastProvider::providerId() const
{
    return QStringLiteral("vast");
}

QString VastProvider::displayName() const
{
    return QStringLiteral("Vast.ai");
}

ConsoleProvider::Capabilities VastProvider::capabilities() const
{
    return Capability::ProfileRead | Capability::ProfileUpdate | Capability::Balance | Capability::SshKeys
        | Capability::SshKeyEdit | Capability::ApiKeysManage | Capability::ApiKeyReset | Capability::EnvVars
        | Capability::Sessions | Capability::TwoFactor;
}

QUrl VastProvider::defaultBaseUrl() const
{
    return QUrl(QStringLiteral("https://console.vast.ai"));
}

QUrl VastProvider::endpoint(const QString& path) const
{
    QUrl url = baseUrl();
    url.setPath(url.path() + path);
    return url;
}

void VastProvider::verifyKey(QObject* context, Callback<void> done)
{
    unsupported(context, std::move(done)); // skeleton: implemented with the transport
}

void VastProvider::fetchProfile(QObject* context, Callback<UserProfile> done)
{
    unsupported(context, std::move(done)); // skeleton: implemented with the transport
}

void VastProvider::updateProfile(const ProfileUpdate&, QObject* context, Callback<void> done)
{
    unsupported(context, std::move(done)); // skeleton: implemented with the transport
}

void VastProvider::fetchBalance(QObject* context, Callback<AccountBalance> done)
{
    unsupported(context, std::move(done)); // skeleton: implemented with the transport
}

void VastProvider::twoFactorLogin(const QString&, QObject* context, Callback<TwoFactorSession> done)
{
    unsupported(context, std::move(done)); // skeleton: implemented with the transport
}

void VastProvider::listSshKeys(const QString&, QObject* context, Callback<QList<SshKey>> done)
{
    unsupported(context, std::move(done)); // skeleton: implemented with the transport
}

void VastProvider::addSshKey(const QString&, const QString&, const QString&, QObject* context, Callback<SshKey> done)
{
    unsupported(context, std::move(done)); // skeleton: implemented with the transport
}

void VastProvider::updateSshKey(const QString&, const QString&, QObject* context, Callback<SshKey> done)
{
    unsupported(context, std::move(done)); // skeleton: implemented with the transport
}

void VastProvider::deleteSshKey(const QString&, QObject* context, Callback<void> done)
{
    unsupported(context, std::move(done)); // skeleton: implemented with the transport
}

void VastProvider::listApiKeys(QObject* context, Callback<QList<ApiKeyInfo>> done)
{
    unsupported(context, std::move(done)); // skeleton: implemented with the transport
}

void VastProvider::createApiKey(const QString&, const QJsonObject&, QObject* context, Callback<CreatedApiKey> done)
{
    unsupported(context, std::move(done)); // skeleton: implemented with the transport
}

void VastProvider::deleteApiKey(const QString&, QObject* context, Callback<void> done)
{
    unsupported(context, std::move(done)); // skeleton: implemented with the transport
}

void VastProvider::resetApiKey(QObject* context, Callback<CreatedApiKey> done)
{
    unsupported(context, std::move(done)); // skeleton: implemented with the transport
}

void VastProvider::listEnvVars(QObject* context, Callback<QList<EnvVar>> done)
{
    unsupported(context, std::move(done)); // skeleton: implemented with the transport
}

void VastProvider::createEnvVar(const QString&, const QString&, QObject* context, Callback<void> done)
{
    unsupported(context, std::move(done)); // skeleton: implemented with the transport
}

void VastProvider::updateEnvVar(const QString&, const QString&, QObject* context, Callback<void> done)
{
    unsupported(context, std::move(done)); // skeleton: implemented with the transport
}

void VastProvider::deleteEnvVar(const QString&, QObject* context, Callback<void> done)
{
    unsupported(context, std::move(done)); // skeleton: implemented with the transport
}

void VastProvider::listSessions(QObject* context, Callback<QList<LoginSession>> done)
{
    unsupported(context, std::move(done)); // skeleton: implemented with the transport
}

void VastProvider::deleteSession(const QString&, QObject* context, Callback<void> done)
{
    unsupported(context, std::move(done)); // skeleton: implemented with the transport
}

void VastProvider::deleteOtherSessions(QObject* context, Callback<void> done)
{
    unsupported(context, std::move(done)); // skeleton: implemented with the transport
}
