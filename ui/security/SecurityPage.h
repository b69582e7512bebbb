#pragma once

#include "SecurityOverview.h"
#include "security/Finding.h"

#include <QWidget>

#include <memory>

namespace Ui {
class SecurityPage;
}

class AppServices;

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
    /** Checks everything again (Check Again). */
    void checkAgain();
    /** Checks once, the first time the page is shown, unless a check (the daily one) ran or runs already. */
    void checkIfNeverChecked();
    bool isChecking() const;
    /** The summary sentence (for tests and the accessible description). */
    QString summary() const;

signals:
    /** The user chose a finding's action that is dealt with on @p accountId's tab @p destination. */
    void openAccountPage(const QString& accountId, SecurityPage::Destination destination);
    void busyChanged(bool busy);

private:
    void render();
    void runAction(const Security::Finding& finding);
    void fixMode(const Security::Finding& finding);
    void addPassphrase(const Security::Finding& finding);
    void mark(const Security::Finding& finding, bool ignore, bool restore);
    /** Ignored, or snoozed until a time still to come. */
    bool isHidden(const Security::Finding& finding) const;

    std::unique_ptr<Ui::SecurityPage> m_ui;
    AppServices* m_services;
    SecurityOverview* m_overview;
    bool m_checked = false;
};
