#pragma once

#include "net/ApiResult.h"
#include "net/ApiTransport.h"
#include "providers/Dto.h"
#include "providers/TwoFactor.h"
#include "secrets/Provider.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

/** The API key (and optional 2FA session key) a provider authenticates with; held in memory only. */
struct ProviderCredentials
{
    QString apiKey;
    QString sessionKey; ///< when set it is sent as Bearer instead of apiKey (docs/api/vast.md §1.5, §3.6)
};

/**
 * One GPU cloud's account API (Vast.ai, Spheron AI), asynchronous.
 *
 * Every operation takes a context object and a callback. The callback runs exactly once on the
 * context's thread, unless the context is destroyed first: then the request is aborted and the
 * callback never runs. An operation the provider's API lacks (see capabilities()) completes with
 * ApiError::Kind::Unsupported, also asynchronously. Keys are never logged.
 */
class ConsoleProvider : public QObject
{
    Q_OBJECT

public:
    /** What this provider's API offers (the provider table in secrets/Provider.h holds each provider's set). */
    using Capability = ProviderCapability;
    using Capabilities = ProviderCapabilities;

    template <typename T>
    using Callback = std::function<void(ApiResult<T>)>;

    /** @p transport is shared by every provider of the app and must outlive this object. */
    ConsoleProvider(ApiTransport* transport, QObject* parent = nullptr);
    ~ConsoleProvider() override;

    /** A stable identifier: "vast" or "spheron". */
    virtual QString providerId() const = 0;
    /** The product name shown to the user ("Vast.ai", "Spheron AI"); not translated. */
    virtual QString displayName() const = 0;
    virtual Capabilities capabilities() const = 0;
    bool has(Capability c) const { return capabilities().testFlag(c); }
    /** This provider's row of the provider table (URLs, environment variable, CLI key files). */
    const ProviderInfo& info() const;

    /** The public API origin (ProviderInfo::defaultBaseUrl). */
    virtual QUrl defaultBaseUrl() const = 0;
    /** The origin requests go to (the sandbox, a proxy); an empty URL restores the default. */
    void setBaseUrl(const QUrl& baseUrl);
    QUrl baseUrl() const;
    /** Opens the connection to baseUrl() before the first request needs it (ApiTransport::warmUp). */
    void warmUp();

    /** Hands in the keys from the secrets layer; they stay in memory only and never reach a log. */
    void setCredentials(const ProviderCredentials& credentials);
    /** How this provider's calls are named in the network log: the account's label and the key's variable. */
    void setLogTag(const QString& account, const QString& keyVariable);
    void clearCredentials();
    bool hasApiKey() const;
    bool hasSessionKey() const;

    // --- Account ------------------------------------------------------------------------------
    /**
     * The URL of verifyKey()'s call, exactly as it is sent (Vast GET /api/v0/users/current without a trailing
     * slash, as the CLI sends it; Spheron GET /api/balance): the one source for the request and for the quick
     * reference's example (issue 19 item 6).
     */
    virtual QUrl verifyKeyUrl() const = 0;
    /** A cheap authenticated call (Vast GET /users/current, Spheron GET /api/balance). */
    void verifyKey(QObject* context, Callback<void> done) { verifyKeyAs({}, context, std::move(done)); }
    /**
     * verifyKey() with @p candidate instead of the provider's own key, which every other call keeps using until
     * the caller adopts the candidate (KeySwitcher: a key the server refuses never replaces the working one). An
     * empty @p candidate means the provider's own key.
     */
    virtual void verifyKeyAs(const QString& candidate, QObject* context, Callback<void> done) = 0;
    /** verifyKey() with the API key alone, never the session key: whether that key itself still works. */
    void verifyApiKey(QObject* context, Callback<void> done)
    {
        verifyKeyAs(m_credentials.apiKey, context, std::move(done));
    }
    virtual void fetchProfile(QObject* context, Callback<UserProfile> done);
    virtual void updateProfile(const ProfileUpdate& update, QObject* context, Callback<void> done);
    /** Balance and, on Spheron, the teams with their balances and the current team. */
    virtual void fetchBalance(QObject* context, Callback<AccountBalance> done);
    /**
     * 2FA login with a TOTP @p code (Vast POST /tfa/). On success the provider already uses the
     * returned session key; the caller stores it in the keychain.
     */
    void twoFactorLogin(const QString& code, QObject* context, Callback<TwoFactorSession> done)
    {
        twoFactorSignIn(TwoFactorProof::totp(code), context, std::move(done));
    }
    /**
     * 2FA sign-in with any proof (Vast POST /tfa/, issue 20): a TOTP, SMS or e-mail code, or a backup code. Sent
     * with the API key, never retried; on success the provider uses the new session key. A refusal reads with
     * TwoFactorOutcome::fromError().
     */
    virtual void twoFactorSignIn(const TwoFactorProof& proof, QObject* context, Callback<TwoFactorSession> done);

    // --- Two-factor management (Vast /tfa/…, docs/api/vast-endpoints.md §3.7) ---------------------------------
    virtual void twoFactorStatus(QObject* context, Callback<TwoFactorStatus> done);
    /** Sends an SMS code; @p phoneNumber empty: the account's number. The answer's secret goes back with the code. */
    virtual void sendTwoFactorSms(const QString& phoneNumber, QObject* context, Callback<TwoFactorChallenge> done);
    virtual void resendTwoFactorSms(const QString& secret, QObject* context, Callback<void> done);
    virtual void sendTwoFactorEmail(QObject* context, Callback<TwoFactorChallenge> done);
    virtual void setUpTotp(QObject* context, Callback<TotpSetup> done);
    /**
     * Asks to add a method, proven with an existing one: @p proof names the method (a code is sent to it) or carries
     * a backup code (authorized at once: the challenge's secret is empty). Then finish with the code.
     */
    virtual void authorizeNewTwoFactorMethod(const TwoFactorProof& proof, QObject* context,
                                             Callback<TwoFactorChallenge> done);
    virtual void finishAuthorizeNewTwoFactorMethod(const QString& secret, const QString& code, QObject* context,
                                                   Callback<void> done);
    /** Activates a method: @p type "totp" (secret from setUpTotp) or "sms" (secret from sendTwoFactorSms). */
    virtual void confirmNewTwoFactorMethod(const QString& type, const QString& code, const QString& secret,
                                           const QString& phoneNumber, const QString& label, QObject* context,
                                           Callback<TwoFactorActivation> done);
    virtual void updateTwoFactorMethod(const QString& id, const std::optional<QString>& label,
                                       std::optional<bool> primary, QObject* context, Callback<void> done);
    /** Removes method @p id, verified with @p proof. */
    virtual void deleteTwoFactorMethod(const QString& id, const TwoFactorProof& proof, QObject* context,
                                       Callback<TwoFactorRemoval> done);
    /** New backup codes (the old ones stop working), verified with @p proof; shown once, never logged. */
    virtual void regenerateBackupCodes(const TwoFactorProof& proof, QObject* context, Callback<QStringList> done);

    // --- SSH keys -----------------------------------------------------------------------------
    /** Lists the keys; a non-empty @p teamId keeps only that team's keys (Spheron, filtered locally). */
    virtual void listSshKeys(const QString& teamId, QObject* context, Callback<QList<SshKey>> done);
    /** Adds an OpenSSH public key line; @p name and @p teamId are used where the API has them (Spheron). */
    virtual void addSshKey(const QString& name, const QString& publicKeyLine, const QString& teamId, QObject* context,
                           Callback<SshKey> done);
    /** Replaces the key text of key @p id (Vast PUT /ssh/{id}/). */
    virtual void updateSshKey(const QString& id, const QString& publicKeyLine, QObject* context, Callback<SshKey> done);
    virtual void deleteSshKey(const QString& id, QObject* context, Callback<void> done);

    // --- API keys -----------------------------------------------------------------------------
    virtual void listApiKeys(QObject* context, Callback<QList<ApiKeyInfo>> done);
    /** @p permissions is the {"api": {...}} object (docs/api/vast.md §4); empty means none sent. */
    virtual void createApiKey(const QString& name, const QJsonObject& permissions, QObject* context,
                              Callback<CreatedApiKey> done);
    virtual void deleteApiKey(const QString& id, QObject* context, Callback<void> done);
    /**
     * Resets an API key (Vast PUT /commands/reset_apikey/): the calling key or the account's main key, and the
     * answer may carry the new key or not (an empty key; docs/api/vast-endpoints.md §3.1). The provider keeps its own
     * key: only Reconcile::resetApiKey() can tell whose key changed, and the caller adopts the new one. Never retried
     * automatically: a lost answer would lose the new key.
     */
    virtual void resetApiKey(QObject* context, Callback<CreatedApiKey> done);

    // --- Environment variables ----------------------------------------------------------------
    virtual void listEnvVars(QObject* context, Callback<QList<EnvVar>> done);
    virtual void createEnvVar(const QString& name, const QString& value, QObject* context, Callback<void> done);
    virtual void updateEnvVar(const QString& name, const QString& value, QObject* context, Callback<void> done);
    virtual void deleteEnvVar(const QString& name, QObject* context, Callback<void> done);

    // --- Login sessions -----------------------------------------------------------------------
    virtual void listSessions(QObject* context, Callback<QList<LoginSession>> done);
    /** Signs out session @p id, never from Keydeck's own session (Vast: with the API key, docs/api/vast-endpoints.md
     * §3.5). */
    virtual void deleteSession(const QString& id, QObject* context, Callback<void> done);
    /** Signs out Keydeck's own session @p id, from that session itself (2FA sign-out). */
    virtual void deleteOwnSession(const QString& id, QObject* context, Callback<void> done);
    virtual void deleteOtherSessions(QObject* context, Callback<void> done);

    // --- Audit log ----------------------------------------------------------------------------
    /** The account's history of important actions, as the server keeps it (Vast GET /audit_logs/, issue 23). */
    virtual void listAuditEvents(QObject* context, Callback<QList<AuditEvent>> done);

signals:
    /**
     * The 2FA session key was rejected as expired; the provider dropped it and falls back to the
     * API key. The secrets layer should delete the stored session key.
     */
    void sessionKeyExpired();

protected:
    using ResponseHandler = std::function<void(const ApiResponse&)>;
    using ErrorHandler = std::function<void(const ApiError&)>;

    ApiTransport* transport() const { return m_transport; }
    /** @p path (starting with '/') under baseUrl(). */
    QUrl endpointUrl(const QString& path) const;
    /** The API key alone (2FA login must not send an expired session key). Never log it. */
    QString apiKey() const { return m_credentials.apiKey; }

    /**
     * Sends @p request with bearer() (unless it already carries one); a 2xx goes to @p onOk, a
     * failure to @p onError. A rejected session key is dropped and the request sent once more with the API key
     * (docs/api/vast.md §2.4); when the server then insists on 2FA, the failure is SessionExpired.
     */
    void send(ApiRequest request, QObject* context, ResponseHandler onOk, ErrorHandler onError);
    /** A 2xx body that still reports failure ({"success": false}); nullopt when it is fine. */
    virtual std::optional<ApiError> bodyError(const QJsonValue& body, int httpStatus) const;
    /**
     * Sends and parses the body with @p parse (returns std::optional<T>, or std::optional<ReadList<X>> when T is
     * QList<X>); unparsable → Protocol.
     */
    template <typename T, typename Parse>
    void fetch(ApiRequest request, QObject* context, Callback<T> done, Parse parse);
    /**
     * fetch() that first tries @p readBody on the raw body (a large list without the QJsonDocument tree,
     * docs/PERFORMANCE.md). @p readBody gives nullopt for anything it does not read exactly as bodyError() and
     * @p parse together would; the body then goes the usual way.
     */
    template <typename T, typename ReadBody, typename Parse>
    void fetch(ApiRequest request, QObject* context, Callback<T> done, ReadBody readBody, Parse parse);
    /** Sends a call whose success carries nothing the caller needs. */
    void perform(ApiRequest request, QObject* context, Callback<void> done);
    /** Fails @p done with @p error on the next event-loop turn (never synchronously). */
    template <typename T>
    void failLater(QObject* context, Callback<T> done, const ApiError& error) const;

    /** The Bearer value: the session key when set, else the API key. Never log it. */
    QString bearer() const;
    void adoptApiKey(const QString& key);
    void adoptSessionKey(const QString& key);
    void dropSessionKey();

    /** Completes @p done with Kind::Unsupported on the next event-loop turn (never synchronously). */
    template <typename T>
    void unsupported(QObject* context, Callback<T> done) const;

private:
    /** send() once @p request carries its bearer; @p usedSession: it is the session key (one fallback allowed). */
    void dispatch(ApiRequest request, QObject* context, bool usedSession, ResponseHandler onOk, ErrorHandler onError);
    void postError(QObject* context, const ApiError& error, std::function<void(ApiError)> fail) const;

    ApiTransport* m_transport;
    QUrl m_baseUrl;
    ProviderCredentials m_credentials;
    QString m_logAccount;
    QString m_logKeyVariable;
};

template <typename T>
void ConsoleProvider::unsupported(QObject* context, Callback<T> done) const
{
    failLater(context, std::move(done), ApiError::make(ApiError::Kind::Unsupported));
}

template <typename T>
void ConsoleProvider::failLater(QObject* context, Callback<T> done, const ApiError& error) const
{
    postError(context, error, [done = std::move(done)](ApiError e) { done(ApiResult<T>::failure(std::move(e))); });
}

template <typename T, typename Parse>
void ConsoleProvider::fetch(ApiRequest request, QObject* context, Callback<T> done, Parse parse)
{
    fetch<T>(
        std::move(request), context, std::move(done), [](QByteArrayView) { return std::optional<T>(); }, parse);
}

template <typename T, typename ReadBody, typename Parse>
void ConsoleProvider::fetch(ApiRequest request, QObject* context, Callback<T> done, ReadBody readBody, Parse parse)
{
    auto shared = std::make_shared<Callback<T>>(std::move(done));
    send(
        std::move(request), context,
        [this, shared, readBody, parse](const ApiResponse& response) {
            if (std::optional<T> value = readBody(QByteArrayView(response.body))) {
                (*shared)(ApiResult<T>::success(std::move(*value)));
                return;
            }
            const std::optional<QJsonValue> json = response.json();
            if (!json) {
                (*shared)(ApiResult<T>::failure(ApiError::make(ApiError::Kind::Protocol, response.httpStatus)));
                return;
            }
            if (const auto error = bodyError(*json, response.httpStatus)) {
                (*shared)(ApiResult<T>::failure(*error));
                return;
            }
            auto parsed = parse(*json);
            if (!parsed) {
                (*shared)(ApiResult<T>::failure(ApiError::make(ApiError::Kind::Protocol, response.httpStatus)));
                return;
            }
            // A list parser may return ReadList: the items it read, and a count of those it could not.
            if constexpr (std::is_same_v<std::decay_t<decltype(*parsed)>, T>) {
                (*shared)(ApiResult<T>::success(std::move(*parsed)));
            } else {
                auto result = ApiResult<T>::success(std::move(parsed->items));
                result.unreadableItems = parsed->unreadable;
                (*shared)(std::move(result));
            }
        },
        [shared](const ApiError& error) { (*shared)(ApiResult<T>::failure(error)); });
}
