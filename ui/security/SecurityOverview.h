#pragma once

#include "secrets/Account.h"
#include "security/AccountChecks.h"
#include "security/CrossAccount.h"
#include "security/Finding.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

class AppServices;
class OpenAccount;

namespace Security {
class SecurityScan;
}

/**
 * Runs the security overview's checks (issue 23, docs/SECURITY-OVERVIEW.md "The page"): every account is opened in
 * the background (its key read, one after the other: two keychain jobs at once stall), then Security::SecurityScan
 * asks their servers, and Security::LocalChecks looks at the home directory. The page only shows what this gathers.
 * A newer start() replaces a run under way.
 */
class SecurityOverview : public QObject
{
    Q_OBJECT

public:
    /** Runs before an account is opened (the demo's sandbox); as MainWindow::AccountPreparer. */
    using Preparer = std::function<void(const QString& accountId, std::function<void(const QString& error)> done)>;

    /** One account's outcome. */
    struct AccountResult
    {
        Account account;
        QList<Security::Finding> findings;
        /** Why (some of) it could not be checked, a translated sentence; empty when every list was read. */
        QString error;
        /** The audit log's recent security events (Recent Activity), Keydeck's own too. */
        QList<Security::ActivityEntry> activity;
    };

    explicit SecurityOverview(AppServices* services, QObject* parent = nullptr);
    ~SecurityOverview() override;

    void setAccountPreparer(Preparer preparer);

    /** Checks everything again: the accounts and this computer. */
    void start();
    /** Checks this computer's files again (after a local action), synchronously. */
    void recheckLocal();
    bool isRunning() const { return m_running; }
    /** Whether a run has finished (its results are there); the page and the reminders share them. */
    bool hasResults() const { return m_hasResults; }

    /** The accounts in the registry's order, as of the last finished run. */
    const QList<AccountResult>& accounts() const { return m_accounts; }
    /**
     * The accounts opened for the last finished run, with their providers, for the actions across accounts
     * (docs/SECURITY-OVERVIEW.md "Across accounts"); empty while a run is under way. The providers live until the
     * next start().
     */
    QList<Security::AccountTarget> targets() const;
    /** The accounts of the last finished run that could not be opened (their key could not be read): their labels. */
    QStringList notOpened() const;
    /** This computer's findings (no account). */
    const QList<Security::Finding>& localFindings() const { return m_local; }

signals:
    void started();
    void finished();

private:
    void openNext(int generation, int index);
    void scanOpened(int generation);

    AppServices* m_services;
    Preparer m_preparer;
    Security::SecurityScan* m_scan;
    std::vector<std::unique_ptr<OpenAccount>> m_opened;
    QList<AccountResult> m_accounts;
    QList<Security::Finding> m_local;
    QStringList m_ready; ///< ids of the opened accounts whose provider has its credentials
    int m_generation = 0;
    bool m_running = false;
    bool m_hasResults = false;
};
