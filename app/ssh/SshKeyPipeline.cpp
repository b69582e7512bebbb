#include "ssh/SshKeyPipeline.h"

#include "core/RequestTracker.h"
#include "providers/ConsoleProvider.h"
#include "ssh/KeyPair.h"
#include "ssh/KeyPairGenerator.h"
#include "ssh/SshLogging.h"
#include "ssh/SshWorkers.h"

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
    , m_requests(new RequestTracker(this))
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
    QObject* run = m_requests->replacing(QStringLiteral("run"));
    m_target = target;
    m_result = Result();
    m_result.uploadName = uploadName;
    if (m_generator)
        m_generator->deleteLater(); // later: this may run inside its finished() (a retry from our finished())
    m_generator = new KeyPairGenerator(this);
    connect(m_generator, &KeyPairGenerator::finished, run,
            [this, run](std::shared_ptr<KeyPair> pair) { onGenerated(std::move(pair), run); });
    setStage(Stage::Generating);
    // start() copies the passphrase deeply and wipes only its copy: @p passphrase may share a line edit's buffer
    // (app/ssh/SecretWipe.h), which a wipe here would zero behind the edit's back.
    m_generator->start(comment, passphrase);
    return true;
}

void SshKeyPipeline::onGenerated(std::shared_ptr<KeyPair> pair, QObject* run)
{
    // A cancelled run's context is gone, and with it this connection: the unwritten pair is wiped with its last
    // reference.
    if (!pair || !pair->isValid()) {
        m_result.error = pair ? pair->errorMessage() : tr("The key pair could not be generated.");
        finish(run);
        return;
    }
    m_result.publicKeyLine = pair->publicKeyLine();
    setStage(Stage::Writing);
    // Off the GUI thread: each of the two files is fsync'ed (docs/PERFORMANCE.md). The worker owns the pair until
    // it has written and wiped it; a pipeline gone or cancelled by then only drops the result, the files stay.
    auto* watcher = new QFutureWatcher<KeyFiles::WriteResult>(run);
    connect(watcher, &QFutureWatcherBase::finished, run, [this, watcher, run] {
        watcher->deleteLater();
        onWritten(watcher->result(), run);
    });
    watcher->setFuture(
        QtConcurrent::run(SshWorkers::pool(), [pair = std::move(pair), target = m_target, hook = m_beforeWrite] {
            if (hook)
                hook();
            KeyFiles::WriteResult written = KeyFiles::write(*pair, target.directory, target.fileName, target.existing);
            pair->wipe();
            return written;
        }));
}

void SshKeyPipeline::onWritten(const KeyFiles::WriteResult& written, QObject* run)
{
    m_result.written = written;
    if (!written.ok) {
        m_result.error = written.error;
        finish(run);
        return;
    }
    upload(run);
}

bool SshKeyPipeline::retryUpload()
{
    if (!canRetryUpload() || !m_provider)
        return false;
    m_result.upload.reset();
    m_result.abandoned = false;
    upload(m_requests->replacing(QStringLiteral("run")));
    return true;
}

bool SshKeyPipeline::uploadExisting(const QString& uploadName, const QString& publicKeyLine)
{
    if (isBusy() || !m_provider)
        return false;
    m_result = Result();
    m_result.uploadName = uploadName;
    m_result.publicKeyLine = publicKeyLine;
    upload(m_requests->replacing(QStringLiteral("run")));
    return true;
}

void SshKeyPipeline::upload(QObject* run)
{
    setStage(Stage::Uploading);
    // A lost answer is checked against the key list, never reported as failed nor sent again (Reconcile.h).
    Reconcile::addSshKey(m_provider, m_result.uploadName, m_result.publicKeyLine, m_teamId, run,
                         [this, run](const Reconcile::SshKeyAdded& outcome) {
                             qCInfo(lcSsh) << "upload of the key:" << Reconcile::stateName(outcome.state);
                             m_result.upload = outcome;
                             finish(run);
                         });
}

bool SshKeyPipeline::cancelUpload()
{
    if (m_stage != Stage::Uploading || !m_provider)
        return false;
    // Replacing the run aborts the upload's calls; its answer is lost, not its effect (issue 18 item 1).
    QObject* run = m_requests->replacing(QStringLiteral("run"));
    m_result.abandoned = true;
    Reconcile::checkAbandonedSshKey(
        m_provider, m_result.publicKeyLine, m_teamId, run, [this, run](const Reconcile::SshKeyAdded& outcome) {
            qCInfo(lcSsh) << "cancelled upload, the list shows it:" << Reconcile::stateName(outcome.state);
            m_result.upload = outcome;
            finish(run);
        });
    return true;
}

void SshKeyPipeline::finish(QObject* run)
{
    m_requests->finish(run); // its context goes later: its callback may be what runs this
    setStage(Stage::Idle);
    emit finished(m_result);
}

void SshKeyPipeline::cancel()
{
    m_requests->cancelAll(); // aborts the upload's provider calls and drops the generate and write results
    if (m_generator)
        m_generator->deleteLater(); // drops a generation under way; its pair is wiped when the worker lets go of it
    m_generator = nullptr;
    setStage(Stage::Idle);
}
