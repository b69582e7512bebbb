#include "sandbox/VastDialect.h"

#include "sandbox/SandboxKeys.h"
#include "sandbox/SandboxStore.h"
#include "sandbox/SandboxVariants.h"

#include <QDateTime>
#include <QJsonArray>

// The login session routes: /auth/sessions/ (docs/api/vast-endpoints.md §3.5). The 2FA login that creates a session
// lives in VastTfaRoutes.cpp.

SandboxReply VastDialect::listSessions(const SandboxRequest&, const Caller& caller, const QString&, const QJsonObject&)
{
    // The real shape is undocumented (docs/api/vast-endpoints.md §3.5); this one is the sandbox's, see docs/SANDBOX.md.
    QJsonArray sessions;
    const auto rows = m_store.select(QStringLiteral("SELECT * FROM vast_sessions WHERE user_id = ? AND deleted_at IS "
                                                    "NULL AND expires_at > ? ORDER BY created_at DESC"),
                                     {caller.userId, now()});
    for (const QVariantMap& row : rows) {
        const qint64 id = row.value(QStringLiteral("id")).toLongLong();
        sessions.append(QJsonObject {
            {QStringLiteral("id"), id},
            {QStringLiteral("device"), row.value(QStringLiteral("device")).toString()},
            {QStringLiteral("ip"), row.value(QStringLiteral("ip")).toString()},
            {QStringLiteral("created_at"), row.value(QStringLiteral("created_at")).toString()},
            {QStringLiteral("expires_at"), row.value(QStringLiteral("expires_at")).toString()},
            {QStringLiteral("current"), id == caller.sessionId},
        });
    }
    if (oddItems())
        sessions.append(QJsonObject {{QStringLiteral("device"), QStringLiteral("a session without an id")}});
    return ok(QJsonObject {{QStringLiteral("success"), true}, {QStringLiteral("sessions"), sessions}});
}

SandboxReply VastDialect::deleteSessions(const SandboxRequest&, const Caller& caller, const QString&,
                                         const QJsonObject& body)
{
    if (m_variants.is(QStringLiteral("sessions-delete-body"), QStringLiteral("ignored"))) {
        // A server that reads no body: the DELETE is a logout of the calling session; an API key has none.
        m_store.exec(QStringLiteral("UPDATE vast_sessions SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL"),
                     {now(), caller.sessionId});
        return ok(QJsonObject {{QStringLiteral("success"), true}, {QStringLiteral("deleted"), m_store.changedRows()}});
    }
    if (body.value(QLatin1String("all_except_current")).toBool()) {
        m_store.exec(QStringLiteral("UPDATE vast_sessions SET deleted_at = ? WHERE user_id = ? AND deleted_at IS NULL "
                                    "AND id != ? AND expires_at > ?"),
                     {now(), caller.userId, caller.sessionId, now()});
        return ok(QJsonObject {{QStringLiteral("success"), true}, {QStringLiteral("deleted"), m_store.changedRows()}});
    }
    const QJsonValue id = body.value(QLatin1String("id"));
    if (!id.isDouble())
        return error(400, QStringLiteral("missing_input"),
                     QStringLiteral("Give the session \"id\" or \"all_except_current\": true."));
    m_store.exec(
        QStringLiteral("UPDATE vast_sessions SET deleted_at = ? WHERE id = ? AND user_id = ? AND deleted_at IS NULL"),
        {now(), id.toVariant().toLongLong(), caller.userId});
    if (m_store.changedRows() == 0)
        return error(404, QStringLiteral("not_found"), QStringLiteral("Session not found."));
    return ok(QJsonObject {{QStringLiteral("success"), true}, {QStringLiteral("deleted"), 1}});
}
