#include "net/ApiError.h"

#include <algorithm>

ApiError ApiError::make(Kind kind, int httpStatus, const QString& serverMessage)
{
    ApiError e;
    e.m_kind = kind;
    e.m_httpStatus = httpStatus;
    e.m_serverMessage = serverMessage;
    return e;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Auth:
        return QStringLiteral("auth");
    case Kind::TwoFactorRequired:
        return QStringLiteral("twoFactorRequired");
    case Kind::SessionExpired:
        return QStringLiteral("sessionExpired");
    case Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Kind::NotFound:
        return QStringLiteral("notFound");
    case Kind::Validation:
        return QStringLiteral("validation");
    case Kind::Conflict:
        return QStringLiteral("conflict");
    case Kind::RateLimited:
        return QStringLiteral("rateLimited");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Protocol:
        return QStringLiteral("protocol");
    case Kind::Redirect:
        return QStringLiteral("redirect");
    case Kind::Unsupported:
        return QStringLiteral("unsupported");
    }
    return QStringLiteral("unknown");
}

bool ApiError::answerLost() const
{
    switch (m_kind) {
    case Kind::Timeout:
    case Kind::Network:
        return true;
    case Kind::Protocol:
        // A 2xx arrived, so the server acted, but its body (e.g. the new key) was cut or unreadable.
        return m_httpStatus >= 200 && m_httpStatus < 300;
    default:
        return false;
    }
}

QString ApiError::userMessage() const
{
    QString sentence;
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Auth:
        sentence = tr("The API key was rejected. It may have been deleted, reset or mistyped.");
        break;
    case Kind::TwoFactorRequired:
        sentence = tr("This account uses two-factor authentication. Enter a code from your authenticator app to "
                      "continue.");
        break;
    case Kind::SessionExpired:
        sentence = tr("Your two-factor session has expired. Enter a new code to continue.");
        break;
    case Kind::Forbidden:
        sentence = tr("The API key does not have permission for this action.");
        break;
    case Kind::NotFound:
        sentence = tr("The item no longer exists on the server. Refresh the list and try again.");
        break;
    case Kind::Validation:
        sentence = tr("The server refused the input.");
        break;
    case Kind::Conflict:
        sentence = tr("This conflicts with something that already exists on the server.");
        break;
    case Kind::RateLimited:
        sentence = m_retryAfter ? tr("The server received too many requests. Try again in %n second(s).", nullptr,
                                     int(std::max<qint64>(1, (m_retryAfter->count() + 999) / 1000)))
                                : tr("The server received too many requests. Wait a moment and try again.");
        break;
    case Kind::Server:
        sentence = m_httpStatus > 0 ? tr("The server had a problem (HTTP %1). Try again later.").arg(m_httpStatus)
                                    : tr("The server had a problem. Try again later.");
        break;
    case Kind::Network:
        sentence = tr("Could not reach the server. Check your internet connection and try again.");
        break;
    case Kind::Timeout:
        sentence = tr("The server did not answer in time. Try again later.");
        break;
    case Kind::Tls:
        switch (m_tlsProblem) {
        case TlsProblem::Other:
            sentence = tr("A secure connection to the server could not be established, so your key was not sent.");
            break;
        case TlsProblem::PlainHttp:
            sentence = tr("The server address starts with http://, and Keydeck sends keys only over an encrypted "
                          "connection (https://), so your key was not sent. Check the account's server address.");
            break;
        case TlsProblem::Untrusted:
            sentence = tr("The server's certificate is not from an authority this computer trusts, so your key was "
                          "not sent. Someone may be intercepting the connection; try another network.");
            break;
        case TlsProblem::Expired:
            sentence = tr("The server's certificate has expired or is not valid yet, so your key was not sent. Check "
                          "that this computer's date and time are right.");
            break;
        case TlsProblem::HostName:
            sentence = tr("The server's certificate belongs to another address, so your key was not sent. Someone "
                          "may be intercepting the connection; try another network.");
            break;
        case TlsProblem::Protocol:
            sentence = tr("The server offered only an outdated form of encryption (Keydeck needs TLS 1.2 or later), "
                          "so your key was not sent.");
            break;
        }
        break;
    case Kind::Protocol:
        sentence = tr("The server sent an answer that Keydeck does not understand. Nothing was changed here.");
        break;
    case Kind::Redirect:
        if (m_redirectToPlainHttp) {
            sentence = tr("The server sent Keydeck on to an unencrypted address (http://), which would expose your "
                          "key, so Keydeck stopped there. Check the account's server address.");
            break;
        }
        sentence = tr("The server sent Keydeck on to another address, which Keydeck does not follow with your key. "
                      "Check the account's server address.");
        break;
    case Kind::Unsupported:
        sentence = tr("This provider's API does not offer this action.");
        break;
    }
    if (!m_serverMessage.isEmpty())
        sentence += u' ' + tr("The server said: “%1”").arg(m_serverMessage);
    return sentence;
}
