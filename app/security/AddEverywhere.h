#pragma once

#include "security/CrossAccount.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <memory>

class ConsoleProvider;
class RequestTracker;

namespace Security {

/** Where a key is to be added: an account, and on Spheron AI one of its teams. */
struct KeyTarget
{
    QString accountId;
    QString teamId; ///< Spheron AI only
    QString teamName; ///< empty when not known

    bool operator==(const KeyTarget&) const = default;
};

/** Where one public key is missing, as plan() found it. */
struct AdditionPlan
{
    /** Which call of plan() made it; execute() takes only the latest plan. */
    quint64 id = 0;
    /** The key as it will be sent (the canonical line of the key plan() was given). */
    QString publicKeyLine;
    QString fingerprint;
    /** The name the key gets where the API has names (Spheron AI); the caller may change it before execute(). */
    QString name;
    /** Translated: why the line given is not a usable key; nothing was listed then. */
    QString keyError;
    QList<KeyTarget> missing;
    /** Where it is registered already: the account, team and the registered key's id and name. */
    QList<KeyPlace> present;
    /** Lists that could not be read: whether the key is there is not known, and execute() does not add it there. */
    QList<ListingFailure> listingFailures;
    /** Listed keys that could not be compared (left out of an answer, or without readable key text). */
    int uncheckedKeys = 0;
};

/** What became of one target. */
enum class AdditionResult {
    Pending, ///< not tried yet (or being tried)
    Added, ///< uploaded now (also when the answer was lost and the re-read finds it)
    AlreadyThere, ///< registered before: in the plan's list, or the server refused it as a duplicate
    Failed, ///< not added; error says why; retryFailed() tries it again
    Unknown, ///< the answer was lost and the list could not be read again; retryFailed() looks first
};

/** A stable English name for logs and tests ("alreadyThere"). */
QString additionResultName(AdditionResult result);

struct TargetAddition
{
    KeyTarget target;
    AdditionResult result = AdditionResult::Pending;
    /** Added or AlreadyThere: the registered key, when the server's answer or a list showed it. */
    SshKey key;
    ApiError error;
    ApiError rereadError;
    /** How many uploads were sent for this target (never two once one may have arrived). */
    int uploads = 0;
    /** An upload's answer was lost: the key may be there without Keydeck having seen it. */
    bool answerLost = false;
};

/** The outcome for every account (and team) of a plan: the present ones are AlreadyThere. */
struct AdditionSummary
{
    quint64 planId = 0;
    QList<TargetAddition> targets;

    int count(AdditionResult result) const;
    /** Targets retryFailed() would try again (Failed, Unknown). */
    int retryable() const;
    QList<TargetAddition> forAccount(const QString& accountId) const;
};

/**
 * Add this key to every account, for a new device (issue 23, docs/SECURITY-OVERVIEW.md "Across accounts"). plan()
 * lists every account (on Spheron AI its current team, or the teams the caller names) and compares fingerprints
 * computed from the key text; execute() uploads where the key is missing, all accounts at the same time, through
 * the SSH Keys tab's rule for a lost answer (Reconcile::addSshKey: the list is read before anything is sent again);
 * retryFailed() lists each failed target first and uploads only where the key is still missing, so no account ever
 * gets two copies.
 */
class AddEverywhere : public QObject
{
    Q_OBJECT

public:
    explicit AddEverywhere(QObject* parent = nullptr);
    ~AddEverywhere() override;

    /** The name a key gets by default: its comment, else @p fileName without `.pub`, else its fingerprint. */
    static QString defaultName(const QString& publicKeyLine, const QString& fileName);

    /**
     * Looks for @p publicKeyLine (a local `.pub` file's line; @p fileName names the file for the default name) in
     * every account of @p accounts; @p teams may name, per account id, the Spheron AI teams to look in (default: the
     * account's current team). planned() follows; a plan still being made is replaced. Refused (false) while
     * execute() or retryFailed() runs.
     */
    bool plan(const QString& publicKeyLine, const QString& fileName, const QList<AccountTarget>& accounts,
              const QHash<QString, QStringList>& teams = {});
    /**
     * Uploads the key of @p plan, named @p plan.name, to every target of @p plan.missing (the caller may leave some
     * out); @p plan must be the latest planned(). False when it is not, when nothing is missing, or while busy.
     */
    bool execute(const AdditionPlan& plan);
    /** Tries again the targets that were Failed or Unknown, each listed first; false when there are none. */
    bool retryFailed();

    const AdditionPlan& currentPlan() const { return m_plan; }
    const AdditionSummary& summary() const { return m_summary; }
    bool isBusy() const;

signals:
    void planned(const Security::AdditionPlan& plan);
    void targetFinished(const Security::TargetAddition& outcome);
    void finished(const Security::AdditionSummary& summary);
    void busyChanged(bool busy);

private:
    void run(const QList<int>& indexes, bool listFirst);
    void runAccount(QObject* context, bool listFirst, std::shared_ptr<QList<int>> queue,
                    std::shared_ptr<int> accountsLeft);
    void upload(QObject* context, int index, std::function<void()> next);
    void finishTarget(int index, std::function<void()> next);

    RequestTracker* m_requests;
    QHash<QString, QPointer<ConsoleProvider>> m_providers;
    AdditionPlan m_plan;
    AdditionSummary m_summary;
    QString m_sentName;
    bool m_running = false;
    quint64 m_nextPlanId = 1;
};

} // namespace Security

Q_DECLARE_METATYPE(Security::AdditionPlan)
Q_DECLARE_METATYPE(Security::TargetAddition)
Q_DECLARE_METATYPE(Security::AdditionSummary)
