#include "sandbox/SpheronDialect.h"

#include "sandbox/SandboxVariants.h"

#include "sandbox/SandboxKeys.h"
#include "sandbox/SandboxStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {

// Express (which the Spheron API answers like) is not strict about a trailing slash, so both forms match.
const QRegularExpression kSshKeys(QStringLiteral("^/ssh-keys/?$"));
const QRegularExpression kSshKey(QStringLiteral("^/ssh-keys/([^/]+)/?$"));
const QRegularExpression kBalance(QStringLiteral("^/balance/?$"));
const QRegularExpression kTeams(QStringLiteral("^/teams/?$"));

// An OpenSSH public key line: a known type, then base64 (the server rejects what is obviously not a key).
const QRegularExpression kPublicKey(QStringLiteral(
    "^(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp(256|384|521)|sk-ssh-ed25519@openssh\\.com|sk-ecdsa-sha2-nistp256@openssh\\."
    "com) [A-Za-z0-9+/]+={0,3}( .*)?$"));

} // namespace

SpheronDialect::SpheronDialect(SandboxStore& store, const SandboxVariants& variants)
    : m_store(store)
    , m_variants(variants)
{
    m_clock.start();
}

void SpheronDialect::setRateLimit(bool enabled, int requests, int windowSeconds)
{
    m_rateLimit = enabled;
    m_rateRequests = requests;
    m_rateWindowMs = windowSeconds * 1000;
}

SandboxReply SpheronDialect::error(int status, const QString& title, const QString& message)
{
    return SandboxReply::json(status,
                              QJsonObject {{QStringLiteral("error"), title}, {QStringLiteral("message"), message}});
}

SandboxReply SpheronDialect::handle(const SandboxRequest& request, const QString& subPath)
{
    const QRegularExpressionMatch one = kSshKey.match(subPath);
    const bool list = kSshKeys.match(subPath).hasMatch();
    const bool isBalance = kBalance.match(subPath).hasMatch();
    const bool isTeams = kTeams.match(subPath).hasMatch();
    const QByteArray& m = request.method;
    const bool known = (list && (m == "GET" || m == "POST")) || (one.hasMatch() && (m == "GET" || m == "DELETE"))
        || ((isBalance || isTeams) && m == "GET");
    if (!known) {
        if (list || one.hasMatch() || isBalance || isTeams)
            return error(404, QStringLiteral("Not Found"),
                         QStringLiteral("Cannot %1 /api%2").arg(QString::fromLatin1(m), subPath));
        return error(404, QStringLiteral("Not Found"), QStringLiteral("Route not found"));
    }

    const SandboxReply limited = checkRateLimit(request);
    if (limited.status != 200)
        return limited;

    Caller caller;
    const SandboxReply authError = authenticate(request, &caller);
    if (authError.status != 200)
        return authError;

    if (list && m == "GET")
        return listSshKeys(request, caller);
    if (list && m == "POST")
        return createSshKey(request, caller);
    if (one.hasMatch() && m == "GET")
        return getSshKey(caller, one.captured(1));
    if (one.hasMatch() && m == "DELETE")
        return deleteSshKey(caller, one.captured(1));
    if (isBalance)
        return balance(caller);
    return teams(caller);
}

SandboxReply SpheronDialect::checkRateLimit(const SandboxRequest& request)
{
    if (!m_rateLimit)
        return SandboxReply();
    // docs/api/spheron.md §8, §9: a budget per IP over a sliding window; answered with Retry-After and retryAfter.
    const qint64 nowMs = m_clock.elapsed();
    QList<qint64>& times = m_requestTimes[request.peer.toString()];
    while (!times.isEmpty() && nowMs - times.constFirst() >= m_rateWindowMs)
        times.removeFirst();
    if (times.size() >= m_rateRequests) {
        const int retryAfter = int((m_rateWindowMs - (nowMs - times.constFirst()) + 999) / 1000);
        SandboxReply reply = SandboxReply::json(
            429,
            QJsonObject {
                {QStringLiteral("error"), QStringLiteral("Too Many Requests")},
                {QStringLiteral("message"), QStringLiteral("Too many requests from this IP, please try again later.")},
                {QStringLiteral("retryAfter"), retryAfter}});
        reply.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter)});
        return reply;
    }
    times.append(nowMs);
    return SandboxReply();
}

SandboxReply SpheronDialect::authenticate(const SandboxRequest& request, Caller* caller) const
{
    const QByteArray header = request.header("Authorization").trimmed();
    if (header.isEmpty())
        return error(401, QStringLiteral("Unauthorized"), QStringLiteral("No API key provided."));
    if (!header.startsWith("Bearer "))
        return error(401, QStringLiteral("Unauthorized"), QStringLiteral("Use the Authorization: Bearer scheme."));
    const QString token = QString::fromUtf8(header.mid(7).trimmed());
    const QVariantMap key = m_store.selectOne(
        QStringLiteral("SELECT user_id, expires_at, revoked_at FROM spheron_api_keys WHERE key_hash = ?"),
        {SandboxKeys::hash(token)});
    if (key.isEmpty())
        return error(401, QStringLiteral("Unauthorized"), QStringLiteral("Invalid API key."));
    if (!key.value(QStringLiteral("revoked_at")).isNull())
        return error(401, QStringLiteral("Unauthorized"), QStringLiteral("This API key has been revoked."));
    // The expiry is checked on every request, not only at login.
    const QDateTime expires = QDateTime::fromString(key.value(QStringLiteral("expires_at")).toString(), Qt::ISODate);
    if (!expires.isValid() || expires <= QDateTime::currentDateTimeUtc())
        return error(401, QStringLiteral("Unauthorized"), QStringLiteral("This API key has expired."));
    caller->userId = key.value(QStringLiteral("user_id")).toLongLong();
    return SandboxReply();
}

QString SpheronDialect::roleIn(qint64 userId, const QString& teamId) const
{
    return m_store
        .scalar(QStringLiteral("SELECT role FROM spheron_members WHERE user_id = ? AND team_id = ?"), {userId, teamId})
        .toString();
}

QString SpheronDialect::currentTeam(qint64 userId) const
{
    return m_store
        .scalar(QStringLiteral("SELECT team_id FROM spheron_members WHERE user_id = ? ORDER BY is_current DESC, "
                               "team_id LIMIT 1"),
                {userId})
        .toString();
}

QJsonObject SpheronDialect::sshKeyObject(const QVariantMap& row) const
{
    return QJsonObject {
        {QStringLiteral("id"), row.value(QStringLiteral("id")).toString()},
        {QStringLiteral("name"), row.value(QStringLiteral("name")).toString()},
        {QStringLiteral("publicKey"), row.value(QStringLiteral("public_key")).toString()},
        {QStringLiteral("fingerprint"), row.value(QStringLiteral("fingerprint")).toString()},
        {QStringLiteral("createdAt"), row.value(QStringLiteral("created_at")).toString()},
        {QStringLiteral("teamId"), row.value(QStringLiteral("team_id")).toString()},
    };
}

SandboxReply SpheronDialect::listSshKeys(const SandboxRequest& request, const Caller& caller)
{
    // Never a null QString: SQLite compares a bound NULL with '' as NULL, which would hide every key.
    QString teamFilter = request.query.queryItemValue(QStringLiteral("teamId"));
    // docs/api/spheron.md §2.1, issue 19 item 2: which keys the list answers is not settled. all-teams and
    // no-public-key honour ?teamId (every team's keys without it); current-team answers the current team's only.
    const bool currentOnly = m_variants.is(QStringLiteral("spheron-list"), QStringLiteral("current-team"));
    if (currentOnly)
        teamFilter = currentTeam(caller.userId);
    if (teamFilter.isNull())
        teamFilter = QLatin1String("");
    if (!teamFilter.isEmpty() && roleIn(caller.userId, teamFilter).isEmpty())
        return error(403, QStringLiteral("Forbidden"), QStringLiteral("You are not a member of this team."));
    const auto rows = m_store.select(
        QStringLiteral("SELECT k.* FROM spheron_ssh_keys k JOIN spheron_members m ON m.team_id = k.team_id AND "
                       "m.user_id = ? WHERE (? = '' OR k.team_id = ?) ORDER BY k.created_at DESC"),
        {caller.userId, teamFilter, teamFilter});
    QJsonArray keys;
    const bool brief = m_variants.is(QStringLiteral("spheron-list"), QStringLiteral("no-public-key"));
    for (const QVariantMap& row : rows) {
        QJsonObject key = sshKeyObject(row);
        if (brief) {
            // Only GET /api/ssh-keys/{id} carries the key text and the team.
            key.remove(QStringLiteral("publicKey"));
            key.remove(QStringLiteral("teamId"));
        }
        keys.append(key);
    }
    if (m_variants.is(QStringLiteral("list-items"), QStringLiteral("odd"))) {
        // Variant list-items=odd (docs/SANDBOX.md): a key whose team is an object, which no reference lists.
        keys.append(QJsonObject {{QStringLiteral("id"), QStringLiteral("0dd0dd0dd0dd0dd0dd0dd0dd")},
                                 {QStringLiteral("name"), QStringLiteral("odd team")},
                                 {QStringLiteral("publicKey"), QStringLiteral("ssh-ed25519 AAAA odd")},
                                 {QStringLiteral("teamId"), QJsonObject {{QStringLiteral("id"), teamFilter}}}});
    }
    return SandboxReply::json(200, keys); // docs/api/spheron.md §2.1: a bare array
}

SandboxReply SpheronDialect::getSshKey(const Caller& caller, const QString& id)
{
    const QVariantMap row = m_store.selectOne(
        QStringLiteral("SELECT k.* FROM spheron_ssh_keys k JOIN spheron_members m ON m.team_id = k.team_id AND "
                       "m.user_id = ? WHERE k.id = ?"),
        {caller.userId, id});
    if (row.isEmpty())
        return error(404, QStringLiteral("Not Found"), QStringLiteral("SSH key not found."));
    return SandboxReply::json(200, sshKeyObject(row));
}

SandboxReply SpheronDialect::createSshKey(const SandboxRequest& request, const Caller& caller)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return error(400, QStringLiteral("Bad Request"), QStringLiteral("The request body is not valid JSON."));
    const QJsonObject body = doc.object();
    const QString name = body.value(QLatin1String("name")).toString().trimmed();
    const QString publicKey = body.value(QLatin1String("publicKey")).toString().trimmed();
    if (name.isEmpty() || publicKey.isEmpty())
        return error(400, QStringLiteral("Bad Request"), QStringLiteral("Both name and publicKey are required."));
    if (name.size() > 100)
        return error(400, QStringLiteral("Bad Request"), QStringLiteral("The name must be at most 100 characters."));
    if (!kPublicKey.match(publicKey).hasMatch() || publicKey.contains(QLatin1Char('\n')))
        return error(400, QStringLiteral("Bad Request"), QStringLiteral("Invalid SSH public key format."));
    const QJsonValue teamValue = body.value(QLatin1String("teamId"));
    if (!teamValue.isUndefined() && !teamValue.isNull() && !teamValue.isString())
        return error(400, QStringLiteral("Bad Request"), QStringLiteral("teamId must be a string."));
    const QString teamId = teamValue.isString() ? teamValue.toString() : currentTeam(caller.userId);
    const QString role = roleIn(caller.userId, teamId);
    if (role.isEmpty())
        return error(403, QStringLiteral("Forbidden"), QStringLiteral("You are not a member of this team."));
    if (role == QLatin1String("member"))
        return error(403, QStringLiteral("Forbidden"),
                     QStringLiteral("Only team owners and admins can manage SSH keys."));
    const QString keyBody = publicKey.section(QLatin1Char(' '), 0, 1);
    if (m_store
            .scalar(QStringLiteral("SELECT COUNT(*) FROM spheron_ssh_keys WHERE team_id = ? AND (public_key = ? OR "
                                   "public_key LIKE ?)"),
                    {teamId, keyBody, keyBody + QStringLiteral(" %")})
            .toInt()
        > 0) {
        return error(409, QStringLiteral("Conflict"), QStringLiteral("This SSH key already exists in the team."));
    }
    const QString id = SandboxKeys::objectId();
    m_store.insert(QStringLiteral("INSERT INTO spheron_ssh_keys (id, team_id, user_id, name, public_key, fingerprint, "
                                  "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                   {id, teamId, caller.userId, name, publicKey, SandboxKeys::spheronServerFingerprint(publicKey),
                    SandboxKeys::isoMillis(QDateTime::currentDateTimeUtc())});
    const QVariantMap row = m_store.selectOne(QStringLiteral("SELECT * FROM spheron_ssh_keys WHERE id = ?"), {id});
    return SandboxReply::json(201, sshKeyObject(row));
}

SandboxReply SpheronDialect::deleteSshKey(const Caller& caller, const QString& id)
{
    const QString teamId
        = m_store.scalar(QStringLiteral("SELECT team_id FROM spheron_ssh_keys WHERE id = ?"), {id}).toString();
    const QString role = teamId.isEmpty() ? QString() : roleIn(caller.userId, teamId);
    if (role.isEmpty())
        return error(404, QStringLiteral("Not Found"), QStringLiteral("SSH key not found."));
    if (role == QLatin1String("member"))
        return error(403, QStringLiteral("Forbidden"),
                     QStringLiteral("Only team owners and admins can manage SSH keys."));
    m_store.exec(QStringLiteral("DELETE FROM spheron_ssh_keys WHERE id = ?"), {id});
    return SandboxReply::json(
        200, QJsonObject {{QStringLiteral("message"), QStringLiteral("SSH key deleted successfully")}});
}

SandboxReply SpheronDialect::balance(const Caller& caller)
{
    const auto rows = m_store.select(
        QStringLiteral("SELECT t.id, t.name, t.balance, m.role, m.is_current FROM spheron_members m JOIN "
                       "spheron_teams t ON t.id = m.team_id WHERE m.user_id = ? ORDER BY m.is_current DESC, t.name"),
        {caller.userId});
    QJsonArray teams;
    for (const QVariantMap& row : rows) {
        teams.append(QJsonObject {
            {QStringLiteral("teamId"), row.value(QStringLiteral("id")).toString()},
            {QStringLiteral("teamName"), row.value(QStringLiteral("name")).toString()},
            {QStringLiteral("balance"), row.value(QStringLiteral("balance")).toDouble()},
            {QStringLiteral("isCurrentTeam"), row.value(QStringLiteral("is_current")).toBool()},
            {QStringLiteral("role"), row.value(QStringLiteral("role")).toString()},
        });
    }
    return SandboxReply::json(
        200, QJsonObject {{QStringLiteral("teams"), teams}, {QStringLiteral("currency"), QStringLiteral("USD")}});
}

SandboxReply SpheronDialect::teams(const Caller& caller)
{
    // docs/api/spheron.md §6: shape unverified; a bare array with `id` (as SkyPilot reads it) plus name and role.
    const auto rows = m_store.select(
        QStringLiteral("SELECT t.id, t.name, m.role, m.is_current, (SELECT COUNT(*) FROM spheron_members x WHERE "
                       "x.team_id = t.id) AS members FROM spheron_members m JOIN spheron_teams t ON t.id = m.team_id "
                       "WHERE m.user_id = ? ORDER BY m.is_current DESC, t.name"),
        {caller.userId});
    QJsonArray teams;
    for (const QVariantMap& row : rows) {
        teams.append(QJsonObject {
            {QStringLiteral("id"), row.value(QStringLiteral("id")).toString()},
            {QStringLiteral("name"), row.value(QStringLiteral("name")).toString()},
            {QStringLiteral("role"), row.value(QStringLiteral("role")).toString()},
            {QStringLiteral("isCurrentTeam"), row.value(QStringLiteral("is_current")).toBool()},
            {QStringLiteral("memberCount"), row.value(QStringLiteral("members")).toInt()},
        });
    }
    return SandboxReply::json(200, teams);
}
