#include "net/ErrorMapper.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QMetaEnum>
#include <QStringList>

namespace {

constexpr qsizetype kMaxMessageLength = 300;

/** Keeps a server text printable and short: it ends up in a dialog. */
QString sanitize(const QString& text)
{
    QString out;
    out.reserve(qMin(text.size(), kMaxMessageLength + 1));
    for (const QChar c : text) {
        if (out.size() >= kMaxMessageLength) {
            out += QChar(0x2026);
            break;
        }
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            out += c == u'\n' || c == u'\t' ? QChar(u' ') : QChar();
        else
            out += c;
    }
    out.remove(QChar());
    return out.simplified();
}

QString textOf(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("message")).isString())
            return o.value(QLatin1String("message")).toString();
    }
    return {};
}

} // namespace

QString ErrorMapper::serverMessage(const QByteArray& body)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return {};
    QJsonParseError err {};
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &err);
    if (err.error == QJsonParseError::NoError && doc.isObject()) {
        const QJsonObject o = doc.object();
        // Vast puts the sentence in msg and a code in error; Spheron the reverse (message, error).
        for (const char* field : {"msg", "message", "detail", "error"}) {
            const QString text = textOf(o.value(QLatin1String(field)));
            if (!text.trimmed().isEmpty())
                return sanitize(text);
        }
        return {};
    }
    if (err.error == QJsonParseError::NoError)
        return {};
    // Vast's 429 is often plain text ("API requests too frequent"); HTML error pages are not shown.
    if (trimmed.startsWith('<') || trimmed.size() > 4 * kMaxMessageLength)
        return {};
    return sanitize(QString::fromUtf8(trimmed));
}

ApiError ErrorMapper::fromHttpStatus(int status, const QByteArray& body)
{
    using Kind = ApiError::Kind;
    const QString message = serverMessage(body);
    Kind kind = Kind::Protocol;
    if (status >= 400 && status <= 499) {
        // A refused 2FA verification (wrong code, lockout, expired SMS code) may come as 400 or 401 (variant
        // tfa-refusal, docs/api/vast-endpoints.md §3.7): it is about the code, never about the key or the session.
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        const QJsonObject object = doc.object();
        const QString code = object.value(QLatin1String("error")).toString();
        if (code == QLatin1String("2fa_verification_failed") || code == QLatin1String("tfa_locked")
            || code == QLatin1String("2fa_expired")) {
            ApiError error = ApiError::make(Kind::Validation, status, message);
            error.setServerCode(code);
            for (const char* name : {"fail_count", "locked_until"}) {
                const QJsonValue value = object.value(QLatin1String(name));
                if (value.isDouble())
                    error.setServerNumber(QLatin1String(name), value.toDouble());
            }
            return error;
        }
    }
    if (status == 401) {
        kind = message.contains(QLatin1String("Two Factor Authentication"), Qt::CaseInsensitive)
            ? Kind::TwoFactorRequired
            : Kind::Auth;
    } else if (status == 403) {
        kind = Kind::Forbidden;
    } else if (status == 404) {
        // vast-cli main.py: a 404 "Session expired. Please log in again." means the 2FA session ended.
        kind = message.contains(QLatin1String("Session expired"), Qt::CaseInsensitive) ? Kind::SessionExpired
                                                                                       : Kind::NotFound;
    } else if (status == 409 || status == 410) {
        kind = Kind::Conflict;
    } else if (status == 429) {
        kind = Kind::RateLimited;
    } else if (status == 408) {
        kind = Kind::Timeout;
    } else if (status >= 500 && status <= 599) {
        kind = Kind::Server;
    } else if (status >= 400 && status <= 499) {
        // Vast reports duplicates as 400 with error "existing_key", and a missing item as 400 "nonexistent_key"
        // (docs/api/vast-endpoints.md §3.3) or "no_such_…" (§3.2): a conflict and a not-found, not bad input.
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        const QString code = doc.isObject() ? doc.object().value(QLatin1String("error")).toString() : QString();
        if (code.startsWith(QLatin1String("existing")) || code.contains(QLatin1String("duplicate")))
            kind = Kind::Conflict;
        else if (code.startsWith(QLatin1String("nonexistent")) || code.startsWith(QLatin1String("no_such_")))
            kind = Kind::NotFound;
        else
            kind = Kind::Validation;
        // A code beside a sentence (Vast's {error, msg}) tells the pages which refusal it is.
        if (!code.isEmpty() && code != message) {
            ApiError error = ApiError::make(kind, status, message);
            error.setServerCode(code);
            return error;
        }
    } else {
        // 1xx, 3xx that were not followed, or anything else: not what an API call may answer.
        kind = Kind::Protocol;
    }
    return ApiError::make(kind, status, message);
}

ApiError ErrorMapper::fromNetworkError(QNetworkReply::NetworkError error, bool timedOut)
{
    using Kind = ApiError::Kind;
    if (timedOut)
        return ApiError::make(Kind::Timeout);
    switch (error) {
    case QNetworkReply::TimeoutError:
        return ApiError::make(Kind::Timeout);
    case QNetworkReply::SslHandshakeFailedError:
        return ApiError::make(Kind::Tls);
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
        return ApiError::make(Kind::Redirect);
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::ProtocolFailure:
        return ApiError::make(Kind::Protocol);
    default:
        return ApiError::make(Kind::Network);
    }
}

ApiError ErrorMapper::fromTlsFailure(const QList<QSslError>& errors, const QString& detail)
{
    using Problem = ApiError::TlsProblem;
    ApiError error = ApiError::make(ApiError::Kind::Tls);
    // The most specific finding wins: a wrong name or a date is what the user can act on; untrusted is the rest.
    bool expired = false;
    bool hostName = false;
    bool untrusted = false;
    for (const QSslError& e : errors) {
        switch (e.error()) {
        case QSslError::CertificateExpired:
        case QSslError::CertificateNotYetValid:
            expired = true;
            break;
        case QSslError::HostNameMismatch:
            hostName = true;
            break;
        case QSslError::NoError:
            break;
        default:
            untrusted = true;
            break;
        }
    }
    if (hostName)
        error.setTlsProblem(Problem::HostName);
    else if (expired)
        error.setTlsProblem(Problem::Expired);
    else if (untrusted)
        error.setTlsProblem(Problem::Untrusted);
    else if (detail.contains(QLatin1String("protocol"), Qt::CaseInsensitive)
             || detail.contains(QLatin1String("version"), Qt::CaseInsensitive)
             || detail.contains(QLatin1String("cipher"), Qt::CaseInsensitive))
        // OpenSSL's "unsupported protocol", "tlsv1 alert protocol version", "no shared cipher".
        error.setTlsProblem(Problem::Protocol);
    return error;
}

QString ErrorMapper::describeTls(const QList<QSslError>& errors)
{
    if (errors.isEmpty())
        return QStringLiteral("handshake failed");
    QStringList names;
    for (const QSslError& e : errors)
        names << QString::fromLatin1(QMetaEnum::fromType<QSslError::SslError>().valueToKey(e.error()));
    return names.join(u", ");
}
