#include "providers/VastProvider.h"

#include "net/ErrorMapper.h"
#include "providers/VastJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRegularExpression>

namespace {

QJsonDocument obj(const QJsonObject& o)
{
    return QJsonDocument(o);
}

} // namespace

bool VastProvider::isVastId(const QString& id)
{
    // Vast ids are integers; anything else would change the path (or a body's meaning), so it never leaves the app.
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,18}$"));
    return digits.match(id).hasMatch();
}

VastProvider::VastProvider(ApiTransport* transport, QObject* parent)
    : ConsoleProvider(transport, parent)
{ }

QString VastProvider::providerId() const
{
    return Providers::id(Provider::Vast);
}

QString VastProvider::displayName() const
{
    return Providers::displayName(Provider::Vast);
}

ConsoleProvider::Capabilities VastProvider::capabilities() const
{
    return Providers::info(Provider::Vast).capabilities;
}

QUrl VastProvider::defaultBaseUrl() const
{
    return Providers::defaultBaseUrl(Provider::Vast);
}

QUrl VastProvider::endpoint(const QString& path) const
{
    return endpointUrl(QStringLiteral("/api/v0") + path);
}

std::optional<ApiError> VastProvider::bodyError(const QJsonValue& body, int httpStatus) const
{
    if (VastJson::reportsSuccess(body))
        return std::nullopt;
    // A 200 with {"success": false, "msg": …}: the request was refused after all; classify it as a 400.
    const ApiError mapped
        = ErrorMapper::fromHttpStatus(400, QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact));
    return ApiError::make(mapped.kind(), httpStatus, mapped.serverMessage());
}

QUrl VastProvider::verifyKeyUrl() const
{
    // docs/api/vast.md §1.1: the CLI sends users/current without the trailing slash.
    return endpoint(QStringLiteral("/users/current"));
}

void VastProvider::verifyKeyAs(const QString& candidate, QObject* context, Callback<void> done)
{
    ApiRequest request = ApiRequest::get(verifyKeyUrl());
    request.bearer = candidate; // empty: send() uses the provider's own key
    fetch<UserProfile>(
        std::move(request), context,
        [done = std::move(done)](ApiResult<UserProfile> r) {
            done(r.ok() ? ApiResult<void>::success() : ApiResult<void>::failure(r.error));
        },
        &VastJson::userProfile);
}

void VastProvider::fetchProfile(QObject* context, Callback<UserProfile> done)
{
    fetch<UserProfile>(ApiRequest::get(endpoint(QStringLiteral("/users/current"))), context, std::move(done),
                       &VastJson::userProfile);
}

void VastProvider::updateProfile(const ProfileUpdate& update, QObject* context, Callback<void> done)
{
    QJsonObject body;
    if (update.fullname)
        body.insert(QStringLiteral("fullname"), *update.fullname);
    if (update.username)
        body.insert(QStringLiteral("username"), *update.username);
    perform(ApiRequest::put(endpoint(QStringLiteral("/users/")), obj(body)), context, std::move(done));
}

void VastProvider::fetchBalance(QObject* context, Callback<AccountBalance> done)
{
    // Vast has no balance endpoint: the user object carries credit (ARCHITECTURE.md, Providers).
    fetch<AccountBalance>(ApiRequest::get(endpoint(QStringLiteral("/users/current"))), context, std::move(done),
                          [](const QJsonValue& v) -> std::optional<AccountBalance> {
                              const auto profile = VastJson::userProfile(v);
                              if (!profile)
                                  return std::nullopt;
                              AccountBalance balance;
                              balance.currency = QStringLiteral("USD");
                              balance.credit = profile->credit;
                              return balance;
                          });
}

void VastProvider::listSshKeys(const QString&, QObject* context, Callback<QList<SshKey>> done)
{
    // Vast keys belong to the user, not to a team: teamId does not apply.
    fetch<QList<SshKey>>(ApiRequest::get(endpoint(QStringLiteral("/ssh/"))), context, std::move(done),
                         &VastJson::sshKeysFromBody, &VastJson::sshKeys);
}

void VastProvider::addSshKey(const QString&, const QString& publicKeyLine, const QString&, QObject* context,
                             Callback<SshKey> done)
{
    fetch<SshKey>(
        ApiRequest::post(endpoint(QStringLiteral("/ssh/")), obj({{QStringLiteral("ssh_key"), publicKeyLine}})), context,
        std::move(done), &VastJson::sshKey);
}

void VastProvider::updateSshKey(const QString& id, const QString& publicKeyLine, QObject* context,
                                Callback<SshKey> done)
{
    if (!isVastId(id)) {
        failLater(context, std::move(done), ApiError::make(ApiError::Kind::NotFound));
        return;
    }
    // docs/api/vast-endpoints.md §3.2: {"id": <int>, "ssh_key": …}, the id repeated in the body as a number.
    fetch<SshKey>(
        ApiRequest::put(endpoint(QStringLiteral("/ssh/%1/").arg(id)),
                        obj({{QStringLiteral("id"), id.toLongLong()}, {QStringLiteral("ssh_key"), publicKeyLine}})),
        context, std::move(done), &VastJson::sshKey);
}

void VastProvider::deleteSshKey(const QString& id, QObject* context, Callback<void> done)
{
    if (!isVastId(id)) {
        failLater(context, std::move(done), ApiError::make(ApiError::Kind::NotFound));
        return;
    }
    // The CLI sends {} with every DELETE (docs/api/vast.md §1.2).
    perform(ApiRequest::del(endpoint(QStringLiteral("/ssh/%1/").arg(id)), obj({})), context, std::move(done));
}

void VastProvider::listApiKeys(QObject* context, Callback<QList<ApiKeyInfo>> done)
{
    fetch<QList<ApiKeyInfo>>(ApiRequest::get(endpoint(QStringLiteral("/auth/apikeys/"))), context, std::move(done),
                             &VastJson::apiKeys);
}

void VastProvider::createApiKey(const QString& name, const QJsonObject& permissions, QObject* context,
                                Callback<CreatedApiKey> done)
{
    // docs/api/vast-endpoints.md §3.1: the name always goes, null when empty, as the CLI sends it.
    QJsonObject body;
    body.insert(QStringLiteral("name"), name.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(name));
    if (!permissions.isEmpty())
        body.insert(QStringLiteral("permissions"), permissions);
    fetch<CreatedApiKey>(ApiRequest::post(endpoint(QStringLiteral("/auth/apikeys/")), obj(body)), context,
                         std::move(done), &VastJson::createdApiKey);
}

void VastProvider::deleteApiKey(const QString& id, QObject* context, Callback<void> done)
{
    if (!isVastId(id)) {
        failLater(context, std::move(done), ApiError::make(ApiError::Kind::NotFound));
        return;
    }
    perform(ApiRequest::del(endpoint(QStringLiteral("/auth/apikeys/%1/").arg(id)), obj({})), context, std::move(done));
}

void VastProvider::resetApiKey(QObject* context, Callback<CreatedApiKey> done)
{
    ApiRequest request = ApiRequest::put(endpoint(QStringLiteral("/commands/reset_apikey/")),
                                         obj({{QStringLiteral("client_id"), QStringLiteral("me")}}));
    // The old key dies at once and the new one is shown once: a retry after a lost answer would
    // rotate again and lose the key, so this PUT is treated as not idempotent.
    request.idempotent = false;
    fetch<CreatedApiKey>(std::move(request), context, std::move(done), &VastJson::resetApiKey);
}

void VastProvider::listEnvVars(QObject* context, Callback<QList<EnvVar>> done)
{
    fetch<QList<EnvVar>>(ApiRequest::get(endpoint(QStringLiteral("/secrets/"))), context, std::move(done),
                         &VastJson::envVars);
}

void VastProvider::createEnvVar(const QString& name, const QString& value, QObject* context, Callback<void> done)
{
    perform(ApiRequest::post(endpoint(QStringLiteral("/secrets/")),
                             obj({{QStringLiteral("key"), name}, {QStringLiteral("value"), value}})),
            context, std::move(done));
}

void VastProvider::updateEnvVar(const QString& name, const QString& value, QObject* context, Callback<void> done)
{
    perform(ApiRequest::put(endpoint(QStringLiteral("/secrets/")),
                            obj({{QStringLiteral("key"), name}, {QStringLiteral("value"), value}})),
            context, std::move(done));
}

void VastProvider::deleteEnvVar(const QString& name, QObject* context, Callback<void> done)
{
    // A DELETE with a JSON body: ApiTransport sends it through sendCustomRequest (docs/api/vast.md §1.2).
    perform(ApiRequest::del(endpoint(QStringLiteral("/secrets/")), obj({{QStringLiteral("key"), name}})), context,
            std::move(done));
}

void VastProvider::listSessions(QObject* context, Callback<QList<LoginSession>> done)
{
    fetch<QList<LoginSession>>(ApiRequest::get(endpoint(QStringLiteral("/auth/sessions/"))), context, std::move(done),
                               &VastJson::sessions);
}

void VastProvider::deleteSession(const QString& id, QObject* context, Callback<void> done)
{
    if (!isVastId(id)) {
        failLater(context, std::move(done), ApiError::make(ApiError::Kind::NotFound));
        return;
    }
    // The route is undocumented (docs/api/vast-endpoints.md §3.5); the body follows docs/SANDBOX.md. A server that
    // ignores the body would end the session the call comes from, so it never comes from Keydeck's own session: the API
    // key has none. Reconcile::deleteSession lists again to see what really ended.
    if (apiKey().isEmpty()) {
        failLater(context, std::move(done), ApiError::make(ApiError::Kind::Auth));
        return;
    }
    ApiRequest request
        = ApiRequest::del(endpoint(QStringLiteral("/auth/sessions/")), obj({{QStringLiteral("id"), id.toLongLong()}}));
    request.bearer = apiKey();
    perform(std::move(request), context, std::move(done));
}

void VastProvider::deleteOwnSession(const QString& id, QObject* context, Callback<void> done)
{
    if (!isVastId(id)) {
        failLater(context, std::move(done), ApiError::make(ApiError::Kind::NotFound));
        return;
    }
    // From the session itself: a server that ignores the body ends the caller's session, which is this one.
    perform(
        ApiRequest::del(endpoint(QStringLiteral("/auth/sessions/")), obj({{QStringLiteral("id"), id.toLongLong()}})),
        context, std::move(done));
}

void VastProvider::listAuditEvents(QObject* context, Callback<QList<AuditEvent>> done)
{
    // docs/api/vast-endpoints.md §3.8: no query parameters, as the CLI sends it.
    fetch<QList<AuditEvent>>(ApiRequest::get(endpoint(QStringLiteral("/audit_logs/"))), context, std::move(done),
                             &VastJson::auditEvents);
}

void VastProvider::deleteOtherSessions(QObject* context, Callback<void> done)
{
    // "All except the current one" depends on which session calls, and a server that ignores the body would end
    // the caller's own: the Sessions page signs out others one by one with deleteSession() instead.
    perform(ApiRequest::del(endpoint(QStringLiteral("/auth/sessions/")),
                            obj({{QStringLiteral("all_except_current"), true}})),
            context, std::move(done));
}
