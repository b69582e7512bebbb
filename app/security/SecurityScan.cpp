#include "security/SecurityScan.h"

#include "core/RequestTracker.h"
#include "providers/ConsoleProvider.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Security {

namespace {

const QString kScanKind = QStringLiteral("security-scan");

} // namespace

/** One scan's state, shared by its callbacks; they run only while the scan's context lives. */
struct SecurityScan::Run
{
    QObject* context = nullptr;
    QList<Target> targets;
    QList<AccountSnapshot> snapshots;
    QList<int> pending; ///< answers still awaited, per account
    int accountsLeft = 0; ///< accounts whose findings were not emitted yet
    QList<AccountChecks::KeyIndex> keyIndexes; ///< per account, made with its findings
    QList<LocalKey> localKeys;
    QDateTime now;
};

SecurityScan::SecurityScan(QObject* parent)
    : QObject(parent)
    , m_tracker(new RequestTracker(this))
{ }

SecurityScan::~SecurityScan() = default;

void SecurityScan::start(const QList<Target>& targets, const QList<LocalKey>& localKeys, const QDateTime& now)
{
    auto run = std::make_shared<Run>();
    // Replaces a scan under way: its context goes, so its requests are aborted and their callbacks never run.
    run->context = m_tracker->replacing(kScanKind);
    run->targets = targets;
    run->localKeys = localKeys;
    run->now = now.isValid() ? now : QDateTime::currentDateTimeUtc();
    run->pending.fill(0, targets.size());
    run->keyIndexes.resize(targets.size());
    run->accountsLeft = int(targets.size());
    for (const Target& target : targets) {
        AccountSnapshot snapshot;
        snapshot.account = target.account;
        snapshot.ownApiKeyId = target.ownApiKeyId;
        run->snapshots.append(snapshot);
    }
    if (targets.isEmpty()) {
        // Nothing to ask: finish on the next turn, as a scan with answers would.
        QObject* context = run->context;
        QMetaObject::invokeMethod(
            context,
            [this, context] {
                m_tracker->finish(context);
                emit finished({});
            },
            Qt::QueuedConnection);
        return;
    }
    for (int i = 0; i < targets.size(); ++i)
        gather(run, i);
}

void SecurityScan::cancel()
{
    m_tracker->cancel(kScanKind);
}

bool SecurityScan::isRunning() const
{
    return m_tracker->isRunning(kScanKind);
}

void SecurityScan::gather(const std::shared_ptr<Run>& run, int index)
{
    ConsoleProvider* provider = run->targets.at(index).provider;
    AccountSnapshot& snapshot = run->snapshots[index];
    QObject* context = run->context;
    using C = ConsoleProvider::Capability;

    // Each part: mark it asked, count it pending, and on failure mark it failed with its reason.
    auto ask = [&](SnapshotPart part) {
        snapshot.asked |= part;
        ++run->pending[index];
    };
    auto fail = [run, index](SnapshotPart part, const ApiError& error) {
        run->snapshots[index].failed |= part;
        run->snapshots[index].errors.insert(part, error);
    };

    if (provider->has(C::Teams)) {
        gatherTeams(run, index, provider);
    } else if (provider->has(C::SshKeys)) {
        ask(SnapshotPart::SshKeys);
        provider->listSshKeys({}, context, [this, run, index, fail](ApiResult<QList<SshKey>> r) {
            if (r.ok())
                run->snapshots[index].sshKeys.append(TeamKeys {{}, {}, *r.value, false, {}});
            else
                fail(SnapshotPart::SshKeys, r.error);
            partDone(run, index);
        });
    }
    if (provider->has(C::ProfileRead)) {
        ask(SnapshotPart::Profile);
        provider->fetchProfile(context, [this, run, index, fail](ApiResult<UserProfile> r) {
            if (r.ok() && !r.value->apiKeyId.isEmpty())
                run->snapshots[index].ownApiKeyId = r.value->apiKeyId;
            else if (!r.ok())
                fail(SnapshotPart::Profile, r.error);
            partDone(run, index);
        });
    }
    if (provider->has(C::ApiKeysManage)) {
        ask(SnapshotPart::ApiKeys);
        provider->listApiKeys(context, [this, run, index, fail](ApiResult<QList<ApiKeyInfo>> r) {
            if (r.ok())
                run->snapshots[index].apiKeys = *r.value;
            else
                fail(SnapshotPart::ApiKeys, r.error);
            partDone(run, index);
        });
    }
    if (provider->has(C::TwoFactor)) {
        ask(SnapshotPart::TwoFactor);
        provider->twoFactorStatus(context, [this, run, index, fail](ApiResult<TwoFactorStatus> r) {
            if (r.ok())
                run->snapshots[index].twoFactor = *r.value;
            else
                fail(SnapshotPart::TwoFactor, r.error);
            partDone(run, index);
        });
    }
    if (provider->has(C::Sessions)) {
        ask(SnapshotPart::Sessions);
        provider->listSessions(context, [this, run, index, fail](ApiResult<QList<LoginSession>> r) {
            if (r.ok())
                run->snapshots[index].sessions = *r.value;
            else
                fail(SnapshotPart::Sessions, r.error);
            partDone(run, index);
        });
    }
    if (provider->has(C::AuditLog)) {
        ask(SnapshotPart::AuditLog);
        provider->listAuditEvents(context, [this, run, index, fail](ApiResult<QList<AuditEvent>> r) {
            if (r.ok())
                run->snapshots[index].auditEvents = *r.value;
            else
                fail(SnapshotPart::AuditLog, r.error);
            partDone(run, index);
        });
    }
    if (run->pending.at(index) == 0) {
        // A provider that offers none of the parts: its (empty) findings arrive like the others, on the next turn.
        ++run->pending[index];
        QMetaObject::invokeMethod(
            context, [this, run, index] { partDone(run, index); }, Qt::QueuedConnection);
    }
}

void SecurityScan::gatherTeams(const std::shared_ptr<Run>& run, int index, ConsoleProvider* provider)
{
    // Spheron AI: the balance lists the teams; then every team's keys, all at once.
    AccountSnapshot& snapshot = run->snapshots[index];
    snapshot.asked |= SnapshotPart::Profile;
    snapshot.asked |= SnapshotPart::SshKeys;
    ++run->pending[index];
    provider->fetchBalance(run->context, [this, run, index, provider](ApiResult<AccountBalance> balance) {
        AccountSnapshot& s = run->snapshots[index];
        if (!balance.ok() || balance.value->teams.isEmpty()) {
            const ApiError error = balance.ok() ? ApiError::make(ApiError::Kind::Protocol) : balance.error;
            s.failed |= SnapshotPart::Profile;
            s.failed |= SnapshotPart::SshKeys;
            s.errors.insert(SnapshotPart::Profile, error);
            s.errors.insert(SnapshotPart::SshKeys, error);
            partDone(run, index);
            return;
        }
        for (const Team& team : balance.value->teams) {
            const qsizetype slot = s.sshKeys.size();
            s.sshKeys.append(TeamKeys {team.id, team.name, {}, false, {}});
            ++run->pending[index];
            provider->listSshKeys(team.id, run->context, [this, run, index, slot](ApiResult<QList<SshKey>> r) {
                AccountSnapshot& inner = run->snapshots[index];
                TeamKeys& keys = inner.sshKeys[slot];
                if (r.ok()) {
                    keys.keys = *r.value;
                } else {
                    keys.failed = true;
                    keys.error = r.error;
                    // The part fails as a whole only when no team could be listed.
                    const bool anyRead = std::any_of(inner.sshKeys.cbegin(), inner.sshKeys.cend(),
                                                     [](const TeamKeys& t) { return !t.failed; });
                    if (!anyRead) {
                        inner.failed |= SnapshotPart::SshKeys;
                        inner.errors.insert(SnapshotPart::SshKeys, r.error);
                    }
                }
                partDone(run, index);
            });
        }
        partDone(run, index);
    });
}

void SecurityScan::partDone(const std::shared_ptr<Run>& run, int index)
{
    if (--run->pending[index] > 0)
        return;
    // The checks read every registered key's line (its SHA-256 fingerprint): with thousands of keys that held the
    // window for tens of milliseconds (issue 24 item 5, docs/PERFORMANCE.md), so they run on a worker. The snapshot
    // is copied (implicitly shared, read-only on both sides). The answer comes back through a watcher owned by the
    // run's context, which a newer scan deletes: a replaced scan's findings are never emitted.
    using Checked = std::pair<QList<Finding>, AccountChecks::KeyIndex>;
    auto* watcher = new QFutureWatcher<Checked>(run->context);
    connect(watcher, &QFutureWatcherBase::finished, run->context, [this, run, index, watcher] {
        const Checked checked = watcher->result();
        watcher->deleteLater();
        run->keyIndexes[index] = checked.second;
        const QPointer<QObject> alive(run->context);
        emit accountScanned(run->snapshots.at(index), checked.first);
        if (!alive) // a receiver started a newer scan
            return;
        if (--run->accountsLeft > 0)
            return;
        // From the indexes the workers made: no key is read again.
        const QList<Finding> shared = AccountChecks::sharedKeyFindings(run->snapshots, run->keyIndexes);
        m_tracker->finish(run->context);
        emit finished(shared);
    });
    watcher->setFuture(
        QtConcurrent::run([snapshot = run->snapshots.at(index), localKeys = run->localKeys, now = run->now] {
            Checked checked;
            checked.first = AccountChecks::findings(snapshot, localKeys, now, &checked.second);
            return checked;
        }));
}

} // namespace Security
