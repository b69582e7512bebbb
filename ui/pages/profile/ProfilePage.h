#pragma once

#include "core/RefreshRule.h"
#include "net/ApiError.h"
#include "providers/Dto.h"

#include <QPointer>
#include <QScopedPointer>
#include <QUrl>
#include <QWidget>

class ConsoleProvider;
class QLabel;
class RequestTracker;
class TeamSwitcher;
class TwoFactorController;
class TwoFactorSection;
struct UiContext;
namespace Ui {
class ProfilePage;
}

/**
 * The account's profile in the provider's dialect. Vast.ai: full name and username editable
 * (PUT /users/), email read-only, balance, credit and 2FA status. Spheron AI, which has no profile
 * API: each team's name, role and balance from /api/balance, the current team, the team switcher
 * and a link to edit the profile on the web console.
 */
class ProfilePage : public QWidget
{
    Q_OBJECT

public:
    ProfilePage(ConsoleProvider* provider, UiContext* context, QWidget* parent = nullptr);
    ~ProfilePage() override;

    /** The team switcher in the page header (Spheron AI only; hidden for Vast.ai). */
    TeamSwitcher* teamSwitcher() const;
    /** Shows the "Sign Out of Two-Factor Session" button bound to @p controller (Vast.ai). */
    void setTwoFactorController(TwoFactorController* controller);
    /** The "Two-factor authentication" section (Vast.ai; nullptr for Spheron AI). */
    TwoFactorSection* twoFactorSection() const;
    /** The web console page where a Spheron AI profile is edited. */
    QUrl webProfileUrl() const;
    /** True while the profile form holds edits that were not saved; the window asks before it closes (invokable). */
    Q_INVOKABLE bool hasUnsavedChanges() const;

public slots:
    /** Reloads the profile or the teams (F5). Unsaved edits are kept. */
    void refresh();
    /** A refresh on the user's behalf (switching back to the account, issue 24 item 3): what is shown stays. */
    void refreshInBackground();
    /** Sends the changed fields (PUT /users/). */
    void saveChanges();
    /** Puts the last loaded values back into the form. */
    void revertChanges();
    /** Opens webProfileUrl() in the browser. */
    void openWebProfile();

signals:
    void statusMessage(const QString& text);
    void busyChanged(bool busy);
    /** A call failed because the account needs a (new) 2FA session; see TwoFactorController. */
    void twoFactorNeeded(const ApiError& error);
    /**
     * Vast.ai: users/current answered (first load, retry, F5 or after a 2FA login). Other tabs take what they
     * need from it (the API Keys tab: key_id) instead of asking the rate-limited endpoint again.
     */
    void profileLoaded(const UserProfile& profile);

private:
    bool isVast() const;
    void showProfile(const UserProfile& profile);
    void showBalance(const AccountBalance& balance);
    void updateFormState();
    /** Why the username as typed cannot be saved (a whole sentence), or empty (issue 18 item 17). */
    QString usernameProblem() const;
    void updateTwoFactorRow();
    void showLoadError(const ApiError& error);

    const QScopedPointer<Ui::ProfilePage> m_ui;
    ConsoleProvider* m_provider;
    UiContext* m_context;
    QPointer<TwoFactorController> m_twoFactor;
    TwoFactorSection* m_tfaSection = nullptr;
    RequestTracker* m_requests;
    UserProfile m_profile;
    bool m_loaded = false;
    RefreshRule::Mode m_loadMode = RefreshRule::Mode::Asked; ///< of the load under way (or the last one)
    RefreshRule::Mode m_nextLoadMode = RefreshRule::Mode::Asked;
    QLabel* m_usernameProblem = nullptr;
    bool m_saving = false;
};
