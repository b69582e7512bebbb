#pragma once

#include "ssh/LocalKeys.h"
#include "ssh/SshKeyPipeline.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class ConsoleProvider;
class SshKeyPage;
class QWidget;

/**
 * The onboarding wizard's SSH step (OnboardingController hands it the page): lists the local keys the account does
 * not have yet, and registers one of them or a newly generated one through SshKeyPipeline, the same pipeline as the
 * SSH Keys tab's Generate and Rotate (app/ssh/SshKeyPipeline.h). So the key files are written off the GUI thread, and
 * an upload whose answer was lost is looked for in the account's list instead of being reported as failed.
 */
class SshStepController : public QObject
{
    Q_OBJECT

public:
    /**
     * @p sshDirectory is where local keys are listed and generated (empty: KeyFiles::defaultDirectory());
     * confirmations are shown over @p dialogParent.
     */
    SshStepController(SshKeyPage* page, const QString& sshDirectory, QWidget* dialogParent, QObject* parent);
    ~SshStepController() override;

    /** The wizard entered the step for the account @p provider talks to (@p teamId: its Spheron AI team). */
    void enter(ConsoleProvider* provider, const QString& teamId);
    /** Abandons the listing and a key being made or registered (the user went back or cancelled). */
    void cancel();
    /** True while a key is being generated, written or registered (Cancel waits for it). */
    bool isBusy() const;
    /** The sentence saying which key was registered; empty when none was. */
    QString registeredKeyText() const { return m_registeredKeyText; }

signals:
    /** A key is registered; the wizard moves to the next page. */
    void advanceRequested();
    void busyChanged(bool busy);

private:
    void useLocalKey(int index);
    void generateKey(const QString& name, const QString& passphrase);
    void onFinished(const SshKeyPipeline::Result& result);
    void showLocalKeys(const QList<LocalKey>& offer, const QString& note);
    QString sshDirectory() const;
    QString freeKeyName() const;

    SshKeyPage* m_page;
    QString m_sshDirectory;
    QWidget* m_dialogParent;
    SshKeyPipeline* m_pipeline;
    QPointer<ConsoleProvider> m_provider;
    /** Parent of the listing's provider call; deleting it aborts the call (ConsoleProvider contract). */
    QObject* m_listAttempt = nullptr;

    QList<LocalKey> m_unregisteredKeys;
    /** The `.pub` of the pair the wizard generated, once written; offered again when its upload failed. */
    QString m_generatedPublicKeyPath;
    /** What the page says once the local key being uploaded is registered. */
    QString m_localDoneText;
    QString m_registeredKeyText;
};
