#pragma once

#include "secrets/Provider.h"
#include "wizard/OnboardingPage.h"
#include "wizard/OnboardingServices.h"

#include <QWizard>

class ApiKeyPage;
class DonePage;
class OnboardingController;
class ProviderPage;
class SavePage;
class SshKeyPage;
class VerifyPage;
class WelcomePage;

/**
 * The first-run and "Add Account…" assistant: Welcome → Provider (Vast.ai, Spheron AI or the local demo) →
 * API key → Verify (a live call) → Save (keychain or memory-only) → SSH key → Done. Pages emit intents; the
 * OnboardingController does every call. After accept() exactly one account exists with its key stored
 * (createdAccountId()); after reject() nothing the wizard saved remains.
 */
class OnboardingWizard : public QWizard
{
    Q_OBJECT

public:
    explicit OnboardingWizard(const OnboardingServices& services, QWidget* parent = nullptr);
    ~OnboardingWizard() override;

    /** For "Add Account…": start on the provider page instead of the welcome page. */
    void skipWelcome();
    /** The account the wizard made (or, for the demo, reused); empty until the save or demo start succeeded. */
    QString createdAccountId() const;
    /** True when the account is a demo account. */
    bool createdDemoAccount() const;

    QWizardPage* pageFor(OnboardingPage id) const { return page(static_cast<int>(id)); }

    void initializePage(int id) override;
    void cleanupPage(int id) override;
    void accept() override;
    void reject() override;

signals:
    /** Emitted once on accept() with the new account's id. */
    void accountCreated(const QString& accountId);

private:
    WelcomePage* m_welcome;
    ProviderPage* m_provider;
    ApiKeyPage* m_apiKey;
    VerifyPage* m_verify;
    SavePage* m_save;
    SshKeyPage* m_sshKey;
    DonePage* m_done;
    OnboardingController* m_controller;
};
