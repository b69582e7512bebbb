#pragma once

#include "net/ApiResult.h"
#include "net/ApiTransport.h"

#include <QByteArray>
#include <QObject>
#include <QRandomGenerator>
#include <QString>
#include <QTest>

#include <functional>
#include <optional>

namespace ProviderTest {

/**
 * Runs one provider operation and waits (tests only) for its callback. nullopt when the
 * callback did not come within @p timeoutMs or came more than once.
 */
template <typename T>
std::optional<ApiResult<T>> call(const std::function<void(QObject*, std::function<void(ApiResult<T>)>)>& op,
                                 int timeoutMs = 30000)
{
    QObject context;
    std::optional<ApiResult<T>> result;
    int calls = 0;
    op(&context, [&](ApiResult<T> r) {
        ++calls;
        result = std::move(r);
    });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs))
        return std::nullopt;
    QTest::qWait(5);
    if (calls != 1)
        return std::nullopt;
    return result;
}

/**
 * Transport limits for fault tests: a stalled or slow answer times out in 300 ms, one quick retry, a 10 s deadline,
 * so a test of lost answers stays fast.
 */
inline ApiTransport::Limits quickTimeouts()
{
    using namespace std::chrono_literals;
    ApiTransport::Limits limits;
    limits.inactivityTimeout = 300ms;
    limits.deadline = 10000ms;
    limits.retry.maxRetries = 1;
    limits.retry.baseDelay = 10ms;
    limits.retry.maxDelay = 50ms;
    return limits;
}

/** A syntactically valid ssh-ed25519 public key line with random key bytes. */
inline QString randomEd25519Line(const QString& comment)
{
    QByteArray blob;
    const QByteArray type("ssh-ed25519");
    auto appendString = [&blob](const QByteArray& s) {
        const quint32 n = quint32(s.size());
        blob.append(char(n >> 24)).append(char(n >> 16)).append(char(n >> 8)).append(char(n));
        blob.append(s);
    };
    QByteArray key(32, '\0');
    for (char& c : key)
        c = char(QRandomGenerator::global()->bounded(256));
    appendString(type);
    appendString(key);
    return QStringLiteral("ssh-ed25519 %1 %2").arg(QString::fromLatin1(blob.toBase64()), comment);
}

} // namespace ProviderTest

/** Fails the test with the error's kind and user message (never a key) unless @p expr succeeded. */
#define KD_VERIFY_OK(expr)                                                                                             \
    do {                                                                                                               \
        const auto kdResult = (expr);                                                                                  \
        QVERIFY2(kdResult.has_value(), "no single callback");                                                          \
        QVERIFY2(kdResult->ok(),                                                                                       \
                 qPrintable(ApiError::kindName(kdResult->error.kind()) + u' ' + kdResult->error.userMessage()));       \
    } while (false)

/** Checks that @p expr failed with @p expectedKind. */
#define KD_VERIFY_KIND(expr, expectedKind)                                                                             \
    do {                                                                                                               \
        const auto kdResult = (expr);                                                                                  \
        QVERIFY2(kdResult.has_value(), "no single callback");                                                          \
        QCOMPARE(ApiError::kindName(kdResult->error.kind()), ApiError::kindName(expectedKind));                        \
    } while (false)
