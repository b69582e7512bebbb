#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

/** A fault the sandbox injects into the answers of the routes it matches (method + path). */
struct SandboxFault
{
    enum class Kind {
        Latency, ///< wait latencyMs, then answer normally
        Stall, ///< never answer
        Status, ///< answer status (with optional Retry-After header / retryAfter body field)
        MalformedJson, ///< 200 with a body that is not valid JSON
        TruncatedBody, ///< Content-Length larger than the bytes sent, then close
        OversizeBody, ///< 200 with a valid JSON body of oversizeMiB MiB
        DropConnection, ///< close the socket mid-response
    };
    enum class Match {
        Exact, ///< path equals pattern
        Prefix, ///< path starts with pattern
        Regex, ///< pattern is a QRegularExpression matched against the whole path
    };

    /** Bounds of the numeric fields (fromJson() refuses more; the server clamps what C++ sets). */
    static constexpr int MaxOversizeMiB = 64;
    static constexpr int MaxLatencyMs = 10 * 60 * 1000;
    static constexpr int MaxTimes = 1000000;
    static constexpr int MaxPatternLength = 1024;
    static constexpr int MaxMessageLength = 1024;

    Kind kind = Kind::Status;
    /** Empty or "*" matches every method; otherwise an upper-case method name. */
    QByteArray method;
    QString pattern;
    Match match = Match::Exact;
    /** Fire only this many times (then the fault is spent); 0 = every time. */
    int times = 0;

    int latencyMs = 0;
    int status = 503;
    /** Seconds for the Retry-After header; negative = no header. */
    int retryAfterSeconds = -1;
    /** Adds a `retryAfter` field to the JSON error body (Spheron style). */
    bool retryAfterInBody = false;
    int oversizeMiB = 16;
    /** Status: the error message in the dialect's body; empty = "The sandbox injected a <status> answer.". */
    QString message;

    /** True when this fault applies to @p method and @p path. */
    bool matches(const QByteArray& method, const QString& path) const;

    /** Reads a fault from the admin route's JSON; @p error gets an English sentence when it is invalid. */
    static SandboxFault fromJson(const QJsonObject& object, QString* error);
    QJsonObject toJson() const;
};
