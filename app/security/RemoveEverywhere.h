#pragma once

#include "security/CrossAccount.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class ConsoleProvider;
class RequestTracker;

namespace Security {

/** Every place a key is registered, as plan() found it. */
struct RemovalPlan
{
    /** Which call of plan() made it; execute() takes only the latest plan. */
    quint64 id = 0;
    QString fingerprint;
    QList<KeyPlace> places;
    /** Lists that could not be read: the key may be registered there too. */
    QList<ListingFailure> listingFailures;
    /** Listed keys that could not be compared (left out of an answer, or without readable key text). */
    int uncheckedKeys = 0;

    /** True when @p accountId's list (or one of its teams') could not be read. */
    bool listingFailed(const QString& accountId) const;
};

/** What became of one place. */
enum class RemovalResult {
    Pending, ///< not tried yet (or being tried)
    Removed, ///< deleted now (also when the answer was lost and the re-read shows it gone)
    AlreadyGone, ///< it was gone before Keydeck's first delete ("not found", confirmed by a re-read)
    Failed, ///< not deleted; error says why; retryFailed() tries it again
    Unknown, ///< the answer was lost and the list could not be read again; retryFailed() tries it again
};

/** A stable English name for logs and tests ("alreadyGone"). */
QString removalResultName(RemovalResult result);

struct PlaceRemoval
{
    KeyPlace place;
    RemovalResult result = RemovalResult::Pending;
    /** Failed: why; Unknown: what was lost, and rereadError why the list could not be read again. */
    ApiError error;
    ApiError rereadError;
    /** How many deletes of this place execute() and retryFailed() started (each runs through Reconcile once). */
    int attempts = 0;
    /** A delete's answer was lost: a later "not found" means that delete most likely did it (Removed). */
    bool answerLost = false;
};

/** The outcome of every place of a plan. */
struct RemovalSummary
{
    quint64 planId = 0;
    QList<PlaceRemoval> places;

    int count(RemovalResult result) const;
    /** Places retryFailed() would try again (Failed, Unknown). */
    int retryable() const;
    /** The places of @p accountId, in the plan's order. */
    QList<PlaceRemoval> forAccount(const QString& accountId) const;
};

/**
 * Remove this key everywhere, for a lost or compromised device (issue 23, docs/SECURITY-OVERVIEW.md "Across
 * accounts"). plan() finds every account and Spheron AI team where a fingerprint is registered; execute() deletes
 * each place once, all accounts at the same time, through the SSH Keys tab's rule for a lost answer
 * (Reconcile::deleteSshKey); retryFailed() tries only the places that failed or stayed unknown. A place once
 * Removed or AlreadyGone is never sent another DELETE.
 *
 * The providers are the caller's (one per account, made as for the account's pages) and must outlive the work, or
 * be closed before it ends (their calls then never answer and count as Unknown).
 */
class RemoveEverywhere : public QObject
{
    Q_OBJECT

public:
    explicit RemoveEverywhere(QObject* parent = nullptr);
    ~RemoveEverywhere() override;

    /**
     * Looks for @p fingerprint ("SHA256:…", from PublicKey::fingerprint() or fingerprintOf()) in every account of
     * @p accounts, on Spheron AI in every team the account can see; planned() follows. A plan still being made is
     * replaced. Refused (false) while execute() or retryFailed() runs: their outcomes belong to the plan they started
     * from.
     */
    bool plan(const QString& fingerprint, const QList<AccountTarget>& accounts);
    /**
     * Deletes every place of @p plan, which must be the latest planned() (the caller may leave places out); false
     * when it is not, when nothing is left to delete, or while busy. placeFinished() for each place, then finished().
     */
    bool execute(const RemovalPlan& plan);
    /** Tries again the places that were Failed or Unknown; false when there are none, or while busy. */
    bool retryFailed();

    const RemovalPlan& currentPlan() const { return m_plan; }
    const RemovalSummary& summary() const { return m_summary; }
    bool isBusy() const;

signals:
    void planned(const Security::RemovalPlan& plan);
    void placeFinished(const Security::PlaceRemoval& outcome);
    void finished(const Security::RemovalSummary& summary);
    void busyChanged(bool busy);

private:
    /** Deletes the summary's places at @p indexes, each account's one after another, the accounts at once. */
    void run(const QList<int>& indexes);
    void runAccount(QObject* context, std::shared_ptr<QList<int>> queue, std::shared_ptr<int> accountsLeft);

    RequestTracker* m_requests;
    QHash<QString, QPointer<ConsoleProvider>> m_providers;
    RemovalPlan m_plan;
    RemovalSummary m_summary;
    bool m_running = false;
    quint64 m_nextPlanId = 1;
};

} // namespace Security

Q_DECLARE_METATYPE(Security::RemovalPlan)
Q_DECLARE_METATYPE(Security::PlaceRemoval)
Q_DECLARE_METATYPE(Security::RemovalSummary)
