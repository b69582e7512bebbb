#include "net/ApiTransport.h"

#include "core/AppInfo.h"
#include "net/ApiLogging.h"
#include "net/ErrorMapper.h"
#include "net/NetworkLog.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

Q_LOGGING_CATEGORY(lcApi, "keydeck.api", QtInfoMsg)

namespace {

/** Loopback targets may use plain http:// (the sandbox, tests); everything else must be https://. */
bool isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

/**
 * The TLS settings of every request and of warmUp()'s connection, made in one place so that the two match (Qt reuses
 * a connection only for equal settings): whatever the system's OpenSSL allows, never below TLS 1.2 (docs/NETWORK.md,
 * "TLS").
 */
QSslConfiguration requestTls()
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    return tls;
}

/** "GET /api/v0/ssh/": what a log line may say about a request (no query, no headers, no body). */
QString describe(const ApiRequest& request)
{
    return QString::fromLatin1(request.method) + u' ' + request.url.path();
}

/** Transport failures after which the server cannot have seen the request. */
bool neverReachedServer(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::ConnectionRefusedError || error == QNetworkReply::HostNotFoundError;
}

/** Failures that retrying cannot fix. */
bool isPermanent(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return true;
    default:
        return false;
    }
}

/**
 * A request body Qt can read exactly once. Qt's HTTP/1 channel silently re-sends a request whose
 * connection closed before the first response byte (qhttpnetworkconnectionchannel.cpp,
 * reconnectAttempts), whatever the method; for a create or a key reset that would act twice.
 * Unbuffered and not resettable, the body makes Qt fail with ContentReSendError instead.
 */
class OneShotBody : public QIODevice
{
public:
    explicit OneShotBody(const QByteArray& data)
        : m_data(data)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }
    bool atEnd() const override { return m_pos >= m_data.size() && QIODevice::bytesAvailable() == 0; }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 n = qMin(maxSize, qint64(m_data.size()) - m_pos);
        if (n <= 0)
            return m_pos >= m_data.size() ? -1 : 0;
        memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

} // namespace

/** One call in flight: owns its reply, timers and retries; deletes itself when done or abandoned. */
class ApiCall : public QObject
{
    Q_OBJECT

public:
    ApiCall(ApiTransport* transport, const ApiRequest& request, QObject* context,
            std::function<void(const ApiResponse&)> done)
        : QObject(transport)
        , m_transport(transport)
        , m_request(request)
        , m_context(context)
        , m_done(std::move(done))
    {
        ++m_transport->m_pending;
        m_deadline.setSingleShot(true);
        m_retryTimer.setSingleShot(true);
        connect(&m_deadline, &QTimer::timeout, this, &ApiCall::onDeadline);
        connect(&m_retryTimer, &QTimer::timeout, this, &ApiCall::startAttempt);
        // The callback must never run after its context is gone, and the request is not left running.
        connect(context, &QObject::destroyed, this, &ApiCall::abandon);
    }

    ~ApiCall() override
    {
        if (m_reply) {
            m_abandoned = true;
            m_reply->abort();
        }
        if (!m_finished)
            --m_transport->m_pending;
    }

    void start()
    {
        const QString scheme = m_request.url.scheme().toLower();
        if (!m_request.url.isValid() || m_request.url.host().isEmpty()
            || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
            qCWarning(lcApi).noquote() << "Refused" << describe(m_request) << ": not an http(s) URL";
            failLater(ApiError::make(ApiError::Kind::Protocol));
            return;
        }
        if (scheme == QLatin1String("http") && !isLoopbackHost(m_request.url.host())) {
            qCWarning(lcApi).noquote() << "Refused plain http:// to" << m_request.url.host() << "for"
                                       << describe(m_request);
            ApiError error = ApiError::make(ApiError::Kind::Tls);
            error.setTlsProblem(ApiError::TlsProblem::PlainHttp);
            failLater(error);
            return;
        }
        // Belt and braces: a key must never travel in a URL (docs/api/vast.md §1.3, PR #471).
        if (!m_request.bearer.isEmpty() && m_request.url.toString(QUrl::FullyEncoded).contains(m_request.bearer)) {
            qCWarning(lcApi).noquote() << "Refused" << describe(m_request) << ": the URL contains the key";
            failLater(ApiError::make(ApiError::Kind::Protocol));
            return;
        }
        m_deadline.start(int(m_transport->m_limits.deadline.count()));
        m_sentAt = QDateTime::currentDateTimeUtc();
        m_elapsed.start();
        startAttempt();
    }

private:
    void failLater(const ApiError& error)
    {
        QTimer::singleShot(0, this, [this, error] { finish(ApiResponse {0, {}, error}); });
    }

    QNetworkRequest buildRequest() const
    {
        QNetworkRequest req(m_request.url);
        req.setRawHeader("User-Agent", AppInfo::userAgent().toUtf8());
        req.setRawHeader("Accept", "application/json");
        if (m_request.body)
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!m_request.bearer.isEmpty())
            req.setRawHeader("Authorization", "Bearer " + m_request.bearer.toUtf8());
        // The default policy re-sends Authorization to another origin (docs/LIBRARIES.md §3.3).
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
        req.setTransferTimeout(int(m_transport->m_limits.inactivityTimeout.count()));
        req.setSslConfiguration(requestTls());
        return req;
    }

    void startAttempt()
    {
        m_buffer.clear();
        m_sslErrors.clear();
        m_oversize = false;
        m_deadlineHit = false;
        const QNetworkRequest req = buildRequest();
        const QByteArray body = m_request.body ? m_request.body->toJson(QJsonDocument::Compact) : QByteArray();
        QNetworkAccessManager* nam = m_transport->m_nam;
        QNetworkReply* reply = nullptr;
        if (m_request.method == "GET") {
            reply = nam->get(req);
        } else if (m_request.method == "DELETE" && !m_request.body) {
            reply = nam->deleteResource(req);
        } else if (!m_request.idempotent) {
            QNetworkRequest once = req;
            once.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
            once.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
            auto* device = new OneShotBody(body);
            reply = nam->sendCustomRequest(once, m_request.method, device);
            device->setParent(reply);
        } else if (m_request.method == "POST") {
            reply = nam->post(req, body);
        } else if (m_request.method == "PUT") {
            reply = nam->put(req, body);
        } else {
            // deleteResource() cannot carry a body; Vast's DELETE /secrets/ needs one (docs/api/vast.md §1.2).
            reply = nam->sendCustomRequest(req, m_request.method, body);
        }
        m_reply = reply;
        qCDebug(lcApi).noquote() << "Sending" << describe(m_request) << "attempt" << (m_retriesDone + 1);

        connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
            const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
            if (length.isValid() && length.toLongLong() > m_transport->m_limits.maxResponseBytes)
                abortOversize(reply);
        });
        connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
            if (m_oversize)
                return;
            m_buffer += reply->readAll();
            if (m_buffer.size() > m_transport->m_limits.maxResponseBytes)
                abortOversize(reply);
        });
        // Kept to say what was wrong with the certificate; never ignored, so the handshake fails and nothing is sent.
        connect(reply, &QNetworkReply::sslErrors, this,
                [this](const QList<QSslError>& errors) { m_sslErrors += errors; });
        connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
    }

    void abortOversize(QNetworkReply* reply)
    {
        m_oversize = true;
        m_buffer.clear();
        reply->abort();
    }

    void onFinished(QNetworkReply* reply)
    {
        reply->deleteLater();
        if (m_reply == reply)
            m_reply = nullptr;
        if (m_abandoned)
            return;
        if (!m_oversize && reply->isOpen())
            m_buffer += reply->readAll();
        if (!m_oversize && m_buffer.size() > m_transport->m_limits.maxResponseBytes) {
            m_oversize = true;
            m_buffer.clear();
        }

        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QNetworkReply::NetworkError netError = reply->error();
        const QString what = describe(m_request);

        if (m_oversize) {
            qCWarning(lcApi).noquote() << "Response to" << what << "exceeded" << m_transport->m_limits.maxResponseBytes
                                       << "bytes; dropped";
            finish(ApiResponse {status, {}, ApiError::make(ApiError::Kind::Protocol, status)});
            return;
        }
        if (m_deadlineHit) {
            qCWarning(lcApi).noquote() << "Deadline passed for" << what;
            finish(ApiResponse {0, {}, ApiError::make(ApiError::Kind::Timeout)});
            return;
        }
        if (netError == QNetworkReply::InsecureRedirectError || netError == QNetworkReply::TooManyRedirectsError) {
            // Only the origin: a Location could carry anything in its path or query.
            // Qt leaves the target attribute empty when it refuses a redirect; the Location header still says where.
            QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
            if (target.isEmpty())
                target = QUrl::fromEncoded(reply->rawHeader("Location"));
            qCWarning(lcApi).noquote() << "Refused a redirect of" << what << "to"
                                       << m_request.url.resolved(target)
                                              .adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment
                                                        | QUrl::RemoveUserInfo)
                                              .toString();
            ApiError error = ErrorMapper::fromNetworkError(netError, false);
            error.setRedirectToPlainHttp(m_request.url.scheme() == QLatin1String("https")
                                         && m_request.url.resolved(target).scheme() == QLatin1String("http"));
            finish(ApiResponse {status, {}, error});
            return;
        }

        RetryPolicy::Attempt attempt;
        attempt.idempotent = m_request.idempotent;
        attempt.retriesDone = m_retriesDone;
        ApiError error;
        // Qt reports 4xx/5xx as content/protocol/server errors (>= 200); below 200 the transport itself failed.
        const bool gotResponse
            = status > 0 && (netError == QNetworkReply::NoError || netError >= QNetworkReply::ContentAccessDenied);
        if (gotResponse) {
            if (status >= 200 && status <= 299) {
                qCDebug(lcApi).noquote() << "Server replied" << status << "to" << what;
                finish(ApiResponse {status, m_buffer, {}});
                return;
            }
            const QString reason
                = QString::fromLatin1(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray());
            qCInfo(lcApi).noquote()
                << QStringLiteral("Server replied \"%1 %2\" to \"%3\"").arg(status).arg(reason, what);
            error = ErrorMapper::fromHttpStatus(status, m_buffer);
            attempt.outcome = RetryPolicy::Outcome::Response;
            attempt.httpStatus = status;
            attempt.retryAfter
                = RetryPolicy::retryAfter(reply->rawHeader("Retry-After"), m_buffer, QDateTime::currentDateTimeUtc());
        } else {
            // OperationCanceledError without an abort of ours is the inactivity timeout (docs/LIBRARIES.md §3.2).
            const bool timedOut = netError == QNetworkReply::OperationCanceledError;
            qCInfo(lcApi).noquote() << "Transport failure" << int(netError) << (timedOut ? "(inactivity timeout)" : "")
                                    << "for" << what;
            error = netError == QNetworkReply::SslHandshakeFailedError
                ? ErrorMapper::fromTlsFailure(m_sslErrors, reply->errorString())
                : ErrorMapper::fromNetworkError(netError, timedOut);
            if (netError == QNetworkReply::SslHandshakeFailedError)
                qCWarning(lcApi).noquote() << "TLS refused for" << what << ":" << ErrorMapper::describeTls(m_sslErrors);
            if (isPermanent(netError)) {
                finish(ApiResponse {0, {}, error});
                return;
            }
            attempt.outcome = timedOut         ? RetryPolicy::Outcome::TimedOut
                : neverReachedServer(netError) ? RetryPolicy::Outcome::NotSent
                                               : RetryPolicy::Outcome::Unknown;
        }

        const auto delay
            = RetryPolicy::next(m_transport->m_limits.retry, attempt, QRandomGenerator::global()->generateDouble());
        if (delay && m_deadline.isActive() && delay->count() < m_deadline.remainingTime()) {
            ++m_retriesDone;
            if (attempt.outcome == RetryPolicy::Outcome::TimedOut || attempt.outcome == RetryPolicy::Outcome::Unknown)
                m_earlierAnswerLost = true;
            qCInfo(lcApi).noquote() << "Retrying" << what << "in" << delay->count() << "ms";
            m_retryTimer.start(int(delay->count()));
            return;
        }
        // A 429 the budget could not wait out: keep what the server asked for, so the page can say when to retry.
        if (gotResponse && status == 429)
            error.setRetryAfter(attempt.retryAfter);
        finish(ApiResponse {gotResponse ? status : 0, {}, error});
    }

    void onDeadline()
    {
        if (m_reply) {
            m_deadlineHit = true;
            m_reply->abort(); // onFinished reports the timeout
        } else {
            m_retryTimer.stop();
            qCWarning(lcApi).noquote() << "Deadline passed for" << describe(m_request);
            finish(ApiResponse {0, {}, ApiError::make(ApiError::Kind::Timeout)});
        }
    }

    void abandon()
    {
        if (m_finished)
            return;
        qCDebug(lcApi).noquote() << "Cancelled" << describe(m_request) << ": its owner went away";
        m_abandoned = true;
        m_deadline.stop();
        m_retryTimer.stop();
        if (m_reply)
            m_reply->abort();
        m_finished = true;
        --m_transport->m_pending;
        m_done = nullptr;
        record(ApiResponse {0, {}, {}}, QStringLiteral("cancelled"));
        deleteLater();
    }

    /** Adds this call to the network log, redacted (NetworkLog::redact) before anything is kept. */
    void record(const ApiResponse& response, const QString& errorKind) const
    {
        NetworkLog* log = m_transport->m_log;
        if (!log)
            return;
        const QStringList known {m_request.bearer};
        NetworkLogEntry entry;
        entry.time = m_sentAt.isValid() ? m_sentAt : QDateTime::currentDateTimeUtc();
        entry.account = m_request.logAccount;
        entry.keyVariable = m_request.logKeyVariable;
        entry.method = m_request.method;
        entry.url = m_request.url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
        entry.status = response.httpStatus;
        entry.durationMs = m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
        entry.attempts = m_retriesDone + 1;
        entry.errorKind = errorKind;
        if (m_request.body)
            entry.requestBody = NetworkLog::redact(m_request.body->toJson(QJsonDocument::Compact), known);
        // The body the last attempt received: the answer on success, the error text otherwise.
        const QByteArray& answer = response.ok() ? response.body : m_buffer;
        entry.responseBytes = answer.size();
        entry.responseBody = NetworkLog::redact(answer, known);
        log->record(std::move(entry));
    }

    void finish(const ApiResponse& response)
    {
        if (m_finished)
            return;
        m_finished = true;
        --m_transport->m_pending;
        m_deadline.stop();
        m_retryTimer.stop();
        record(response, response.error.isError() ? ApiError::kindName(response.error.kind()) : QString());
        deleteLater();
        auto done = std::move(m_done);
        m_done = nullptr;
        if (!m_context || !done)
            return;
        if (m_earlierAnswerLost && response.error.isError()) {
            ApiResponse marked = response;
            marked.error.setEarlierAnswerLost(true);
            done(marked);
            return;
        }
        done(response);
    }

    ApiTransport* m_transport;
    ApiRequest m_request;
    QPointer<QObject> m_context;
    std::function<void(const ApiResponse&)> m_done;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    QTimer m_retryTimer;
    QByteArray m_buffer;
    QList<QSslError> m_sslErrors;
    QDateTime m_sentAt;
    QElapsedTimer m_elapsed;
    int m_retriesDone = 0;
    bool m_earlierAnswerLost = false; ///< an attempt before the last one timed out or broke off mid-answer
    bool m_oversize = false;
    bool m_deadlineHit = false;
    bool m_abandoned = false;
    bool m_finished = false;
};

ApiTransport::ApiTransport(QObject* parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{
    m_nam->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
    m_nam->setAutoDeleteReplies(false);
}

ApiTransport::~ApiTransport()
{
    // Calls are children: their destructors abort their replies before the manager goes.
    qDeleteAll(findChildren<ApiCall*>(Qt::FindDirectChildrenOnly));
}

void ApiTransport::setLimits(const Limits& limits)
{
    m_limits = limits;
}

ApiTransport::Limits ApiTransport::limits() const
{
    return m_limits;
}

void ApiTransport::send(const ApiRequest& request, QObject* context, std::function<void(const ApiResponse&)> done)
{
    Q_ASSERT_X(context, "ApiTransport::send", "a context object is required");
    auto* call = new ApiCall(this, request, context ? context : this, std::move(done));
    call->start();
}

void ApiTransport::warmUp(const QUrl& base)
{
    const QString scheme = base.scheme().toLower();
    if (scheme == QLatin1String("https")) {
        // The same TLS settings as every request, or Qt would not reuse the connection.
        m_nam->connectToHostEncrypted(base.host(), quint16(base.port(443)), requestTls());
        ++m_warmUps;
    } else if (scheme == QLatin1String("http") && isLoopbackHost(base.host())) {
        m_nam->connectToHost(base.host(), quint16(base.port(80)));
        ++m_warmUps;
    }
}

void ApiTransport::setLog(NetworkLog* log)
{
    m_log = log;
}

int ApiTransport::pendingCount() const
{
    return m_pending;
}

#include "ApiTransport.moc"
