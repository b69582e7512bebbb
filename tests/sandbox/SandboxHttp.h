#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

/** What one HTTP exchange with the sandbox produced (tests only). */
struct HttpResult
{
    /** The HTTP status, 0 when none arrived, -1 when the client gave up waiting. */
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    /** Response headers by lower-case name. */
    QHash<QByteArray, QByteArray> headers;

    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
};

/** A small blocking HTTP client over a real QNetworkAccessManager, for contract tests. */
class SandboxHttp
{
public:
    explicit SandboxHttp(const QUrl& baseUrl)
        : m_baseUrl(baseUrl)
    { }

    /** Sends @p method @p path with `Authorization: Bearer @p key` (none when empty). */
    HttpResult send(const QByteArray& method, const QString& path, const QString& key = {}, const QByteArray& body = {},
                    int timeoutMs = 10000);
    /** The same with an explicit Authorization header value (e.g. a Basic scheme). */
    HttpResult sendWithAuthorization(const QByteArray& method, const QString& path, const QByteArray& authorization,
                                     const QByteArray& body = {}, int timeoutMs = 10000);

    /** Sends @p name: @p value with every later request (e.g. the sandbox's admin token). */
    void setHeader(const QByteArray& name, const QByteArray& value) { m_headers.insert(name, value); }

    static QByteArray json(const QJsonObject& object) { return QJsonDocument(object).toJson(QJsonDocument::Compact); }

private:
    QUrl m_baseUrl;
    QNetworkAccessManager m_nam;
    QHash<QByteArray, QByteArray> m_headers;
};
