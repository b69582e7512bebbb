#include "wizard/SshStepController.h"

#include "pages/sshkeys/SshKeyUi.h"
#include "providers/ConsoleProvider.h"
#include "ssh/KeyFiles.h"
#include "ssh/KeyPairGenerator.h"
#include "widgets/MessageBox.h"
#include "wizard/SshKeyPage.h"
#include "wizard/WizardLogging.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

SshStepController::SshStepController(SshKeyPage* page, const QString& sshDirectory, QWidget* dialogParent,
                                     QObject* parent)
    : QObject(parent)
    , m_page(page)
    , m_sshDirectory(sshDirectory)
    , m_dialogParent(dialogParent)
    , m_pipeline(new SshKeyPipeline(this))
{
    connect(m_page, &SshKeyPage::useLocalKeyRequested, this, &SshStepController::useLocalKey);
    connect(m_page, &SshKeyPage::generateRequested, this, &SshStepController::generateKey);
    connect(m_pipeline, &SshKeyPipeline::finished, this, &SshStepController::onFinished);
    connect(m_pipeline, &SshKeyPipeline::stageChanged, this, [this](SshKeyPipeline::Stage stage) {
        if (stage == SshKeyPipeline::Stage::Uploading && m_provider)
            m_page->showWorking(tr("Registering the key with %1…").arg(m_provider->displayName()));
        const bool busy = stage != SshKeyPipeline::Stage::Idle;
        emit busyChanged(busy);
    });
}

SshStepController::~SshStepController() = default;

bool SshStepController::isBusy() const
{
    return m_pipeline->isBusy();
}

QString SshStepController::sshDirectory() const
{
    return m_sshDirectory.isEmpty() ? KeyFiles::defaultDirectory() : m_sshDirectory;
}

QString SshStepController::freeKeyName() const
{
    // The same proposal as Generate Key… (issue 18 item 23): one rule for a free file name, KeyFiles::freeName.
    return KeyFiles::freeName(sshDirectory(), KeyPairGenerator::defaultComment());
}

void SshStepController::cancel()
{
    delete m_listAttempt; // aborts the listing
    m_listAttempt = nullptr;
    m_pipeline->cancel();
}

void SshStepController::showLocalKeys(const QList<LocalKey>& offer, const QString& note)
{
    m_unregisteredKeys = offer;
    QStringList labels;
    int select = 0;
    for (int i = 0; i < offer.size(); ++i) {
        const LocalKey& key = offer.at(i);
        labels << tr("%1 (%2, %3)")
                      .arg(QFileInfo(key.path).completeBaseName(), key.key.typeLabel(), key.key.fingerprint());
        if (key.path == m_generatedPublicKeyPath)
            select = i;
    }
    m_page->setLocalKeys(labels, note, select);
}

void SshStepController::enter(ConsoleProvider* provider, const QString& teamId)
{
    m_provider = provider;
    m_pipeline->setProvider(provider);
    m_pipeline->setTeamId(teamId);
    if (m_page->isDone() || !provider)
        return;
    if (m_page->keyName().isEmpty())
        m_page->setDefaultKeyName(freeKeyName());
    m_page->showLoading(tr("Looking for SSH keys on this computer…"));
    QList<LocalKey> local;
    for (const LocalKey& key : LocalKeys::scan({sshDirectory()})) {
        if (key.isValid())
            local.append(key);
    }
    const QString noneNote
        = tr("There are no SSH keys in %1 yet. Generate one below.").arg(QDir::toNativeSeparators(sshDirectory()));
    delete m_listAttempt;
    m_listAttempt = new QObject(this);
    provider->listSshKeys(teamId, m_listAttempt, [this, local, noneNote](const ApiResult<QList<SshKey>>& result) {
        if (!result.ok()) {
            showLocalKeys(
                local,
                tr("Keydeck could not check which keys are registered already. %1").arg(result.error.userMessage()));
            return;
        }
        QList<LocalKey> offer;
        for (const LocalKey& key : local) {
            const bool registered = std::any_of(result.value->cbegin(), result.value->cend(), [&](const SshKey& r) {
                return PublicKey::parse(r.publicKey).sameKeyAs(key.key);
            });
            if (!registered)
                offer.append(key);
        }
        QString note;
        if (local.isEmpty())
            note = noneNote;
        else if (offer.isEmpty())
            note = tr("Every key on this computer is registered with this account already.");
        showLocalKeys(offer, note);
    });
}

void SshStepController::useLocalKey(int index)
{
    if (index < 0 || index >= m_unregisteredKeys.size() || isBusy() || !m_provider)
        return;
    const LocalKey& key = m_unregisteredKeys.at(index);
    // The pair this step generated, whose upload failed: send the same upload again (its name and words).
    if (key.path == m_generatedPublicKeyPath && m_pipeline->canRetryUpload()) {
        m_pipeline->retryUpload();
        return;
    }
    const QString fileName = QFileInfo(key.path).completeBaseName();
    const QString name = key.key.comment().isEmpty() ? fileName : key.key.comment();
    m_localDoneText = tr("%1 is registered with your account.").arg(QDir::toNativeSeparators(key.path));
    m_pipeline->uploadExisting(name, key.key.authorizedKeysLine());
}

void SshStepController::generateKey(const QString& name, const QString& passphrase)
{
    if (isBusy() || !m_provider)
        return;
    const QString directory = sshDirectory();
    SshKeyPipeline::Target target {directory, name, KeyFiles::Existing::Refuse};
    // Asked before generating: nothing is made that the user then declines to write.
    if (KeyFiles::existingPair(directory, name).any()) {
        const bool replace = MessageBox::confirm(
            m_dialogParent, tr("Replace Existing Key"),
            tr("A key named %1 already exists in %2.").arg(name, QDir::toNativeSeparators(directory)),
            tr("Back Up and Replace"),
            tr("The existing files are renamed with a “.backup_” suffix; nothing is deleted."));
        if (!replace) {
            m_page->showFailed(tr("Nothing was written. Choose another file name."));
            return;
        }
        target.existing = KeyFiles::Existing::BackUp;
    }
    m_localDoneText.clear();
    m_page->showWorking(tr("Generating a new Ed25519 key…"));
    // The pipeline copies the passphrase and wipes only its copy (the page's edit may share this buffer).
    if (!m_pipeline->generateAndUpload(KeyPairGenerator::defaultComment(), passphrase, target, name))
        m_page->showFailed(tr("A key is being generated already. Wait a moment and try again."));
}

void SshStepController::onFinished(const SshKeyPipeline::Result& result)
{
    const bool generated = result.written.ok;
    if (generated)
        m_generatedPublicKeyPath = result.written.publicKeyPath;
    if (!result.upload) { // the pair could not be generated or written
        m_page->showFailed(result.error);
        return;
    }
    if (result.ok()) {
        qCInfo(lcWizard) << "SSH key registered:" << Reconcile::stateName(result.upload->state);
        m_registeredKeyText = generated ? tr("The new key was saved as %1 and registered with your account.")
                                              .arg(QDir::toNativeSeparators(result.written.privateKeyPath))
                                        : m_localDoneText;
        m_page->markDone(m_registeredKeyText);
        emit advanceRequested();
        return;
    }
    const Reconcile::SshKeyAdded& upload = *result.upload;
    // A lost answer gets the words the SSH Keys tab uses: whether the list showed the key missing, or could not say.
    const QString reason = SshKeyUi::notUploadedMessage(upload.state, upload.error);
    QString text = upload.state == Reconcile::State::Unknown || upload.answerLost()
        ? reason
        : tr("%1 did not accept the key. %2").arg(m_provider ? m_provider->displayName() : QString(), reason);
    if (generated) {
        // The files exist now: offer the same key again instead of making another.
        QList<LocalKey> offer = m_unregisteredKeys;
        if (std::none_of(offer.cbegin(), offer.cend(),
                         [this](const LocalKey& k) { return k.path == m_generatedPublicKeyPath; }))
            offer.append(LocalKeys::read(m_generatedPublicKeyPath));
        showLocalKeys(offer, QString());
        if (upload.state == Reconcile::State::NotDone)
            text += u' ' + tr("The key files were kept: press Next to register the same key again.");
    }
    m_page->showFailed(text);
}
