#include "sandbox/VastDialect.h"

#include "sandbox/SandboxKeys.h"
#include "sandbox/SandboxStore.h"
#include "sandbox/SandboxVariants.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

// The audit log: GET /audit_logs/ (docs/api/vast-endpoints.md §3.8), and the recording of every call that changed
// something, so that a client sees its own actions there as they happen.

namespace {

/**
 * The body members an entry keeps: ids, names and flags. Never a key, a code, a secret, a phone number or an
 * environment variable's value (for /secrets/ "key" is the variable's name).
 */
const QStringList kRecordedArgs = {
    QStringLiteral("id"),         QStringLiteral("name"),          QStringLiteral("key"),
    QStringLiteral("tfa_method"), QStringLiteral("tfa_method_id"), QStringLiteral("target_id"),
    QStringLiteral("label"),      QStringLiteral("is_primary"),    QStringLiteral("all_except_current"),
    QStringLiteral("username"),   QStringLiteral("fullname"),      QStringLiteral("client_id"),
};

} // namespace

void VastDialect::recordAudit(const SandboxRequest& request, const Caller& caller, const QString& arg,
                              const QJsonObject& body)
{
    QJsonObject args;
    for (const QString& name : kRecordedArgs) {
        if (body.contains(name))
            args.insert(name, body.value(name));
    }
    if (!arg.isEmpty())
        args.insert(QStringLiteral("id"), arg.toLongLong());
    const QByteArray agent = request.header("User-Agent");
    m_store.insert(QStringLiteral("INSERT INTO vast_audit_logs (user_id, api_key_id, method, api_route, args, "
                                  "ip_address, user_agent, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                   {caller.userId, caller.apiKeyId >= 0 ? QVariant(caller.apiKeyId) : QVariant(),
                    QString::fromLatin1(request.method), request.path,
                    QString::fromUtf8(QJsonDocument(args).toJson(QJsonDocument::Compact)),
                    request.peer.isNull() ? QStringLiteral("127.0.0.1") : request.peer.toString(),
                    QString::fromUtf8(agent.left(512)), QDateTime::currentSecsSinceEpoch()});
}

SandboxReply VastDialect::listAuditLogs(const SandboxRequest&, const Caller& caller, const QString&, const QJsonObject&)
{
    // Variant vast-audit-log (docs/SANDBOX.md): the CLI's five columns, or a fuller entry in an envelope.
    const bool detailed = m_variants.is(QStringLiteral("vast-audit-log"), QStringLiteral("detailed"));
    QJsonArray entries;
    const auto rows = m_store.select(QStringLiteral("SELECT * FROM vast_audit_logs WHERE user_id = ? ORDER BY "
                                                    "created_at DESC, id DESC LIMIT 500"),
                                     {caller.userId});
    for (const QVariantMap& row : rows) {
        const qint64 created = row.value(QStringLiteral("created_at")).toLongLong();
        const QString args = row.value(QStringLiteral("args")).toString();
        QJsonObject entry {
            {QStringLiteral("ip_address"), row.value(QStringLiteral("ip_address")).toString()},
            {QStringLiteral("api_key_id"), jsonOrNull(row.value(QStringLiteral("api_key_id")))},
            {QStringLiteral("api_route"), row.value(QStringLiteral("api_route")).toString()},
        };
        if (detailed) {
            entry.insert(QStringLiteral("id"), row.value(QStringLiteral("id")).toLongLong());
            entry.insert(QStringLiteral("created_at"), double(created));
            entry.insert(QStringLiteral("method"), row.value(QStringLiteral("method")).toString());
            entry.insert(QStringLiteral("user_agent"), row.value(QStringLiteral("user_agent")).toString());
            entry.insert(QStringLiteral("args"), QJsonDocument::fromJson(args.toUtf8()).object());
        } else {
            entry.insert(QStringLiteral("created_at"),
                         SandboxKeys::isoSeconds(QDateTime::fromSecsSinceEpoch(created, Qt::UTC)));
            entry.insert(QStringLiteral("args"), args);
        }
        entries.append(entry);
    }
    if (oddItems())
        entries.append(QJsonObject {{QStringLiteral("api_route"), 42}, {QStringLiteral("ip_address"), true}});
    if (detailed)
        return ok(QJsonObject {{QStringLiteral("success"), true}, {QStringLiteral("audit_logs"), entries}});
    return SandboxReply::json(200, entries);
}
