#pragma once

#include "net/ApiError.h"
#include "providers/Dto.h"

#include <QDialog>
#include <QScopedPointer>

class RequestTracker;
class ConsoleProvider;
namespace Ui {
class TwoFactorDialog;
}

/**
 * Asks for a 6-digit TOTP code and verifies it with ConsoleProvider::twoFactorLogin() (Vast.ai
 * POST /tfa/). A refused code is reported inline and the dialog stays open; on success it emits
 * verified() with the session (whose key is a secret) and closes.
 */
class TwoFactorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TwoFactorDialog(ConsoleProvider* provider, QWidget* parent = nullptr);
    ~TwoFactorDialog() override;

    /** Explains why the code is asked for (first login, or an expired session). */
    void setReason(ApiError::Kind kind);
    /** True while a code is being verified. */
    bool isBusy() const;

    /** True when @p code is exactly six ASCII digits (spaces are ignored). */
    static bool isWellFormedCode(const QString& code);

public slots:
    void accept() override;

signals:
    /** The code was accepted; @p session.sessionKey must go to the keychain, never to a log. */
    void verified(const TwoFactorSession& session);
    void busyChanged(bool busy);

private:
    void updateButtons();
    /** Shows the busy state the request tracker reports. */
    void showBusy(bool busy);
    void showError(const QString& text);

    const QScopedPointer<Ui::TwoFactorDialog> m_ui;
    ConsoleProvider* m_provider;
    RequestTracker* m_requests;
};
