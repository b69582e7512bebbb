#include "providers/SpheronProvider.h"

#include "providers/SpheronJson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>

#include <memory>

namespace {

/** Spheron ids are opaque tokens; anything that could change the path never leaves the app. */
bool isSpheronId(const QString& id)
{
    static const QRegularExpression token(QStringLiteral("^[A-Za-z0-9_-]{1,128}$"));
    return token.match(id).hasMatch();
}

/**
 * @p keys without those of other teams. A list that held keys, all of one other team, is no answer for @p teamId:
 * the server listed its current team whatever was asked (docs/api/spheron.md §2.1), and an empty list would be false.
 */
ApiResult<QList<SshKey>> teamKeys(QList<SshKey> keys, const QString& teamId)
{
    if (teamId.isEmpty())
        return ApiResult<QList<SshKey>>::success(std::move(keys));
    QSet<QString> others;
    keys.removeIf([&](const SshKey& k) {
        if (k.teamId.isEmpty() || k.teamId == teamId)
            return false;
        others.insert(k.teamId);
        return true;
    });
    if (keys.isEmpty() && others.size() == 1) {
        ApiError error = ApiError::make(ApiError::Kind::Protocol, 200);
        error.setServerCode(SpheronProvider::otherTeamOnlyCode());
        return ApiResult<QList<SshKey>>::failure(std::move(error));
    }
    return ApiResult<QList<SshKey>>::success(std::move(keys));
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
    // docs/api/spheron.md §2.1 (issue 19 item 2): the team goes with the request, yet the answer may hold every
    // team's keys, only the server's current team's, or items without teamId and publicKey: those are completed
    // one by one, and the list is filtered here.
    QUrl url = endpoint(QStringLiteral("/ssh-keys"));
    if (!teamId.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("teamId"), teamId);
        url.setQuery(query);
    }
    fetch<QList<SshKey>>(
        ApiRequest::get(url), context,
        [this, teamId, context, done = std::move(done)](ApiResult<QList<SshKey>> result) mutable {
            if (!result.ok()) {
                done(std::move(result));
                return;
            }
            // The items left out of the answer are still to be counted once the rest is complete.
            const int unreadable = result.unreadableItems;
            completeSshKeys(std::move(*result.value), teamId, context,
                            [unreadable, done = std::move(done)](ApiResult<QList<SshKey>> complete) {
                                complete.unreadableItems += unreadable;
                                done(std::move(complete));
                            });
        },
        &SpheronJson::sshKeys);
}

void SpheronProvider::completeSshKeys(QList<SshKey> keys, const QString& teamId, QObject* context,
                                      Callback<QList<SshKey>> done)
{
    QList<int> incomplete;
    for (int i = 0; i < keys.size(); ++i) {
        if ((keys.at(i).teamId.isEmpty() || keys.at(i).publicKey.isEmpty()) && isSpheronId(keys.at(i).id))
            incomplete.append(i);
    }
    if (incomplete.isEmpty()) {
        done(teamKeys(std::move(keys), teamId));
        return;
    }
    struct Pending
    {
        QList<SshKey> keys;
        qsizetype left = 0;
        bool failed = false;
        Callback<QList<SshKey>> done;
    };
    auto pending = std::make_shared<Pending>();
    pending->keys = std::move(keys);
    pending->left = incomplete.size();
    pending->done = std::move(done);
    for (const int i : std::as_const(incomplete)) {
        const QString id = pending->keys.at(i).id;
        fetch<SshKey>(
            ApiRequest::get(endpoint(QStringLiteral("/ssh-keys/") + id)), context,
            [pending, i, teamId](ApiResult<SshKey> one) {
                if (pending->failed)
                    return;
                if (!one.ok()) {
                    pending->failed = true;
                    pending->done(ApiResult<QList<SshKey>>::failure(one.error));
                    return;
                }
                SshKey& key = pending->keys[i];
                if (key.publicKey.isEmpty())
                    key.publicKey = one.value->publicKey;
                if (key.teamId.isEmpty())
                    key.teamId = one.value->teamId;
                if (!key.createdAt.isValid())
                    key.createdAt = one.value->createdAt;
                if (--pending->left == 0)
                    pending->done(teamKeys(std::move(pending->keys), teamId));
            },
            &SpheronJson::sshKey);
    }
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
