#pragma once

#include "net/ApiError.h"
#include "providers/TwoFactor.h"

#include <QGroupBox>
#include <QPointer>

#include <functional>
#include <memory>

class ConsoleProvider;
class RequestTracker;
class TwoFactorController;
class TwoFactorDialog;
struct UiContext;
namespace Ui {
class TwoFactorSection;
}

/**
 * The Profile tab's "Two-factor authentication" section (Vast.ai, issue 20): the status and methods (GET
 * /tfa/status/), an authenticator app or a phone to add (after the account authorizes it), rename, make primary,
 * remove (confirmed with a code) and new backup codes (confirmed with a code, shown once). Pages emit intents; every
 * call goes through the provider.
 */
class TwoFactorSection : public QGroupBox
{
    Q_OBJECT

public:
    TwoFactorSection(ConsoleProvider* provider, UiContext* context, QWidget* parent = nullptr);
    ~TwoFactorSection() override;

    const TwoFactorStatus& status() const { return m_status; }
    /**
     * The account's sign-in controller: an action refused for want of a session asks it for a code and runs again
     * with what the user typed once signed in. Without one, twoFactorNeeded() is emitted and the action is dropped.
     */
    void setTwoFactorController(TwoFactorController* controller);

public slots:
    void refresh();
    void setUpAuthenticator();
    void addPhone();
    void renameSelected();
    void makeSelectedPrimary();
    void removeSelected();
    void regenerateBackupCodes();

signals:
    void statusMessage(const QString& text);
    void busyChanged(bool busy);
    /** A call failed because the account needs a (new) 2FA session. */
    void twoFactorNeeded(const ApiError& error);
    /** The status was (re)loaded: two-factor authentication is on or off now (after a set-up or a removal too). */
    void enabledChanged(bool enabled);

private:
    void showStatus();
    void updateButtons();
    void showError(const QString& text);
    /** The selected method, or nullptr. */
    const TwoFactorMethod* selectedMethod() const;
    /** Authorizes adding a method (authorize-new-method), then runs @p next. */
    void authorizeThen(std::function<void()> next);
    /** Opens the code prompt for an action; @p verify runs it. */
    TwoFactorDialog*
    openProofDialog(const QString& reason,
                    std::function<void(const TwoFactorProof&, QObject*, std::function<void(const ApiError&)>)> verify);
    void showBackupCodes(const QStringList& codes);
    bool handleFailure(const ApiError& error, const QString& sentence, std::function<void()> retry = {});
    void rename(const QString& id, const QString& label);
    void makePrimary(const QString& id);

    const std::unique_ptr<Ui::TwoFactorSection> m_ui;
    ConsoleProvider* m_provider;
    UiContext* m_context;
    RequestTracker* m_requests;
    QPointer<TwoFactorController> m_controller;
    TwoFactorStatus m_status;
    bool m_loaded = false;
};
