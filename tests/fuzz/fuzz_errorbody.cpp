// libFuzzer target: the error-body and Retry-After parsers that read every failed answer (ErrorMapper, RetryPolicy).
#include "net/ErrorMapper.h"
#include "net/RetryPolicy.h"

#include <QByteArray>
#include <QDateTime>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    // First byte: the status; up to the first newline: a Retry-After header; the rest: the body.
    const int status = 400 + data[0] % 200;
    const QByteArray rest = QByteArray::fromRawData(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    const qsizetype newline = rest.indexOf('\n');
    const QByteArray header = newline < 0 ? QByteArray() : rest.left(newline);
    const QByteArray body = newline < 0 ? rest : rest.mid(newline + 1);

    const ApiError error = ErrorMapper::fromHttpStatus(status, body);
    (void)error.userMessage();
    (void)ErrorMapper::serverMessage(body);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    if (const auto wait = RetryPolicy::retryAfter(header, body, now); wait && wait->count() < 0)
        __builtin_trap(); // a negative wait would retry at once in a loop
    return 0;
}
