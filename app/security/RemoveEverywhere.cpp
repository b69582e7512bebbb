#include "security/RemoveEverywhere.h"

#include "core/RequestTracker.h"
#include "providers/ConsoleProvider.h"
#include "providers/Reconcile.h"
#include "ssh/PublicKey.h"

#include <QMetaObject>
#include <QSet>

#include <algorithm>
#include <memory>
#include <utility>

namespace Security {

namespace {

const QString kPlanRequest = QStringLiteral("plan");

/** What one plan() call gathers while the accounts answer. */
struct Gathering
{
    RemovalPlan plan;
    QList<QList<TeamListing>> perAccount; ///< in the order of the accounts given, whatever order they answer in
    int accountsLeft = 0;
};

RemovalResult resultOf(Reconcile::State state)
{
    switch (state) {
    case Reconcile::State::Done:
        return RemovalResult::Removed;
    case Reconcile::State::AlreadyDone:
        return RemovalResult::AlreadyGone;
    case Reconcile::State::NotDone:
        return RemovalResult::Failed;
    case Reconcile::State::Unknown:
        return RemovalResult::Unknown;
    }
    return RemovalResult::Unknown;
}

bool retryable(RemovalResult result)
{
    return result == RemovalResult::Failed || result == RemovalResult::Unknown;
}

} // namespace

bool RemovalPlan::listingFailed(const QString& accountId) const
{
    return std::any_of(listingFailures.cbegin(), listingFailures.cend(),
                       [&accountId](const ListingFailure& f) { return f.accountId == accountId; });
}

QString removalResultName(RemovalResult result)
{
    switch (result) {
    case RemovalResult::Pending:
        return QStringLiteral("pending");
    case RemovalResult::Removed:
        return QStringLiteral("removed");
    case RemovalResult::AlreadyGone:
        return QStringLiteral("alreadyGone");
    case RemovalResult::Failed:
        return QStringLiteral("failed");
    case RemovalResult::Unknown:
        return QStringLiteral("unknown");
    }
    return QStringLiteral("unknown");
}

int RemovalSummary::count(RemovalResult result) const
{
    return int(
        std::count_if(places.cbegin(), places.cend(), [result](const PlaceRemoval& p) { return p.result == result; }));
}

int RemovalSummary::retryable() const
{
    return count(RemovalResult::Failed) + count(RemovalResult::Unknown);
}

QList<PlaceRemoval> RemovalSummary::forAccount(const QString& accountId) const
{
    QList<PlaceRemoval> list;
    for (const PlaceRemoval& p : places) {
        if (p.place.accountId == accountId)
            list.append(p);
    }
    return list;
}

RemoveEverywhere::RemoveEverywhere(QObject* parent)
    : QObject(parent)
    , m_requests(new RequestTracker(this))
{
    connect(m_requests, &RequestTracker::busyChanged, this, &RemoveEverywhere::busyChanged);
}

RemoveEverywhere::~RemoveEverywhere() = default;

bool RemoveEverywhere::isBusy() const
{
    return m_requests->isBusy();
}

bool RemoveEverywhere::plan(const QString& fingerprint, const QList<AccountTarget>& accounts)
{
    if (m_running)
        return false;
    QObject* context = m_requests->replacing(kPlanRequest);
    m_providers.clear();
    for (const AccountTarget& target : accounts)
        m_providers.insert(target.account.id, target.provider);

    auto gathering = std::make_shared<Gathering>();
    gathering->plan.id = m_nextPlanId++;
    gathering->plan.fingerprint = fingerprint.trimmed();
    gathering->perAccount.resize(accounts.size());
    gathering->accountsLeft = int(accounts.size());

    const auto finish = [this, context, gathering] {
        m_requests->finish(context);
        RemovalPlan& plan = gathering->plan;
        for (const QList<TeamListing>& listings : std::as_const(gathering->perAccount)) {
            for (const TeamListing& listing : listings) {
                if (!listing.ok) {
                    plan.listingFailures.append({listing.accountId, listing.teamId, listing.teamName, listing.error});
                    continue;
                }
                plan.uncheckedKeys += listing.unchecked;
                for (const SshKey& key : listing.keys) {
                    // Computed here from the key text: Spheron AI's own fingerprint field is not the key's.
                    if (fingerprintOf(key.publicKey) != plan.fingerprint)
                        continue;
                    // Named as the overview's findings name it: a Vast.ai key has no name, but its comment.
                    const QString name
                        = key.name.trimmed().isEmpty() ? PublicKey::preview(key.publicKey).comment : key.name;
                    plan.places.append({listing.accountId, listing.teamId, listing.teamName, key.id, name});
                }
            }
        }
        m_plan = plan;
        emit planned(m_plan);
    };
    if (accounts.isEmpty()) {
        QMetaObject::invokeMethod(context, finish, Qt::QueuedConnection);
        return true;
    }
    for (int i = 0; i < accounts.size(); ++i) {
        listAccountKeys(accounts.at(i), TeamScope::All, {}, context,
                        [gathering, i, finish](const QList<TeamListing>& listings) {
                            gathering->perAccount[i] = listings;
                            if (--gathering->accountsLeft == 0)
                                finish();
                        });
    }
    return true;
}

bool RemoveEverywhere::execute(const RemovalPlan& plan)
{
    if (m_running || plan.id == 0 || plan.id != m_plan.id || m_requests->isRunning(kPlanRequest))
        return false;
    RemovalSummary summary;
    summary.planId = plan.id;
    QSet<QPair<QString, QString>> seen;
    for (const KeyPlace& place : plan.places) {
        // One delete per key, even if a caller's plan names it twice.
        if (seen.contains({place.accountId, place.keyId}))
            continue;
        seen.insert({place.accountId, place.keyId});
        PlaceRemoval removal;
        removal.place = place;
        summary.places.append(removal);
    }
    if (summary.places.isEmpty())
        return false;
    m_summary = summary;
    QList<int> all;
    for (int i = 0; i < m_summary.places.size(); ++i)
        all.append(i);
    run(all);
    return true;
}

bool RemoveEverywhere::retryFailed()
{
    if (m_running)
        return false;
    QList<int> again;
    for (int i = 0; i < m_summary.places.size(); ++i) {
        if (retryable(m_summary.places.at(i).result))
            again.append(i);
    }
    if (again.isEmpty())
        return false;
    run(again);
    return true;
}

void RemoveEverywhere::run(const QList<int>& indexes)
{
    m_running = true;
    QObject* context = m_requests->start();
    // Each account's places one after another (Vast.ai limits how often a route may be called), the accounts at once.
    QList<QString> order;
    QHash<QString, std::shared_ptr<QList<int>>> queues;
    for (int index : indexes) {
        const QString& account = m_summary.places.at(index).place.accountId;
        if (!queues.contains(account)) {
            order.append(account);
            queues.insert(account, std::make_shared<QList<int>>());
        }
        queues.value(account)->append(index);
        m_summary.places[index].result = RemovalResult::Pending;
    }
    auto accountsLeft = std::make_shared<int>(int(order.size()));
    for (const QString& account : std::as_const(order))
        runAccount(context, queues.value(account), accountsLeft);
}

void RemoveEverywhere::runAccount(QObject* context, std::shared_ptr<QList<int>> queue,
                                  std::shared_ptr<int> accountsLeft)
{
    if (queue->isEmpty()) {
        if (--*accountsLeft == 0) {
            m_requests->finish(context);
            m_running = false;
            emit finished(m_summary);
        }
        return;
    }
    const int index = queue->takeFirst();
    PlaceRemoval& removal = m_summary.places[index];
    const QPointer<ConsoleProvider> provider = m_providers.value(removal.place.accountId);
    if (!provider) {
        // The account was closed: nothing was sent.
        removal.result = RemovalResult::Failed;
        removal.error = ApiError::make(ApiError::Kind::Unsupported);
        emit placeFinished(removal);
        QMetaObject::invokeMethod(
            context, [this, context, queue, accountsLeft] { runAccount(context, queue, accountsLeft); },
            Qt::QueuedConnection);
        return;
    }
    ++removal.attempts;
    Reconcile::deleteSshKey(provider, removal.place.keyId, removal.place.teamId, context,
                            [this, index, context, queue, accountsLeft](const Reconcile::SshKeyDeleted& outcome) {
                                PlaceRemoval& done = m_summary.places[index];
                                done.result = resultOf(outcome.state);
                                // A retry's "not found" after an earlier delete whose answer was lost: that delete
                                // did it, as Reconcile says of the transport's own retry.
                                if (done.result == RemovalResult::AlreadyGone && done.answerLost)
                                    done.result = RemovalResult::Removed;
                                done.answerLost = done.answerLost || outcome.answerLost();
                                done.error = outcome.ok() ? ApiError() : outcome.error;
                                done.rereadError = outcome.rereadError;
                                emit placeFinished(done);
                                runAccount(context, queue, accountsLeft);
                            });
}

} // namespace Security
