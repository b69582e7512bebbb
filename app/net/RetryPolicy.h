#pragma once

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <optional>

/**
 * When to re-send a failed request: a pure function, so it is unit-tested on its own
 * (docs/LIBRARIES.md §3.7).
 */
class RetryPolicy
{
public:
    using Ms = std::chrono::milliseconds;

    /** The retry budget of one call. */
    struct Budget
    {
        int maxRetries = 3; ///< re-sends after the first attempt
        Ms baseDelay {500}; ///< delay before retry n (0-based) is baseDelay * 2^n, jittered
        Ms maxDelay {30000}; ///< cap of the computed backoff
        Ms maxRetryAfter {60000}; ///< a server asking to wait longer than this is not retried
    };

    /** How an attempt ended. */
    enum class Outcome {
        Response, ///< an HTTP status arrived
        NotSent, ///< the request never reached the server (refused, host not found): safe to re-send
        Unknown, ///< the connection failed after sending (reset, closed): the server may have acted
        TimedOut, ///< our inactivity timeout: the server may have acted
    };

    /** What the policy needs to know about one failed attempt. */
    struct Attempt
    {
        Outcome outcome = Outcome::Response;
        int httpStatus = 0;
        /** False for calls whose repetition is harmful (POST create, reset_apikey, 2FA login). */
        bool idempotent = true;
        int retriesDone = 0;
        std::optional<Ms> retryAfter; ///< from the Retry-After header or the retryAfter body field
    };

    /**
     * The delay before the next attempt, or nullopt to give up. Retries only 429, 502, 503, 504 and
     * transport failures; a non-idempotent call only when the server cannot have acted (429, or
     * never sent). @p jitter in [0, 1) spreads the delay over [50 %, 100 %] of the backoff; a
     * server's Retry-After is a floor.
     */
    static std::optional<Ms> next(const Budget& budget, const Attempt& attempt, double jitter);

    /**
     * The wait a server asked for: the Retry-After header (delta-seconds or an HTTP-date relative to
     * @p now), else a numeric "retryAfter" (seconds) in a JSON object body (docs/api/spheron.md §8).
     */
    static std::optional<Ms> retryAfter(const QByteArray& header, const QByteArray& body, const QDateTime& now);
};
