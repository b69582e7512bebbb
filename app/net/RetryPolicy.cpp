#include "net/RetryPolicy.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

std::optional<RetryPolicy::Ms> RetryPolicy::next(const Budget& budget, const Attempt& attempt, double jitter)
{
    if (attempt.retriesDone >= budget.maxRetries)
        return std::nullopt;

    bool retryable = false;
    switch (attempt.outcome) {
    case Outcome::Response:
        if (attempt.httpStatus == 429)
            retryable = true; // the server refused before acting, so even a POST is safe
        else if (attempt.httpStatus == 502 || attempt.httpStatus == 503 || attempt.httpStatus == 504)
            retryable = attempt.idempotent; // a gateway may have passed the request on
        break;
    case Outcome::NotSent:
        retryable = true;
        break;
    case Outcome::Unknown:
    case Outcome::TimedOut:
        // The server may have acted: never re-send a create or a reset; the caller re-lists instead.
        retryable = attempt.idempotent;
        break;
    }
    if (!retryable)
        return std::nullopt;

    if (attempt.retryAfter && *attempt.retryAfter > budget.maxRetryAfter)
        return std::nullopt;

    const double j = std::clamp(jitter, 0.0, 1.0);
    const double exp = std::ldexp(1.0, std::min(attempt.retriesDone, 20));
    const double backoff = std::min(double(budget.maxDelay.count()), double(budget.baseDelay.count()) * exp);
    Ms delay(qint64(std::llround(backoff * (0.5 + 0.5 * j))));
    if (attempt.retryAfter)
        delay = std::max(delay, *attempt.retryAfter);
    return delay;
}

std::optional<RetryPolicy::Ms> RetryPolicy::retryAfter(const QByteArray& header, const QByteArray& body,
                                                       const QDateTime& now)
{
    const QByteArray h = header.trimmed();
    if (!h.isEmpty()) {
        bool isNumber = false;
        const qlonglong seconds = h.toLongLong(&isNumber);
        if (isNumber) {
            // A huge value (found by fuzz_errorbody, RELIABILITY.md) overflowed seconds * 1000: cap it at a year,
            // far beyond Budget::maxRetryAfter, so the call is simply not retried.
            constexpr qlonglong maxSeconds = 86400LL * 365;
            return seconds >= 0 ? std::optional<Ms>(Ms(std::min(seconds, maxSeconds) * 1000)) : std::nullopt;
        }
        // An HTTP-date (RFC 9110 IMF-fixdate), e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
        // Qt 6.4's RFC 2822 parser wants a numeric zone, and HTTP-dates always say "GMT".
        QString text = QString::fromLatin1(h);
        if (text.endsWith(QLatin1String(" GMT")))
            text = text.chopped(4) + QLatin1String(" +0000");
        const QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
        if (when.isValid())
            return Ms(std::max<qint64>(0, now.msecsTo(when)));
    }
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonValue v = doc.object().value(QLatin1String("retryAfter"));
        double seconds = -1;
        if (v.isDouble())
            seconds = v.toDouble();
        else if (v.isString()) {
            bool ok = false;
            const double parsed = QLocale::c().toDouble(v.toString().trimmed(), &ok);
            if (ok)
                seconds = parsed;
        }
        if (seconds >= 0 && std::isfinite(seconds) && seconds < 86400.0 * 365)
            return Ms(qint64(std::llround(seconds * 1000)));
    }
    // Vast.ai sends no Retry-After; its 429 names the endpoint's minimum interval instead, as plain text or a
    // JSON detail: "API requests too frequent endpoint threshold=2.0" (docs/api/vast.md §2.2). Waiting that long
    // is always enough.
    static const QRegularExpression threshold(QStringLiteral("threshold\\s*=\\s*([0-9]+(?:\\.[0-9]+)?)"));
    const QRegularExpressionMatch match = threshold.match(QString::fromUtf8(body.left(4096)));
    if (match.hasMatch()) {
        bool ok = false;
        const double seconds = QLocale::c().toDouble(match.captured(1), &ok);
        if (ok && std::isfinite(seconds) && seconds < 86400.0 * 365)
            return Ms(qint64(std::llround(seconds * 1000)));
    }
    return std::nullopt;
}
