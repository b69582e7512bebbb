#include "security/AccountChecks.h"

#include "core/AppInfo.h"
#include "ssh/PublicKey.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace Security {

namespace {

/** One registered key as the checks see it: read from its line once, without libssh. */
struct RegisteredKey
{
    const SshKey* key = nullptr;
    PublicKey::Preview preview;
    QString name; ///< the server's name, else the key's comment, else its fingerprint
};

QList<RegisteredKey> readKeys(const TeamKeys& team)
{
    QList<RegisteredKey> out;
    out.reserve(team.keys.size());
    for (const SshKey& key : team.keys) {
        RegisteredKey r;
        r.key = &key;
        r.preview = PublicKey::preview(key.publicKey);
        // A line that is no key at all has no fingerprint to match: no check can say anything about it.
        if (!r.preview.readable && !r.preview.dsa)
            continue;
        r.name = !key.name.trimmed().isEmpty() ? key.name.trimmed()
            : !r.preview.comment.isEmpty()     ? r.preview.comment
                                               : r.preview.fingerprint;
        out.append(r);
    }
    return out;
}

Finding accountFinding(const AccountSnapshot& s, Check check, Severity severity, Action action)
{
    Finding f;
    f.check = check;
    f.severity = severity;
    f.action = action;
    f.accountId = s.account.id;
    return f;
}

Finding keyFinding(const AccountSnapshot& s, const TeamKeys& team, const RegisteredKey& r, Check check,
                   Severity severity, Action action)
{
    Finding f = accountFinding(s, check, severity, action);
    f.teamId = team.teamId;
    f.teamName = team.teamName;
    f.subject = r.name;
    f.subjectId = r.key->id;
    f.fingerprint = r.preview.fingerprint;
    f.when = r.key->createdAt;
    return f;
}

void sshKeyFindings(const AccountSnapshot& s, const QSet<QString>& localFingerprints, const QDateTime& now,
                    QList<Finding>* out, AccountChecks::KeyIndex* index)
{
    if (!s.has(SnapshotPart::SshKeys))
        return;
    if (index)
        index->complete
            = std::none_of(s.sshKeys.cbegin(), s.sshKeys.cend(), [](const TeamKeys& t) { return t.failed; });
    const QDateTime rotateBefore = now.addDays(-AccountChecks::RotationDays);
    for (qsizetype t = 0; t < s.sshKeys.size(); ++t) {
        const TeamKeys& team = s.sshKeys.at(t);
        if (team.failed)
            continue;
        const QList<RegisteredKey> keys = readKeys(team);
        QMap<QString, QList<const RegisteredKey*>> byFingerprint;
        for (const RegisteredKey& r : keys) {
            if (index && !index->first.contains(r.preview.fingerprint))
                index->first.insert(r.preview.fingerprint, {t, r.key - team.keys.constData(), r.name});
            byFingerprint[r.preview.fingerprint].append(&r);
            if (r.key->createdAt.isValid() && r.key->createdAt < rotateBefore)
                out->append(keyFinding(s, team, r, Check::OldSshKey, Severity::Medium, Action::Rotate));
            if (!localFingerprints.contains(r.preview.fingerprint))
                out->append(keyFinding(s, team, r, Check::UnknownSshKey, Severity::High, Action::Review));
            const bool weakRsa
                = r.preview.type == QLatin1String("ssh-rsa") && r.preview.bits < AccountChecks::MinRsaBits;
            if (r.preview.dsa || weakRsa) {
                Finding f = keyFinding(s, team, r, Check::WeakSshKey, Severity::High, Action::Replace);
                f.detail = QStringLiteral("%1 %2").arg(r.preview.typeLabel).arg(r.preview.bits);
                out->append(f);
            }
        }
        for (auto it = byFingerprint.cbegin(); it != byFingerprint.cend(); ++it) {
            if (it->size() < 2)
                continue;
            QStringList names;
            for (const RegisteredKey* r : *it)
                names.append(r->name);
            names.sort(Qt::CaseInsensitive);
            Finding f = keyFinding(s, team, *it->first(), Check::DuplicateSshKey, Severity::Info, Action::None);
            // Several entries: the fingerprint names the finding (Finding::identity), the names are its facts.
            f.subjectId.clear();
            f.subject = names.join(QStringLiteral(", "));
            f.count = int(it->size());
            out->append(f);
        }
    }
}

void apiKeyFindings(const AccountSnapshot& s, const QDateTime& now, QList<Finding>* out)
{
    // The expiry the user entered for a stored key (Spheron AI): the API cannot tell it.
    if (const auto days = s.account.daysUntilKeyExpiry(now.date())) {
        const bool expired = *days < 0;
        if (expired || *days <= AccountChecks::ExpiryWarningDays) {
            Finding f = accountFinding(s, expired ? Check::ApiKeyExpired : Check::ApiKeyExpiring,
                                       expired ? Severity::High : Severity::Medium, Action::RotateApiKey);
            f.subject = s.account.label;
            f.when = s.account.keyExpiry.startOfDay(Qt::UTC);
            f.count = int(*days);
            out->append(f);
        }
    }
    if (!s.has(SnapshotPart::ApiKeys))
        return;
    const QDateTime rotateBefore = now.addDays(-AccountChecks::RotationDays);
    for (const ApiKeyInfo& key : s.apiKeys) {
        if (!key.createdAt.isValid() || key.createdAt >= rotateBefore)
            continue;
        Finding f = accountFinding(s, Check::OldApiKey, Severity::Medium, Action::RotateApiKey);
        f.subject = key.name.isEmpty() ? key.id : key.name;
        f.subjectId = key.id;
        f.teamId = key.teamId;
        f.teamName = key.teamName;
        f.when = key.createdAt;
        out->append(f);
    }
}

void accountStateFindings(const AccountSnapshot& s, const QDateTime& now, QList<Finding>* out)
{
    if (s.has(SnapshotPart::TwoFactor) && s.twoFactor && !s.twoFactor->enabled)
        out->append(accountFinding(s, Check::TwoFactorOff, Severity::High, Action::SetUpTwoFactor));

    if (s.has(SnapshotPart::Sessions)) {
        QList<const LoginSession*> others;
        for (const LoginSession& session : s.sessions) {
            if (!session.current)
                others.append(&session);
        }
        if (!others.isEmpty()) {
            std::sort(others.begin(), others.end(),
                      [](const LoginSession* a, const LoginSession* b) { return a->createdAt > b->createdAt; });
            Finding f = accountFinding(s, Check::OtherSessions, Severity::Medium, Action::ReviewSessions);
            // The newest other session names the finding; the count says how many there are.
            f.subject = others.first()->device;
            f.detail = others.first()->ip;
            f.when = others.first()->createdAt;
            f.count = int(others.size());
            out->append(f);
        }
    }

    for (const ActivityEntry& entry : AccountChecks::recentActivity(s, now)) {
        if (entry.madeByKeydeck)
            continue;
        Finding f = accountFinding(s, Check::RecentActivity, Severity::Medium, Action::Review);
        // The action, never the entry's arguments: those are the server's text and could hold anything.
        f.subject = entry.action;
        f.subjectId = entry.eventId.isEmpty()
            ? QStringLiteral("%1 %2").arg(entry.time.toSecsSinceEpoch()).arg(entry.action)
            : entry.eventId;
        f.detail = AccountChecks::eventKindName(entry.kind);
        f.when = entry.time;
        out->append(f);
    }
}

/** The route without its origin and version prefix ("/api/v0/ssh/12/" → "/ssh/12/"). */
QString routeTail(const QString& route)
{
    QString path = route.trimmed();
    const qsizetype query = path.indexOf(u'?');
    if (query >= 0)
        path.truncate(query);
    const qsizetype api = path.indexOf(QLatin1String("/api/v"));
    if (api >= 0) {
        const qsizetype next = path.indexOf(u'/', api + 6);
        path = next >= 0 ? path.mid(next) : QString();
    }
    if (!path.endsWith(u'/'))
        path.append(u'/');
    return path;
}

} // namespace

namespace AccountChecks {

QList<Finding> findings(const AccountSnapshot& snapshot, const QList<LocalKey>& localKeys, const QDateTime& now,
                        KeyIndex* index)
{
    QSet<QString> localFingerprints;
    for (const LocalKey& local : localKeys) {
        if (local.isValid())
            localFingerprints.insert(local.key.fingerprint());
    }
    QList<Finding> out;
    sshKeyFindings(snapshot, localFingerprints, now, &out, index);
    apiKeyFindings(snapshot, now, &out);
    accountStateFindings(snapshot, now, &out);
    return out;
}

QList<Finding> sharedKeyFindings(const QList<AccountSnapshot>& snapshots)
{
    QList<KeyIndex> indexes;
    for (const AccountSnapshot& s : snapshots) {
        KeyIndex index;
        findings(s, {}, QDateTime::currentDateTimeUtc(), &index);
        indexes.append(index);
    }
    return sharedKeyFindings(snapshots, indexes);
}

QList<Finding> sharedKeyFindings(const QList<AccountSnapshot>& snapshots, const QList<KeyIndex>& indexes)
{
    if (snapshots.size() < 2 || indexes.size() != snapshots.size())
        return {};
    for (const KeyIndex& index : indexes) {
        if (!index.complete)
            return {}; // a list not read in full cannot say "every account"
    }
    QStringList everywhere;
    for (auto it = indexes.first().first.cbegin(); it != indexes.first().first.cend(); ++it) {
        if (std::all_of(indexes.cbegin() + 1, indexes.cend(),
                        [&](const KeyIndex& other) { return other.first.contains(it.key()); }))
            everywhere.append(it.key());
    }
    everywhere.sort();
    QList<Finding> out;
    for (qsizetype i = 0; i < snapshots.size(); ++i) {
        const AccountSnapshot& s = snapshots.at(i);
        for (const QString& fingerprint : everywhere) {
            const KeyIndex::Place place = indexes.at(i).first.value(fingerprint);
            const TeamKeys& team = s.sshKeys.at(place.team);
            RegisteredKey r;
            r.key = &team.keys.at(place.key);
            r.preview.fingerprint = fingerprint;
            r.name = place.name;
            Finding f = keyFinding(s, team, r, Check::SharedSshKey, Severity::Info, Action::None);
            f.count = int(snapshots.size());
            out.append(f);
        }
    }
    return out;
}

EventKind eventKind(const AuditEvent& event)
{
    const QString method = event.method.trimmed().toUpper();
    if (method == QLatin1String("GET") || method == QLatin1String("HEAD") || method == QLatin1String("OPTIONS"))
        return EventKind::Other;
    const QString path = routeTail(event.route);
    if (path.startsWith(QLatin1String("/ssh/")))
        return path.startsWith(QLatin1String("/ssh/daemon/")) ? EventKind::Other : EventKind::SshKey;
    if (path.startsWith(QLatin1String("/auth/apikeys/")) || path == QLatin1String("/commands/reset_apikey/")
        || path.startsWith(QLatin1String("/team/apikeys/")))
        return EventKind::ApiKey;
    if (path.startsWith(QLatin1String("/auth/sessions/")) || path.startsWith(QLatin1String("/team/sessions/")))
        return EventKind::Session;
    if (path == QLatin1String("/tfa/"))
        return method == QLatin1String("POST") ? EventKind::SignIn : EventKind::TwoFactor;
    if (path.startsWith(QLatin1String("/tfa/"))) {
        // Reading the status and sending a code change nothing.
        for (const char* quiet : {"/tfa/status/", "/tfa/sms/", "/tfa/email/", "/tfa/resend/", "/tfa/test"}) {
            if (path.startsWith(QLatin1String(quiet)))
                return EventKind::Other;
        }
        return EventKind::TwoFactor;
    }
    if (path.startsWith(QLatin1String("/users/current/change-email/"))
        || path.startsWith(QLatin1String("/users/current/password-resets/")))
        return EventKind::Account;
    return EventKind::Other;
}

QString eventKindName(EventKind kind)
{
    switch (kind) {
    case EventKind::SshKey:
        return QStringLiteral("ssh-key");
    case EventKind::ApiKey:
        return QStringLiteral("api-key");
    case EventKind::TwoFactor:
        return QStringLiteral("two-factor");
    case EventKind::SignIn:
        return QStringLiteral("sign-in");
    case EventKind::Session:
        return QStringLiteral("session");
    case EventKind::Account:
        return QStringLiteral("account");
    case EventKind::Other:
        break;
    }
    return QStringLiteral("other");
}

bool madeByKeydeck(const AuditEvent& event, const QString& ownApiKeyId)
{
    if (!event.apiKeyId.isEmpty() && !ownApiKeyId.isEmpty())
        return event.apiKeyId == ownApiKeyId;
    // A session's call names no key, and with a session Keydeck may not know its key's id: then only the user agent,
    // when the server records one, can say it was Keydeck (its own 2FA session, or its sign-in).
    return event.userAgent.startsWith(AppInfo::name() + QLatin1Char('/'));
}

QList<ActivityEntry> recentActivity(const AccountSnapshot& snapshot, const QDateTime& now)
{
    QList<ActivityEntry> entries;
    if (!snapshot.has(SnapshotPart::AuditLog))
        return entries;
    const QDateTime since = now.addDays(-RecentActivityDays);
    for (const AuditEvent& event : snapshot.auditEvents) {
        const EventKind kind = eventKind(event);
        if (kind == EventKind::Other || !event.time.isValid() || event.time < since)
            continue;
        entries.append(
            {event.id, event.time, kind, event.action(), event.ip, madeByKeydeck(event, snapshot.ownApiKeyId)});
    }
    // Stable: entries of one second keep the server's order.
    std::stable_sort(entries.begin(), entries.end(),
                     [](const ActivityEntry& a, const ActivityEntry& b) { return a.time > b.time; });
    return entries;
}

} // namespace AccountChecks

} // namespace Security
