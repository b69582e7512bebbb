#pragma once

#include "core/RefreshRule.h"
#include "net/ApiError.h"
#include "pages/apikeys/NewKeyDialog.h"
#include "providers/Dto.h"
#include "providers/Reconcile.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class ApiKeysModel;
class ConsoleProvider;
class KeySwitcher;
class QTableView;
class RequestTracker;
struct UiContext;

namespace Ui {
class VastKeysPanel;
}

/**
 * The API Keys tab on Vast.ai: the account's keys (list, create with a permissions editor, delete, reset
 * Keydeck's own key) and the way into the rotation assistant. Its calls count in the tab's RequestTracker.
 *
 * Which key is Keydeck's own: the id Keydeck learned itself, remembered with the account
 * (AccountsRegistry::ownKeyId, an id, never a value) when the user chose "Use this key in Keydeck" or finished a
 * rotation, or whatever the integrator passes to setOwnKeyId() (users/current key_id). Listed keys carry no values,
 * so nothing else can tell (docs/api/vast-endpoints.md §3.1). When the id is unknown, a deletion is followed by a live
 * check of Keydeck's key, so deleting it still leads to the re-enter dialog.
 */
class VastKeysPanel : public QWidget
{
    Q_OBJECT

public:
    VastKeysPanel(ConsoleProvider* provider, UiContext* context, RequestTracker* requests, QWidget* parent = nullptr);
    ~VastKeysPanel() override;

    /** The id of the key Keydeck authenticates with; remembered with the account. */
    void setOwnKeyId(const QString& id);
    QString ownKeyId() const;
    /** Keydeck's own key as listed; an empty id when it is unknown or not listed. */
    ApiKeyInfo ownKey() const;
    QList<ApiKeyInfo> keys() const;

public slots:
    /** Lists the keys; a list still loading is replaced, so only the newest answer shows. */
    void loadKeys();
    /** Lists the keys on the user's behalf (switching back, issue 24 item 3): the list shown stays, even on failure. */
    void loadKeysInBackground();
    void createKey();

signals:
    /** What an action did, for the status bar. */
    void statusMessage(const QString& text);
    /** The list's count: shown only when no action's message is (AccountPages::showStatus). */
    void statusNote(const QString& text);
    /** A call failed: the tab handles 401 (banner, credentialsRejected) and a 2FA requirement. */
    void apiError(const ApiError& error);
    /** Keydeck's own key is gone (deleted, or reset with the new key lost): the tab asks for another one. */
    void keyLost();
    /**
     * A reset replaced Keydeck's key but the new key did not arrive (@p message says why): the tab asks for it,
     * pasted from the console; the stored old key stays until the pasted one verifies.
     */
    void resetKeyMissing(const QString& message);
    /** Keydeck now uses a key the server accepted: the tab's 401 banner goes. */
    void keyAccepted();
    void rotationRequested();

private:
    void showKeys(const QList<ApiKeyInfo>& keys);
    void updateButtons();
    const ApiKeyInfo* selectedKey() const;
    /** Shows a key the server revealed once, with "Use This Key in Keydeck". */
    NewKeyDialog* showNewKey(const CreatedApiKey& created);
    void deleteSelectedKey();
    void deleted(bool own, const QString& name, const Reconcile::ApiKeyDeleted& outcome);
    /** What follows a delete that happened: @p message in the status bar, then the own key's consequences. */
    void keyDeleted(bool own, const QString& message, bool listShown = false);
    /** @p listShown: the list was just loaded (a re-list after a lost answer), so it is not loaded again. */
    void checkOwnKeyAfterDelete(bool listShown = false);
    void resetOwnKey();
    /** Keydeck's own key was reset and @p key is its successor: store, check and show it. */
    void adoptResetKey(const QString& key, QObject* request);
    NewKeyDialog* showResetKey(const QString& key, NewKeyDialog::Origin origin);
    /** Every other outcome: another key reset, Keydeck's key reset without its successor, not done, or unknown. */
    void resetWithoutNewKey(const Reconcile::ApiKeyReset& result);

    const std::unique_ptr<Ui::VastKeysPanel> m_ui;
    QPointer<ConsoleProvider> m_provider;
    UiContext* m_context;
    RequestTracker* m_requests;
    KeySwitcher* m_switcher;
    ApiKeysModel* m_model;
    QTableView* m_table;
    QString m_ownKeyId; ///< only for a panel whose account the registry does not know (tests)
    RefreshRule::Mode m_loadMode = RefreshRule::Mode::Asked; ///< of the list under way (or the last one)
    RefreshRule::Mode m_nextLoadMode = RefreshRule::Mode::Asked;
};
