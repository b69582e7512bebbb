#include "ssh/SshKeyPipeline.h"

#include "providers/ConsoleProvider.h"
#include "ssh/KeyPair.h"
#include "ssh/KeyPairGenerator.h"
#include "ssh/SshLogging.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

std::optional<SshKey> SshKeyPipeline::Result::registeredKey() const
{
    if (!ok())
        return std::nullopt;
    return upload->value ? upload->value : upload->found;
}

SshKeyPipeline::SshKeyPipeline(QObject* parent)
    : QObject(parent)
{ }

SshKeyPipeline::~SshKeyPipeline() = default;

void SshKeyPipeline::setProvider(ConsoleProvider* provider)
{
    m_provider = provider;
}

void SshKeyPipeline::setTeamId(const QString& teamId)
{
    m_teamId = teamId;
}

bool SshKeyPipeline::canRetryUpload() const
{
    return m_stage == Stage::Idle && m_result.written.ok && !m_result.ok();
}

void SshKeyPipeline::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    emit stageChanged(stage);
}

bool SshKeyPipeline::generateAndUpload(const QString& comment, const QString& passphrase, const Target& target,
                                       const QString& uploadName)
{
    if (isBusy() || !m_provider)
        return false;
    const int run = ++m_run;
    m_target = target;
    m_result = Result();
    m_result.uploadName = uploadName;
    if (m_generator)
        m_generator->deleteLater(); // later: this may run inside its finished() (a retry from our finished())
    m_generator = new KeyPairGenerator(this);
    connect(m_generator, &KeyPairGenerator::finished, this,
            [this, run](std::shared_ptr<KeyPair> pair) { onGenerated(std::move(pair), run); });
    setStage(Stage::Generating);
    // start() copies the passphrase deeply and wipes only its copy: @p passphrase may share a line edit's buffer
    // (app/ssh/SecretWipe.h), which a wipe here would zero behind the edit's back.
    m_generator->start(comment, passphrase);
    return true;
}

void SshKeyPipeline::onGenerated(std::shared_ptr<KeyPair> pair, int run)
{
    if (run != m_run)
        return; // cancelled: the unwritten pair is wiped with its last reference
    if (!pair || !pair->isValid()) {
        m_result.error = pair ? pair->errorMessage() : tr("The key pair could not be generated.");
        finish();
        return;
    }
    m_result.publicKeyLine = pair->publicKeyLine();
    setStage(Stage::Writing);
    // Off the GUI thread: each of the two files is fsync'ed (docs/PERFORMANCE.md). The worker owns the pair until
    // it has written and wiped it; a pipeline gone or cancelled by then only drops the result, the files stay.
    auto* watcher = new QFutureWatcher<KeyFiles::WriteResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, run] {
        watcher->deleteLater();
        onWritten(watcher->result(), run);
    });
    watcher->setFuture(QtConcurrent::run([pair = std::move(pair), target = m_target, hook = m_beforeWrite] {
        if (hook)
            hook();
        KeyFiles::WriteResult written = KeyFiles::write(*pair, target.directory, target.fileName, target.existing);
        pair->wipe();
        return written;
    }));
}

void SshKeyPipeline::onWritten(const KeyFiles::WriteResult& written, int run)
{
    if (run != m_run)
        return;
    m_result.written = written;
    if (!written.ok) {
        m_result.error = written.error;
        finish();
        return;
    }
    upload();
}

bool SshKeyPipeline::retryUpload()
{
    if (!canRetryUpload() || !m_provider)
        return false;
    ++m_run;
    m_result.upload.reset();
    upload();
    return true;
}

bool SshKeyPipeline::uploadExisting(const QString& uploadName, const QString& publicKeyLine)
{
    if (isBusy() || !m_provider)
        return false;
    ++m_run;
    m_result = Result();
    m_result.uploadName = uploadName;
    m_result.publicKeyLine = publicKeyLine;
    upload();
    return true;
}

void SshKeyPipeline::upload()
{
    setStage(Stage::Uploading);
    m_attempt = new QObject(this);
    const int run = m_run;
    // A lost answer is checked against the key list, never reported as failed nor sent again (Reconcile.h).
    Reconcile::addSshKey(m_provider, m_result.uploadName, m_result.publicKeyLine, m_teamId, m_attempt,
                         [this, run](const Reconcile::SshKeyAdded& outcome) {
                             if (run != m_run)
                                 return;
                             qCInfo(lcSsh) << "upload of the key:" << Reconcile::stateName(outcome.state);
                             m_result.upload = outcome;
                             finish();
                         });
}

void SshKeyPipeline::finish()
{
    if (m_attempt)
        m_attempt->deleteLater(); // later: its callback may be what runs this
    m_attempt = nullptr;
    setStage(Stage::Idle);
    emit finished(m_result);
}

void SshKeyPipeline::cancel()
{
    ++m_run;
    delete m_attempt; // aborts the upload's provider calls
    m_attempt = nullptr;
    if (m_generator)
        m_generator->deleteLater(); // drops a generation under way; its pair is wiped when the worker lets go of it
    m_generator = nullptr;
    setStage(Stage::Idle);
}
