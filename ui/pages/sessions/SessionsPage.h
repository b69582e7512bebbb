#pragma once

#include "core/RefreshRule.h"
#include "net/ApiError.h"
#include "providers/Dto.h"

#include <QScopedPointer>
#include <QStringList>
#include <QWidget>

#include <memory>
#include <optional>

class ConsoleProvider;
class RequestTracker;
class QTreeWidgetItem;
struct UiContext;
namespace Ui {
class SessionsPage;
}

/**
 * The Vast.ai login sessions (/auth/sessions/, undocumented: docs/api/vast-endpoints.md §3.5): device, created,
 * expires; delete one; sign out every other session. When the server has no such route (404 or
 * 405) the page reports unsupported() so that the integrator hides its tab.
 */
class SessionsPage : public QWidget
{
    Q_OBJECT

public:
    SessionsPage(ConsoleProvider* provider, UiContext* context, QWidget* parent = nullptr);
    ~SessionsPage() override;

    /** True once the server answered 404 or 405 to the list: the route does not exist there. */
    bool isUnsupported() const { return m_unsupported; }
    /** True once a list has been shown (a later reload keeps it up to date). */
    bool isLoaded() const { return m_loaded; }
    /** The sessions shown, in order (for tests and accessibility). */
    QList<LoginSession> sessions() const { return m_sessions; }

public slots:
    /** Reloads the list (F5). */
    void refresh();
    /** A refresh on the user's behalf (switching back to the account, issue 24 item 3): what is shown stays. */
    void refreshInBackground();
    /** Asks, then deletes the selected session (Del). */
    void deleteSelected();
    /** Asks, then deletes every session except the current one. */
    void signOutOthers();

signals:
    void statusMessage(const QString& text);
    void busyChanged(bool busy);
    /** The server does not offer login sessions (404/405): hide the tab. */
    void unsupported();
    /** A call failed because the account needs a (new) 2FA session; see TwoFactorController. */
    void twoFactorNeeded(const ApiError& error);

private:
    /** Signing out the other sessions, one at a time. */
    struct SignOutRun
    {
        QStringList pending;
        QStringList ended;
        int stillListed = 0;
        ApiError error;
        QList<LoginSession> before;
        std::optional<QList<LoginSession>> last;
    };

    void signOutNext(QObject* request, const std::shared_ptr<SignOutRun>& run);
    void finishSignOut(QObject* request, const std::shared_ptr<SignOutRun>& run);
    /** Warns when sessions other than @p meant disappeared between @p before and @p after. */
    void reportAlsoEnded(const QList<LoginSession>& before, const QList<LoginSession>& after, const QStringList& meant);
    /** The server said yes, yet the session is still listed. */
    void reportIgnored(const QString& title);
    /** The API key may not sign out sessions, and Keydeck does not send it from its own session. */
    void reportNeedsOwnSession(const QString& title);
    void showSessions(const QList<LoginSession>& sessions);
    void updateActions();
    int selectedRow() const;
    void reportActionError(const QString& title, const ApiError& error);

    const QScopedPointer<Ui::SessionsPage> m_ui;
    ConsoleProvider* m_provider;
    UiContext* m_context;
    RequestTracker* m_requests;
    QList<LoginSession> m_sessions;
    bool m_unsupported = false;
    bool m_loaded = false;
    RefreshRule::Mode m_loadMode = RefreshRule::Mode::Asked; ///< of the load under way (or the last one)
    RefreshRule::Mode m_nextLoadMode = RefreshRule::Mode::Asked;
};
