#include "sandbox/VastDialect.h"

#include "sandbox/SandboxKeys.h"
#include "sandbox/SandboxStore.h"
#include "sandbox/SandboxVariants.h"

#include <QDateTime>
#include <QJsonDocument>

// The dispatch: route table, authentication, scopes, 2FA gate and rate limits. The route handlers live in
// VastUserRoutes.cpp, VastKeyRoutes.cpp, VastSecretRoutes.cpp, VastSessionRoutes.cpp, VastTfaRoutes.cpp and
// VastAuditRoutes.cpp.

namespace {

QString bearerToken(const SandboxRequest& request)
{
    const QByteArray header = request.header("Authorization").trimmed();
    if (!header.startsWith("Bearer ") && !header.startsWith("bearer "))
        return {};
    return QString::fromUtf8(header.mid(7).trimmed());
}

} // namespace

QString VastDialect::now()
{
    return SandboxKeys::isoSeconds(QDateTime::currentDateTimeUtc());
}

SandboxReply VastDialect::ok(const QJsonObject& object)
{
    return SandboxReply::json(200, object);
}

SandboxReply VastDialect::okMsg(const QString& msg)
{
    return ok(QJsonObject {{QStringLiteral("success"), true}, {QStringLiteral("msg"), msg}});
}

QJsonValue VastDialect::jsonOrNull(const QVariant& value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(value);
}

bool VastDialect::oddItems() const
{
    return m_variants.is(QStringLiteral("list-items"), QStringLiteral("odd"));
}

VastDialect::VastDialect(SandboxStore& store, const SandboxVariants& variants)
    : m_store(store)
    , m_variants(variants)
{
    m_clock.start();
    auto route = [this](const char* method, const char* pattern, const char* scope, double threshold, Handler h) {
        m_routes.append(Route {QByteArray(method),
                               QRegularExpression(QRegularExpression::anchoredPattern(QLatin1String(pattern))), scope,
                               threshold, h});
    };
    // Trailing slashes as the real server and the CLI use them: only users/current also answers without one.
    route("GET", "/users/current/?", "user_read", 0, &VastDialect::getUser);
    route("PUT", "/users/", "user_write", 5.0, &VastDialect::putUser);
    route("GET", "/ssh/", "user_read", 0, &VastDialect::listSsh);
    route("POST", "/ssh/", "user_write", 1.0, &VastDialect::createSsh);
    route("PUT", "/ssh/(\\d+)/", "user_write", 1.0, &VastDialect::updateSsh);
    route("DELETE", "/ssh/(\\d+)/", "user_write", 0, &VastDialect::deleteSsh);
    route("GET", "/auth/apikeys/", "user_read", 1.0, &VastDialect::listApiKeys);
    route("POST", "/auth/apikeys/", "user_write", 2.0, &VastDialect::createApiKey);
    route("GET", "/auth/apikeys/(\\d+)/", "user_read", 1.0, &VastDialect::showApiKey);
    route("DELETE", "/auth/apikeys/(\\d+)/", "user_write", 2.0, &VastDialect::deleteApiKey);
    route("PUT", "/commands/reset_apikey/", "user_write", 3.0, &VastDialect::resetApiKey);
    route("GET", "/secrets/", "user_read", 5.0, &VastDialect::listSecrets);
    route("POST", "/secrets/", "user_write", 3.0, &VastDialect::createSecret);
    route("PUT", "/secrets/", "user_write", 3.0, &VastDialect::updateSecret);
    route("DELETE", "/secrets/", "user_write", 3.0, &VastDialect::deleteSecret);
    route("GET", "/auth/sessions/", "user_read", 0, &VastDialect::listSessions);
    route("DELETE", "/auth/sessions/", "user_write", 0, &VastDialect::deleteSessions);
    route("POST", "/tfa/", "user_write", 0, &VastDialect::tfaLogin);
    route("DELETE", "/tfa/", "user_write", 0, &VastDialect::tfaDelete);
    route("GET", "/tfa/status/", "user_read", 0, &VastDialect::tfaStatus);
    route("POST", "/tfa/sms/", "user_write", 0, &VastDialect::tfaSendSms);
    route("POST", "/tfa/sms/resend/", "user_write", 0, &VastDialect::tfaResendSms);
    route("POST", "/tfa/email/", "user_write", 0, &VastDialect::tfaSendEmail);
    route("POST", "/tfa/totp-setup/", "user_write", 0, &VastDialect::tfaTotpSetup);
    route("POST", "/tfa/confirm-new/", "user_write", 0, &VastDialect::tfaConfirmNew);
    route("POST", "/tfa/authorize-new-method/", "user_write", 0, &VastDialect::tfaAuthorizeNew);
    route("PUT", "/tfa/authorize-new-method/", "user_write", 0, &VastDialect::tfaAuthorizeNewFinish);
    route("PUT", "/tfa/update/", "user_write", 0, &VastDialect::tfaUpdate);
    route("PUT", "/tfa/regen-backup-codes/", "user_write", 0, &VastDialect::tfaRegenBackupCodes);
    // The routes table gives it the misc scope (docs/api/vast-endpoints.md §3.8).
    route("GET", "/audit_logs/", "misc", 0, &VastDialect::listAuditLogs);
}

SandboxReply VastDialect::error(int status, const QString& code, const QString& msg)
{
    return SandboxReply::json(status,
                              QJsonObject {{QStringLiteral("success"), false},
                                           {QStringLiteral("error"), code},
                                           {QStringLiteral("msg"), msg}});
}

SandboxReply VastDialect::handle(const SandboxRequest& request, const QString& subPath)
{
    // Variant vast-slash (docs/SANDBOX.md): the real server has answered a missing slash with a redirect.
    if (subPath == QLatin1String("/users/current") && request.method == "GET"
        && !m_variants.is(QStringLiteral("vast-slash"), QStringLiteral("both"))) {
        SandboxReply reply = SandboxReply::text(301, QByteArrayLiteral("Moved Permanently"));
        QByteArray location = request.path.toUtf8() + '/';
        if (m_variants.is(QStringLiteral("vast-slash"), QStringLiteral("redirect-other"))) {
            // The other spelling of the loopback host is another origin to the client, and one the sandbox serves.
            const QByteArray host = request.headers.value("host");
            const QByteArray port = host.mid(host.lastIndexOf(':'));
            const QByteArray scheme = request.secure ? QByteArrayLiteral("https://") : QByteArrayLiteral("http://");
            location = scheme
                + (host.startsWith("localhost") ? QByteArrayLiteral("127.0.0.1") : QByteArrayLiteral("localhost"))
                + port + location;
        }
        if (m_variants.is(QStringLiteral("vast-slash"), QStringLiteral("redirect-insecure")))
            // Same host and port, plain http://: over HTTPS a downgrade, over plain HTTP the same origin.
            location = "http://" + request.headers.value("host") + location;
        reply.headers.append({QByteArrayLiteral("Location"), location});
        return reply;
    }
    int routeIndex = -1;
    QString arg;
    bool pathKnown = false;
    for (int i = 0; i < m_routes.size(); ++i) {
        const QRegularExpressionMatch match = m_routes.at(i).path.match(subPath);
        if (!match.hasMatch())
            continue;
        pathKnown = true;
        if (m_routes.at(i).method == request.method) {
            routeIndex = i;
            arg = match.captured(1);
            break;
        }
    }
    if (routeIndex < 0) {
        if (pathKnown)
            return error(405, QStringLiteral("method_not_allowed"), QStringLiteral("Method Not Allowed"));
        return error(404, QStringLiteral("not_found"),
                     QStringLiteral("The requested URL was not found on the server."));
    }
    const Route& route = m_routes.at(routeIndex);

    Caller caller;
    const SandboxReply authError = authenticate(request, &caller);
    if (authError.status != 200)
        return authError;

    // docs/api/vast.md §2.3 / PR #400: once 2FA is on, the plain API key stops working except to log in.
    if (caller.tfaEnabled && caller.sessionId < 0 && !allowedBeforeSession(route.handler)) {
        return error(401, QStringLiteral("auth_error"),
                     QStringLiteral("Two Factor Authentication is enabled for this account: log in with "
                                    "a 2FA code (POST /api/v0/tfa/) and use the session key."));
    }
    if (!caller.permissions.isEmpty()
        && !caller.permissions.value(QLatin1String("api")).toObject().contains(QLatin1String(route.scope))) {
        return error(403, QStringLiteral("permission_denied"),
                     QStringLiteral("This API key does not have the %1 permission.").arg(QLatin1String(route.scope)));
    }
    if (m_rateLimits && route.thresholdSeconds > 0) {
        // docs/api/vast.md §2.2: a minimum interval per endpoint and identity, plain-text 429, no Retry-After.
        const QString identity
            = SandboxKeys::hash(bearerToken(request)) + QLatin1Char('|') + QString::number(routeIndex);
        const qint64 nowMs = m_clock.elapsed();
        const auto last = m_lastCall.constFind(identity);
        if (last != m_lastCall.constEnd() && nowMs - *last < qint64(route.thresholdSeconds * 1000)) {
            if (m_variants.is(QStringLiteral("vast-429"), QStringLiteral("retry-after"))) {
                // The variant where the server says how long is left, as most APIs do.
                const qint64 leftMs = qint64(route.thresholdSeconds * 1000) - (nowMs - *last);
                SandboxReply reply = SandboxReply::text(429, QByteArrayLiteral("API requests too frequent"));
                reply.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number((leftMs + 999) / 1000)});
                return reply;
            }
            return SandboxReply::text(429,
                                      QByteArrayLiteral("API requests too frequent endpoint threshold=")
                                          + QByteArray::number(route.thresholdSeconds, 'f', 1));
        }
        m_lastCall.insert(identity, nowMs);
    }

    QJsonObject body;
    if (!request.body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject())
            return error(400, QStringLiteral("invalid_json"), QStringLiteral("Malformed JSON in request body."));
        body = doc.object();
    }
    SandboxReply reply = (this->*route.handler)(request, caller, arg, body);
    if (request.method != "GET" && reply.status >= 200 && reply.status < 300)
        recordAudit(request, caller, arg, body);
    return reply;
}

SandboxReply VastDialect::authenticate(const SandboxRequest& request, Caller* caller) const
{
    const QString token = bearerToken(request);
    if (token.isEmpty())
        return error(401, QStringLiteral("auth_error"), QStringLiteral("Please log in or sign up"));
    const QString tokenHash = SandboxKeys::hash(token);
    const QVariantMap key = m_store.selectOne(
        QStringLiteral("SELECT k.id, k.user_id, k.permissions, k.deleted_at, u.tfa_enabled FROM vast_api_keys k "
                       "JOIN vast_users u ON u.id = k.user_id WHERE k.key_hash = ?"),
        {tokenHash});
    if (!key.isEmpty()) {
        if (!key.value(QStringLiteral("deleted_at")).isNull())
            return error(401, QStringLiteral("auth_error"), QStringLiteral("Invalid user key"));
        caller->userId = key.value(QStringLiteral("user_id")).toLongLong();
        caller->apiKeyId = key.value(QStringLiteral("id")).toLongLong();
        caller->tfaEnabled = key.value(QStringLiteral("tfa_enabled")).toBool();
        const QJsonDocument permissions
            = QJsonDocument::fromJson(key.value(QStringLiteral("permissions")).toString().toUtf8());
        caller->permissions = permissions.object();
        return SandboxReply::json(200, QJsonObject());
    }
    const QVariantMap session = m_store.selectOne(
        QStringLiteral("SELECT id, user_id, expires_at, deleted_at FROM vast_sessions WHERE key_hash = ?"),
        {tokenHash});
    if (!session.isEmpty()) {
        const QDateTime expires
            = QDateTime::fromString(session.value(QStringLiteral("expires_at")).toString(), Qt::ISODate);
        if (!session.value(QStringLiteral("deleted_at")).isNull() || expires < QDateTime::currentDateTimeUtc()) {
            // docs/api/vast.md §2.4: what the CLI treats as an expired 2FA session, either answer (variant
            // session-expired, docs/SANDBOX.md).
            if (m_variants.is(QStringLiteral("session-expired"), QStringLiteral("401")))
                return error(401, QStringLiteral("auth_error"), QStringLiteral("Invalid user key"));
            return error(404, QStringLiteral("session_expired"),
                         QStringLiteral("Session expired. Please log in again."));
        }
        caller->userId = session.value(QStringLiteral("user_id")).toLongLong();
        caller->sessionId = session.value(QStringLiteral("id")).toLongLong();
        return SandboxReply::json(200, QJsonObject());
    }
    return error(401, QStringLiteral("auth_error"), QStringLiteral("Invalid user key"));
}
