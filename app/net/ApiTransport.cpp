#include "net/ApiTransport.h"

#include <QJsonArray>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QTimer>

ApiRequest ApiRequest::get(const QUrl& url)
{
    return ApiRequest {"GET", url, std::nullopt, {}, true};
}

ApiRequest ApiRequest::post(const QUrl& url, const QJsonDocument& body)
{
    return ApiRequest {"POST", url, body, {}, false};
}

ApiRequest ApiRequest::put(const QUrl& url, const QJsonDocument& body)
{
    return ApiRequest {"PUT", url, body, {}, true};
}

ApiRequest ApiRequest::del(const QUrl& url, const QJsonDocument& body)
{
    return ApiRequest {"DELETE", url, body, {}, true};
}

std::optional<QJsonValue> ApiResponse::json() const
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return QJsonValue(QJsonValue::Null);
    // QJsonDocument only takes objects and arrays; wrapping also admits a top-level scalar.
    QJsonParseError err {};
    const QJsonDocument doc = QJsonDocument::fromJson('[' + trimmed + ']', &err);
    if (err.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1)
        return std::nullopt;
    return doc.array().first();
}

ApiTransport::ApiTransport(QObject* parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{ }

ApiTransport::~ApiTransport() = default;

void ApiTransport::setLimits(const Limits& limits)
{
    m_limits = limits;
}

ApiTransport::Limits ApiTransport::limits() const
{
    return m_limits;
}

void ApiTransport::send(const ApiRequest&, QObject* context, std::function<void(const ApiResponse&)> done)
{
    // Skeleton: the real transport follows in the next commit.
    QTimer::singleShot(0, context, [done = std::move(done)] {
        done(ApiResponse {0, {}, ApiError::make(ApiError::Kind::Network)});
    });
}

int ApiTransport::pendingCount() const
{
    return 0;
}
