#pragma once

#include "sandbox/SandboxReply.h"
#include "sandbox/SandboxRequest.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>

class SandboxStore;
class SandboxVariants;

/** The Spheron AI dialect (`/api/…`) of the sandbox: team-scoped SSH keys, balance, teams, expiring keys. */
class SpheronDialect
{
public:
    /** @p variants (the server's, read at each request) chooses among readings of the API (docs/SANDBOX.md). */
    SpheronDialect(SandboxStore& store, const SandboxVariants& variants);

    /** Turns on the request budget (docs/api/spheron.md §9: design for 100 requests per 15 minutes). */
    void setRateLimit(bool enabled, int requests = 100, int windowSeconds = 900);

    /** Answers one request; @p subPath is the path after "/api" ("/ssh-keys"). */
    SandboxReply handle(const SandboxRequest& request, const QString& subPath);

    /** The Spheron error shape: {"error": title, "message": text}. */
    static SandboxReply error(int status, const QString& title, const QString& message);

private:
    struct Caller
    {
        qint64 userId = 0;
    };

    SandboxReply authenticate(const SandboxRequest& request, Caller* caller) const;
    SandboxReply checkRateLimit(const SandboxRequest& request);
    QJsonObject sshKeyObject(const QVariantMap& row) const;
    /** The caller's role in @p teamId, or an empty string when not a member. */
    QString roleIn(qint64 userId, const QString& teamId) const;
    QString currentTeam(qint64 userId) const;

    SandboxReply listSshKeys(const SandboxRequest& request, const Caller& caller);
    SandboxReply getSshKey(const Caller& caller, const QString& id);
    SandboxReply createSshKey(const SandboxRequest& request, const Caller& caller);
    SandboxReply deleteSshKey(const Caller& caller, const QString& id);
    SandboxReply balance(const Caller& caller);
    SandboxReply teams(const Caller& caller);

    SandboxStore& m_store;

    const SandboxVariants& m_variants;
    bool m_rateLimit = false;
    int m_rateRequests = 100;
    int m_rateWindowMs = 900000;
    QElapsedTimer m_clock;
    /** Recent request times per client address, in m_clock milliseconds. */
    QHash<QString, QList<qint64>> m_requestTimes;
};
