#pragma once

#include "providers/Dto.h"
#include "ssh/PublicKey.h"

#include <QDialog>
#include <QList>
#include <QScopedPointer>

class ConsoleProvider;
class QMimeData;
class RequestTracker;

namespace Ui {
class AddSshKeyDialog;
}

/**
 * Adds an SSH public key to the account, or (Vast.ai) replaces the text of a registered one. The key is pasted,
 * chosen or dropped as a `.pub` file, validated locally (PublicKey, docs/LIBRARIES.md §1.5), checked against the
 * registered keys and shown with its fingerprint before anything is sent. A private key is refused and cleared
 * from the form; it never reaches the provider. On failure the dialog stays open with what the user typed.
 */
class AddSshKeyDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AddSshKeyDialog(ConsoleProvider* provider, QWidget* parent = nullptr);
    ~AddSshKeyDialog() override;

    /** The Spheron AI team the key is created in (sent as teamId); empty for Vast.ai. */
    void setTeamId(const QString& teamId);
    /** The account's keys, to catch a duplicate before upload. */
    void setRegisteredKeys(const QList<SshKey>& keys);
    /** Switches to editing @p key (Vast.ai PUT /ssh/{id}/): its text is prefilled and replaced on save. */
    void setEditTarget(const SshKey& key);

    void setName(const QString& name);
    void setKeyText(const QString& text);
    /**
     * Reads a `.pub` file into the form. A file holding a private key (or anything else that is not a public
     * key) is refused with an explanation and its content is not shown.
     * @return true when the file held a valid public key.
     */
    bool loadFile(const QString& path);

    /** The key as currently typed (invalid when the text is not a usable public key). */
    PublicKey currentKey() const { return m_key; }
    /** True when the form is complete, valid and not a duplicate (the OK button is enabled). */
    bool canSubmit() const;

    /** Test seam: the next "Choose File…" returns @p path without showing a file dialog (KeePassXC FileDialog). */
    static void setNextOpenFileName(const QString& path);

public slots:
    /** Closes; while the key is being sent, stops waiting first and looks for it in the list (issue 18 item 1). */
    void reject() override;

signals:
    /**
     * The provider accepted the key; the dialog closes right after. Also when an upload the user cancelled turned out
     * to have arrived (the dialog stays open to say so).
     */
    void keyUploaded(const SshKey& key);
    /** The user cancelled the upload while its answer was outstanding: the key may still arrive (@p message). */
    void uploadAbandoned(const QString& message);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void revalidate();
    void browse();
    void submit();
    /** Stops waiting for the upload and checks the key list for the key (Reconcile::checkAbandonedSshKey). */
    void abandonUpload();
    /** Locks the form while the key is sent (RequestTracker::busyChanged). */
    void showBusy(bool busy);
    void showMessage(const QString& text, bool error);
    bool needsName() const;
    /** Warns (without refusing) when the key would be called as a registered one is (issue 18 item 19). */
    QString sameNameWarning() const;
    QString droppedFile(const QMimeData* mime) const;

    const QScopedPointer<Ui::AddSshKeyDialog> m_ui;
    ConsoleProvider* m_provider;
    /** The upload under way (core/RequestTracker.h). */
    RequestTracker* m_requests;
    QString m_teamId;
    QList<SshKey> m_registered;
    SshKey m_editTarget;
    bool m_editing = false;
    bool m_nameTouched = false;
    bool m_abandoned = false; ///< an upload was cancelled: the form is not sent again
    QString m_sentLine; ///< the key line of the upload under way
    PublicKey m_key;
    int m_duplicateRow = -1;
    QString m_duplicateLabel;
};
