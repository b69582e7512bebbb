#pragma once

#include "net/ApiError.h"
#include "providers/Dto.h"
#include "providers/Reconcile.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class ApiKeysModel;
class ConsoleProvider;
class ExpiryNotifier;
class KeySwitcher;
class QTableView;
struct UiContext;

namespace Ui {
class ApiKeysPage;
}

/**
 * The API Keys tab. Vast.ai: the account's keys (list, create with a permissions editor, delete, reset
 * Keydeck's own key). Spheron AI, which has no key API: the stored key as an Active Key card (masked, reveal,
 * copy, user-entered expiry, test, revoke and generate through the console). Both: a quick reference card, a
 * rotation assistant, expiry banners and a once-a-day desktop notification.
 *
 * Which key is Keydeck's own (Vast.ai): the id Keydeck learned itself, remembered with the account
 * (AccountsRegistry::ownKeyId, an id, never a value) when the user chose "Use this key in Keydeck" or
 * finished a rotation, or whatever the integrator passes to setOwnKeyId() (users/current key_id once the
 * provider exposes it). Listed keys carry no values, so nothing else can tell. When the id is unknown, a
 * deletion is followed by a live check of Keydeck's key, so deleting it still leads to the re-enter dialog.
 */
class ApiKeysPage : public QWidget
{
    Q_OBJECT

public:
    ApiKeysPage(ConsoleProvider* provider, UiContext* context, QWidget* parent = nullptr);
    ~ApiKeysPage() override;

    /** The id of the Vast.ai key Keydeck authenticates with (e.g. users/current key_id); remembered. */
    void setOwnKeyId(const QString& id);
    QString ownKeyId() const;
    /** The expiry notifier (tests replace its notification function and clock). */
    ExpiryNotifier* expiryNotifier() const { return m_notifier; }

public slots:
    /** F5: reloads the key list (Vast.ai) or the stored key (Spheron AI), the expiry and the reference card. */
    void refresh();
    /** Opens the paste-verify-store dialog for the same account (after a 401). */
    void promptForNewKey();

signals:
    void statusMessage(const QString& text);
    void busyChanged(bool busy);
    /**
     * The server rejected Keydeck's key (401) during an action of this tab. The tab shows a banner leading to
     * promptForNewKey(); the window may also react (other tabs fail the same way).
     */
    void credentialsRejected();
    /** Vast.ai: the call needs a 2FA session (or the session expired); the window's controller asks for a code. */
    void twoFactorNeeded(const ApiError& error);

private:
    void setupVast();
    void setupSpheron();
    void setupQuickReference();
    void updateQuickReference();
    void beginBusy();
    void endBusy();
    /**
     * Shows the 401 banner and emits credentialsRejected() when @p error is an authentication failure; emits
     * twoFactorNeeded() for a 2FA requirement. Returns true when @p error was one of those.
     */
    bool handleAuthError(const ApiError& error);
    /** The tab's own "enter a new key" banner, without telling the window. */
    void showAuthBanner(const ApiError& error);

    void loadKeys();
    void showKeys(const QList<ApiKeyInfo>& keys);
    void updateVastButtons();
    const ApiKeyInfo* selectedKey() const;
    void createKey();
    void showNewKey(const CreatedApiKey& created);
    void deleteSelectedKey();
    void resetOwnKey();
    /** @p listShown: the list was just loaded (a re-list after a lost answer), so it is not loaded again. */
    void checkOwnKeyAfterDelete(bool listShown = false);
    /** After a delete whose answer was lost or that found nothing: lists again and says what happened. */
    /** What follows a delete that happened: @p message in the status bar, then the own key's consequences. */
    void keyDeleted(bool own, const QString& message, bool listShown = false);
    /** A reset that brought no new key: done with the key lost, not done, or unknown. */
    void resetWithoutNewKey(const Reconcile::ApiKeyReset& result);

    void loadStoredKey();
    void showStoredKey();
    void copyStoredKey();
    void testKey();
    void revokeKey();
    void generateKey();
    void editExpiry();
    void clearKeyExpiry();

    void openRotationAssistant();
    void updateExpiry();
    QDate keyExpiry() const;
    QString accountLabel() const;
    void copyPublic(const QString& text, const QString& what);

    const std::unique_ptr<Ui::ApiKeysPage> m_ui;
    QPointer<ConsoleProvider> m_provider;
    UiContext* m_context;
    KeySwitcher* m_switcher;
    ApiKeysModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    ExpiryNotifier* m_notifier;
    QString m_storedKey;
    QString m_ownKeyId; ///< only for a page whose account the registry does not know (tests)
    bool m_hasStoredKey = false;
    int m_busy = 0;
};
