#pragma once

#include "sandbox/SandboxReply.h"
#include "sandbox/SandboxRequest.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

class SandboxStore;
class SandboxVariants;

/** The Vast.ai dialect (`/api/v0/…`) of the sandbox: routes, Bearer auth, scopes, 2FA sessions, rate limits. */
class VastDialect
{
public:
    /** The fixed 2FA code the sandbox accepts (documented in docs/SANDBOX.md). */
    static constexpr const char* kDemoTfaCode = "123456";
    /** How many env vars one user may hold before POST answers `max_secrets`. */
    static constexpr int kMaxSecrets = 64;

    /** @p variants is the server's: it outlives this dialect and may change between requests. */
    VastDialect(SandboxStore& store, const SandboxVariants& variants);

    void setRateLimits(bool enabled) { m_rateLimits = enabled; }

    /** Answers one request; @p subPath is the path after "/api/v0" ("/ssh/"). */
    SandboxReply handle(const SandboxRequest& request, const QString& subPath);

    /** The Vast error envelope: {"success": false, "error": code, "msg": text}. */
    static SandboxReply error(int status, const QString& code, const QString& msg);

private:
    /** Variant list-items=odd: lists carry items of unexpected types too (docs/SANDBOX.md). */
    bool oddItems() const;

    struct Caller
    {
        qint64 userId = 0;
        qint64 apiKeyId = -1;
        qint64 sessionId = -1;
        bool tfaEnabled = false;
        /** The key's {"api": {...}} object; empty = full access. */
        QJsonObject permissions;
    };
    using Handler = SandboxReply (VastDialect::*)(const SandboxRequest&, const Caller&, const QString& arg,
                                                  const QJsonObject& body);
    struct Route
    {
        QByteArray method;
        QRegularExpression path;
        const char* scope;
        /** Minimum interval between two calls per identity (docs/api/vast.md §3), used when rate limits are on. */
        double thresholdSeconds;
        Handler handler;
    };

    SandboxReply authenticate(const SandboxRequest& request, Caller* caller) const;
    QJsonObject userObject(qint64 userId, qint64 apiKeyId) const;
    QJsonObject sshKeyObject(const QVariantMap& row) const;

    // Reply and JSON helpers every route file uses (members, so that the handlers call them unqualified).
    static QString now();
    static SandboxReply ok(const QJsonObject& object);
    static SandboxReply okMsg(const QString& msg);
    static QJsonValue jsonOrNull(const QVariant& value);

    // The handlers, one .cpp per route group so that no file holds the whole API: VastDialect.cpp keeps only
    // the dispatch (route table, auth, scopes, rate limits).
    // VastUserRoutes.cpp
    SandboxReply getUser(const SandboxRequest&, const Caller&, const QString&, const QJsonObject&);
    SandboxReply putUser(const SandboxRequest&, const Caller&, const QString&, const QJsonObject&);
    // VastKeyRoutes.cpp
    SandboxReply listSsh(const SandboxRequest&, const Caller&, const QString&, const QJsonObject&);
    SandboxReply createSsh(const SandboxRequest&, const Caller&, const QString&, const QJsonObject&);
    SandboxReply updateSsh(const SandboxRequest&, const Caller&, const QString&, const QJsonObject&);
    SandboxReply deleteSsh(const SandboxRequest&, const Caller&, const QString&, const QJsonObject&);
    SandboxReply listApiKeys(const SandboxRequest&, const Caller&, const QString&, const QJsonObject&);
    SandboxReply createApiKey(const SandboxRequest&, const Caller&, const QString&, const QJsonObject&);
    SandboxReply showApiKey(const SandboxRequest&, const Caller&, const QString&, const QJsonObject&);
    SandboxReply deleteApiKey(const SandboxRequest&, const Caller&, const QString&, const QJsonObject&);
    SandboxReply resetApiKey(const SandboxRequest&, const Caller&, const QString&, const QJsonObject&);
    // VastSecretRoutes.cpp
    SandboxReply listSecrets(const SandboxRequest&, const Caller&, const QString&, const QJsonObject&);
    SandboxReply createSecret(const SandboxRequest&, const Caller&, const QString&, const QJsonObject&);
    SandboxReply updateSecret(const SandboxRequest&, const Caller&, const QString&, const QJsonObject&);
    SandboxReply deleteSecret(const SandboxRequest&, const Caller&, const QString&, const QJsonObject&);
    // VastSessionRoutes.cpp
    SandboxReply listSessions(const SandboxRequest&, const Caller&, const QString&, const QJsonObject&);
    SandboxReply deleteSessions(const SandboxRequest&, const Caller&, const QString&, const QJsonObject&);
    // VastAuditRoutes.cpp (issue 23, docs/api/vast-endpoints.md §3.8)
    SandboxReply listAuditLogs(const SandboxRequest&, const Caller&, const QString&, const QJsonObject&);
    /** Records a call that changed something (every successful call but a GET), with its non-secret arguments. */
    void recordAudit(const SandboxRequest& request, const Caller& caller, const QString& arg, const QJsonObject& body);
    // VastTfaRoutes.cpp (issue 20, docs/api/vast-endpoints.md §3.7)
    SandboxReply tfaLogin(const SandboxRequest&, const Caller&, const QString&, const QJsonObject&);
    SandboxReply tfaStatus(const SandboxRequest&, const Caller&, const QString&, const QJsonObject&);
    SandboxReply tfaSendSms(const SandboxRequest&, const Caller&, const QString&, const QJsonObject&);
    SandboxReply tfaResendSms(const SandboxRequest&, const Caller&, const QString&, const QJsonObject&);
    SandboxReply tfaSendEmail(const SandboxRequest&, const Caller&, const QString&, const QJsonObject&);
    SandboxReply tfaTotpSetup(const SandboxRequest&, const Caller&, const QString&, const QJsonObject&);
    SandboxReply tfaConfirmNew(const SandboxRequest&, const Caller&, const QString&, const QJsonObject&);
    SandboxReply tfaAuthorizeNew(const SandboxRequest&, const Caller&, const QString&, const QJsonObject&);
    SandboxReply tfaAuthorizeNewFinish(const SandboxRequest&, const Caller&, const QString&, const QJsonObject&);
    SandboxReply tfaUpdate(const SandboxRequest&, const Caller&, const QString&, const QJsonObject&);
    SandboxReply tfaDelete(const SandboxRequest&, const Caller&, const QString&, const QJsonObject&);
    SandboxReply tfaRegenBackupCodes(const SandboxRequest&, const Caller&, const QString&, const QJsonObject&);

    /** The outcome of checking a code, backup code or challenge secret from a request body. */
    struct TfaCheck
    {
        bool ok = false;
        qint64 methodId = -1; ///< the method that verified (-1 for a backup code)
        bool backupCode = false;
        SandboxReply refusal; ///< the answer when !ok
    };
    /** Checks the verification fields the CLI sends (tfa_method_id, tfa_method, code, backup_code, secret). */
    TfaCheck verifyTfa(qint64 userId, const QJsonObject& body, bool challengeChecked = false);
    /** A live grant of authorize-new-method (10 minutes) lets the user add one method. */
    bool hasTfaGrant(qint64 userId) const;
    /** A refused verification: the status is the variant tfa-refusal's (docs/SANDBOX.md). */
    SandboxReply tfaRefusal(const QString& code, const QString& msg, const QJsonObject& extra = {}) const;
    /** Routes a 2FA account may call with its plain API key (sign-in needs them before there is a session). */
    bool allowedBeforeSession(Handler handler) const;
    QJsonObject tfaMethodObject(const QVariantMap& row) const;
    /** Replaces the user's backup codes with ten new ones and returns them. */
    QJsonArray newBackupCodes(qint64 userId);
    int backupCodesRemaining(qint64 userId) const;
    /** A new challenge secret for @p purpose ("sms", "email", "totp-setup", "authorize"). */
    QString newChallenge(qint64 userId, const QString& purpose, qint64 methodId, const QString& phone);

    SandboxStore& m_store;
    QList<Route> m_routes;
    bool m_rateLimits = false;
    const SandboxVariants& m_variants;
    QElapsedTimer m_clock;
    /** Last accepted call per "<token hash>|<route index>", in m_clock milliseconds. */
    QHash<QString, qint64> m_lastCall;
};
