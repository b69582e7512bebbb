#pragma once

#include "net/ApiError.h"
#include "providers/Dto.h"

#include <QObject>
#include <QPointer>

#include <functional>

class RequestTracker;
class ConsoleProvider;
class QAction;
class QWidget;
class SecretStore;
class TwoFactorDialog;
struct UiContext;

/**
 * The Vast.ai two-factor flow (docs/api/vast.md §2.3, §3.6): when a call fails because the account needs
 * a 2FA session, asks for a code, keeps the returned session key in the account's secret store
 * (SecretKind::SessionKey) and lets the provider use it; signs the session out on request, on the
 * server and locally.
 */
class TwoFactorController : public QObject
{
    Q_OBJECT

public:
    /** @p dialogParent parents the code dialog (the main window); @p context gives the store and account. */
    TwoFactorController(ConsoleProvider* provider, UiContext* context, QWidget* dialogParent,
                        QObject* parent = nullptr);
    ~TwoFactorController() override;

    /** True when the provider currently sends a 2FA session key. */
    bool hasSession() const;
    /** The open code dialog, or nullptr. */
    TwoFactorDialog* dialog() const;
    /** "Sign Out of Two-Factor Session": enabled while a session is in use; triggers signOut(). */
    QAction* signOutAction() const { return m_signOutAction; }

    /**
     * Call when any provider call fails. For ApiError kinds TwoFactorRequired and SessionExpired it
     * prompts for a code (once, however many calls failed) and runs @p retry after a successful
     * login; returns true then. Other errors are left to the caller (returns false).
     */
    bool handleApiError(const ApiError& error, std::function<void()> retry = {});

public slots:
    /** Convenience slot for pages' twoFactorNeeded(ApiError) signals. */
    void prompt(const ApiError& error);
    /** Reads the stored API and session keys and hands them to the provider (at startup). */
    void restoreSession();
    /** Deletes the session on the server (the current one of /auth/sessions/), then locally. */
    void signOut();

signals:
    /** A code was accepted; the provider now uses the new session key. Refresh what failed. */
    void sessionStarted();
    /** The session was signed out; the provider is back to the API key. */
    void sessionEnded();
    /** The user closed the code dialog without a session. */
    void promptCancelled();
    /** A sentence for the status bar; warnings (e.g. the keychain refused) also come here. */
    void statusMessage(const QString& text);
    /** Something went wrong that the user must know about (a whole translated sentence). */
    void failed(const QString& message);
    void busyChanged(bool busy);

private:
    SecretStore* store() const;
    void storeSession(const TwoFactorSession& session);
    void finishSignOut(const QString& serverNote);
    void dropSessionFromProvider(std::function<void()> then);
    void updateAction();

    ConsoleProvider* m_provider;
    UiContext* m_context;
    QPointer<QWidget> m_dialogParent;
    QPointer<TwoFactorDialog> m_dialog;
    QAction* m_signOutAction;
    QList<std::function<void()>> m_pendingRetries;
    QString m_signInNote; ///< the dialog's notice about the sign-in under way (backup codes left)
    RequestTracker* m_requests; ///< the keychain and sign-out work under way (busy state)
};
