#pragma once

#include "SecurityOverview.h"
#include "security/Finding.h"
#include "security/PlaintextImport.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class SecurityPage;
}

class AppServices;
class FindingRow;
class QDialog;
class QPushButton;
namespace FindingGroups {
struct Group;
}

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
    /** Rows shown at first of one account's findings of one check; "Show More" adds the rest (issue 24 item 5). */
    static constexpr int FirstRowsPerGroup = 3;
    /** Rows one click on "Show More" adds. */
    static constexpr int MoreRowsPerClick = 20;
    /**
     * Widgets (headings, rows, Show More) added at once when the findings arrive: few, so that the page's switch from
     * its loading state is painted at once; the window fills in the next few turns.
     */
    static constexpr int FirstRows = 2;
    /** Widgets added per event-loop turn after those, until every group's first rows are there. */
    static constexpr int LaterRows = 3;

    /**
     * @p overview is the checks' runner it shows, shared with the daily reminders (SecurityReminders) so that one
     * run serves both; without one the page makes its own.
     */
    explicit SecurityPage(AppServices* services, QWidget* parent = nullptr, SecurityOverview* overview = nullptr);
    ~SecurityPage() override;

    void setAccountPreparer(SecurityOverview::Preparer preparer);
    /** Checks everything again (Check Again). */
    void checkAgain();
    /** Makes the provider that checks a key before Import and Remove stores it; default: the account's own API. */
    void setProviderFactory(Security::PlaintextImport::ProviderFactory factory);
    /** Checks once, the first time the page is shown, unless a check (the daily one) ran or runs already. */
    void checkIfNeverChecked();
    /** Checking, or still adding the findings' first rows to the page. */
    bool isChecking() const;
    /** The summary sentence (for tests and the accessible description). */
    QString summary() const;
    /**
     * *Remove a Key Everywhere…* (docs/SECURITY-OVERVIEW.md "Across accounts"), with @p fingerprint filled in and
     * searched for when given (a finding's). Only once the accounts are opened; null otherwise.
     */
    QDialog* removeEverywhere(const QString& fingerprint = {});
    /** *Add a Key to Every Account…*; null until the accounts are opened. */
    QDialog* addEverywhere();

signals:
    /** The user chose a finding's action that is dealt with on @p accountId's tab @p destination. */
    /** @p teamId: the Spheron AI team the finding was seen in (empty for Vast.ai and account-wide findings). */
    void openAccountPage(const QString& accountId, SecurityPage::Destination destination, const QString& teamId);
    void busyChanged(bool busy);

private:
    /** How render() adds its rows: all now, or the first few now and the rest turn by turn. */
    enum class Fill { AtOnce, InSteps };
    void render(Fill fill = Fill::AtOnce);
    /** Adds up to @p count of the widgets render() left pending; the rest on the next event-loop turn. */
    void addRows(int count);
    void setBusy(bool busy);
    FindingRow* makeRow(const FindingGroups::Group& group, qsizetype index);
    /** The button under a group's first @p shown rows that adds the next ones. */
    QPushButton* makeShowMoreButton(const std::shared_ptr<FindingGroups::Group>& group, qsizetype shown);
    void runAction(const Security::Finding& finding);
    void fixMode(const Security::Finding& finding);
    void addPassphrase(const Security::Finding& finding);
    void mark(const Security::Finding& finding, bool ignore, bool restore);
    void importAndRemove(const Security::Finding& finding);
    /** The actions across accounts work on the accounts the last check opened, and not while one runs. */
    void updateEverywhereButtons();
    /** Opens an action across accounts; the page checks again once it closes, if it changed anything. */
    void openEverywhereDialog(QDialog* dialog, std::function<bool()> changedSomething);

    std::unique_ptr<Ui::SecurityPage> m_ui;
    AppServices* m_services;
    SecurityOverview* m_overview;
    Security::PlaintextImport::ProviderFactory m_providerFactory;
    bool m_checked = false;
    /** The open action across accounts: it uses the overview's providers, so no check starts while it is open. */
    QPointer<QDialog> m_everywhereDialog;
    bool m_checkWhenClosed = false;
    bool m_busy = false;
    /** What render() has still to add, in order (each makes one widget). */
    QList<std::function<QWidget*()>> m_pending;
    QTimer m_rowTimer;
};
