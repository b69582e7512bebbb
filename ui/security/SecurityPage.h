#pragma once

#include "SecurityOverview.h"
#include "security/Finding.h"
#include "security/PlaintextImport.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class SecurityPage;
}

class AppServices;
class QDialog;

/**
 * The security overview (issue 23, docs/SECURITY-OVERVIEW.md "The page"): a summary, the findings of every account
 * and of this computer grouped by severity, each with why it matters and one action, and the accounts that could
 * not be checked. Local fixes run here after asking; the other actions ask the window to show the account's tab
 * (openAccountPage). Snooze and Ignore are remembered per account by AccountsRegistry::setFindingMark().
 */
class SecurityPage : public QWidget
{
    Q_OBJECT

public:
    /** Where an account's finding is dealt with. */
    enum class Destination { Profile, SshKeys, ApiKeys, Sessions };
    Q_ENUM(Destination)

    /** How long Snooze hides a finding. */
    static constexpr int SnoozeDays = 7;

    /**
     * @p overview is the checks' runner it shows, shared with the daily reminders (SecurityReminders) so that one
     * run serves both; without one the page makes its own.
     */
    explicit SecurityPage(AppServices* services, QWidget* parent = nullptr, SecurityOverview* overview = nullptr);
    ~SecurityPage() override;

    void setAccountPreparer(SecurityOverview::Preparer preparer);
    /** Makes the provider that checks a key before Import and Remove stores it; default: the account's own API. */
    void setProviderFactory(Security::PlaintextImport::ProviderFactory factory);
    /** Checks everything again (Check Again). */
    void checkAgain();
    /** Checks once, the first time the page is shown, unless a check (the daily one) ran or runs already. */
    void checkIfNeverChecked();
    bool isChecking() const;
    /**
     * *Remove a Key Everywhere…* (docs/SECURITY-OVERVIEW.md "Across accounts"), with @p fingerprint filled in and
     * searched for when given (a finding's). Only once the accounts are opened; null otherwise.
     */
    QDialog* removeEverywhere(const QString& fingerprint = {});
    /** *Add a Key to Every Account…*; null until the accounts are opened. */
    QDialog* addEverywhere();
    /** The summary sentence (for tests and the accessible description). */
    QString summary() const;

signals:
    /** The user chose a finding's action that is dealt with on @p accountId's tab @p destination. */
    /** @p teamId: the Spheron AI team the finding was seen in (empty for Vast.ai and account-wide findings). */
    void openAccountPage(const QString& accountId, SecurityPage::Destination destination, const QString& teamId);
    void busyChanged(bool busy);

private:
    void render();
    void runAction(const Security::Finding& finding);
    void fixMode(const Security::Finding& finding);
    void addPassphrase(const Security::Finding& finding);
    void importAndRemove(const Security::Finding& finding);
    void mark(const Security::Finding& finding, bool ignore, bool restore);
    /** The actions across accounts work on the accounts the last check opened, and not while one runs. */
    void updateEverywhereButtons();
    /** Opens an action across accounts; the page checks again once it closes, if it changed anything. */
    void openEverywhereDialog(QDialog* dialog, std::function<bool()> changedSomething);
    /** Ignored, or snoozed until a time still to come. */
    bool isHidden(const Security::Finding& finding) const;

    std::unique_ptr<Ui::SecurityPage> m_ui;
    AppServices* m_services;
    SecurityOverview* m_overview;
    Security::PlaintextImport::ProviderFactory m_providerFactory;
    bool m_checked = false;
    /** The open action across accounts: it uses the overview's providers, so no check starts while it is open. */
    QPointer<QDialog> m_everywhereDialog;
    bool m_checkWhenClosed = false;
};
