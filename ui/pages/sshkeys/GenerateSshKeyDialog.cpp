#include "pages/sshkeys/GenerateSshKeyDialog.h"
#include "ui_GenerateSshKeyDialog.h"

#include "pages/sshkeys/SshKeyUi.h"
#include "providers/ConsoleProvider.h"
#include "ssh/KeyPairGenerator.h"
#include "widgets/MessageBox.h"

#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

GenerateSshKeyDialog::GenerateSshKeyDialog(ConsoleProvider* provider, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::GenerateSshKeyDialog)
    , m_provider(provider)
    , m_pipeline(new SshKeyPipeline(this))
    , m_sshDirectory(KeyFiles::defaultDirectory())
{
    m_ui->setupUi(this);
    m_pipeline->setProvider(provider);
    m_generateButton = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    m_generateButton->setText(tr("&Generate and Upload"));
    m_generateButton->setObjectName(QStringLiteral("generateButton"));
    m_retryButton = m_ui->buttonBox->addButton(tr("&Retry Upload"), QDialogButtonBox::ActionRole);
    m_retryButton->setObjectName(QStringLiteral("retryUploadButton"));
    m_retryButton->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    m_ui->busyBar->hide();
    m_ui->errorLabel->hide();
    m_ui->statusLabel->hide();
    m_matchLabel = new QLabel(this);
    m_matchLabel->setObjectName(QStringLiteral("matchLabel"));
    m_matchLabel->setTextFormat(Qt::PlainText);
    m_matchLabel->setWordWrap(true);
    m_matchLabel->hide();
    m_ui->formLayout->setWidget(m_ui->formLayout->rowCount(), QFormLayout::FieldRole, m_matchLabel);

    m_ui->nameLabel->setVisible(needsName());
    m_ui->nameEdit->setVisible(needsName());
    m_ui->commentEdit->setText(KeyPairGenerator::defaultComment());
    m_ui->commentEdit->setMaxLength(PublicKey::MaxCommentLength);
    proposeFileName();
    m_ui->fileEdit->setToolTip(tr("A file name in your SSH folder, or a full path. The public key is saved beside it "
                                  "with .pub added."));
    m_ui->passphraseEdit->setPlaceholderText(tr("Optional"));
    if (needsName())
        m_ui->nameEdit->setText(m_ui->commentEdit->text());

    connect(m_ui->nameEdit, &QLineEdit::textEdited, this, [this] {
        m_nameTouched = true;
        revalidate();
    });
    connect(m_ui->commentEdit, &QLineEdit::textChanged, this, [this](const QString& comment) {
        if (needsName() && !m_nameTouched)
            m_ui->nameEdit->setText(comment);
        revalidate();
    });
    connect(m_ui->fileEdit, &QLineEdit::textChanged, this, &GenerateSshKeyDialog::revalidate);
    connect(m_ui->fileEdit, &QLineEdit::textEdited, this, [this] { m_fileTouched = true; });
    connect(m_ui->passphraseEdit, &QLineEdit::textChanged, this, &GenerateSshKeyDialog::revalidate);
    connect(m_ui->confirmEdit, &QLineEdit::textChanged, this, &GenerateSshKeyDialog::revalidate);
    connect(m_generateButton, &QPushButton::clicked, this, &GenerateSshKeyDialog::start);
    connect(m_retryButton, &QPushButton::clicked, m_pipeline, &SshKeyPipeline::retryUpload);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_pipeline, &SshKeyPipeline::stageChanged, this, &GenerateSshKeyDialog::onPipelineStage);
    connect(m_pipeline, &SshKeyPipeline::finished, this, &GenerateSshKeyDialog::onFinished);
    revalidate();
}

GenerateSshKeyDialog::~GenerateSshKeyDialog()
{
    // The line edits' buffers are not wipeable, but the text should not outlive the dialog's widgets either.
    m_ui->passphraseEdit->clear();
    m_ui->confirmEdit->clear();
}

bool GenerateSshKeyDialog::needsName() const
{
    return m_provider && m_provider->providerId() == QLatin1String("spheron");
}

void GenerateSshKeyDialog::setTeamId(const QString& teamId)
{
    m_pipeline->setTeamId(teamId);
}

void GenerateSshKeyDialog::setSshDirectory(const QString& directory)
{
    m_sshDirectory = directory;
    proposeFileName();
    revalidate();
}

void GenerateSshKeyDialog::proposeFileName(const QString& hint)
{
    // Issue 18 item 6: never an existing pair (it may belong to another key, and would be moved aside).
    if (m_fileTouched)
        return;
    const QString name = KeyFiles::freeName(m_sshDirectory, hint);
    const bool home = QDir(m_sshDirectory) == QDir(KeyFiles::defaultDirectory());
    m_ui->fileEdit->setText(home ? QStringLiteral("~/.ssh/") + name : QDir(m_sshDirectory).filePath(name));
}

void GenerateSshKeyDialog::setRegisteredKeys(const QList<SshKey>& keys)
{
    m_registered = keys;
    revalidate();
}

void GenerateSshKeyDialog::setReplacing(const QString& oldKeyLabel)
{
    m_replacing = oldKeyLabel;
    setWindowTitle(tr("Rotate SSH Key"));
    m_ui->introLabel->setText(tr("Keydeck creates a new Ed25519 key pair to replace “%1”, saves it in your SSH folder "
                                 "and uploads the public key. Then it asks before deleting the old key.")
                                  .arg(oldKeyLabel));
    // The new key carries the old one's name (as comment, and as name on Spheron AI) and a file of its own.
    m_ui->commentEdit->setText(oldKeyLabel.left(PublicKey::MaxCommentLength));
    proposeFileName(oldKeyLabel);
}

QString GenerateSshKeyDialog::targetPath() const
{
    return SshKeyUi::expandKeyPath(m_ui->fileEdit->text(), m_sshDirectory);
}

void GenerateSshKeyDialog::revalidate()
{
    if (m_stage != Stage::Form)
        return;
    QString problem;
    const bool mismatch = !SshKeyUi::showPassphraseState(m_ui->strengthLabel, m_matchLabel,
                                                         m_ui->passphraseEdit->text(), m_ui->confirmEdit->text());
    const QFileInfo target(targetPath());
    if (m_ui->fileEdit->text().trimmed().isEmpty() || !KeyFiles::isValidName(target.fileName()))
        problem = tr("Choose a file name such as id_ed25519 (no leading dot, no folder separators at the end).");
    else if (!mismatch && needsName() && m_ui->nameEdit->text().trimmed().isEmpty())
        problem = tr("Spheron AI needs a name for the key.");
    const QString label = (needsName() ? m_ui->nameEdit->text() : m_ui->commentEdit->text()).trimmed();
    const QString same = problem.isEmpty() && !mismatch && label.compare(m_replacing, Qt::CaseInsensitive) != 0
        ? SshKeyUi::sameNameWarning(m_registered, label)
        : QString();
    SshKeyUi::showMessage(m_ui->statusLabel, problem.isEmpty() ? same : problem, SshKeyUi::Tone::Warning);
    m_generateButton->setEnabled(problem.isEmpty() && !mismatch && m_provider);
}

void GenerateSshKeyDialog::setStage(Stage stage)
{
    m_stage = stage;
    const bool editing = stage == Stage::Form;
    const bool busy = stage == Stage::Generating || stage == Stage::Uploading;
    for (QLineEdit* edit : {m_ui->nameEdit, m_ui->commentEdit, m_ui->fileEdit, m_ui->passphraseEdit, m_ui->confirmEdit})
        edit->setEnabled(editing);
    m_ui->busyBar->setVisible(busy);
    m_generateButton->setVisible(editing);
    m_retryButton->setVisible(stage == Stage::UploadFailed);
    m_retryButton->setEnabled(stage == Stage::UploadFailed);
    // Generation takes well under a second; cancelling mid-KDF would leave nothing useful to clean up.
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(stage != Stage::Generating);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)
        ->setText(stage == Stage::UploadFailed || stage == Stage::Done ? tr("&Close") : tr("Cancel"));
    if (editing)
        revalidate();
}

void GenerateSshKeyDialog::start()
{
    if (m_stage != Stage::Form || !m_generateButton->isEnabled())
        return;
    const QFileInfo target(targetPath());
    SshKeyPipeline::Target where {target.absolutePath(), target.fileName(), KeyFiles::Existing::Refuse};
    SshKeyUi::showMessage(m_ui->errorLabel, {}, SshKeyUi::Tone::Neutral);

    const KeyFiles::ExistingPair existing = KeyFiles::existingPair(where.directory, where.fileName);
    if (existing.any()) {
        const QString shown
            = QDir::toNativeSeparators(existing.privateKeyExists ? existing.privateKeyPath : existing.publicKeyPath);
        // The backup's own name ("id_ed25519.backup_<time>"): "….backup_<time>" read as four dots (issue 18
        // item 22).
        if (!MessageBox::confirm(this, tr("Back Up Existing Key"),
                                 tr("%1 already exists. Keydeck will rename the existing files to “%2.backup_<time>” "
                                    "and “%2.pub.backup_<time>” and then write the new key. Nothing is overwritten.")
                                     .arg(shown, QFileInfo(existing.privateKeyPath).fileName()),
                                 tr("Back Up and Continue"),
                                 tr("Programs that use the old key by its file name will use the new key.")))
            return;
        where.existing = KeyFiles::Existing::BackUp;
    }

    setStage(Stage::Generating);
    SshKeyUi::showMessage(m_ui->statusLabel, tr("Generating the key pair…"), SshKeyUi::Tone::Neutral);
    // The pipeline copies the passphrase and wipes its copy; text() shares the edit's buffer, so no wipe here.
    if (!m_pipeline->generateAndUpload(m_ui->commentEdit->text(), m_ui->passphraseEdit->text(), where,
                                       m_ui->nameEdit->text().trimmed())) {
        setStage(Stage::Form);
        SshKeyUi::showMessage(m_ui->errorLabel, tr("A key is already being generated."), SshKeyUi::Tone::Error);
    }
}

void GenerateSshKeyDialog::onPipelineStage(SshKeyPipeline::Stage stage)
{
    // Generating and Writing are one stage here: neither may be abandoned half-way (see reject()).
    if (stage != SshKeyPipeline::Stage::Uploading)
        return;
    // Written: the passphrase is no longer needed, and a retry must not regenerate.
    m_ui->passphraseEdit->clear();
    m_ui->confirmEdit->clear();
    setStage(Stage::Uploading);
    SshKeyUi::showMessage(m_ui->errorLabel, {}, SshKeyUi::Tone::Neutral);
    SshKeyUi::showMessage(m_ui->statusLabel,
                          tr("Saved %1. Uploading the public key…")
                              .arg(QDir::toNativeSeparators(m_pipeline->result().written.privateKeyPath)),
                          SshKeyUi::Tone::Neutral);
}

void GenerateSshKeyDialog::onFinished(const SshKeyPipeline::Result& result)
{
    if (!result.written.ok) {
        setStage(Stage::Form);
        SshKeyUi::showMessage(m_ui->errorLabel, result.error, SshKeyUi::Tone::Error);
        return;
    }
    if (result.abandoned) {
        // Issue 18 item 1: the list read after the cancel says whether the key arrived; the dialog stays to say so.
        const QString said = SshKeyUi::abandonedUploadMessage(*result.upload);
        if (!result.ok()) {
            uploadFailed(said);
            return;
        }
        setStage(Stage::Done);
        SshKeyUi::showMessage(m_ui->statusLabel, said, SshKeyUi::Tone::Neutral);
        emit keyUploaded(*result.registeredKey());
        return;
    }
    if (!result.ok()) {
        uploadFailed(SshKeyUi::notUploadedMessage(result.upload->state, result.upload->error));
        return;
    }
    setStage(Stage::Done);
    emit keyUploaded(*result.registeredKey());
    accept();
}

void GenerateSshKeyDialog::reject()
{
    // As the disabled Cancel button says: a key pair being generated and written is not abandoned half-way
    // (Escape and the window's close button end up here too).
    if (m_stage == Stage::Generating)
        return;
    // The POST may have reached the server already (issue 18 item 1): stop waiting, say so, look for the key.
    if (m_stage == Stage::Uploading && !m_pipeline->result().abandoned && m_pipeline->cancelUpload()) {
        const QString cancelled = tr("The upload was cancelled, but the key may still arrive. Checking the key "
                                     "list…");
        SshKeyUi::showMessage(m_ui->statusLabel, cancelled, SshKeyUi::Tone::Neutral);
        m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("&Close"));
        emit uploadAbandoned(cancelled);
        return;
    }
    QDialog::reject();
}

void GenerateSshKeyDialog::uploadFailed(const QString& reason)
{
    const KeyFiles::WriteResult& written = m_pipeline->result().written;
    setStage(Stage::UploadFailed);
    SshKeyUi::showMessage(
        m_ui->statusLabel,
        tr("The key pair is saved as %1 and %2 and stays there. You can retry the upload "
           "now or add the .pub file later.")
            .arg(QDir::toNativeSeparators(written.privateKeyPath), QDir::toNativeSeparators(written.publicKeyPath)),
        SshKeyUi::Tone::Neutral);
    SshKeyUi::showMessage(m_ui->errorLabel, reason, SshKeyUi::Tone::Error);
}
