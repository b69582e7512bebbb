#include "wizard/OnboardingWizard.h"

#include "wizard/ApiKeyPage.h"
#include "wizard/DonePage.h"
#include "wizard/OnboardingController.h"
#include "wizard/ProviderPage.h"
#include "wizard/SavePage.h"
#include "wizard/SshKeyPage.h"
#include "wizard/VerifyPage.h"
#include "wizard/WelcomePage.h"

#include <QAbstractButton>
#include <QDesktopServices>

OnboardingWizard::OnboardingWizard(const OnboardingServices& services, QWidget* parent)
    : QWizard(parent)
    , m_welcome(new WelcomePage)
    , m_provider(new ProviderPage(services.demo != nullptr))
    , m_apiKey(new ApiKeyPage)
    , m_verify(new VerifyPage)
    , m_save(new SavePage)
    , m_sshKey(new SshKeyPage)
    , m_done(new DonePage)
{
    setObjectName(QStringLiteral("onboardingWizard"));
    setWindowTitle(tr("Set Up Keydeck"));
    // Explicit, so the look does not depend on the platform plugin (docs/LIBRARIES.md §5.2).
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::HaveHelpButton, false);
    setMinimumSize(640, 480);

    const std::pair<OnboardingPage, QWizardPage*> pages[] = {
        {OnboardingPage::Welcome, m_welcome}, {OnboardingPage::Provider, m_provider},
        {OnboardingPage::ApiKey, m_apiKey},   {OnboardingPage::Verify, m_verify},
        {OnboardingPage::Save, m_save},       {OnboardingPage::SshKey, m_sshKey},
        {OnboardingPage::Done, m_done},
    };
    for (const auto& [id, page] : pages)
        setPage(static_cast<int>(id), page);
    m_welcome->setObjectName(QStringLiteral("welcomePage"));
    m_provider->setObjectName(QStringLiteral("providerPage"));
    m_apiKey->setObjectName(QStringLiteral("apiKeyPage"));
    m_verify->setObjectName(QStringLiteral("verifyPage"));
    m_save->setObjectName(QStringLiteral("savePage"));
    m_sshKey->setObjectName(QStringLiteral("sshKeyPage"));
    m_done->setObjectName(QStringLiteral("donePage"));
    setStartId(static_cast<int>(OnboardingPage::Welcome));

    OnboardingController::Pages controllerPages {m_provider, m_apiKey, m_verify, m_save, m_sshKey, m_done};
    m_controller = new OnboardingController(services, controllerPages, this);

    connect(m_apiKey, &ApiKeyPage::keyPageRequested, this, [](const QUrl& url) { QDesktopServices::openUrl(url); });
    connect(m_controller, &OnboardingController::advanceRequested, this, &QWizard::next);
    connect(m_controller, &OnboardingController::busyChanged, this, [this](bool busy) {
        // While a keychain write or a key registration is under way, Cancel could not undo it reliably.
        if (QAbstractButton* cancel = button(QWizard::CancelButton))
            cancel->setEnabled(!busy);
    });
}

OnboardingWizard::~OnboardingWizard()
{
    m_apiKey->clearKey();
}

void OnboardingWizard::skipWelcome()
{
    setStartId(static_cast<int>(OnboardingPage::Provider));
    setWindowTitle(tr("Add Account"));
}

QString OnboardingWizard::createdAccountId() const
{
    return m_controller->createdAccountId();
}

bool OnboardingWizard::createdDemoAccount() const
{
    return m_controller->isDemo() && !createdAccountId().isEmpty();
}

void OnboardingWizard::initializePage(int id)
{
    m_controller->enterPage(static_cast<OnboardingPage>(id));
    QWizard::initializePage(id);
}

void OnboardingWizard::cleanupPage(int id)
{
    m_controller->leavePageBackwards(static_cast<OnboardingPage>(id));
    QWizard::cleanupPage(id);
}

void OnboardingWizard::accept()
{
    if (m_controller->isBusy() || createdAccountId().isEmpty())
        return;
    m_controller->finish();
    m_apiKey->clearKey();
    QWizard::accept();
    emit accountCreated(createdAccountId());
}

void OnboardingWizard::reject()
{
    // Escape goes here too; a save in flight must finish first so that it can be undone (see busyChanged).
    if (m_controller->isBusy())
        return;
    m_controller->rollback();
    m_apiKey->clearKey();
    QWizard::reject();
}
