#pragma once

#include "SecurityOverview.h"
#include "security/Finding.h"
#include "security/PlaintextImport.h"

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

    explicit SecurityPage(AppServices* services, QWidget* parent = nullptr);
    ~SecurityPage() override;

    void setAccountPreparer(SecurityOverview::Preparer preparer);
    /** Makes the provider that checks a key before Import and Remove stores it; default: the account's own API. */
    void setProviderFactory(Security::PlaintextImport::ProviderFactory factory);
    /** Checks everything again (Check Again). */
    void checkAgain();
    /** Checks once, the first time the page is shown. */
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
    void importAndRemove(const Security::Finding& finding);
    void mark(const Security::Finding& finding, bool ignore, bool restore);
    /** Ignored, or snoozed until a time still to come. */
    bool isHidden(const Security::Finding& finding) const;

    std::unique_ptr<Ui::SecurityPage> m_ui;
    AppServices* m_services;
    SecurityOverview* m_overview;
    Security::PlaintextImport::ProviderFactory m_providerFactory;
    bool m_checked = false;
};
