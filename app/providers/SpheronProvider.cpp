#include "providers/SpheronProvider.h"

#include "net/ApiTransport.h"

SpheronProvider::SpheronProvider(ApiTransport* transport, QObject* parent)
    : ConsoleProvider(transport, parent)
{ }

QString SpheronProvider::providerId() const
{
    return QStringLiteral("spheron");
}

QString SpheronProvider::displayName() const
{
    return QStringLiteral("Spheron AI");
}

ConsoleProvider::Capabilities SpheronProvider::capabilities() const
{
    return Capability::Balance | Capability::Teams | Capability::SshKeys;
}

QUrl SpheronProvider::defaultBaseUrl() const
{
    return QUrl(QStringLiteral("https://app.spheron.ai"));
}

QUrl SpheronProvider::endpoint(const QString& path) const
{
    QUrl url = baseUrl();
    url.setPath(url.path() + path);
    return url;
}

void SpheronProvider::verifyKey(QObject* context, Callback<void> done)
{
    unsupported(context, std::move(done)); // skeleton: implemented with the transport
}

void SpheronProvider::fetchBalance(QObject* context, Callback<AccountBalance> done)
{
    unsupported(context, std::move(done)); // skeleton: implemented with the transport
}

void SpheronProvider::listSshKeys(const QString&, QObject* context, Callback<QList<SshKey>> done)
{
    unsupported(context, std::move(done)); // skeleton: implemented with the transport
}

void SpheronProvider::addSshKey(const QString&, const QString&, const QString&, QObject* context, Callback<SshKey> done)
{
    unsupported(context, std::move(done)); // skeleton: implemented with the transport
}

void SpheronProvider::deleteSshKey(const QString&, QObject* context, Callback<void> done)
{
    unsupported(context, std::move(done)); // skeleton: implemented with the transport
}
