#pragma once

#include "net/ApiError.h"
#include "pages/apikeys/KeyEntryDialog.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class ConsoleProvider;
class ExpiryNotifier;
class KeySwitcher;
class QuickReferenceCard;
class RequestTracker;
class SpheronKeyCard;
class VastKeysPanel;
struct UiContext;

namespace Ui {
class ApiKeysPage;
}

/**
 * The API Keys tab: the provider's panel (VastKeysPanel: the account's keys; SpheronKeyCard: the stored key, as
 * Spheron AI has no key API), a quick reference card, the expiry banner with a once-a-day desktop notification,
 * the rotation assistant, and the banner that leads to a new key after a 401. One RequestTracker
 * (core/RequestTracker.h) holds the tab's busy state: the panel's calls and its dialogs' work.
 */
class ApiKeysPage : public QWidget
{
    Q_OBJECT

public:
    ApiKeysPage(ConsoleProvider* provider, UiContext* context, QWidget* parent = nullptr);
    ~ApiKeysPage() override;

    /** Vast.ai: the id of the key Keydeck authenticates with (e.g. users/current key_id); remembered. */
    void setOwnKeyId(const QString& id);
    QString ownKeyId() const;
    /** The expiry notifier (tests replace its notification function and clock). */
    ExpiryNotifier* expiryNotifier() const;

public slots:
    /** F5: reloads the key list (Vast.ai) or the stored key (Spheron AI), the expiry and the reference card. */
    void refresh();
    /** A refresh on the user's behalf (switching back to the account, issue 24 item 3): what is shown stays. */
    void refreshInBackground();
    /** Opens the paste-verify-store dialog for the same account (after a 401). */
    void promptForNewKey();

signals:
    void statusMessage(const QString& text);
    /** A note such as the key count: it never replaces an action's message (AccountPages::showStatus). */
    void statusNote(const QString& text);
    void busyChanged(bool busy);
    /**
     * The server rejected Keydeck's key (401) during an action of this tab. The tab shows a banner leading to
     * promptForNewKey(); the window may also react (other tabs fail the same way).
     */
    void credentialsRejected();
    /** Vast.ai: the call needs a 2FA session (or the session expired); the window's controller asks for a code. */
    void twoFactorNeeded(const ApiError& error);

private:
    /** Shows the 401 banner and emits credentialsRejected(), or twoFactorNeeded() for a 2FA requirement. */
    void handleApiError(const ApiError& error);
    /** The tab's own "enter a new key" banner, without telling the window. */
    void showAuthBanner(const ApiError& error);
    /** Keydeck's own key is gone by the user's doing: the banner, and the dialog right away. */
    void askForLostKey();
    /** A reset replaced Keydeck's key without sending the new one: the banner, and the paste dialog with @p message. */
    void askForResetKey(const QString& message);
    /** Opens the paste-verify-store dialog. */
    KeyEntryDialog* openKeyEntry(KeyEntryDialog::Purpose purpose);
    void openRotationAssistant();
    void updateExpiry();

    const std::unique_ptr<Ui::ApiKeysPage> m_ui;
    QPointer<ConsoleProvider> m_provider;
    UiContext* m_context;
    RequestTracker* m_requests;
    KeySwitcher* m_switcher;
    QPointer<ExpiryNotifier> m_notifier; ///< the app's (ExpiryReminders), which may drop it first, or the page's own
    VastKeysPanel* m_vast = nullptr; ///< Vast.ai only
    SpheronKeyCard* m_spheron = nullptr; ///< Spheron AI only
    QuickReferenceCard* m_quickReference;
};
