#include "sandbox/SandboxFault.h"

#include <QRegularExpression>

namespace {

struct KindName
{
    SandboxFault::Kind kind;
    const char* name;
};

constexpr KindName kKindNames[] = {
    {SandboxFault::Kind::Latency, "latency"},
    {SandboxFault::Kind::Stall, "stall"},
    {SandboxFault::Kind::Status, "status"},
    {SandboxFault::Kind::MalformedJson, "malformed-json"},
    {SandboxFault::Kind::TruncatedBody, "truncated-body"},
    {SandboxFault::Kind::OversizeBody, "oversize-body"},
    {SandboxFault::Kind::DropConnection, "drop-connection"},
};

} // namespace

bool SandboxFault::matches(const QByteArray& requestMethod, const QString& path) const
{
    if (!method.isEmpty() && method != "*" && method != requestMethod)
        return false;
    switch (match) {
    case Match::Exact:
        return path == pattern;
    case Match::Prefix:
        return path.startsWith(pattern);
    case Match::Regex: {
        const QRegularExpression re(QRegularExpression::anchoredPattern(pattern));
        return re.isValid() && re.match(path).hasMatch();
    }
    }
    return false;
}

SandboxFault SandboxFault::fromJson(const QJsonObject& object, QString* error)
{
    SandboxFault fault;
    const QString kindName = object.value(QLatin1String("kind")).toString();
    bool kindFound = false;
    for (const KindName& entry : kKindNames) {
        if (kindName == QLatin1String(entry.name)) {
            fault.kind = entry.kind;
            kindFound = true;
        }
    }
    if (!kindFound) {
        if (error)
            *error = QStringLiteral("Unknown fault kind \"%1\".").arg(kindName);
        return {};
    }
    fault.method = object.value(QLatin1String("method")).toString().toUpper().toLatin1();
    fault.pattern = object.value(QLatin1String("path")).toString();
    if (fault.pattern.isEmpty()) {
        if (error)
            *error = QStringLiteral("A fault needs a path.");
        return {};
    }
    if (fault.pattern.size() > MaxPatternLength) {
        if (error)
            *error = QStringLiteral("The path is longer than %1 characters.").arg(MaxPatternLength);
        return {};
    }
    const QString match = object.value(QLatin1String("match")).toString(QStringLiteral("exact"));
    if (match == QLatin1String("exact")) {
        fault.match = Match::Exact;
    } else if (match == QLatin1String("prefix")) {
        fault.match = Match::Prefix;
    } else if (match == QLatin1String("regex")) {
        fault.match = Match::Regex;
        if (!QRegularExpression(fault.pattern).isValid()) {
            if (error)
                *error = QStringLiteral("The path is not a valid regular expression.");
            return {};
        }
    } else {
        if (error)
            *error = QStringLiteral("Unknown match \"%1\"; use exact, prefix or regex.").arg(match);
        return {};
    }
    fault.times = object.value(QLatin1String("times")).toInt(0);
    fault.latencyMs = object.value(QLatin1String("latencyMs")).toInt(0);
    fault.status = object.value(QLatin1String("status")).toInt(503);
    fault.retryAfterSeconds = object.value(QLatin1String("retryAfter")).toInt(-1);
    fault.retryAfterInBody = object.value(QLatin1String("retryAfterInBody")).toBool(false);
    fault.oversizeMiB = object.value(QLatin1String("sizeMiB")).toInt(16);
    fault.message = object.value(QLatin1String("message")).toString();
    if (fault.message.size() > MaxMessageLength) {
        if (error)
            *error = QStringLiteral("The message is longer than %1 characters.").arg(MaxMessageLength);
        return {};
    }
    // Bounded: one admin request must not make every later answer allocate a gigabyte or wait for days.
    if (fault.times < 0 || fault.times > MaxTimes || fault.latencyMs < 0 || fault.latencyMs > MaxLatencyMs
        || fault.oversizeMiB <= 0 || fault.oversizeMiB > MaxOversizeMiB || fault.status < 100 || fault.status > 599
        || fault.retryAfterSeconds > 86400) {
        if (error)
            *error = QStringLiteral("A numeric fault field is out of range.");
        return {};
    }
    return fault;
}

QJsonObject SandboxFault::toJson() const
{
    QString kindName;
    for (const KindName& entry : kKindNames) {
        if (entry.kind == kind)
            kindName = QLatin1String(entry.name);
    }
    static const char* const kMatchNames[] = {"exact", "prefix", "regex"};
    return QJsonObject {
        {QStringLiteral("kind"), kindName},
        {QStringLiteral("method"), QString::fromLatin1(method)},
        {QStringLiteral("path"), pattern},
        {QStringLiteral("match"), QLatin1String(kMatchNames[static_cast<int>(match)])},
        {QStringLiteral("times"), times},
        {QStringLiteral("latencyMs"), latencyMs},
        {QStringLiteral("status"), status},
        {QStringLiteral("retryAfter"), retryAfterSeconds},
        {QStringLiteral("retryAfterInBody"), retryAfterInBody},
        {QStringLiteral("sizeMiB"), oversizeMiB},
        {QStringLiteral("message"), message},
    };
}
