#pragma once

#include <QMainWindow>
#include <QSet>
#include <functional>
#include <memory>

namespace Ui {
class MainWindow;
}

class AccountListModel;
class KeptAccounts;
class SecurityOverview;
class SecurityPage;
class SecurityReminders;
class Appearance;
class OpenAccount;
class AppServices;
class QCloseEvent;
class QLabel;
class QProgressBar;
class QTabWidget;

/**
 * The main window: the accounts sidebar and, for the selected account, its tabs (Profile, SSH Keys,
 * API Keys, and what else the provider offers). Without an account the tabs explain what will be there.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /** The first tabs in their order; Ctrl+1… selects tabs by position. */
    enum class Tab { Profile, SshKeys, ApiKeys };

    /**
     * Builds an opened account's pages into the tab widget (the composition root knows the page classes;
     * the window does not). Called once per opened account, after the tabs were cleared.
     */
    using PageBuilder = std::function<void(OpenAccount* opened, QTabWidget* tabs, MainWindow* window)>;

    /**
     * Runs before an account is opened, e.g. to start the demo sandbox its base URL points at; calls
     * @p done with an empty string to go on, or a translated sentence saying why the account cannot open.
     */
    using AccountPreparer
        = std::function<void(const QString& accountId, std::function<void(const QString& error)> done)>;

    /** @p services may be null (a window with no accounts, as in some widget tests). */
    explicit MainWindow(AppServices* services = nullptr, QWidget* parent = nullptr);
    ~MainWindow() override;

    void setPageBuilder(PageBuilder builder);
    void setAccountPreparer(AccountPreparer preparer);
    /** Adds View → Appearance (System, Light, Dark) for @p appearance. */
    void setAppearance(Appearance* appearance);
    /** Accounts of the local demo; they are tagged "Demo" in the sidebar and the window. */
    void setDemoAccountIds(const QStringList& ids);

    void showTab(Tab tab);
    /** Shows the security overview (the sidebar's Security entry, Ctrl+0) in place of the account's tabs. */
    void showSecurity();
    /** The security overview, once shown; null before. */
    SecurityPage* securityPage() const { return m_securityPage; }
    /**
     * Starts the daily security check and its notification (issue 23, "Reminders"); the composition root does, after
     * the first paint. Without it (tests' windows) nothing is checked unless the overview is shown.
     */
    void startSecurityReminders();
    /** The daily check's reminders, once started; null before. */
    SecurityReminders* securityReminders() const { return m_securityReminders; }
    /**
     * Selects and opens account @p id (no-op when unknown). An account opened earlier in this run comes back with its
     * pages as they were and refreshes them in the background (issue 24 item 3).
     */
    void selectAccount(const QString& id);
    QString currentAccountId() const;
    /** The opened account, or null. */
    OpenAccount* openAccount() const;

    /** A message above the tabs with one action (e.g. keychain unavailable, key missing). */
    void showBanner(const QString& text, const QString& buttonText, std::function<void()> action);
    void hideBanner();

    /** Pages report long work here; the status bar shows a busy indicator while any page shown is busy. */
    void setPageBusy(QObject* page, bool busy);

    /** Accounts kept besides the one shown, so that switching back to them is instant; the least recent goes first. */
    static constexpr int MaxKeptAccounts = 4;
    /** Ids of the accounts kept besides the one shown, the most recently shown first. */
    QStringList keptAccountIds() const;

signals:
    /** The user asked to add an account (the onboarding wizard answers it). */
    void addAccountRequested();
    /** An account's key was read and its provider is ready; its pages were built. */
    void accountOpened(OpenAccount* opened);

protected:
    /** Asks before closing when a page of the open account holds unsaved edits (issue 18 item 9). */
    void closeEvent(QCloseEvent* event) override;

private:
    void openSelectedAccount();
    void openAccount(const QString& id);
    void closeAccount();
    /** Takes the shown account's pages out of the tabs and keeps them with it; an account not yet open is closed. */
    void keepOpenedAccount();
    /** Shows kept account @p id again and refreshes its pages in the background; false when it is not kept. */
    bool showKeptAccount(const QString& id);
    void forgetKeptAccount(const QString& id);
    void updateBusyIndicator();
    void showNoAccountTabs();
    void renameCurrentAccount();
    void removeCurrentAccount();
    void updateAccountsState();
    void updateMemoryOnlyMarker();
    void updateTitle();
    void showAbout();
    void showKeyboardShortcuts();
    void showNetworkLog();
    /** Lists the opened account's extra tabs (Environment, Sessions) in the View menu, hides the ones it lacks. */
    void updateViewMenu();
    /** Shows the account's tabs again (after the security overview). */
    void showAccountWorkspace();
    bool isSecurityShown() const;
    /** The checks' runner, shared by the overview and the daily reminders; made on first use. */
    SecurityOverview* securityOverview();
    /** Marks the sidebar's Security entry while the reminders have new findings the overview has not shown. */
    void updateSecurityMarker(int newCount);
    /** The overview asked for account @p id's tab @p destination (a SecurityPage::Destination). */
    void openAccountPage(const QString& id, int destination, const QString& teamId = {});
    /** Shows the tab asked for by openAccountPage() once @p id's pages are built. */
    void showPendingDestination();

    std::unique_ptr<Ui::MainWindow> m_ui;
    AppServices* m_services;
    AccountListModel* m_model = nullptr;
    std::unique_ptr<OpenAccount> m_opened;
    /** m_opened's pages are built (it opened): it can be kept when another account is shown. */
    bool m_openedReady = false;
    std::unique_ptr<KeptAccounts> m_kept;
    QString m_refreshingMessage;
    PageBuilder m_pageBuilder;
    AccountPreparer m_preparer;
    QString m_preparingId;
    QStringList m_demoIds;
    QList<QWidget*> m_noAccountTabs;
    QLabel* m_memoryOnlyMarker;
    QLabel* m_demoMarker;
    /** "Clearing the clipboard in 12 seconds…": beside the messages, never over them. */
    QLabel* m_clipboardCountdown;
    QProgressBar* m_busyIndicator;
    QSet<QObject*> m_busyPages;
    std::function<void()> m_bannerAction;
    QList<QAction*> m_extraTabActions;
    SecurityPage* m_securityPage = nullptr;
    SecurityOverview* m_securityOverview = nullptr;
    SecurityReminders* m_securityReminders = nullptr;
    /** "New" on the sidebar's Security entry (updateSecurityMarker); made when first needed. */
    QLabel* m_securityMarker = nullptr;
    QString m_securityToolTip; ///< the Security entry's own tooltip, before the mark's sentence was added
    QString m_pendingAccountId;
    int m_pendingDestination = -1;
    QString m_pendingTeamId; ///< Spheron AI: the team whose SSH keys to show
};
