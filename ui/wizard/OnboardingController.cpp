#include "wizard/OnboardingController.h"

#include "core/RequestTracker.h"
#include "demo/DemoMode.h"
#include "providers/AccountSetup.h"
#include "providers/ConsoleProvider.h"
#include "secrets/AccountsRegistry.h"
#include "secrets/CredentialImporter.h"
#include "secrets/SecretsService.h"
#include "wizard/ApiKeyPage.h"
#include "wizard/DonePage.h"
#include "wizard/ProviderPage.h"
#include "wizard/SavePage.h"
#include "wizard/SshStepController.h"
#include "wizard/VerifyPage.h"
#include "wizard/WizardLogging.h"

#include <QDir>
#include <QFileInfo>

OnboardingController::OnboardingController(const OnboardingServices& services, const Pages& pages,
                                           QWidget* dialogParent)
    : QObject(dialogParent)
    , m_services(services)
    , m_pages(pages)
    , m_calls(new RequestTracker(this))
    , m_work(new RequestTracker(this))
    , m_sshStep(new SshStepController(pages.sshKey, services.sshDirectory, dialogParent, this))
{
    Q_ASSERT(m_services.accounts && m_services.secrets && m_services.providerFactory);
    connect(m_pages.verify, &VerifyPage::retryRequested, this, &OnboardingController::verify);
    connect(m_pages.verify, &VerifyPage::twoFactorCodeEntered, this, &OnboardingController::submitTwoFactorCode);
    connect(m_pages.verify, &VerifyPage::memoryOnlyRequested, this, &OnboardingController::continueDemoMemoryOnly);
    connect(m_pages.save, &SavePage::saveRequested, this, &OnboardingController::save);
    connect(m_sshStep, &SshStepController::advanceRequested, this, &OnboardingController::advanceRequested);
    connect(m_sshStep, &SshStepController::busyChanged, this, [this] { emit busyChanged(isBusy()); });
    connect(m_work, &RequestTracker::busyChanged, this, [this] { emit busyChanged(isBusy()); });
    connect(m_pages.done, &DonePage::deletePlaintextFileRequested, this, &OnboardingController::deletePlaintextFile);
}

OnboardingController::~OnboardingController()
{
    m_verifiedKey.fill(QLatin1Char('x'));
    m_sessionKey.fill(QLatin1Char('x'));
}

bool OnboardingController::isBusy() const
{
    return m_work->isBusy() || m_sshStep->isBusy();
}

bool OnboardingController::isDemo() const
{
    return m_pages.provider->isDemo();
}

QString OnboardingController::verificationFailureText(const ApiError& error)
{
    QString hint;
    switch (error.kind()) {
    case ApiError::Kind::Auth:
        hint = tr("Go back and check that you pasted the whole key, or create a new key on the provider's page.");
        break;
    case ApiError::Kind::TwoFactorRequired:
    case ApiError::Kind::SessionExpired:
        hint = tr("Enter the six-digit code below.");
        break;
    case ApiError::Kind::Forbidden:
        hint = tr("Go back and use a key that may read your account.");
        break;
    case ApiError::Kind::NotFound:
    case ApiError::Kind::Validation:
    case ApiError::Kind::Conflict:
    case ApiError::Kind::Unsupported:
    case ApiError::Kind::Redirect:
        hint = tr("Go back and check that you chose the right provider for this key.");
        break;
    case ApiError::Kind::RateLimited:
    case ApiError::Kind::Server:
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Tls:
    case ApiError::Kind::Protocol:
        hint = tr("Press Retry to check again.");
        break;
    case ApiError::Kind::None:
        break;
    }
    return tr("%1 %2 Nothing was saved.").arg(error.userMessage(), hint).simplified();
}

// --- Navigation -------------------------------------------------------------------------------------------

void OnboardingController::enterPage(OnboardingPage page)
{
    switch (page) {
    case OnboardingPage::ApiKey:
        m_pages.apiKey->setProvider(m_pages.provider->provider(),
                                    m_services.importer ? m_services.importer->findCandidates()
                                                        : QList<ImportCandidate>());
        break;
    case OnboardingPage::Verify:
        m_pages.verify->setDemo(isDemo());
        verify();
        break;
    case OnboardingPage::Save:
        prepareSave();
        break;
    case OnboardingPage::SshKey:
        m_sshStep->enter(m_provider.get(), m_teamId);
        break;
    case OnboardingPage::Done:
        prepareDone();
        break;
    case OnboardingPage::Welcome:
    case OnboardingPage::Provider:
        break;
    }
}

void OnboardingController::leavePageBackwards(OnboardingPage page)
{
    switch (page) {
    case OnboardingPage::Verify:
        cancelPending();
        if (isDemo())
            removeCreatedAccount(); // the demo account was made on this page
        break;
    case OnboardingPage::Save:
        // Back before the save undoes it, so "saved" always means "past the save page".
        cancelPending();
        removeCreatedAccount();
        m_pages.save->markUnsaved();
        break;
    case OnboardingPage::SshKey:
        cancelPending();
        break;
    case OnboardingPage::Welcome:
    case OnboardingPage::Provider:
    case OnboardingPage::ApiKey:
    case OnboardingPage::Done:
        break;
    }
}

void OnboardingController::rollback()
{
    cancelPending();
    removeCreatedAccount();
    if (m_enabledMemoryOnly) {
        m_services.secrets->disableMemoryOnly();
        m_enabledMemoryOnly = false;
    }
}

void OnboardingController::finish()
{
    if (!m_createdId.isEmpty())
        m_services.accounts->markUsed(m_createdId);
    m_verifiedKey.fill(QLatin1Char('x'));
    m_verifiedKey.clear();
    m_sessionKey.fill(QLatin1Char('x'));
    m_sessionKey.clear();
}

void OnboardingController::cancelPending()
{
    m_calls->cancelAll();
    m_work->cancelAll(); // not aborted: their callbacks undo what they made
    m_sshStep->cancel();
}

void OnboardingController::removeCreatedAccount()
{
    if (m_createdId.isEmpty())
        return;
    const QString id = m_createdId;
    const bool created = m_createdNew;
    m_createdId.clear();
    m_createdNew = false;
    if (!created)
        return; // an existing demo account was reused: it is not ours to remove
    qCInfo(lcWizard) << "undoing the account the wizard saved" << id;
    // No context: the wizard may be gone before the keychain answers, and the removal must still finish.
    m_services.accounts->remove(id, nullptr, [id](const SecretError& error) {
        if (!error.isOk())
            qCWarning(lcWizard) << "could not undo account" << id << ":" << error.detail();
    });
}

// --- Verify ---------------------------------------------------------------------------------------------

void OnboardingController::verify()
{
    cancelPending();
    m_verifiedKey.clear();
    m_sessionKey.clear();
    m_teamId.clear();
    m_profileName.clear();
    if (isDemo()) {
        verifyDemo();
        return;
    }
    const Provider provider = m_pages.provider->provider();
    const QString key = m_pages.apiKey->apiKey();
    m_pending = Account::create(provider, Providers::displayName(provider));
    m_provider.reset(m_services.providerFactory(*m_pending, key));
    m_verifiedKey = key; // kept only once the check passed; cleared above on every new attempt
    m_pages.verify->setTitle(tr("Checking the key"));
    m_pages.verify->setSubTitle(tr("A quick call to the provider shows whether the key works."));
    m_pages.verify->showChecking(tr("Checking the key with %1…").arg(Providers::displayName(provider)));
    verifyWithProvider(
        tr("The key works. Keydeck can now manage your %1 account.").arg(Providers::displayName(provider)));
}

void OnboardingController::verifyDemo()
{
    const Provider dialect = m_pages.provider->provider();
    m_pages.verify->setTitle(tr("Starting the demo"));
    m_pages.verify->setSubTitle(tr("Keydeck starts a practice server on this computer; nothing goes to the internet."));
    m_pages.verify->showChecking(tr("Starting the local demo server…"));
    const QString directory
        = m_services.demoDataDirectory.isEmpty() ? DemoMode::defaultDataDirectory() : m_services.demoDataDirectory;
    QObject* work = m_work->start(RequestTracker::OnReplace::LetFinish);
    m_services.demo->start(dialect, directory, work, [this, work, dialect](const DemoMode::Result& result) {
        if (!m_work->finish(work)) {
            // The user went back meanwhile: undo an account that only this start made.
            if (result.ok() && result.createdAccount)
                m_services.accounts->remove(result.accountId, nullptr, [](const SecretError&) {});
            return;
        }
        if (!result.ok()) {
            const bool offerMemoryOnly = result.keyStorageFailed && !m_services.secrets->isMemoryOnly();
            QString text = tr("The demo could not start. %1").arg(result.error);
            if (offerMemoryOnly)
                text += u' '
                    + tr("You can continue for this run only: the demo key is then kept in memory and the demo "
                         "data starts afresh next time.");
            m_pages.verify->showFailure(text, false, offerMemoryOnly);
            return;
        }
        m_createdNew = (result.accountId == m_createdId && m_createdNew) || result.createdAccount;
        m_createdId = result.accountId;
        m_demoReseeded = result.reseeded;
        const std::optional<Account> account = m_services.accounts->find(result.accountId);
        if (!account) {
            m_pages.verify->showFailure(tr("The demo could not start. Keydeck could not add the demo account."));
            return;
        }
        m_pending = account;
        m_teamId = account->teamId;
        m_provider.reset(m_services.providerFactory(*account, result.apiKey));
        m_verifiedKey = result.apiKey;
        m_pages.verify->showChecking(tr("Connecting to the demo server…"));
        verifyWithProvider(tr("The local demo is running. Its %1 account is ready for you to try; nothing you do "
                              "there reaches a real account.")
                               .arg(Providers::displayName(dialect)));
    });
}

void OnboardingController::verifyWithProvider(const QString& doneText)
{
    QObject* call = m_calls->replacing(QStringLiteral("verify"));
    AccountSetup::verify(
        m_provider.get(), {m_teamId, m_profileName}, call,
        m_calls->done(call, [this, doneText](const ApiError& error, const AccountSetup::Details& details) {
            if (error.isError()) {
                const bool askCode
                    = m_provider->has(ConsoleProvider::Capability::TwoFactor) && error.needsTwoFactorSession();
                qCInfo(lcWizard) << "verification failed:" << ApiError::kindName(error.kind()) << error.httpStatus();
                m_pages.verify->showFailure(verificationFailureText(error), askCode);
                return;
            }
            verificationSucceeded(details, doneText);
        }));
}

void OnboardingController::verificationSucceeded(const AccountSetup::Details& details, const QString& doneText)
{
    m_teamId = details.teamId;
    m_profileName = details.profileName;
    m_pages.verify->showSuccess(doneText);
}

void OnboardingController::submitTwoFactorCode(const QString& code)
{
    if (!m_provider)
        return;
    m_pages.verify->showChecking(tr("Signing in with the code…"));
    const QString doneText
        = tr("The key works. Keydeck can now manage your %1 account.").arg(m_provider->displayName());
    QObject* call = m_calls->replacing(QStringLiteral("verify"));
    m_provider->twoFactorLogin(
        code, call, m_calls->done(call, [this, doneText](const ApiResult<TwoFactorSession>& result) {
            if (!result.ok()) {
                m_pages.verify->showFailure(tr("The code was not accepted. %1").arg(result.error.userMessage()), true);
                return;
            }
            m_sessionKey = result.value->sessionKey;
            m_profileName = result.value->profile.username;
            QObject* details = m_calls->replacing(QStringLiteral("verify"));
            AccountSetup::fetchDetails(m_provider.get(), {m_teamId, m_profileName}, details,
                                       m_calls->done(details, [this, doneText](const AccountSetup::Details& found) {
                                           verificationSucceeded(found, doneText);
                                       }));
        }));
}

void OnboardingController::continueDemoMemoryOnly()
{
    if (!m_services.secrets->isMemoryOnly()) {
        m_services.secrets->enableMemoryOnly();
        m_enabledMemoryOnly = true;
    }
    verify();
}

// --- Save -----------------------------------------------------------------------------------------------

void OnboardingController::prepareSave()
{
    if (!m_createdId.isEmpty()) {
        m_pages.save->markSaved();
        return;
    }
    m_pages.save->markUnsaved();
    m_pages.save->setAccountName(
        AccountSetup::defaultLabel(m_pending ? m_pending->provider : Provider::Vast, m_profileName));
    if (m_services.secrets->isMemoryOnly()) {
        m_pages.save->showMemoryOnlyActive(SecretsService::memoryOnlyExplanation());
        return;
    }
    m_pages.save->showProbing();
    // The connection lives with the probe's context: going back aborts it, and it answers once.
    QObject* probe = m_calls->replacing(QStringLiteral("probe"));
    connect(m_services.secrets, &SecretsService::probeFinished, probe, [this, probe](const SecretError& error) {
        if (!m_calls->finish(probe))
            return;
        if (error.isOk())
            m_pages.save->showKeychainAvailable();
        else
            m_pages.save->showKeychainUnavailable(SecretsService::unavailableExplanation(error));
    });
    m_services.secrets->probe();
}

void OnboardingController::save(const QString& accountName, bool memoryOnly)
{
    if (!m_createdId.isEmpty()) {
        m_services.accounts->rename(m_createdId, accountName);
        return;
    }
    if (!m_pending || m_verifiedKey.isEmpty() || m_work->isBusy())
        return;
    if (memoryOnly && !m_services.secrets->isMemoryOnly()) {
        m_services.secrets->enableMemoryOnly();
        m_enabledMemoryOnly = true;
    }
    // A fresh id per attempt: an undone earlier save may still be finishing its keychain removal.
    const Account account = AccountSetup::newAccount(m_pending->provider, accountName,
                                                     m_services.secrets->isMemoryOnly() ? Account::Storage::MemoryOnly
                                                                                        : Account::Storage::Keychain,
                                                     m_pending->baseUrl, m_teamId);
    m_pages.save->showSaving();
    QObject* work = m_work->start(RequestTracker::OnReplace::LetFinish);
    AccountSetup::save(m_services.accounts, account, m_verifiedKey, m_sessionKey, work,
                       [this, work, account](const SecretError& error) {
                           const bool added = error.isOk() && m_services.accounts->find(account.id).has_value();
                           if (!m_work->finish(work)) {
                               if (added)
                                   m_services.accounts->remove(account.id, nullptr, [](const SecretError&) {});
                               return;
                           }
                           if (!added) {
                               if (m_enabledMemoryOnly) {
                                   m_services.secrets->disableMemoryOnly();
                                   m_enabledMemoryOnly = false;
                               }
                               qCWarning(lcWizard) << "saving the account failed:" << error.detail();
                               m_pages.save->showSaveFailed(error.isOk() ? tr("Keydeck could not add the account.")
                                                                         : error.message());
                               return;
                           }
                           m_createdId = account.id;
                           m_createdNew = true;
                           m_pending = account;
                           m_pages.save->markSaved();
                           emit advanceRequested();
                       });
}

// --- Done -----------------------------------------------------------------------------------------------

void OnboardingController::prepareDone()
{
    const std::optional<Account> account = m_services.accounts->find(m_createdId);
    const QString label = account ? account->label.toHtmlEscaped() : QString();
    QStringList summary;
    if (isDemo()) {
        summary << tr("<b>%1</b> is ready. It runs on this computer only, and the window is marked “Demo” so it "
                      "is never mistaken for a real account.")
                       .arg(label);
        if (m_demoReseeded)
            summary << tr("The demo data was reset because its key was no longer stored.");
    } else if (account && account->storage == Account::Storage::MemoryOnly) {
        summary << tr("<b>%1</b> is set up for this run. Its key is kept in memory and forgotten when Keydeck "
                      "quits.")
                       .arg(label);
    } else {
        summary << tr("<b>%1</b> is saved. Its key is in your system keychain.").arg(label);
    }
    const QString registeredKeyText = m_sshStep->registeredKeyText();
    summary << (registeredKeyText.isEmpty()
                    ? tr("No SSH key was added; you can add one on the SSH Keys tab at any time.")
                    : registeredKeyText.toHtmlEscaped());

    const bool managesKeys = m_provider && m_provider->has(ConsoleProvider::Capability::ApiKeysManage);
    const QString apiKeys = managesKeys
        ? tr("<b>API Keys</b>: create keys for scripts and tools, each with only the permissions it needs.")
        : tr("<b>API Keys</b>: see and test the stored key, note its expiry, and open the dashboard to make new ones.");
    const QString nextSteps = tr("What to do next:")
        + QStringLiteral("<ul><li>%1</li><li>%2</li><li>%3</li></ul>")
              .arg(tr("<b>Profile</b>: check your balance and account details."),
                   tr("<b>SSH Keys</b>: add, copy or generate keys (Ctrl+N)."), apiKeys);
    m_pages.done->setSummary(summary.join(QStringLiteral("<br><br>")), nextSteps);

    // The key now lives in the keychain: offer to delete the CLI's plaintext copy it was imported from, and say
    // why (the CLI writes it with the default umask, so other users can often read it; docs/api/vast.md §1.5).
    const auto file = m_pages.apiKey->importedFile();
    const bool offer = file && m_services.importer && !isDemo() && QFileInfo::exists(file->filePath);
    m_pages.done->offerPlaintextFileDeletion(offer ? CredentialImporter::plaintextFileExplanation(*file) : QString());
}

void OnboardingController::deletePlaintextFile()
{
    const auto file = m_pages.apiKey->importedFile();
    if (!file || !m_services.importer)
        return;
    QString error;
    if (m_services.importer->removePlaintextFile(*file, &error)) {
        m_pages.done->showPlaintextFileResult(
            tr("Deleted %1. The key is kept in your system keychain.").arg(QDir::toNativeSeparators(file->filePath)),
            true);
        return;
    }
    m_pages.done->showPlaintextFileResult(error, false);
}
