#pragma once

#include "providers/ConsoleProvider.h"

#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

/**
 * The one rule for a change whose answer was lost (ApiError::answerLost(): a timeout, a dropped connection, a 2xx
 * whose body could not be read) or that found nothing to do (a delete answered "not found"): read the account's
 * state again and say what really happened, so that nothing is sent twice and nothing is reported wrongly
 * (docs/ARCHITECTURE.md, "The path of a delete"). Pages, dialogs and the wizard turn an Outcome into words; they
 * never decide it themselves.
 */
namespace Reconcile {

/** What a change turned out to have done. */
enum class State {
    Done, ///< it happened: the server answered, or its answer was lost and the re-read shows the change
    AlreadyDone, ///< there was nothing to do: the re-read shows the state the change wanted, made before it
    NotDone, ///< it did not happen (the error says why); sending it again is safe
    Unknown, ///< its answer was lost (or it found nothing to do) and the state could not be read again
};

/** A stable English name for logs and tests ("alreadyDone"). */
QString stateName(State state);

/** What the re-read shows of a change. */
enum class Effect {
    Reached, ///< the state the change wanted is there
    NotReached, ///< it is not
    Blocked, ///< it is not, and repeating the change cannot make it (a create of a name that existed before)
};

/** The value a change's answer carries; std::monostate for a change whose answer carries nothing. */
template <typename Value>
using Answer = std::conditional_t<std::is_void_v<Value>, std::monostate, Value>;

/**
 * What a change did. @p Value is what its answer carries, @p Snapshot what the re-read returns (usually the
 * re-listed items), @p Found what the re-read found of the change (the created item, the item still there).
 */
template <typename Value, typename Snapshot, typename Found>
struct Outcome
{
    State state = State::Unknown;
    /** The change's own answer, when one arrived. */
    std::optional<Answer<Value>> value;
    /** The state read again after a lost answer or a "nothing to do"; nullopt when it was not (or could not be). */
    std::optional<Snapshot> reread;
    /** What the re-read found of the change (for a create: the item it made). */
    std::optional<Found> found;
    /** The change's failure: why it is NotDone, or what was lost (Done and Unknown after a lost answer). */
    ApiError error;
    /** Unknown: why the state could not be read again. */
    ApiError rereadError;

    bool ok() const { return state == State::Done || state == State::AlreadyDone; }
    /** True when the change's answer was lost, whatever the re-read found. */
    bool answerLost() const { return error.answerLost() || error.earlierAnswerLost(); }
};

/** How to make one change and how to tell afterwards whether it happened. */
template <typename Value, typename Snapshot, typename Found>
struct Plan
{
    std::function<void(QObject*, ConsoleProvider::Callback<Value>)> change;
    std::function<void(QObject*, ConsoleProvider::Callback<Snapshot>)> reread;
    /** What @p snapshot shows of the change; sets @p found to what it found. */
    std::function<Effect(const Snapshot& snapshot, std::optional<Found>& found)> check;
    /** Errors that mean the change had nothing to do (a delete's "not found"); they are checked by a re-read. */
    std::function<bool(const ApiError&)> nothingToDo = [](const ApiError&) { return false; };
    /**
     * A failed re-read that still tells: e.g. the list refused with Keydeck's own key after that key's delete
     * (its answer lost) shows the delete happened. nullopt: the re-read tells nothing.
     */
    std::function<std::optional<Effect>(const ApiError&)> rereadFailure
        = [](const ApiError&) { return std::optional<Effect>(); };
    /**
     * Re-read after a 2xx too: for a change whose request the server may not read as sent (a DELETE body it
     * ignores, docs/api/vast-endpoints.md §3.5), the answer alone does not say what happened. Reached → Done;
     * otherwise
     * NotDone with the answer kept in Outcome::value; a failed re-read → Unknown.
     */
    bool verifyAnswer = false;
};

namespace detail {

template <typename Value, typename Snapshot, typename Found>
void afterChange(const std::shared_ptr<Plan<Value, Snapshot, Found>>& plan, QObject* context, ApiError error,
                 std::function<void(const Outcome<Value, Snapshot, Found>&)> done)
{
    using O = Outcome<Value, Snapshot, Found>;
    const bool lost = error.answerLost();
    const bool nothing = !lost && plan->nothingToDo(error);
    if (!lost && !nothing) {
        O outcome;
        outcome.state = State::NotDone;
        outcome.error = std::move(error);
        done(outcome);
        return;
    }
    plan->reread(context, [plan, error, nothing, done = std::move(done)](ApiResult<Snapshot> result) {
        O outcome;
        outcome.error = error;
        std::optional<Effect> effect;
        if (result.ok()) {
            effect = plan->check(*result.value, outcome.found);
            outcome.reread = std::move(result.value);
        } else {
            effect = plan->rereadFailure(result.error);
            outcome.rereadError = result.error;
        }
        if (!effect) {
            outcome.state = State::Unknown;
        } else if (*effect == Effect::Reached) {
            // "Not found" after a retry of an attempt whose answer was lost: the lost attempt most likely did it.
            outcome.state = nothing && !error.earlierAnswerLost() ? State::AlreadyDone : State::Done;
        } else {
            outcome.state = State::NotDone;
            if (*effect == Effect::Blocked)
                outcome.error = ApiError::make(ApiError::Kind::Conflict, error.httpStatus());
        }
        done(outcome);
    });
}

template <typename Value, typename Snapshot, typename Found>
void verifyAnswer(const std::shared_ptr<Plan<Value, Snapshot, Found>>& plan, QObject* context,
                  Outcome<Value, Snapshot, Found> answered,
                  std::function<void(const Outcome<Value, Snapshot, Found>&)> done)
{
    plan->reread(context, [plan, answered = std::move(answered), done = std::move(done)](ApiResult<Snapshot> result) {
        auto outcome = answered;
        if (!result.ok()) {
            outcome.state = State::Unknown;
            outcome.rereadError = result.error;
        } else {
            outcome.state = plan->check(*result.value, outcome.found) == Effect::Reached ? State::Done : State::NotDone;
            outcome.reread = std::move(result.value);
        }
        done(outcome);
    });
}

} // namespace detail

/**
 * Makes the change of @p plan; when its answer was lost or it had nothing to do, reads the state again and tells
 * what happened. @p done runs exactly once on @p context's thread, unless @p context is destroyed first.
 */
template <typename Value, typename Snapshot, typename Found>
void run(Plan<Value, Snapshot, Found> plan, QObject* context,
         std::function<void(const Outcome<Value, Snapshot, Found>&)> done)
{
    auto shared = std::make_shared<Plan<Value, Snapshot, Found>>(std::move(plan));
    shared->change(context, [shared, context, done = std::move(done)](ApiResult<Value> result) mutable {
        if (result.ok()) {
            Outcome<Value, Snapshot, Found> outcome;
            outcome.state = State::Done;
            if constexpr (std::is_void_v<Value>)
                outcome.value = std::monostate();
            else
                outcome.value = std::move(result.value);
            if (shared->verifyAnswer) {
                detail::verifyAnswer(shared, context, std::move(outcome), std::move(done));
                return;
            }
            done(outcome);
            return;
        }
        detail::afterChange(shared, context, std::move(result.error), std::move(done));
    });
}

// --- The account's changes, each with its re-read ------------------------------------------------------------------

using SshKeyAdded = Outcome<SshKey, QList<SshKey>, SshKey>;
using SshKeyUpdated = Outcome<SshKey, QList<SshKey>, SshKey>;
using SshKeyDeleted = Outcome<void, QList<SshKey>, SshKey>;
using ApiKeyCreated = Outcome<CreatedApiKey, QList<ApiKeyInfo>, ApiKeyInfo>;
using ApiKeyDeleted = Outcome<void, QList<ApiKeyInfo>, ApiKeyInfo>;

/** Whose key a reset replaced. */
enum class ResetKey {
    Unknown, ///< not known (the reset did not happen, or the old key could not be tried)
    Own, ///< Keydeck's own key: it no longer works
    Other, ///< another key (a restricted key reset the account's main key): Keydeck's key still works
};

/**
 * The re-read of a reset is whether the old key still works (@c reread). Done says whose key changed
 * (@c replaced); @c value is the answer, whose key is empty when the server sent none (docs/api/vast-endpoints.md
 * §3.1).
 */
struct ApiKeyReset : Outcome<CreatedApiKey, bool, std::monostate>
{
    ResetKey replaced = ResetKey::Unknown;
    /** The new key the answer carried; empty when it carried none or was lost. */
    QString newKey() const { return value ? value->key : QString(); }
};
using EnvVarCreated = Outcome<void, QList<EnvVar>, EnvVar>;
using EnvVarDeleted = Outcome<void, QList<EnvVar>, EnvVar>;
using SessionDeleted = Outcome<void, QList<LoginSession>, LoginSession>;

/**
 * Uploads @p publicKeyLine; after a lost answer, or a "this key already exists" (409), looks for a registered key
 * with the same type and key data in @p teamId's list. @c found is the registered key.
 */
void addSshKey(ConsoleProvider* provider, const QString& name, const QString& publicKeyLine, const QString& teamId,
               QObject* context, std::function<void(const SshKeyAdded&)> done);

/**
 * An upload abandoned while its answer was outstanding (the user cancelled it) may still register the key: lists
 * @p teamId's keys and looks for one with the type and key data of @p publicKeyLine. Nothing is sent again.
 * Done with @c found: it arrived. NotDone: not there now, though a server still working on it may add it later.
 * Unknown: the list could not be read (@c rereadError says why).
 */
void checkAbandonedSshKey(ConsoleProvider* provider, const QString& publicKeyLine, const QString& teamId,
                          QObject* context, std::function<void(const SshKeyAdded&)> done);

/** Replaces the key text of key @p id (Vast.ai); after a lost answer, checks whether @p id now holds the new key. */
void updateSshKey(ConsoleProvider* provider, const QString& id, const QString& publicKeyLine, QObject* context,
                  std::function<void(const SshKeyUpdated&)> done);

/** Deletes SSH key @p id; after a lost answer or a "not found", checks whether @p teamId's list still has it. */
void deleteSshKey(ConsoleProvider* provider, const QString& id, const QString& teamId, QObject* context,
                  std::function<void(const SshKeyDeleted&)> done);

/**
 * Creates an API key. After a lost answer, the key the create made is the one id that was not in @p before (the
 * ids the user saw listed); when several appeared meanwhile, the one named @p name, if exactly one is. Never by name
 * or date alone: the list may carry neither (docs/api/vast-endpoints.md §3.1). When @p before is not known, the keys
 * are listed first (a failed list: NotDone, nothing sent). @c found is that key: its secret is lost with the answer, so
 * nobody can use it.
 */
void createApiKey(ConsoleProvider* provider, const QString& name, const QJsonObject& permissions,
                  const std::optional<QList<ApiKeyInfo>>& before, QObject* context,
                  std::function<void(const ApiKeyCreated&)> done);

/** The key a lost create made, by the rule of createApiKey(); exposed for tests. */
std::optional<ApiKeyInfo> findCreatedApiKey(const QList<ApiKeyInfo>& after, const QList<ApiKeyInfo>& before,
                                            const QString& name);

/**
 * Deletes API key @p id; after a lost answer or a "not found", checks whether the list still has it. When @p ownKey
 * (the key Keydeck calls with), a list refused as unauthorised shows the delete happened.
 */
void deleteApiKey(ConsoleProvider* provider, const QString& id, bool ownKey, QObject* context,
                  std::function<void(const ApiKeyDeleted&)> done);

/**
 * Resets an API key, never twice. After any 2xx or a lost answer, tries the old key (the provider's API key alone,
 * never a session): refused → Done, Keydeck's own key was replaced (@c value: the answer, if one arrived, whose key
 * may be empty); still works → Done for another key when the server answered success (a restricted key reset the
 * account's main key: the new key is not Keydeck's to adopt), else NotDone; the check failed → Unknown. The provider
 * keeps its old key in every case: the caller adopts a new one.
 */
void resetApiKey(ConsoleProvider* provider, QObject* context, std::function<void(const ApiKeyReset&)> done);

/**
 * Creates environment variable @p name. After a lost answer, it was created when the list has it and
 * @p listedBefore did not; a name that was listed before is Blocked (the server creates a name once, docs/api/vast.md).
 */
void createEnvVar(ConsoleProvider* provider, const QString& name, const QString& value, const QStringList& listedBefore,
                  QObject* context, std::function<void(const EnvVarCreated&)> done);

/** Deletes environment variable @p name; after a lost answer or a "not found", checks the list. */
void deleteEnvVar(ConsoleProvider* provider, const QString& name, QObject* context,
                  std::function<void(const EnvVarDeleted&)> done);

/**
 * Signs out login session @p id, and always lists the sessions again to see whether it ended: a server may ignore
 * the DELETE's body (docs/api/vast-endpoints.md §3.5). NotDone with a value: the server said yes, the session is still
 * there.
 */
void deleteSession(ConsoleProvider* provider, const QString& id, QObject* context,
                   std::function<void(const SessionDeleted&)> done);

} // namespace Reconcile
