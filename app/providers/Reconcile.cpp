#include "providers/Reconcile.h"

#include "ssh/PublicKey.h"

#include <QSet>

#include <algorithm>

namespace Reconcile {

namespace {

bool isNotFound(const ApiError& error)
{
    return error.kind() == ApiError::Kind::NotFound;
}

/** The effect of a delete: reached when nothing in @p items matches; @p found is the item still there. */
template <typename Item, typename Matches>
Effect absentFrom(const QList<Item>& items, std::optional<Item>& found, Matches matches)
{
    const auto it = std::find_if(items.cbegin(), items.cend(), matches);
    if (it == items.cend())
        return Effect::Reached;
    found = *it;
    return Effect::NotReached;
}

std::function<void(QObject*, ConsoleProvider::Callback<QList<SshKey>>)> sshKeyList(ConsoleProvider* provider,
                                                                                   const QString& teamId)
{
    QPointer<ConsoleProvider> guarded = provider;
    return [guarded, teamId](QObject* context, ConsoleProvider::Callback<QList<SshKey>> done) {
        if (guarded)
            guarded->listSshKeys(teamId, context, std::move(done));
    };
}

/** Reached when @p keys has one with @p key's type and key data (the server may store another comment). */
Effect findSshKey(const PublicKey& key, const QList<SshKey>& keys, std::optional<SshKey>& found)
{
    const auto it
        = std::find_if(keys.cbegin(), keys.cend(), [&key](const SshKey& k) { return key.hasIdentityOf(k.publicKey); });
    if (it == keys.cend())
        return Effect::NotReached;
    found = *it;
    return Effect::Reached;
}

} // namespace

QString stateName(State state)
{
    switch (state) {
    case State::Done:
        return QStringLiteral("done");
    case State::AlreadyDone:
        return QStringLiteral("alreadyDone");
    case State::NotDone:
        return QStringLiteral("notDone");
    case State::Unknown:
        return QStringLiteral("unknown");
    }
    return QStringLiteral("unknown");
}

void checkAbandonedSshKey(ConsoleProvider* provider, const QString& publicKeyLine, const QString& teamId,
                          QObject* context, std::function<void(const SshKeyAdded&)> done)
{
    const PublicKey key = PublicKey::parse(publicKeyLine);
    sshKeyList(provider, teamId)(context, [key, done = std::move(done)](ApiResult<QList<SshKey>> result) {
        SshKeyAdded outcome;
        if (!result.ok()) {
            outcome.state = State::Unknown;
            outcome.rereadError = result.error;
            done(outcome);
            return;
        }
        outcome.state = findSshKey(key, *result.value, outcome.found) == Effect::Reached ? State::Done : State::NotDone;
        outcome.reread = std::move(result.value);
        done(outcome);
    });
}

void addSshKey(ConsoleProvider* provider, const QString& name, const QString& publicKeyLine, const QString& teamId,
               QObject* context, std::function<void(const SshKeyAdded&)> done)
{
    Plan<SshKey, QList<SshKey>, SshKey> plan;
    plan.change = [provider, name, publicKeyLine, teamId](QObject* c, ConsoleProvider::Callback<SshKey> d) {
        provider->addSshKey(name, publicKeyLine, teamId, c, std::move(d));
    };
    plan.reread = sshKeyList(provider, teamId);
    const PublicKey key = PublicKey::parse(publicKeyLine);
    plan.check
        = [key](const QList<SshKey>& keys, std::optional<SshKey>& found) { return findSshKey(key, keys, found); };
    // Spheron AI answers 409 for a key the team already has (docs/api/spheron.md).
    plan.nothingToDo = [](const ApiError& e) { return e.kind() == ApiError::Kind::Conflict; };
    run(std::move(plan), context, std::move(done));
}

void updateSshKey(ConsoleProvider* provider, const QString& id, const QString& publicKeyLine, QObject* context,
                  std::function<void(const SshKeyUpdated&)> done)
{
    Plan<SshKey, QList<SshKey>, SshKey> plan;
    plan.change = [provider, id, publicKeyLine](QObject* c, ConsoleProvider::Callback<SshKey> d) {
        provider->updateSshKey(id, publicKeyLine, c, std::move(d));
    };
    plan.reread = sshKeyList(provider, {});
    const PublicKey key = PublicKey::parse(publicKeyLine);
    plan.check = [key, id](const QList<SshKey>& keys, std::optional<SshKey>& found) {
        const auto it = std::find_if(keys.cbegin(), keys.cend(), [&id](const SshKey& k) { return k.id == id; });
        if (it == keys.cend())
            return Effect::Blocked; // the key to change is gone: sending the change again cannot help
        found = *it;
        return key.hasIdentityOf(it->publicKey) ? Effect::Reached : Effect::NotReached;
    };
    run(std::move(plan), context, std::move(done));
}

void deleteSshKey(ConsoleProvider* provider, const QString& id, const QString& teamId, QObject* context,
                  std::function<void(const SshKeyDeleted&)> done)
{
    Plan<void, QList<SshKey>, SshKey> plan;
    plan.change = [provider, id](QObject* c, ConsoleProvider::Callback<void> d) {
        provider->deleteSshKey(id, c, std::move(d));
    };
    plan.reread = sshKeyList(provider, teamId);
    plan.check = [id](const QList<SshKey>& keys, std::optional<SshKey>& found) {
        return absentFrom(keys, found, [&id](const SshKey& k) { return k.id == id; });
    };
    plan.nothingToDo = isNotFound;
    run(std::move(plan), context, std::move(done));
}

std::optional<ApiKeyInfo> findCreatedApiKey(const QList<ApiKeyInfo>& after, const QList<ApiKeyInfo>& before,
                                            const QString& name)
{
    QSet<QString> known;
    for (const ApiKeyInfo& key : before)
        known.insert(key.id);
    QList<ApiKeyInfo> fresh;
    for (const ApiKeyInfo& key : after) {
        if (!known.contains(key.id))
            fresh.append(key);
    }
    if (fresh.size() == 1)
        return fresh.first();
    // Several keys appeared meanwhile (another client created one too): only the name can tell them apart, and
    // only when exactly one carries it.
    std::optional<ApiKeyInfo> named;
    for (const ApiKeyInfo& key : std::as_const(fresh)) {
        if (key.name != name)
            continue;
        if (named)
            return std::nullopt;
        named = key;
    }
    return named;
}

void createApiKey(ConsoleProvider* provider, const QString& name, const QJsonObject& permissions,
                  const std::optional<QList<ApiKeyInfo>>& before, QObject* context,
                  std::function<void(const ApiKeyCreated&)> done)
{
    if (!before) {
        // A lost create is recognised by the ids listed before and after it, never by name or time (the list may
        // carry neither, docs/api/vast-endpoints.md §3.1): without the list before, read it first.
        QPointer<ConsoleProvider> guarded = provider;
        provider->listApiKeys(
            context,
            [guarded, name, permissions, context, done = std::move(done)](ApiResult<QList<ApiKeyInfo>> listed) mutable {
                if (!guarded)
                    return;
                if (!listed.ok()) {
                    ApiKeyCreated outcome;
                    outcome.state = State::NotDone;
                    outcome.error = listed.error;
                    done(outcome);
                    return;
                }
                createApiKey(guarded, name, permissions, *listed.value, context, std::move(done));
            });
        return;
    }
    QPointer<ConsoleProvider> guarded = provider;
    Plan<CreatedApiKey, QList<ApiKeyInfo>, ApiKeyInfo> plan;
    plan.change = [provider, name, permissions](QObject* c, ConsoleProvider::Callback<CreatedApiKey> d) {
        provider->createApiKey(name, permissions, c, std::move(d));
    };
    plan.reread = [guarded](QObject* c, ConsoleProvider::Callback<QList<ApiKeyInfo>> d) {
        if (guarded)
            guarded->listApiKeys(c, std::move(d));
    };
    plan.check = [known = *before, name](const QList<ApiKeyInfo>& keys, std::optional<ApiKeyInfo>& found) {
        found = findCreatedApiKey(keys, known, name);
        return found ? Effect::Reached : Effect::NotReached;
    };
    run(std::move(plan), context, std::move(done));
}

void deleteApiKey(ConsoleProvider* provider, const QString& id, bool ownKey, QObject* context,
                  std::function<void(const ApiKeyDeleted&)> done)
{
    QPointer<ConsoleProvider> guarded = provider;
    Plan<void, QList<ApiKeyInfo>, ApiKeyInfo> plan;
    plan.change = [provider, id](QObject* c, ConsoleProvider::Callback<void> d) {
        provider->deleteApiKey(id, c, std::move(d));
    };
    plan.reread = [guarded](QObject* c, ConsoleProvider::Callback<QList<ApiKeyInfo>> d) {
        if (guarded)
            guarded->listApiKeys(c, std::move(d));
    };
    plan.check = [id](const QList<ApiKeyInfo>& keys, std::optional<ApiKeyInfo>& found) {
        return absentFrom(keys, found, [&id](const ApiKeyInfo& k) { return k.id == id; });
    };
    plan.nothingToDo = isNotFound;
    plan.rereadFailure = [ownKey](const ApiError& e) {
        // The list was asked for with the deleted key itself: refused means the key is gone.
        return ownKey && e.kind() == ApiError::Kind::Auth ? std::optional<Effect>(Effect::Reached)
                                                          : std::optional<Effect>();
    };
    run(std::move(plan), context, std::move(done));
}

void resetApiKey(ConsoleProvider* provider, QObject* context, std::function<void(const ApiKeyReset&)> done)
{
    QPointer<ConsoleProvider> guarded = provider;
    provider->resetApiKey(context, [guarded, context, done = std::move(done)](ApiResult<CreatedApiKey> result) {
        ApiKeyReset outcome;
        // Any 2xx may have reset a key, even one that says {"success": false} or cannot be read; so may a lost one.
        const int status = result.error.httpStatus();
        const bool answered2xx = result.ok() || (status >= 200 && status < 300);
        if (!answered2xx && !result.error.answerLost()) {
            outcome.state = State::NotDone;
            outcome.error = result.error;
            done(outcome);
            return;
        }
        if (result.ok())
            outcome.value = *result.value;
        else
            outcome.error = result.error;
        if (!guarded)
            return;
        // Which key changed, and so whether the answer's key is Keydeck's: the old key tells
        // (docs/api/vast-endpoints.md §3.1).
        guarded->verifyApiKey(context, [outcome, done](ApiResult<void> check) mutable {
            const ApiError::Kind kind = check.error.kind();
            // A 2FA account refuses a working key with "Two Factor Authentication…": the key itself is known.
            const bool works = check.ok() || kind == ApiError::Kind::TwoFactorRequired;
            if (!works && kind != ApiError::Kind::Auth) {
                outcome.state = State::Unknown;
                outcome.rereadError = check.error;
            } else {
                outcome.reread = works;
                if (!works) {
                    outcome.state = State::Done;
                    outcome.replaced = ResetKey::Own;
                } else if (outcome.value) {
                    outcome.state = State::Done;
                    outcome.replaced = ResetKey::Other;
                } else {
                    outcome.state = State::NotDone;
                }
            }
            done(outcome);
        });
    });
}

void createEnvVar(ConsoleProvider* provider, const QString& name, const QString& value, const QStringList& listedBefore,
                  QObject* context, std::function<void(const EnvVarCreated&)> done)
{
    QPointer<ConsoleProvider> guarded = provider;
    Plan<void, QList<EnvVar>, EnvVar> plan;
    plan.change = [provider, name, value](QObject* c, ConsoleProvider::Callback<void> d) {
        provider->createEnvVar(name, value, c, std::move(d));
    };
    plan.reread = [guarded](QObject* c, ConsoleProvider::Callback<QList<EnvVar>> d) {
        if (guarded)
            guarded->listEnvVars(c, std::move(d));
    };
    plan.check = [name, listedBefore](const QList<EnvVar>& vars, std::optional<EnvVar>& found) {
        const auto it = std::find_if(vars.cbegin(), vars.cend(), [&name](const EnvVar& v) { return v.name == name; });
        if (it == vars.cend())
            return Effect::NotReached;
        found = *it;
        // It was there before, and the server refuses a second create of a name (docs/api/vast.md).
        return listedBefore.contains(name) ? Effect::Blocked : Effect::Reached;
    };
    run(std::move(plan), context, std::move(done));
}

void deleteEnvVar(ConsoleProvider* provider, const QString& name, QObject* context,
                  std::function<void(const EnvVarDeleted&)> done)
{
    QPointer<ConsoleProvider> guarded = provider;
    Plan<void, QList<EnvVar>, EnvVar> plan;
    plan.change = [provider, name](QObject* c, ConsoleProvider::Callback<void> d) {
        provider->deleteEnvVar(name, c, std::move(d));
    };
    plan.reread = [guarded](QObject* c, ConsoleProvider::Callback<QList<EnvVar>> d) {
        if (guarded)
            guarded->listEnvVars(c, std::move(d));
    };
    plan.check = [name](const QList<EnvVar>& vars, std::optional<EnvVar>& found) {
        return absentFrom(vars, found, [&name](const EnvVar& v) { return v.name == name; });
    };
    plan.nothingToDo = isNotFound;
    run(std::move(plan), context, std::move(done));
}

void deleteSession(ConsoleProvider* provider, const QString& id, QObject* context,
                   std::function<void(const SessionDeleted&)> done)
{
    QPointer<ConsoleProvider> guarded = provider;
    Plan<void, QList<LoginSession>, LoginSession> plan;
    plan.change = [provider, id](QObject* c, ConsoleProvider::Callback<void> d) {
        provider->deleteSession(id, c, std::move(d));
    };
    plan.reread = [guarded](QObject* c, ConsoleProvider::Callback<QList<LoginSession>> d) {
        if (guarded)
            guarded->listSessions(c, std::move(d));
    };
    plan.check = [id](const QList<LoginSession>& sessions, std::optional<LoginSession>& found) {
        return absentFrom(sessions, found, [&id](const LoginSession& s) { return s.id == id; });
    };
    plan.nothingToDo = isNotFound;
    plan.verifyAnswer = true;
    run(std::move(plan), context, std::move(done));
}

} // namespace Reconcile
