#include "net/RetryPolicy.h"

#include <QTest>

using Ms = RetryPolicy::Ms;
using Outcome = RetryPolicy::Outcome;

class tst_RetryPolicy : public QObject
{
    Q_OBJECT

private:
    static RetryPolicy::Attempt response(int status, bool idempotent = true, int retriesDone = 0)
    {
        RetryPolicy::Attempt a;
        a.outcome = Outcome::Response;
        a.httpStatus = status;
        a.idempotent = idempotent;
        a.retriesDone = retriesDone;
        return a;
    }
    static RetryPolicy::Attempt transport(Outcome outcome, bool idempotent)
    {
        RetryPolicy::Attempt a;
        a.outcome = outcome;
        a.idempotent = idempotent;
        return a;
    }

private slots:
    void capsAHugeRetryAfterInsteadOfOverflowing()
    {
        // fuzz_errorbody's finding: 19 digits overflowed seconds * 1000 (signed overflow, a negative wait).
        const auto wait
            = RetryPolicy::retryAfter(QByteArrayLiteral("2222222222222222222"), {}, QDateTime::currentDateTimeUtc());
        QVERIFY(wait.has_value());
        QVERIFY(wait->count() > 0);
        RetryPolicy::Attempt attempt;
        attempt.httpStatus = 429;
        attempt.retryAfter = wait;
        QVERIFY(!RetryPolicy::next(RetryPolicy::Budget {}, attempt, 0.5).has_value());
    }

    void retriesOnlyTheTransientStatuses_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("retried");
        for (int s : {429, 502, 503, 504})
            QTest::addRow("%d", s) << s << true;
        for (int s : {400, 401, 403, 404, 409, 422, 500, 501, 505, 200, 302})
            QTest::addRow("%d", s) << s << false;
    }
    void retriesOnlyTheTransientStatuses()
    {
        QFETCH(int, status);
        QFETCH(bool, retried);
        QCOMPARE(RetryPolicy::next({}, response(status), 0.5).has_value(), retried);
    }

    void retriesPostOnlyWhenTheServerCannotHaveActed()
    {
        const RetryPolicy::Budget b;
        QVERIFY(RetryPolicy::next(b, response(429, false), 0.0).has_value());
        QVERIFY(!RetryPolicy::next(b, response(502, false), 0.0).has_value());
        QVERIFY(!RetryPolicy::next(b, response(503, false), 0.0).has_value());
        QVERIFY(!RetryPolicy::next(b, response(504, false), 0.0).has_value());
        QVERIFY(RetryPolicy::next(b, transport(Outcome::NotSent, false), 0.0).has_value());
        QVERIFY(!RetryPolicy::next(b, transport(Outcome::Unknown, false), 0.0).has_value());
        QVERIFY(!RetryPolicy::next(b, transport(Outcome::TimedOut, false), 0.0).has_value());
    }

    void retriesIdempotentCallsAfterTransportFailures()
    {
        const RetryPolicy::Budget b;
        QVERIFY(RetryPolicy::next(b, transport(Outcome::NotSent, true), 0.0).has_value());
        QVERIFY(RetryPolicy::next(b, transport(Outcome::Unknown, true), 0.0).has_value());
        QVERIFY(RetryPolicy::next(b, transport(Outcome::TimedOut, true), 0.0).has_value());
    }

    void stopsWhenTheBudgetIsSpent()
    {
        RetryPolicy::Budget b;
        b.maxRetries = 3;
        QVERIFY(RetryPolicy::next(b, response(503, true, 2), 0.0).has_value());
        QVERIFY(!RetryPolicy::next(b, response(503, true, 3), 0.0).has_value());
        b.maxRetries = 0;
        QVERIFY(!RetryPolicy::next(b, response(429, true, 0), 0.0).has_value());
    }

    void backsOffExponentiallyWithJitterInTheUpperHalf()
    {
        RetryPolicy::Budget b;
        b.baseDelay = Ms(500);
        b.maxDelay = Ms(30000);
        b.maxRetries = 10;
        QCOMPARE(*RetryPolicy::next(b, response(503, true, 0), 0.0), Ms(250));
        QCOMPARE(*RetryPolicy::next(b, response(503, true, 0), 1.0), Ms(500));
        QCOMPARE(*RetryPolicy::next(b, response(503, true, 1), 1.0), Ms(1000));
        QCOMPARE(*RetryPolicy::next(b, response(503, true, 2), 0.5), Ms(1500));
        // capped
        QCOMPARE(*RetryPolicy::next(b, response(503, true, 9), 1.0), Ms(30000));
        // jitter outside [0, 1] is clamped rather than trusted
        QCOMPARE(*RetryPolicy::next(b, response(503, true, 0), -3.0), Ms(250));
    }

    void honoursRetryAfterAsAFloor()
    {
        RetryPolicy::Budget b;
        auto a = response(429);
        a.retryAfter = Ms(5000);
        QCOMPARE(*RetryPolicy::next(b, a, 0.0), Ms(5000));
        a.retryAfter = Ms(10);
        QCOMPARE(*RetryPolicy::next(b, a, 0.0), Ms(250));
    }

    void givesUpWhenTheServerAsksForTooLongAWait()
    {
        RetryPolicy::Budget b;
        b.maxRetryAfter = Ms(60000);
        auto a = response(429);
        a.retryAfter = Ms(61000);
        QVERIFY(!RetryPolicy::next(b, a, 0.0).has_value());
    }

    void parsesRetryAfterDeltaSeconds()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(RetryPolicy::retryAfter("3", {}, now), std::optional<Ms>(Ms(3000)));
        QCOMPARE(RetryPolicy::retryAfter(" 0 ", {}, now), std::optional<Ms>(Ms(0)));
        QVERIFY(!RetryPolicy::retryAfter("-4", {}, now).has_value());
    }

    void readsVastsEndpointThresholdFromThe429Body()
    {
        // docs/api/vast.md §2.2: no Retry-After; the body names the endpoint's minimum interval.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(RetryPolicy::retryAfter({}, "API requests too frequent endpoint threshold=2.0", now),
                 std::optional<Ms>(Ms(2000)));
        QCOMPARE(RetryPolicy::retryAfter({}, R"({"detail": "API requests too frequent: endpoint threshold=1.5"})", now),
                 std::optional<Ms>(Ms(1500)));
        QVERIFY(!RetryPolicy::retryAfter({}, "API requests too frequent", now).has_value());
        // A header still wins.
        QCOMPARE(RetryPolicy::retryAfter("4", "endpoint threshold=2.0", now), std::optional<Ms>(Ms(4000)));
    }

    void parsesRetryAfterHttpDate()
    {
        const QDateTime now(QDate(2015, 10, 21), QTime(7, 27, 50), Qt::UTC);
        QCOMPARE(RetryPolicy::retryAfter("Wed, 21 Oct 2015 07:28:00 GMT", {}, now), std::optional<Ms>(Ms(10000)));
        // a date in the past means "now"
        QCOMPARE(RetryPolicy::retryAfter("Wed, 21 Oct 2015 07:00:00 GMT", {}, now), std::optional<Ms>(Ms(0)));
    }

    void parsesRetryAfterFromTheBody()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(RetryPolicy::retryAfter({}, R"({"error":"RATE_LIMIT_EXCEEDED","retryAfter":2})", now),
                 std::optional<Ms>(Ms(2000)));
        QCOMPARE(RetryPolicy::retryAfter({}, R"({"retryAfter":"1.5"})", now), std::optional<Ms>(Ms(1500)));
        // the header wins over the body
        QCOMPARE(RetryPolicy::retryAfter("1", R"({"retryAfter":9})", now), std::optional<Ms>(Ms(1000)));
    }

    void ignoresGarbageRetryAfter()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(!RetryPolicy::retryAfter("soon", {}, now).has_value());
        QVERIFY(!RetryPolicy::retryAfter({}, "API requests too frequent", now).has_value());
        QVERIFY(!RetryPolicy::retryAfter({}, R"({"retryAfter":"later"})", now).has_value());
        QVERIFY(!RetryPolicy::retryAfter({}, R"({"retryAfter":-1})", now).has_value());
        QVERIFY(!RetryPolicy::retryAfter({}, R"([1,2])", now).has_value());
    }
};

QTEST_GUILESS_MAIN(tst_RetryPolicy)
#include "tst_retrypolicy.moc"
