#pragma once

#include "core/RefreshRule.h"
#include "providers/Dto.h"

#include <QDateTime>
#include <QFileSystemWatcher>
#include <QScopedPointer>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

class AddSshKeyDialog;
class QAction;
class ApiError;
class ConsoleProvider;
class LocalKeysModel;
class RequestTracker;
class SshKeysFilterModel;
class SshKeysHeader;
class SshKeysModel;
class SshKeysTable;
struct UiContext;

namespace Ui {
class SshKeysPage;
}
namespace FilterField {
class NoMatchesLabel;
}

/**
 * The SSH Keys tab for both providers: the registered keys (with locally computed fingerprints, age and a
 * 90-day rotation flag), add / generate / edit / delete / copy / rotate, and the public keys in `~/.ssh` of this
 * computer with one-click upload. On Spheron AI the page shows one team's keys and disables changes for members.
 */
class SshKeysPage : public QWidget
{
    Q_OBJECT

public:
    SshKeysPage(ConsoleProvider* provider, UiContext* context, QWidget* parent = nullptr);
    ~SshKeysPage() override;

    /** Spheron AI: the team whose keys are shown (empty until known) and the user's role in it. */
    QString teamId() const { return m_teamId; }
    QString role() const { return m_role; }
    /** False when the user's role in the team cannot manage SSH keys (Spheron "member"). */
    bool canManageKeys() const;
    /** True while a list load or a page-level action is running. */
    bool isBusy() const;
    /** True once refresh() has run: the page has asked for its list at least once. */
    bool isLoaded() const { return m_loaded; }

    SshKeysModel* model() const { return m_model; }
    LocalKeysModel* localModel() const { return m_localModel; }

public slots:
    /** Reloads the keys (F5). On Spheron AI without a team, the current team is read from the balance first. */
    void refresh();
    /**
     * A refresh on the user's behalf (switching back to the account, issue 24 item 3): the list shown stays while it
     * runs, and if it fails it stays too and the status bar says so.
     */
    void refreshInBackground();
    /**
     * Shows the keys of Spheron team @p teamId where the user has @p role ("owner", "admin", "member"; empty when
     * unknown). Reloads when the page has loaded before. Called by the team switcher.
     */
    void setTeam(const QString& teamId, const QString& role, const QString& teamName = {});

    void addKey();
    void generateKey();
    void editSelectedKey();
    void deleteSelectedKey();
    void copySelectedKey();
    void rotateSelectedKey();
    void uploadSelectedLocalKey();

signals:
    void statusMessage(const QString& text);
    void busyChanged(bool busy);
    /** A call failed for want of a Vast.ai two-factor session (ApiError::needsTwoFactorSession). */
    void twoFactorNeeded(const ApiError& error);

private:
    /** refresh(), unless a 429 asked to wait and the wait has not passed. */
    void refreshUnlessHeld();
    /** True while the registered keys are on screen (not loading for the first time, empty or failed). */
    bool listShown() const;
    /** Lists the keys and shows them. */
    void loadKeys();
    void onKeysLoaded(const QList<SshKey>& keys);
    /** Shows the model's keys (or the empty state) with their count, notice and actions. */
    void showKeys();
    /** Esc or Cancel Loading: abandons the list (or team lookup) under way; the list shown before stays. */
    void cancelLoad();
    /** Shows why the list could not be loaded, in the list's place and in the status bar. */
    void showLoadError(const ApiError& error);
    void scanLocalKeys();
    /** Watches `~/.ssh` (or, while it does not exist, the home folder that will hold it) for new key files. */
    void watchSshFolder();
    void updateActions();
    void updateCountChip();
    /** Shows the team's name (when known) and whether the user's role may change its keys. */
    void showTeam();
    void updateNotice();
    /** An Add SSH Key dialog for the shown team, which closes itself (and deletes itself) when done. */
    AddSshKeyDialog* newAddDialog();
    void afterKeyAdded(const SshKey& key);
    /** A dialog's upload was cancelled with its answer outstanding: says so and reads the list again. */
    void afterUploadAbandoned(const QString& message);
    /** Asks, then deletes @p key; false when the user declined. */
    bool confirmAndDelete(const SshKey& key, const QString& label, const QString& fingerprint);
    /** Rotate and Spheron's replace: @p added is registered; asks to delete @p old, and says so when it stays. */
    void replaceThenDelete(const SshKey& added, const SshKey& old, const QString& label, const QString& fingerprint);
    bool isVast() const;

    const QScopedPointer<Ui::SshKeysPage> m_ui;
    ConsoleProvider* m_provider;
    UiContext* m_context;
    SshKeysModel* m_model;
    SshKeysFilterModel* m_proxy;
    LocalKeysModel* m_localModel;
    /** The page's provider calls: busy state, and the list a newer refresh replaces (core/RequestTracker.h). */
    RequestTracker* m_requests;
    SshKeysTable* m_table;
    std::unique_ptr<SshKeysHeader> m_header;
    FilterField::NoMatchesLabel* m_noMatches = nullptr;
    QString m_teamId;
    QString m_role;
    QString m_teamName;
    QString m_shownTeamId; ///< the team whose keys the list shows
    QString m_addedNotice;
    /** Runs while a 429's wait lasts: Refresh and Retry stay off meanwhile. */
    QTimer m_retryHold;
    QAction* m_cancelLoadAction;
    QFileSystemWatcher m_sshFolderWatcher;
    QTimer m_localRescan;
    QDateTime m_loadedAt; ///< when the list shown was loaded
    bool m_loaded = false;
    RefreshRule::Mode m_loadMode = RefreshRule::Mode::Asked; ///< of the list load under way (or the last one)
    RefreshRule::Mode m_nextLoadMode = RefreshRule::Mode::Asked;
};
