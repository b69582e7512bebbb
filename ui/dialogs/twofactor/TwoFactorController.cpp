#include "dialogs/twofactor/TwoFactorController.h"

#include "core/RequestTracker.h"

#include "UiContext.h"
#include "dialogs/twofactor/TwoFactorDialog.h"
#include "providers/ConsoleProvider.h"
#include "secrets/AccountsRegistry.h"
#include "secrets/SecretsService.h"

#include <QAction>
#include <QWidget>

TwoFactorController::TwoFactorController(ConsoleProvider* provider, UiContext* context, QWidget* dialogParent,
                                         QObject* parent)
    : QObject(parent)
    , m_provider(provider)
    , m_context(context)
    , m_dialogParent(dialogParent)
    , m_signOutAction(new QAction(tr("Sign &Out of Two-Factor Session"), this))
    , m_requests(new RequestTracker(this))
{
    connect(m_requests, &RequestTracker::busyChanged, this, [this](bool busy) {
        updateAction();
        emit busyChanged(busy);
    });
    m_signOutAction->setObjectName(QStringLiteral("signOutTwoFactorAction"));
    m_signOutAction->setToolTip(tr("End the two-factor session on the server and forget it on this computer"));
    connect(m_signOutAction, &QAction::triggered, this, &TwoFactorController::signOut);
    // The provider already dropped the rejected key (ConsoleProvider::sessionKeyExpired); the stored
    // copy is useless from now on, as vast-cli deletes vast_tfa_key (docs/api/vast.md §2.4).
    connect(m_provider, &ConsoleProvider::sessionKeyExpired, this, [this] {
        updateAction();
        if (SecretStore* secrets = store())
            secrets->remove(m_context->accountId, SecretKind::SessionKey, this, [](const SecretError&) {});
    });
    updateAction();
}

TwoFactorController::~TwoFactorController() = default;

TwoFactorDialog* TwoFactorController::dialog() const
{
    return m_dialog;
}

bool TwoFactorController::hasSession() const
{
    return m_provider->hasSessionKey();
}

SecretStore* TwoFactorController::store() const
{
    if (!m_context || m_context->accountId.isEmpty())
        return nullptr;
    if (m_context->accounts) {
        if (const std::optional<Account> account = m_context->accounts->find(m_context->accountId))
            return m_context->accounts->storeFor(*account);
    }
    return m_context->secrets ? m_context->secrets->activeStore() : nullptr;
}

void TwoFactorController::updateAction()
{
    m_signOutAction->setEnabled(hasSession() && !m_requests->isBusy());
}

void TwoFactorController::prompt(const ApiError& error)
{
    handleApiError(error);
}

bool TwoFactorController::handleApiError(const ApiError& error, std::function<void()> retry)
{
    if (!error.needsTwoFactorSession())
        return false;
    if (retry)
        m_pendingRetries.append(std::move(retry));
    updateAction();
    if (m_dialog)
        return true; // several calls fail at once after a session expires: one prompt serves them all
    auto* dialog = new TwoFactorDialog(m_provider, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setReason(error.kind());
    m_dialog = dialog;
    connect(dialog, &TwoFactorDialog::busyChanged, this, &TwoFactorController::busyChanged);
    connect(dialog, &TwoFactorDialog::notice, this, [this](const QString& text) { m_signInNote = text; });
    connect(dialog, &TwoFactorDialog::verified, this, &TwoFactorController::storeSession);
    connect(dialog, &QDialog::rejected, this, [this] {
        m_pendingRetries.clear();
        emit statusMessage(tr("Two-factor sign-in was cancelled."));
        emit promptCancelled();
    });
    dialog->open();
    return true;
}

void TwoFactorController::storeSession(const TwoFactorSession& session)
{
    updateAction();
    const QList<std::function<void()>> retries = std::exchange(m_pendingRetries, {});
    auto started = [this, retries] {
        emit sessionStarted();
        for (const auto& retry : retries)
            retry();
    };
    const QString note = std::exchange(m_signInNote, {});
    SecretStore* secrets = store();
    if (!secrets) {
        emit statusMessage(note.isEmpty() ? tr("Signed in with two-factor authentication for this run only.") : note);
        started();
        return;
    }
    m_requests->hold(true);
    secrets->write(m_context->accountId, SecretKind::SessionKey, session.sessionKey, this,
                   [this, started, note](const SecretError& error) {
                       m_requests->hold(false);
                       if (!error.isOk()) {
                           // The provider already uses the session, so nothing is lost for this run.
                           emit failed(tr("Signed in with two-factor authentication, but the session could not "
                                          "be kept in the keychain: %1 You will be asked for a code again next "
                                          "time.")
                                           .arg(error.message()));
                       } else {
                           emit statusMessage(note.isEmpty() ? tr("Signed in with two-factor authentication.") : note);
                       }
                       started();
                   });
}

void TwoFactorController::restoreSession()
{
    SecretStore* secrets = store();
    if (!secrets)
        return;
    m_requests->hold(true);
    secrets->read(m_context->accountId, SecretKind::ApiKey, this,
                  [this, secrets](const SecretError& apiError, const QString& apiKey) {
                      if (!apiError.isOk()) {
                          m_requests->hold(false);
                          if (apiError.kind() != SecretError::Kind::NotFound)
                              emit failed(apiError.message());
                          return;
                      }
                      secrets->read(m_context->accountId, SecretKind::SessionKey, this,
                                    [this, apiKey](const SecretError& error, const QString& sessionKey) {
                                        m_requests->hold(false);
                                        if (!error.isOk() && error.kind() != SecretError::Kind::NotFound) {
                                            emit failed(error.message());
                                            return;
                                        }
                                        m_provider->setCredentials({apiKey, error.isOk() ? sessionKey : QString()});
                                        updateAction();
                                    });
                  });
}

void TwoFactorController::signOut()
{
    if (m_requests->isBusy())
        return;
    if (!hasSession()) {
        finishSignOut({});
        return;
    }
    m_requests->hold(true);
    // The session key does not name its own session; the list marks the one the request came with
    // (docs/SANDBOX.md; the real route is undocumented, docs/api/vast-endpoints.md §3.5).
    m_provider->listSessions(this, [this](ApiResult<QList<LoginSession>> list) {
        if (!list.ok()) {
            if (list.error.kind() == ApiError::Kind::SessionExpired) {
                finishSignOut({}); // already over on the server
                return;
            }
            if (list.error.kind() == ApiError::Kind::NotFound || list.error.httpStatus() == 405) {
                finishSignOut(tr("The server does not list sessions, so it ends the session when it expires."));
                return;
            }
            m_requests->hold(false);
            emit failed(tr("Could not sign out of the two-factor session: %1").arg(list.error.userMessage()));
            return;
        }
        const auto current = std::find_if(list.value->cbegin(), list.value->cend(),
                                          [](const LoginSession& session) { return session.current; });
        if (current == list.value->cend() || current->id.isEmpty()) {
            finishSignOut(tr("The server did not say which session is this one, so it ends the session when it "
                             "expires."));
            return;
        }
        m_provider->deleteOwnSession(current->id, this, [this](ApiResult<void> deleted) {
            if (!deleted.ok() && deleted.error.kind() != ApiError::Kind::SessionExpired
                && deleted.error.kind() != ApiError::Kind::NotFound) {
                m_requests->hold(false);
                emit failed(tr("Could not sign out of the two-factor session: %1").arg(deleted.error.userMessage()));
                return;
            }
            finishSignOut({});
        });
    });
}

void TwoFactorController::finishSignOut(const QString& serverNote)
{
    m_requests->hold(true);
    auto done = [this, serverNote] {
        m_requests->hold(false);
        updateAction();
        emit statusMessage(serverNote.isEmpty()
                               ? tr("Signed out of the two-factor session.")
                               : tr("Signed out of the two-factor session on this computer. %1").arg(serverNote));
        emit sessionEnded();
    };
    SecretStore* secrets = store();
    if (!secrets) {
        dropSessionFromProvider(done);
        return;
    }
    secrets->remove(m_context->accountId, SecretKind::SessionKey, this, [this, done](const SecretError& error) {
        if (!error.isOk())
            emit failed(tr("The session was signed out, but its key could not be removed from the keychain: %1")
                            .arg(error.message()));
        dropSessionFromProvider(done);
    });
}

void TwoFactorController::dropSessionFromProvider(std::function<void()> then)
{
    if (!m_provider->hasSessionKey()) {
        then();
        return;
    }
    // ConsoleProvider only replaces both keys at once, so the API key comes back from the store.
    SecretStore* secrets = store();
    if (!secrets) {
        m_provider->clearCredentials();
        then();
        return;
    }
    secrets->read(
        m_context->accountId, SecretKind::ApiKey, this, [this, then](const SecretError& error, const QString& apiKey) {
            if (!error.isOk()) {
                m_provider->clearCredentials();
                emit failed(tr("The API key could not be read back from the keychain: %1").arg(error.message()));
            } else {
                m_provider->setCredentials({apiKey, QString()});
            }
            then();
        });
}
