#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QMetaType>
#include <QString>

#include <chrono>
#include <optional>

/**
 * One failure of a provider call, ready to show: what kind of failure, the HTTP status (0 when no
 * response arrived), the server's own message and a translated sentence for the user.
 */
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    /** What went wrong, coarse enough for the UI to decide what to offer (re-enter key, 2FA, retry…). */
    enum class Kind {
        None, ///< no error
        Auth, ///< 401: key missing, invalid, revoked or deleted (Vast "Invalid user key")
        TwoFactorRequired, ///< 401 whose message mentions "Two Factor Authentication" (docs/api/vast.md §2.3)
        SessionExpired, ///< the 2FA session key expired (Vast 404 "Session expired…", or 401 with a session key)
        Forbidden, ///< 403
        NotFound, ///< 404
        Validation, ///< 400, 405, 413, 422: the server refused the input
        Conflict, ///< 409, 410, or a duplicate the server reports
        RateLimited, ///< 429 after the retry budget was spent
        Server, ///< 5xx
        Network, ///< connection refused, reset, host not found, dropped connection
        Timeout, ///< inactivity timeout or overall deadline
        Tls, ///< TLS handshake or certificate failure, or plain http:// to a non-loopback host
        Protocol, ///< unexpected response: malformed JSON, wrong shape, oversize body
        Redirect, ///< a redirect Keydeck does not follow (another origin, http://, or too many; docs/NETWORK.md)
        Unsupported, ///< this provider's API has no such operation (see ConsoleProvider::capabilities())
    };

    /** Kind::Tls: which part of the secure connection failed (docs/NETWORK.md, "TLS"). */
    enum class TlsProblem {
        Other, ///< the handshake failed for another reason
        PlainHttp, ///< an http:// address that is not this computer: Keydeck sends keys only over https://
        Untrusted, ///< the certificate is not signed by an authority the system trusts (or is self-signed)
        Expired, ///< the certificate has expired or is not valid yet
        HostName, ///< the certificate names another host
        Protocol, ///< the server offers only TLS versions or ciphers below Keydeck's minimum (TLS 1.2)
    };

    ApiError() = default;

    /** An error of @p kind with the default user sentence for that kind. */
    static ApiError make(Kind kind, int httpStatus = 0, const QString& serverMessage = {});

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    /**
     * True when a Vast.ai two-factor session would let the call through: 2FA is on and the API key alone no longer
     * works, or the session ended. Every page asks for a code on these (one home for the rule).
     */
    bool needsTwoFactorSession() const { return m_kind == Kind::TwoFactorRequired || m_kind == Kind::SessionExpired; }
    /** The HTTP status, or 0 when no response arrived. */
    int httpStatus() const { return m_httpStatus; }
    /** The server's message (msg / message / error / detail), untranslated; may be empty. */
    QString serverMessage() const { return m_serverMessage; }
    /**
     * A 4xx's machine-readable code (Vast.ai's `error` field beside `msg`, e.g. "team_ssh_keys_not_supported",
     * docs/api/vast-endpoints.md §3.2); empty when the body has none.
     */
    QString serverCode() const { return m_serverCode; }
    void setServerCode(const QString& code) { m_serverCode = code; }
    /**
     * A number the error body carried beside its code, e.g. a 2FA refusal's `fail_count` and `locked_until`
     * (docs/api/vast-endpoints.md §3.7); nullopt when it did not.
     */
    std::optional<double> serverNumber(const QString& name) const
    {
        const auto it = m_serverNumbers.constFind(name);
        return it == m_serverNumbers.cend() ? std::nullopt : std::optional<double>(*it);
    }
    void setServerNumber(const QString& name, double value) { m_serverNumbers.insert(name, value); }
    /**
     * True when the request may have reached the server although no readable answer came back: a timeout, a
     * broken connection, or a 2xx whose body could not be read. A create may then have happened; list before
     * offering to send it again (docs/api/vast.md §7, Backoff; tests/reliability tst_faultmatrix).
     */
    bool answerLost() const;
    /**
     * True when the transport retried after an attempt whose answer was lost, so the server may have acted on the
     * earlier attempt: a delete then answered "not found" was most likely done by this call, not before it
     * (providers/Reconcile.h).
     */
    bool earlierAnswerLost() const { return m_earlierAnswerLost; }
    void setEarlierAnswerLost(bool lost) { m_earlierAnswerLost = lost; }
    /**
     * RateLimited: how long the server asked to wait (Retry-After, or Vast.ai's endpoint threshold, docs/api/
     * vast.md §2.2), counted from when the error arrived; nullopt when it did not say.
     */
    std::optional<std::chrono::milliseconds> retryAfter() const { return m_retryAfter; }
    void setRetryAfter(std::optional<std::chrono::milliseconds> wait) { m_retryAfter = wait; }
    TlsProblem tlsProblem() const { return m_tlsProblem; }
    /** Kind::Redirect: the refused redirect led from https:// to plain http://, which would carry the key in clear. */
    bool redirectToPlainHttp() const { return m_redirectToPlainHttp; }
    void setRedirectToPlainHttp(bool plain) { m_redirectToPlainHttp = plain; }
    void setTlsProblem(TlsProblem problem) { m_tlsProblem = problem; }
    /** A whole translated sentence for the user; includes the server's message when there is one. */
    QString userMessage() const;
    /** A stable English name of the kind for logs and tests ("rateLimited"); never contains secrets. */
    static QString kindName(Kind kind);

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_serverMessage;
    QString m_serverCode;
    QHash<QString, double> m_serverNumbers;
    bool m_earlierAnswerLost = false;
    std::optional<std::chrono::milliseconds> m_retryAfter;
    TlsProblem m_tlsProblem = TlsProblem::Other;
    bool m_redirectToPlainHttp = false;
};

Q_DECLARE_METATYPE(ApiError)
