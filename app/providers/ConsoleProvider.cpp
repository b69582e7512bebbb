#include "providers/ConsoleProvider.h"

#include "net/ApiTransport.h"

#include <QPointer>
#include <QTimer>

ConsoleProvider::ConsoleProvider(ApiTransport* transport, QObject* parent)
    : QObject(parent)
    , m_transport(transport)
{ }

ConsoleProvider::~ConsoleProvider()
{
    // Wipe the keys before the memory is released; QString may keep the buffer around otherwise.
    m_credentials.apiKey.fill(QChar(u'\0'));
    m_credentials.sessionKey.fill(QChar(u'\0'));
}

const ProviderInfo& ConsoleProvider::info() const
{
    // Every provider's id is a row of the table; an unknown one is a programming error, not user input.
    const std::optional<Provider> provider = Providers::fromId(providerId());
    Q_ASSERT(provider);
    return Providers::info(provider.value_or(Provider::Vast));
}

void ConsoleProvider::setBaseUrl(const QUrl& baseUrl)
{
    m_baseUrl = baseUrl;
}

QUrl ConsoleProvider::baseUrl() const
{
    return m_baseUrl.isEmpty() ? defaultBaseUrl() : m_baseUrl;
}

void ConsoleProvider::warmUp()
{
    m_transport->warmUp(baseUrl());
}

void ConsoleProvider::setCredentials(const ProviderCredentials& credentials)
{
    clearCredentials();
    m_credentials = credentials;
}

void ConsoleProvider::clearCredentials()
{
    m_credentials.apiKey.fill(QChar(u'\0'));
    m_credentials.sessionKey.fill(QChar(u'\0'));
    m_credentials = {};
}

bool ConsoleProvider::hasApiKey() const
{
    return !m_credentials.apiKey.isEmpty();
}

bool ConsoleProvider::hasSessionKey() const
{
    return !m_credentials.sessionKey.isEmpty();
}

QString ConsoleProvider::bearer() const
{
    return m_credentials.sessionKey.isEmpty() ? m_credentials.apiKey : m_credentials.sessionKey;
}

void ConsoleProvider::adoptApiKey(const QString& key)
{
    m_credentials.apiKey.fill(QChar(u'\0'));
    m_credentials.apiKey = key;
}

void ConsoleProvider::adoptSessionKey(const QString& key)
{
    m_credentials.sessionKey.fill(QChar(u'\0'));
    m_credentials.sessionKey = key;
}

void ConsoleProvider::dropSessionKey()
{
    m_credentials.sessionKey.fill(QChar(u'\0'));
    m_credentials.sessionKey.clear();
}

void ConsoleProvider::postError(QObject* context, const ApiError& error, std::function<void(ApiError)> fail) const
{
    QTimer::singleShot(0, context, [fail = std::move(fail), error] { fail(error); });
}

QUrl ConsoleProvider::endpointUrl(const QString& path) const
{
    QUrl url = baseUrl();
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

void ConsoleProvider::setLogTag(const QString& account, const QString& keyVariable)
{
    m_logAccount = account;
    m_logKeyVariable = keyVariable;
}

void ConsoleProvider::send(ApiRequest request, QObject* context, ResponseHandler onOk, ErrorHandler onError)
{
    const bool usedSession = request.bearer.isEmpty() && hasSessionKey();
    request.logAccount = m_logAccount;
    request.logKeyVariable = m_logKeyVariable;
    if (request.bearer.isEmpty())
        request.bearer = bearer();
    dispatch(std::move(request), context, usedSession, std::move(onOk), std::move(onError));
}

void ConsoleProvider::dispatch(ApiRequest request, QObject* context, bool usedSession, ResponseHandler onOk,
                               ErrorHandler onError)
{
    const QPointer<ConsoleProvider> self(this);
    // The call must end when either the caller's context or this provider goes away: a guard owned by
    // the provider and deleted with the context is what the transport watches.
    auto* guard = new QObject(this);
    connect(context, &QObject::destroyed, guard, [guard] { delete guard; });
    // Kept for the one fallback to the API key below; a refused session key means the server did not act.
    std::optional<ApiRequest> again;
    if (usedSession)
        again = request;
    m_transport->send(
        request, guard,
        [self, guard, context, usedSession, again = std::move(again), onOk = std::move(onOk),
         onError = std::move(onError)](const ApiResponse& r) mutable {
            guard->deleteLater();
            if (!self)
                return;
            if (r.ok()) {
                onOk(r);
                return;
            }
            ApiError error = r.error;
            // vast-cli main.py: 401 "Invalid user key" or 404 "Session expired" while a 2FA
            // session key is in use means the session ended, not that the API key is bad.
            const bool sessionRejected = error.kind() == ApiError::Kind::SessionExpired
                || (usedSession && error.kind() == ApiError::Kind::Auth);
            if (!sessionRejected) {
                onError(error);
                return;
            }
            error = ApiError::make(ApiError::Kind::SessionExpired, error.httpStatus(), error.serverMessage());
            if (usedSession && self->hasSessionKey()) {
                self->dropSessionKey();
                emit self->sessionKeyExpired();
            }
            if (!again || self->apiKey().isEmpty()) {
                onError(error);
                return;
            }
            // As the CLI does (docs/api/vast.md §2.4): once more with the API key. When the server
            // insists on a session (401 "Two Factor Authentication"), the session is what expired.
            again->bearer = self->apiKey();
            self->dispatch(std::move(*again), context, false, std::move(onOk),
                           [onError = std::move(onError)](const ApiError& fallback) {
                               onError(fallback.kind() == ApiError::Kind::TwoFactorRequired
                                           ? ApiError::make(ApiError::Kind::SessionExpired, fallback.httpStatus(),
                                                            fallback.serverMessage())
                                           : fallback);
                           });
        });
}

std::optional<ApiError> ConsoleProvider::bodyError(const QJsonValue&, int) const
{
    return std::nullopt;
}

void ConsoleProvider::perform(ApiRequest request, QObject* context, Callback<void> done)
{
    auto shared = std::make_shared<Callback<void>>(std::move(done));
    send(
        std::move(request), context,
        [this, shared](const ApiResponse& response) {
            // Success bodies vary (a JSON string, {"success": true}, nothing); only a stated failure counts.
            const auto json = response.json();
            if (!json) {
                // A 2xx whose body is not JSON came from something else (a proxy, a broken answer): the server may
                // not have acted, so reporting success would lie (RELIABILITY.md, fault matrix "malformed JSON").
                (*shared)(ApiResult<void>::failure(ApiError::make(ApiError::Kind::Protocol, response.httpStatus)));
                return;
            }
            if (const auto error = bodyError(*json, response.httpStatus)) {
                (*shared)(ApiResult<void>::failure(*error));
                return;
            }
            (*shared)(ApiResult<void>::success());
        },
        [shared](const ApiError& error) { (*shared)(ApiResult<void>::failure(error)); });
}

void ConsoleProvider::fetchProfile(QObject* context, Callback<UserProfile> done)
{
    unsupported(context, std::move(done));
}

void ConsoleProvider::updateProfile(const ProfileUpdate&, QObject* context, Callback<void> done)
{
    unsupported(context, std::move(done));
}

void ConsoleProvider::fetchBalance(QObject* context, Callback<AccountBalance> done)
{
    unsupported(context, std::move(done));
}

void ConsoleProvider::twoFactorSignIn(const TwoFactorProof&, QObject* context, Callback<TwoFactorSession> done)
{
    unsupported(context, std::move(done));
}

void ConsoleProvider::twoFactorStatus(QObject* context, Callback<TwoFactorStatus> done)
{
    unsupported(context, std::move(done));
}

void ConsoleProvider::sendTwoFactorSms(const QString&, QObject* context, Callback<TwoFactorChallenge> done)
{
    unsupported(context, std::move(done));
}

void ConsoleProvider::resendTwoFactorSms(const QString&, QObject* context, Callback<void> done)
{
    unsupported(context, std::move(done));
}

void ConsoleProvider::sendTwoFactorEmail(QObject* context, Callback<TwoFactorChallenge> done)
{
    unsupported(context, std::move(done));
}

void ConsoleProvider::setUpTotp(QObject* context, Callback<TotpSetup> done)
{
    unsupported(context, std::move(done));
}

void ConsoleProvider::authorizeNewTwoFactorMethod(const TwoFactorProof&, QObject* context,
                                                  Callback<TwoFactorChallenge> done)
{
    unsupported(context, std::move(done));
}

void ConsoleProvider::finishAuthorizeNewTwoFactorMethod(const QString&, const QString&, QObject* context,
                                                        Callback<void> done)
{
    unsupported(context, std::move(done));
}

void ConsoleProvider::confirmNewTwoFactorMethod(const QString&, const QString&, const QString&, const QString&,
                                                const QString&, QObject* context, Callback<TwoFactorActivation> done)
{
    unsupported(context, std::move(done));
}

void ConsoleProvider::updateTwoFactorMethod(const QString&, const std::optional<QString>&, std::optional<bool>,
                                            QObject* context, Callback<void> done)
{
    unsupported(context, std::move(done));
}

void ConsoleProvider::deleteTwoFactorMethod(const QString&, const TwoFactorProof&, QObject* context,
                                            Callback<TwoFactorRemoval> done)
{
    unsupported(context, std::move(done));
}

void ConsoleProvider::regenerateBackupCodes(const TwoFactorProof&, QObject* context, Callback<QStringList> done)
{
    unsupported(context, std::move(done));
}

void ConsoleProvider::listSshKeys(const QString&, QObject* context, Callback<QList<SshKey>> done)
{
    unsupported(context, std::move(done));
}

void ConsoleProvider::addSshKey(const QString&, const QString&, const QString&, QObject* context, Callback<SshKey> done)
{
    unsupported(context, std::move(done));
}

void ConsoleProvider::updateSshKey(const QString&, const QString&, QObject* context, Callback<SshKey> done)
{
    unsupported(context, std::move(done));
}

void ConsoleProvider::deleteSshKey(const QString&, QObject* context, Callback<void> done)
{
    unsupported(context, std::move(done));
}

void ConsoleProvider::listApiKeys(QObject* context, Callback<QList<ApiKeyInfo>> done)
{
    unsupported(context, std::move(done));
}

void ConsoleProvider::createApiKey(const QString&, const QJsonObject&, QObject* context, Callback<CreatedApiKey> done)
{
    unsupported(context, std::move(done));
}

void ConsoleProvider::deleteApiKey(const QString&, QObject* context, Callback<void> done)
{
    unsupported(context, std::move(done));
}

void ConsoleProvider::resetApiKey(QObject* context, Callback<CreatedApiKey> done)
{
    unsupported(context, std::move(done));
}

void ConsoleProvider::listEnvVars(QObject* context, Callback<QList<EnvVar>> done)
{
    unsupported(context, std::move(done));
}

void ConsoleProvider::createEnvVar(const QString&, const QString&, QObject* context, Callback<void> done)
{
    unsupported(context, std::move(done));
}

void ConsoleProvider::updateEnvVar(const QString&, const QString&, QObject* context, Callback<void> done)
{
    unsupported(context, std::move(done));
}

void ConsoleProvider::deleteEnvVar(const QString&, QObject* context, Callback<void> done)
{
    unsupported(context, std::move(done));
}

void ConsoleProvider::listSessions(QObject* context, Callback<QList<LoginSession>> done)
{
    unsupported(context, std::move(done));
}

void ConsoleProvider::deleteSession(const QString&, QObject* context, Callback<void> done)
{
    unsupported(context, std::move(done));
}

void ConsoleProvider::deleteOwnSession(const QString&, QObject* context, Callback<void> done)
{
    unsupported(context, std::move(done));
}

void ConsoleProvider::deleteOtherSessions(QObject* context, Callback<void> done)
{
    unsupported(context, std::move(done));
}

void ConsoleProvider::listAuditEvents(QObject* context, Callback<QList<AuditEvent>> done)
{
    unsupported(context, std::move(done));
}
