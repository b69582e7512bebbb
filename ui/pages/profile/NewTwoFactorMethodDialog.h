#pragma once

#include "providers/TwoFactor.h"

#include <QDialog>

#include <memory>

class ConsoleProvider;
class RequestTracker;
namespace Ui {
class NewTwoFactorMethodDialog;
}

/**
 * Adds a second factor once the account authorized it (issue 20, docs/api/vast-endpoints.md §3.7): an authenticator app
 * (the provisioning URI as a QR code, and the key to type in by hand) or a phone for text messages, confirmed with a
 * code from the new method. The secret and the URI live only in this dialog and are wiped when it closes.
 */
class NewTwoFactorMethodDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Authenticator, Phone };

    NewTwoFactorMethodDialog(ConsoleProvider* provider, Kind kind, QWidget* parent = nullptr);
    ~NewTwoFactorMethodDialog() override;

    bool isBusy() const;

public slots:
    void accept() override;

signals:
    /** The method is active; @p activation.backupCodes, when any, must be shown once (BackupCodesDialog). */
    void activated(const TwoFactorActivation& activation);

protected:
    void done(int result) override;

private:
    void sendCode();
    void updateButtons();
    void showError(const QString& text);

    const std::unique_ptr<Ui::NewTwoFactorMethodDialog> m_ui;
    ConsoleProvider* m_provider;
    Kind m_kind;
    RequestTracker* m_requests;
    QString m_secret; ///< the TOTP secret or the SMS challenge's; a secret
};
