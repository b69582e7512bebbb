#pragma once

#include "providers/Reconcile.h"
#include "ssh/KeyFiles.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class RequestTracker;
class ConsoleProvider;
class KeyPair;
class KeyPairGenerator;

/**
 * The one way Keydeck makes a new SSH key and registers one: generate an Ed25519 pair (KeyPairGenerator, its KDF
 * off the GUI thread), write it with KeyFiles on a worker thread too (the two fsyncs held the window,
 * docs/PERFORMANCE.md), then upload the public key through Reconcile::addSshKey, so that an upload whose answer
 * was lost is checked against the key list instead of being reported as failed or sent twice (docs/api/vast.md
 * §3.2). The Generate dialog, Rotate and the onboarding wizard all use it; they only turn its Result into words.
 *
 * One run at a time. The private key and the passphrase never leave the run: the caller's passphrase is copied
 * (never wiped through, since a line edit may share its buffer) and the copy is wiped once the KDF used it; the
 * pair is wiped on the worker thread right after it was written.
 */
class SshKeyPipeline : public QObject
{
    Q_OBJECT

public:
    enum class Stage {
        Idle, ///< nothing running; result() holds the last run's outcome
        Generating, ///< the key pair is being generated
        Writing, ///< the pair is being written to disk
        Uploading, ///< the public key is being uploaded (and, after a lost answer, looked for in the list)
    };
    Q_ENUM(Stage)

    /** Where a generated pair goes. */
    struct Target
    {
        QString directory;
        QString fileName;
        /** BackUp only after the user confirmed (KeyFiles::existingPair() tells when to ask). */
        KeyFiles::Existing existing = KeyFiles::Existing::Refuse;
    };

    /** What a run did. */
    struct Result
    {
        /** Translated: why the pair could not be generated or written; then nothing was uploaded. */
        QString error;
        /** What KeyFiles::write() did; written.ok once the pair is on disk (also for a failed upload). */
        KeyFiles::WriteResult written;
        /** The public key line that was (or was to be) uploaded. */
        QString publicKeyLine;
        /** The name the key is registered under. */
        QString uploadName;
        /**
         * The user cancelled the upload while its answer was outstanding (cancelUpload()): @c upload then says what
         * the key list showed afterwards (Reconcile::checkAbandonedSshKey), not what the upload answered.
         */
        bool abandoned = false;
        /** What the upload did; nullopt when no upload was made. */
        std::optional<Reconcile::SshKeyAdded> upload;

        /** True when the key is registered (uploaded, or found registered after a lost answer). */
        bool ok() const { return upload && upload->ok(); }
        /** The registered key: the server's answer, else the one the re-read found. */
        std::optional<SshKey> registeredKey() const;
    };

    explicit SshKeyPipeline(QObject* parent = nullptr);
    ~SshKeyPipeline() override;

    /** The account the keys are uploaded to; may change between runs (the wizard makes a new one per check). */
    void setProvider(ConsoleProvider* provider);
    /** The Spheron AI team the key is created in; empty for Vast.ai. */
    void setTeamId(const QString& teamId);

    /**
     * Generates a pair with @p comment and @p passphrase (empty: unencrypted), writes it to @p target and uploads it
     * as @p uploadName. @return false (and does nothing) while a run is under way or without a provider.
     */
    bool generateAndUpload(const QString& comment, const QString& passphrase, const Target& target,
                           const QString& uploadName);
    /** Uploads the pair the last run wrote again, without generating another. @return false when there is none. */
    bool retryUpload();
    /** Uploads a key that is on disk already (its `.pub` line). @return false while a run is under way. */
    bool uploadExisting(const QString& uploadName, const QString& publicKeyLine);
    /**
     * Stops waiting for an upload under way (the user cancelled it). The server may have the key already or register
     * it later, so the key list is read again: finished() follows with Result::abandoned and what the list showed.
     * @return false when no upload is under way.
     */
    bool cancelUpload();
    /**
     * Abandons the run: no finished() follows. A pair being generated is dropped unwritten; one being written is
     * still written (its files stay); an upload is aborted, or its effect is whatever the server did.
     */
    void cancel();

    Stage stage() const { return m_stage; }
    bool isBusy() const { return m_stage != Stage::Idle; }
    /** The run under way so far (e.g. the written paths while uploading), else the last one. */
    const Result& result() const { return m_result; }
    /** True when the last run wrote a pair whose upload did not register it. */
    bool canRetryUpload() const;

    /** Tests: runs on the writing thread just before the pair is written (to show it is not the GUI thread). */
    void setBeforeWriteHook(std::function<void()> hook) { m_beforeWrite = std::move(hook); }

signals:
    void stageChanged(SshKeyPipeline::Stage stage);
    /** A run ended (not after cancel()); see result. */
    void finished(const SshKeyPipeline::Result& result);

private:
    void onGenerated(std::shared_ptr<KeyPair> pair, QObject* run);
    void onWritten(const KeyFiles::WriteResult& written, QObject* run);
    /** @p run is the tracker context of this run: cancelling it drops every later step. */
    void upload(QObject* run);
    void finish(QObject* run);
    void setStage(Stage stage);

    QPointer<ConsoleProvider> m_provider;
    QString m_teamId;
    /** One per generation: cancel() deletes it, so a new run never waits for an abandoned KDF. */
    KeyPairGenerator* m_generator = nullptr;
    /**
     * One context per run (kind "run"): the generator's, the writer's and the upload's callbacks are bound to it,
     * so cancel() or a new run drops every late result of an older one and aborts its provider calls.
     */
    RequestTracker* m_requests;
    Stage m_stage = Stage::Idle;
    Target m_target;
    Result m_result;
    std::function<void()> m_beforeWrite;
};
