#pragma once

#include "net/ApiError.h"
#include "net/ApiResult.h"
#include "providers/Dto.h"
#include "providers/TwoFactor.h"

#include <QDateTime>
#include <QDialog>
#include <QScopedPointer>
#include <QTimer>

#include <functional>

class RequestTracker;
class ConsoleProvider;
namespace Ui {
class TwoFactorDialog;
}

/**
 * Two-factor sign-in (Vast.ai POST /tfa/, issue 20): the user picks a method when the account has several (read from
 * GET /tfa/status/ when the server allows it before sign-in, else by type), asks for an SMS or e-mail code when
 * needed, and enters that code, an authenticator code or a backup code. A refused code, a lockout (with the local
 * time it ends) or an expired SMS code is reported inline and the dialog stays open; on success it emits verified()
 * with the session (whose key is a secret) and closes. After a backup code it says how many are left and warns when
 * few are.
 */
class TwoFactorDialog : public QDialog
{
    Q_OBJECT

public:
    /** Sends the code of a method (SMS, e-mail) for the proof under way; the challenge's secret goes back with it. */
    using SendCode = std::function<void(const QString& methodId, const QString& type, QObject* context,
                                        std::function<void(ApiResult<TwoFactorChallenge>)> done)>;
    /** Runs the action a proof authorizes; @p done gets the failure (or no error) to show. */
    using Verify = std::function<void(const TwoFactorProof& proof, QObject* context,
                                      std::function<void(const ApiError& error)> done)>;

    explicit TwoFactorDialog(ConsoleProvider* provider, QWidget* parent = nullptr);
    /**
     * The same dialog proving the second factor for another action (remove a method, new backup codes, authorize a
     * new method; issue 20): @p methods are the account's (empty: the types), @p verify runs the action, @p sendCode
     * replaces the SMS and e-mail codes of sign-in when set. Closes when the action succeeded.
     */
    TwoFactorDialog(ConsoleProvider* provider, const QList<TwoFactorMethod>& methods, Verify verify, SendCode sendCode,
                    QWidget* parent = nullptr);
    ~TwoFactorDialog() override;

    /** Replaces the explanation at the top (a whole translated sentence). */
    void setReasonText(const QString& text);
    /** Offers only the account's e-mail (the authorization of a first method, which has nothing else). */
    void offerOnlyEmail();

    /** Explains why the code is asked for (first login, or an expired session). */
    void setReason(ApiError::Kind kind);
    /** True while a code is being verified or sent. */
    bool isBusy() const;

    /** True when @p code is exactly six ASCII digits (spaces are ignored). */
    static bool isWellFormedCode(const QString& code);
    /** True when @p code looks like a backup code: 6 to 24 letters and digits, dashes and spaces ignored. */
    static bool isWellFormedBackupCode(const QString& code);

public slots:
    void accept() override;
    /** Sends (or resends) the SMS or e-mail code of the chosen method. */
    void sendCode();

signals:
    /** The code was accepted; @p session.sessionKey must go to the keychain, never to a log. */
    void verified(const TwoFactorSession& session);
    /** A sentence for the status bar about the sign-in (the backup codes left), emitted just before verified(). */
    void notice(const QString& text);
    void busyChanged(bool busy);

private:
    /** One entry of the method list: a method of the account, or a type when the list could not be read. */
    struct Choice
    {
        QString methodId; ///< empty: by type
        QString type; ///< "totp", "sms", "email", "backup"
    };

    void setUp();
    void showMethods(const QList<TwoFactorMethod>& methods);
    Choice currentChoice() const;
    void choiceChanged();
    void updateButtons();
    void showBusy(bool busy);
    void showError(const QString& text);
    void showOutcome(const TwoFactorOutcome& outcome, const Choice& choice);
    void finish(const TwoFactorSession& session, bool backupCode);

    const QScopedPointer<Ui::TwoFactorDialog> m_ui;
    ConsoleProvider* m_provider;
    RequestTracker* m_requests;
    QList<Choice> m_choices;
    /** The secret the last SMS or e-mail code came with; only in memory, dropped with the choice. */
    QString m_secret;
    /** While the server's lockout lasts, Verify stays off: every code would count as another failure. */
    QDateTime m_lockedUntil;
    QTimer m_lockEnds;
    Verify m_verify; ///< empty: sign in
    SendCode m_sendCode; ///< empty: the sign-in SMS and e-mail routes
    /** The user chose a method, typed or sent something: a late list of methods must not reset that. */
    bool m_touched = false;
};
