#pragma once

#include "net/ApiError.h"
#include "net/RetryPolicy.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QObject>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

class NetworkLog;
class QNetworkAccessManager;

/** One HTTP call as a provider describes it; rebuilt from these fields for every retry. */
struct ApiRequest
{
    QByteArray method; ///< "GET", "POST", "PUT", "DELETE"
    QUrl url;
    std::optional<QJsonDocument> body; ///< sent as compact JSON; DELETE bodies go through sendCustomRequest
    QString bearer; ///< the secret for "Authorization: Bearer"; never logged, never in the URL
    bool idempotent = true; ///< see RetryPolicy::Attempt::idempotent
    QString logAccount; ///< the account's label in the network log (NetworkLog)
    QString logKeyVariable; ///< the provider's key variable, for the log's Copy as curl ("VAST_API_KEY")

    static ApiRequest get(const QUrl& url);
    static ApiRequest post(const QUrl& url, const QJsonDocument& body); ///< not idempotent
    static ApiRequest put(const QUrl& url, const QJsonDocument& body);
    /** A DELETE; with a body (Vast sends {} or {"key"}) it goes through sendCustomRequest. */
    static ApiRequest del(const QUrl& url, std::optional<QJsonDocument> body = std::nullopt);
};

/** What came back: the status and body of a 2xx, or an ApiError. */
struct ApiResponse
{
    int httpStatus = 0;
    QByteArray body;
    ApiError error;
    bool ok() const { return !error.isError(); }
    /**
     * The body as JSON: an object, an array, or a scalar (Vast answers some deletes with a JSON
     * string); an empty body gives QJsonValue::Null; nullopt when the body is not JSON.
     */
    std::optional<QJsonValue> json() const;
};

/**
 * The app's one QNetworkAccessManager (docs/LIBRARIES.md §3): Bearer auth, explicit User-Agent,
 * JSON headers, inactivity timeout and overall deadline, same-origin redirects only, no plain
 * http:// except to loopback, no ignored TLS errors, a response size cap, retries with jittered
 * backoff (RetryPolicy), cancellation when the caller's context dies, and every failure mapped
 * to one ApiError. Logs method and path only, never headers or bodies.
 */
class ApiTransport : public QObject
{
    Q_OBJECT

public:
    /** Timeouts, size cap and retry budget (docs/NETWORK.md); injectable for tests. */
    struct Limits
    {
        std::chrono::milliseconds inactivityTimeout {30000};
        std::chrono::milliseconds deadline {120000}; ///< covers every attempt of one call
        qint64 maxResponseBytes = 8 * 1024 * 1024;
        RetryPolicy::Budget retry;
    };

    explicit ApiTransport(QObject* parent = nullptr);
    ~ApiTransport() override;

    void setLimits(const Limits& limits);
    Limits limits() const;

    /**
     * Sends @p request and calls @p done once with the response, on @p context's thread. If
     * @p context is destroyed first, the request is aborted and @p done never runs.
     */
    void send(const ApiRequest& request, QObject* context, std::function<void(const ApiResponse&)> done);

    /**
     * Opens a connection to @p base's host ahead of the first request (TLS included for https://), so an account
     * being opened does not pay the handshake after its key is read (issue 24 item 2). Requests reuse it; plain
     * http:// only to loopback, as send() allows.
     */
    void warmUp(const QUrl& base);
    /** Connections warmUp() has started (tests). */
    int warmUps() const { return m_warmUps; }

    /** Where every finished call is recorded, redacted (Help → Network Log); none by default. */
    void setLog(NetworkLog* log);
    NetworkLog* log() const { return m_log; }

    /** Calls in flight or waiting for a retry (tests use it to check cancellation). */
    int pendingCount() const;

private:
    friend class ApiCall;
    QNetworkAccessManager* m_nam;
    NetworkLog* m_log = nullptr;
    Limits m_limits;
    int m_pending = 0;
    int m_warmUps = 0;
};
