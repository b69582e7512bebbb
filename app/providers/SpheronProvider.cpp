#include "providers/SpheronProvider.h"

#include "providers/SpheronJson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

/** Spheron ids are opaque tokens; anything that could change the path never leaves the app. */
bool isSpheronId(const QString& id)
{
    static const QRegularExpression token(QStringLiteral("^[A-Za-z0-9_-]{1,128}$"));
    return token.match(id).hasMatch();
}

} // namespace

SpheronProvider::SpheronProvider(ApiTransport* transport, QObject* parent)
    : ConsoleProvider(transport, parent)
{ }

QString SpheronProvider::providerId() const
{
    return Providers::id(Provider::Spheron);
}

QString SpheronProvider::displayName() const
{
    return Providers::displayName(Provider::Spheron);
}

ConsoleProvider::Capabilities SpheronProvider::capabilities() const
{
    return Providers::info(Provider::Spheron).capabilities;
}

QUrl SpheronProvider::defaultBaseUrl() const
{
    return Providers::defaultBaseUrl(Provider::Spheron);
}

QUrl SpheronProvider::endpoint(const QString& path) const
{
    return endpointUrl(QStringLiteral("/api") + path);
}

QUrl SpheronProvider::verifyKeyUrl() const
{
    // docs/api/spheron.md §3: GET /api/balance is the cheap authenticated check.
    return endpoint(QStringLiteral("/balance"));
}

void SpheronProvider::verifyKeyAs(const QString& candidate, QObject* context, Callback<void> done)
{
    ApiRequest request = ApiRequest::get(verifyKeyUrl());
    request.bearer = candidate; // empty: send() uses the provider's own key
    fetch<AccountBalance>(
        std::move(request), context,
        [done = std::move(done)](ApiResult<AccountBalance> r) {
            done(r.ok() ? ApiResult<void>::success() : ApiResult<void>::failure(r.error));
        },
        &SpheronJson::balance);
}

void SpheronProvider::fetchBalance(QObject* context, Callback<AccountBalance> done)
{
    fetch<AccountBalance>(ApiRequest::get(endpoint(QStringLiteral("/balance"))), context, std::move(done),
                          &SpheronJson::balance);
}

void SpheronProvider::listSshKeys(const QString& teamId, QObject* context, Callback<QList<SshKey>> done)
{
    // No client passes a team to GET /api/ssh-keys (docs/api/spheron.md §2.1), so the filter is local.
    fetch<QList<SshKey>>(ApiRequest::get(endpoint(QStringLiteral("/ssh-keys"))), context, std::move(done),
                         [teamId](const QJsonValue& v) -> std::optional<QList<SshKey>> {
                             auto keys = SpheronJson::sshKeys(v);
                             if (keys && !teamId.isEmpty())
                                 keys->removeIf(
                                     [&](const SshKey& k) { return !k.teamId.isEmpty() && k.teamId != teamId; });
                             return keys;
                         });
}

void SpheronProvider::addSshKey(const QString& name, const QString& publicKeyLine, const QString& teamId,
                                QObject* context, Callback<SshKey> done)
{
    // docs/api/spheron.md §2.3: {name, publicKey, teamId?}, teamId only when set.
    QJsonObject body {{QStringLiteral("name"), name}, {QStringLiteral("publicKey"), publicKeyLine}};
    if (!teamId.isEmpty())
        body.insert(QStringLiteral("teamId"), teamId);
    fetch<SshKey>(ApiRequest::post(endpoint(QStringLiteral("/ssh-keys")), QJsonDocument(body)), context,
                  std::move(done), &SpheronJson::sshKey);
}

void SpheronProvider::deleteSshKey(const QString& id, QObject* context, Callback<void> done)
{
    if (!isSpheronId(id)) {
        failLater(context, std::move(done), ApiError::make(ApiError::Kind::NotFound));
        return;
    }
    // Spheron clients send no body here, and the answer may be empty (docs/api/spheron.md §2.4).
    perform(ApiRequest::del(endpoint(QStringLiteral("/ssh-keys/%1").arg(id))), context, std::move(done));
}
