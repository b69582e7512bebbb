#pragma once

#include "net/ApiError.h"
#include "providers/AccountSetup.h"
#include "secrets/Account.h"
#include "wizard/OnboardingPage.h"
#include "wizard/OnboardingServices.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>
#include <memory>
#include <optional>

class ApiKeyPage;
class ConsoleProvider;
class DonePage;
class ProviderPage;
class RequestTracker;
class SavePage;
class SshKeyPage;
class SshStepController;
class VerifyPage;
class QWidget;

/**
 * Does the onboarding wizard's I/O (Nextcloud's wizard split: pages emit intents, this runs the jobs and calls
 * the pages back): verifies the key with a live call, starts the demo, saves the account and its key, hands the SSH
 * step to SshStepController, and undoes the save when the user cancels or goes back before it.
 */
class OnboardingController : public QObject
{
    Q_OBJECT

public:
    struct Pages
    {
        ProviderPage* provider;
        ApiKeyPage* apiKey;
        VerifyPage* verify;
        SavePage* save;
        SshKeyPage* sshKey;
        DonePage* done;
    };

    /** @p dialogParent is the wizard: confirmations are shown over it. */
    OnboardingController(const OnboardingServices& services, const Pages& pages, QWidget* dialogParent);
    ~OnboardingController() override;

    /** The wizard entered @p page with Next (or at start). */
    void enterPage(OnboardingPage page);
    /** The user went Back from @p page: cancel its work; undo the save when going back before it. */
    void leavePageBackwards(OnboardingPage page);
    /** Cancel: undo everything the wizard saved. */
    void rollback();
    /** Finish: the account is kept and marked as used. */
    void finish();

    QString createdAccountId() const { return m_createdId; }
    bool isDemo() const;
    /** True while a save or a key registration is under way (Cancel waits for it). */
    bool isBusy() const;

    /** The sentence shown when verification failed with @p error: what happened and what to do. */
    static QString verificationFailureText(const ApiError& error);

signals:
    /** A step finished its work; the wizard moves to the next page. */
    void advanceRequested();
    void busyChanged(bool busy);

private:
    void verify();
    void verifyDemo();
    void verifyWithProvider(const QString& doneText);
    void verificationSucceeded(const AccountSetup::Details& details, const QString& doneText);
    void submitTwoFactorCode(const QString& code);
    void continueDemoMemoryOnly();
    void prepareSave();
    void save(const QString& accountName, bool memoryOnly);
    void prepareDone();
    void deletePlaintextFile();

    void cancelPending();
    void removeCreatedAccount();

    OnboardingServices m_services;
    Pages m_pages;

    /** The provider calls and probes that going back or Cancel abandons (they are aborted). */
    RequestTracker* m_calls;
    /**
     * The work Cancel waits for (starting the demo, saving the account): it is never aborted, because what it made
     * must be undone when the user went back meanwhile; only this counts as busy.
     */
    RequestTracker* m_work;
    SshStepController* m_sshStep;

    std::unique_ptr<ConsoleProvider> m_provider;
    std::optional<Account> m_pending; ///< the account being set up (fresh id per save attempt)
    QString m_verifiedKey; ///< the key that passed verification (memory only)
    QString m_sessionKey; ///< a 2FA session key from the verification, stored with the account
    QString m_teamId;
    QString m_profileName;

    QString m_createdId;
    bool m_createdNew = false;
    bool m_enabledMemoryOnly = false;
    bool m_demoReseeded = false;
};
