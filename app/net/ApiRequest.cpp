#include "net/ApiTransport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonParseError>

ApiRequest ApiRequest::get(const QUrl& url)
{
    return ApiRequest {"GET", url, std::nullopt, {}, true, {}, {}};
}

ApiRequest ApiRequest::post(const QUrl& url, const QJsonDocument& body)
{
    return ApiRequest {"POST", url, body, {}, false, {}, {}};
}

ApiRequest ApiRequest::put(const QUrl& url, const QJsonDocument& body)
{
    return ApiRequest {"PUT", url, body, {}, true, {}, {}};
}

ApiRequest ApiRequest::del(const QUrl& url, std::optional<QJsonDocument> body)
{
    return ApiRequest {"DELETE", url, std::move(body), {}, true, {}, {}};
}

std::optional<QJsonValue> ApiResponse::json() const
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return QJsonValue(QJsonValue::Null);
    QJsonParseError err {};
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
        // As is: wrapping a list of 10,000 SSH keys would copy its 2 MB once more (docs/PERFORMANCE.md).
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &err);
        if (err.error != QJsonParseError::NoError)
            return std::nullopt;
        return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }
    // QJsonDocument only takes objects and arrays; wrapping also admits a top-level scalar.
    const QJsonDocument doc = QJsonDocument::fromJson('[' + trimmed + ']', &err);
    if (err.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1)
        return std::nullopt;
    return doc.array().first();
}
