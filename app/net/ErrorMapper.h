#pragma once

#include "net/ApiError.h"

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QSslError>
#include <QString>

/** Pure mapping of HTTP statuses, error bodies and transport failures to ApiError. */
class ErrorMapper
{
public:
    /**
     * The server's message from an error body: msg, message, error (a string or {message}), detail
     * (docs/api/vast.md §2.1, docs/api/spheron.md §8); a short plain-text body as it is; else empty.
     * Control characters are dropped and the text is capped, since it is shown to the user.
     */
    static QString serverMessage(const QByteArray& body);

    /** Maps a non-2xx status and its body; the status decides first (docs/LIBRARIES.md §3.6). */
    static ApiError fromHttpStatus(int status, const QByteArray& body);

    /** Maps a failure without an HTTP status; @p timedOut tells our timeout from an abort. */
    static ApiError fromNetworkError(QNetworkReply::NetworkError error, bool timedOut);

    /**
     * Maps a failed TLS handshake: the certificate's errors decide (expired, another host, untrusted); with none, the
     * handshake itself failed, and @p detail (the TLS library's text) tells a refused protocol version from the rest.
     */
    static ApiError fromTlsFailure(const QList<QSslError>& errors, const QString& detail);
    /** The certificate errors' enum names for a log line ("HostNameMismatch"); no certificate contents. */
    static QString describeTls(const QList<QSslError>& errors);
};
