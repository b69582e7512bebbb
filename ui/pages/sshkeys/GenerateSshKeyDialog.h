#pragma once

#include "providers/Dto.h"
#include "ssh/KeyFiles.h"
#include "ssh/SshKeyPipeline.h"

#include <QDialog>
#include <QScopedPointer>

class ConsoleProvider;
class QLabel;
class QPushButton;

namespace Ui {
class GenerateSshKeyDialog;
}

/**
 * The form of SshKeyPipeline (app/ssh/SshKeyPipeline.h): generates an Ed25519 key pair, writes it off the GUI thread
 * (0700 folder, 0600 private key from the first byte, 0644 public key; an existing pair is backed up as
 * `<name>.backup_<unix-time>` after confirmation, never overwritten), then uploads the public key with the lost-answer
 * check. If the upload fails the files stay where they are and Retry Upload is offered. Rotate uses it too.
 */
class GenerateSshKeyDialog : public QDialog
{
    Q_OBJECT

public:
    /** Where the dialog is in its flow. */
    enum class Stage { Form, Generating, Uploading, UploadFailed, Done };
    Q_ENUM(Stage)

    explicit GenerateSshKeyDialog(ConsoleProvider* provider, QWidget* parent = nullptr);
    ~GenerateSshKeyDialog() override;

    /** The Spheron AI team the key is created in; empty for Vast.ai. */
    void setTeamId(const QString& teamId);
    /** The folder a bare file name is written to (default KeyFiles::defaultDirectory(), i.e. `~/.ssh`). */
    void setSshDirectory(const QString& directory);
    /** The account's keys, to warn when the new key would be called as one of them is (issue 18 item 19). */
    void setRegisteredKeys(const QList<SshKey>& keys);
    /** Rotation: explains that the new key replaces @p oldKeyLabel (the page deletes the old key afterwards). */
    void setReplacing(const QString& oldKeyLabel);

    Stage stage() const { return m_stage; }
    /** What KeyFiles::write() did (paths, backups); meaningful once the files were written. */
    const KeyFiles::WriteResult& writeResult() const { return m_pipeline->result().written; }
    /** The public key line that was (or is being) uploaded. */
    QString publicKeyLine() const { return m_pipeline->result().publicKeyLine; }

public slots:
    /** Closes, except while the key pair is being generated and written. */
    void reject() override;

signals:
    /**
     * The provider accepted the new public key; the dialog closes right after. Also when an upload the user
     * cancelled turned out to have arrived (the dialog stays open to say so).
     */
    void keyUploaded(const SshKey& key);
    /** The user cancelled the upload while its answer was outstanding: the key may still arrive (@p message). */
    void uploadAbandoned(const QString& message);

private:
    void revalidate();
    void start();
    void onPipelineStage(SshKeyPipeline::Stage stage);
    void onFinished(const SshKeyPipeline::Result& result);
    /** Keeps the key files and offers the retry, saying why the upload failed. */
    void uploadFailed(const QString& reason);
    void setStage(Stage stage);
    bool needsName() const;
    QString targetPath() const;
    /** Proposes a file name no pair in the SSH folder uses yet (KeyFiles::freeName()), unless the user typed one. */
    void proposeFileName(const QString& hint = {});

    const QScopedPointer<Ui::GenerateSshKeyDialog> m_ui;
    ConsoleProvider* m_provider;
    SshKeyPipeline* m_pipeline;
    QPushButton* m_generateButton;
    QPushButton* m_retryButton;
    QLabel* m_matchLabel = nullptr; // the passphrases' agreement, under the fields
    QString m_sshDirectory;
    Stage m_stage = Stage::Form;
    bool m_nameTouched = false;
    bool m_fileTouched = false;
    QList<SshKey> m_registered;
    QString m_replacing; ///< Rotate: the old key's label, which the new key takes on purpose
};
