#include "SandboxHttp.h"

#include <QNetworkRequest>
#include <QSignalSpy>

HttpResult SandboxHttp::send(const QByteArray& method, const QString& path, const QString& key, const QByteArray& body,
                             int timeoutMs)
{
    return sendWithAuthorization(method, path, key.isEmpty() ? QByteArray() : "Bearer " + key.toUtf8(), body,
                                 timeoutMs);
}

HttpResult SandboxHttp::sendWithAuthorization(const QByteArray& method, const QString& path,
                                              const QByteArray& authorization, const QByteArray& body, int timeoutMs)
{
    QNetworkRequest request(QUrl(m_baseUrl.toString() + path));
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Keydeck-tests/1.0"));
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    for (auto it = m_headers.cbegin(); it != m_headers.cend(); ++it)
        request.setRawHeader(it.key(), it.value());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply* reply = m_nam.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    HttpResult result;
    if (!reply->isFinished() && !finished.wait(timeoutMs)) {
        reply->abort();
        reply->deleteLater();
        result.status = -1;
        result.error = QNetworkReply::TimeoutError;
        return result;
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.error = reply->error();
    for (const auto& pair : reply->rawHeaderPairs())
        result.headers.insert(pair.first.toLower(), pair.second);
    reply->deleteLater();
    return result;
}
