#pragma once

#include "secrets/Account.h"
#include "security/AccountChecks.h"
#include "security/Finding.h"
#include "ssh/LocalKeys.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

class ConsoleProvider;
class RequestTracker;

namespace Security {

/**
 * Gathers each account's snapshot through its provider and turns it into findings (issue 23, docs/SECURITY-OVERVIEW.md
 * "Account checks"). Every account's first requests go out at once (Spheron AI: the team list, then every team's
 * keys); an account's findings are emitted as soon as all its answers are in, whatever the others do. A part that
 * fails is marked in the snapshot and checked no further. A newer start() replaces a scan under way: its requests
 * are aborted and it emits nothing more (RequestTracker).
 */
class SecurityScan : public QObject
{
    Q_OBJECT

public:
    /** One account to scan, with the provider that holds its keys (it must outlive the scan). */
    struct Target
    {
        Account account;
        ConsoleProvider* provider = nullptr;
        /**
         * The id of Keydeck's own API key when the caller knows it (AccountsRegistry::ownKeyId): used when the
         * profile does not say (a 2FA session's calls name no key).
         */
        QString ownApiKeyId;
    };

    explicit SecurityScan(QObject* parent = nullptr);
    ~SecurityScan() override;

    /**
     * Scans @p targets against the local public keys @p localKeys (LocalKeys::scan(): a few small files), with the
     * dates measured from @p now (default: the current time).
     */
    void start(const QList<Target>& targets, const QList<LocalKey>& localKeys, const QDateTime& now = {});
    /** Stops the scan under way; it emits nothing more. */
    void cancel();
    bool isRunning() const;

signals:
    /** One account's findings and the snapshot they came from (which parts failed, for "could not check"). */
    void accountScanned(const Security::AccountSnapshot& snapshot, const QList<Security::Finding>& findings);
    /** Every account was scanned; @p sharedFindings are the cross-account ones (SharedSshKey). */
    void finished(const QList<Security::Finding>& sharedFindings);

private:
    struct Run;
    void gather(const std::shared_ptr<Run>& run, int index);
    void gatherTeams(const std::shared_ptr<Run>& run, int index, ConsoleProvider* provider);
    /** One of account @p index's answers is in; the last one emits its findings (and the last account, finished). */
    void partDone(const std::shared_ptr<Run>& run, int index);

    RequestTracker* m_tracker;
};

} // namespace Security
