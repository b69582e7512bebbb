#include "security/AddEverywhere.h"

#include "core/RequestTracker.h"
#include "providers/ConsoleProvider.h"
#include "providers/Reconcile.h"
#include "ssh/PublicKey.h"

#include <QFileInfo>
#include <QMetaObject>
#include <QSet>

#include <algorithm>
#include <utility>

namespace Security {

namespace {

const QString kPlanRequest = QStringLiteral("plan");

struct Gathering
{
    AdditionPlan plan;
    QList<QList<TeamListing>> perAccount; ///< in the order of the accounts given
    int accountsLeft = 0;
};

bool retryable(AdditionResult result)
{
    return result == AdditionResult::Failed || result == AdditionResult::Unknown;
}

/** The key in @p keys with @p fingerprint, computed from its text. */
const SshKey* findByFingerprint(const QList<SshKey>& keys, const QString& fingerprint)
{
    const auto it = std::find_if(keys.cbegin(), keys.cend(),
                                 [&fingerprint](const SshKey& k) { return fingerprintOf(k.publicKey) == fingerprint; });
    return it == keys.cend() ? nullptr : &*it;
}

} // namespace

QString additionResultName(AdditionResult result)
{
    switch (result) {
    case AdditionResult::Pending:
        return QStringLiteral("pending");
    case AdditionResult::Added:
        return QStringLiteral("added");
    case AdditionResult::AlreadyThere:
        return QStringLiteral("alreadyThere");
    case AdditionResult::Failed:
        return QStringLiteral("failed");
    case AdditionResult::Unknown:
        return QStringLiteral("unknown");
    }
    return QStringLiteral("unknown");
}

int AdditionSummary::count(AdditionResult result) const
{
    return int(std::count_if(targets.cbegin(), targets.cend(),
                             [result](const TargetAddition& t) { return t.result == result; }));
}

int AdditionSummary::retryable() const
{
    return count(AdditionResult::Failed) + count(AdditionResult::Unknown);
}

QList<TargetAddition> AdditionSummary::forAccount(const QString& accountId) const
{
    QList<TargetAddition> list;
    for (const TargetAddition& t : targets) {
        if (t.target.accountId == accountId)
            list.append(t);
    }
    return list;
}

AddEverywhere::AddEverywhere(QObject* parent)
    : QObject(parent)
    , m_requests(new RequestTracker(this))
{
    connect(m_requests, &RequestTracker::busyChanged, this, &AddEverywhere::busyChanged);
}

AddEverywhere::~AddEverywhere() = default;

bool AddEverywhere::isBusy() const
{
    return m_requests->isBusy();
}

QString AddEverywhere::defaultName(const QString& publicKeyLine, const QString& fileName)
{
    const PublicKey::Preview preview = PublicKey::preview(publicKeyLine);
    if (!preview.comment.isEmpty())
        return preview.comment;
    QString base = QFileInfo(fileName).fileName();
    if (base.endsWith(QLatin1String(".pub")))
        base.chop(4);
    if (!base.isEmpty())
        return base;
    return preview.fingerprint;
}

bool AddEverywhere::plan(const QString& publicKeyLine, const QString& fileName, const QList<AccountTarget>& accounts,
                         const QHash<QString, QStringList>& teams)
{
    if (m_running)
        return false;
    QObject* context = m_requests->replacing(kPlanRequest);
    m_providers.clear();
    for (const AccountTarget& target : accounts)
        m_providers.insert(target.account.id, target.provider);

    auto gathering = std::make_shared<Gathering>();
    AdditionPlan& plan = gathering->plan;
    plan.id = m_nextPlanId++;
    const PublicKey key = PublicKey::parse(publicKeyLine);
    if (key.isValid()) {
        plan.publicKeyLine = key.authorizedKeysLine();
        plan.fingerprint = key.fingerprint();
        plan.name = defaultName(plan.publicKeyLine, fileName);
    } else {
        plan.keyError = key.errorMessage();
    }
    gathering->perAccount.resize(accounts.size());
    gathering->accountsLeft = key.isValid() ? int(accounts.size()) : 0;

    const auto finish = [this, context, gathering] {
        m_requests->finish(context);
        AdditionPlan& plan = gathering->plan;
        for (const QList<TeamListing>& listings : std::as_const(gathering->perAccount)) {
            for (const TeamListing& listing : listings) {
                if (!listing.ok) {
                    plan.listingFailures.append({listing.accountId, listing.teamId, listing.teamName, listing.error});
                    continue;
                }
                plan.uncheckedKeys += listing.unchecked;
                if (const SshKey* there = findByFingerprint(listing.keys, plan.fingerprint))
                    plan.present.append({listing.accountId, listing.teamId, listing.teamName, there->id, there->name});
                else
                    plan.missing.append({listing.accountId, listing.teamId, listing.teamName});
            }
        }
        m_plan = plan;
        emit planned(m_plan);
    };
    if (gathering->accountsLeft == 0) {
        QMetaObject::invokeMethod(context, finish, Qt::QueuedConnection);
        return true;
    }
    for (int i = 0; i < accounts.size(); ++i) {
        const AccountTarget& target = accounts.at(i);
        listAccountKeys(target, TeamScope::Current, teams.value(target.account.id), context,
                        [gathering, i, finish](const QList<TeamListing>& listings) {
                            gathering->perAccount[i] = listings;
                            if (--gathering->accountsLeft == 0)
                                finish();
                        });
    }
    return true;
}

bool AddEverywhere::execute(const AdditionPlan& plan)
{
    if (m_running || plan.id == 0 || plan.id != m_plan.id || m_requests->isRunning(kPlanRequest)
        || m_plan.publicKeyLine.isEmpty())
        return false;
    AdditionSummary summary;
    summary.planId = plan.id;
    for (const KeyPlace& place : m_plan.present) {
        TargetAddition there;
        there.target = {place.accountId, place.teamId, place.teamName};
        there.result = AdditionResult::AlreadyThere;
        there.key.id = place.keyId;
        there.key.name = place.keyName;
        there.key.teamId = place.teamId;
        summary.targets.append(there);
    }
    QList<int> toAdd;
    QSet<QPair<QString, QString>> seen;
    for (const KeyTarget& target : plan.missing) {
        // One upload per account and team, even if a caller's plan names it twice.
        if (seen.contains({target.accountId, target.teamId}))
            continue;
        seen.insert({target.accountId, target.teamId});
        TargetAddition addition;
        addition.target = target;
        toAdd.append(int(summary.targets.size()));
        summary.targets.append(addition);
    }
    if (toAdd.isEmpty())
        return false;
    m_summary = summary;
    m_sentName = plan.name.trimmed().isEmpty() ? m_plan.name : plan.name.trimmed();
    run(toAdd, false);
    return true;
}

bool AddEverywhere::retryFailed()
{
    if (m_running)
        return false;
    QList<int> again;
    for (int i = 0; i < m_summary.targets.size(); ++i) {
        if (retryable(m_summary.targets.at(i).result))
            again.append(i);
    }
    if (again.isEmpty())
        return false;
    run(again, true);
    return true;
}

void AddEverywhere::run(const QList<int>& indexes, bool listFirst)
{
    m_running = true;
    QObject* context = m_requests->start();
    // Each account's targets one after another, the accounts at once.
    QList<QString> order;
    QHash<QString, std::shared_ptr<QList<int>>> queues;
    for (int index : indexes) {
        const QString& account = m_summary.targets.at(index).target.accountId;
        if (!queues.contains(account)) {
            order.append(account);
            queues.insert(account, std::make_shared<QList<int>>());
        }
        queues.value(account)->append(index);
    }
    auto accountsLeft = std::make_shared<int>(int(order.size()));
    for (const QString& account : std::as_const(order))
        runAccount(context, listFirst, queues.value(account), accountsLeft);
}

void AddEverywhere::runAccount(QObject* context, bool listFirst, std::shared_ptr<QList<int>> queue,
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
    const auto next
        = [this, context, listFirst, queue, accountsLeft] { runAccount(context, listFirst, queue, accountsLeft); };
    TargetAddition& addition = m_summary.targets[index];
    addition.result = AdditionResult::Pending;
    const QPointer<ConsoleProvider> provider = m_providers.value(addition.target.accountId);
    if (!provider) {
        // The account was closed: nothing was sent.
        addition.result = AdditionResult::Failed;
        addition.error = ApiError::make(ApiError::Kind::Unsupported);
        emit targetFinished(addition);
        QMetaObject::invokeMethod(context, next, Qt::QueuedConnection);
        return;
    }
    if (!listFirst) {
        upload(context, index, next);
        return;
    }
    // A retry reads the list first: an earlier upload whose answer was lost (or a server that failed after storing
    // it) may have registered the key, and a second upload would make a second copy.
    provider->listSshKeys(addition.target.teamId, context,
                          [this, index, context, next](ApiResult<QList<SshKey>> listed) {
                              TargetAddition& t = m_summary.targets[index];
                              if (!listed.ok()) {
                                  t.result = t.answerLost ? AdditionResult::Unknown : AdditionResult::Failed;
                                  t.rereadError = listed.error;
                                  if (!t.answerLost)
                                      t.error = listed.error;
                                  finishTarget(index, next);
                                  return;
                              }
                              if (const SshKey* there = findByFingerprint(*listed.value, m_plan.fingerprint)) {
                                  t.result = t.answerLost ? AdditionResult::Added : AdditionResult::AlreadyThere;
                                  t.key = *there;
                                  t.error = ApiError();
                                  t.rereadError = ApiError();
                                  finishTarget(index, next);
                                  return;
                              }
                              upload(context, index, next);
                          });
}

void AddEverywhere::upload(QObject* context, int index, std::function<void()> next)
{
    TargetAddition& addition = m_summary.targets[index];
    ++addition.uploads;
    Reconcile::addSshKey(m_providers.value(addition.target.accountId), m_sentName, m_plan.publicKeyLine,
                         addition.target.teamId, context,
                         [this, index, next = std::move(next)](const Reconcile::SshKeyAdded& outcome) {
                             TargetAddition& t = m_summary.targets[index];
                             t.answerLost = t.answerLost || outcome.answerLost();
                             switch (outcome.state) {
                             case Reconcile::State::Done:
                                 t.result = AdditionResult::Added;
                                 break;
                             case Reconcile::State::AlreadyDone:
                                 t.result = AdditionResult::AlreadyThere;
                                 break;
                             case Reconcile::State::NotDone:
                                 t.result = AdditionResult::Failed;
                                 break;
                             case Reconcile::State::Unknown:
                                 t.result = AdditionResult::Unknown;
                                 break;
                             }
                             if (outcome.value)
                                 t.key = *outcome.value;
                             else if (outcome.found)
                                 t.key = *outcome.found;
                             t.error = outcome.ok() ? ApiError() : outcome.error;
                             t.rereadError = outcome.rereadError;
                             finishTarget(index, next);
                         });
}

void AddEverywhere::finishTarget(int index, std::function<void()> next)
{
    emit targetFinished(m_summary.targets.at(index));
    next();
}

} // namespace Security
