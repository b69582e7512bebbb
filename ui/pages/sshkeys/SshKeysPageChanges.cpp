// The SSH Keys tab's changes (add, generate, edit, delete, copy, rotate, upload a local key); the list, its states
// and the team are in SshKeysPage.cpp.
#include "pages/sshkeys/SshKeysPage.h"
#include "ui_SshKeysPage.h"

#include "UiContext.h"
#include "clipboard/SecretClipboard.h"
#include "core/RequestTracker.h"
#include "pages/sshkeys/AddSshKeyDialog.h"
#include "pages/sshkeys/GenerateSshKeyDialog.h"
#include "pages/sshkeys/LocalKeysModel.h"
#include "pages/sshkeys/SshKeyUi.h"
#include "pages/sshkeys/SshKeysModel.h"
#include "pages/sshkeys/SshKeysTable.h"
#include "providers/ConsoleProvider.h"
#include "providers/Reconcile.h"
#include "ssh/LocalKeys.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QGuiApplication>

void SshKeysPage::addKey()
{
    if (!m_table->addKeyAction()->isEnabled())
        return;
    AddSshKeyDialog* dialog = newAddDialog();
    connect(dialog, &AddSshKeyDialog::keyUploaded, this, &SshKeysPage::afterKeyAdded);
    dialog->open();
}

AddSshKeyDialog* SshKeysPage::newAddDialog()
{
    auto* dialog = new AddSshKeyDialog(m_provider, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setTeamId(m_teamId);
    dialog->setRegisteredKeys(m_model->keys());
    connect(dialog, &AddSshKeyDialog::uploadAbandoned, this, &SshKeysPage::afterUploadAbandoned);
    return dialog;
}

void SshKeysPage::generateKey()
{
    if (!m_ui->generateButton->isEnabled())
        return;
    auto* dialog = new GenerateSshKeyDialog(m_provider, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setTeamId(m_teamId);
    dialog->setRegisteredKeys(m_model->keys());
    connect(dialog, &GenerateSshKeyDialog::uploadAbandoned, this, &SshKeysPage::afterUploadAbandoned);
    connect(dialog, &GenerateSshKeyDialog::keyUploaded, this, [this, dialog](const SshKey& key) {
        afterKeyAdded(key);
        const KeyFiles::WriteResult& written = dialog->writeResult();
        emit statusMessage(
            written.backups.isEmpty()
                ? tr("Saved %1 and uploaded its public key.").arg(QDir::toNativeSeparators(written.privateKeyPath))
                : tr("Saved %1 and uploaded its public key. The previous key was kept as %2.")
                      .arg(QDir::toNativeSeparators(written.privateKeyPath),
                           QDir::toNativeSeparators(written.backups.first().to)));
    });
    dialog->open();
}

void SshKeysPage::afterKeyAdded(const SshKey& key)
{
    // docs/api/vast-endpoints.md §3.2 (guide wins over the spec): account keys are copied only into instances created
    // later.
    m_addedNotice = isVast() ? tr("The new key reaches only instances created from now on. Running instances keep "
                                  "their current keys.")
                             : QString();
    const PublicKey parsed = PublicKey::parse(key.publicKey);
    const QString label = !key.name.isEmpty() ? key.name : parsed.comment();
    emit statusMessage(label.isEmpty() ? tr("The SSH key was added.") : tr("Added the SSH key “%1”.").arg(label));
    refresh();
}

void SshKeysPage::afterUploadAbandoned(const QString& message)
{
    // The key may arrive after all: the list is read again, so it shows up without F5 when it has.
    emit statusMessage(message);
    refresh();
}

void SshKeysPage::editSelectedKey()
{
    const int row = m_table->selectedRow();
    if (row < 0 || !m_ui->editButton->isEnabled())
        return;
    const SshKey old = m_model->keyAt(row);
    const QString label = m_model->labelAt(row);
    AddSshKeyDialog* dialog = newAddDialog();
    if (isVast()) {
        dialog->setEditTarget(old);
        connect(dialog, &AddSshKeyDialog::keyUploaded, this, [this](const SshKey&) {
            emit statusMessage(tr("The SSH key was replaced."));
            refresh();
        });
    } else {
        // Spheron AI has no edit endpoint (docs/api/spheron.md §2): add the replacement, then delete the old key.
        if (!MessageBox::confirm(this, tr("Replace SSH Key"),
                                 tr("%1 cannot change a registered key. To replace “%2”, add the new key first; "
                                    "Keydeck then asks before deleting the old one.")
                                     .arg(m_provider->displayName(), label),
                                 tr("Add Replacement…"))) {
            delete dialog;
            return;
        }
        dialog->setWindowTitle(tr("Replace SSH Key"));
        dialog->setName(old.name);
        const QString fingerprint = m_model->publicKeyAt(row).fingerprint();
        connect(dialog, &AddSshKeyDialog::keyUploaded, this, [this, old, label, fingerprint](const SshKey& key) {
            replaceThenDelete(key, old, label, fingerprint);
        });
    }
    dialog->open();
}

void SshKeysPage::deleteSelectedKey()
{
    const int row = m_table->selectedRow();
    if (row < 0 || !m_ui->deleteButton->isEnabled())
        return;
    confirmAndDelete(m_model->keyAt(row), m_model->labelAt(row), m_model->publicKeyAt(row).fingerprint());
}

void SshKeysPage::replaceThenDelete(const SshKey& added, const SshKey& old, const QString& label,
                                    const QString& fingerprint)
{
    afterKeyAdded(added);
    if (confirmAndDelete(old, label, fingerprint))
        return;
    // Issue 18 item 19: stopped between the two steps, the account has both keys. Say which is which, and keep
    // saying it above the list.
    const QString newFingerprint = PublicKey::parse(added.publicKey).fingerprint();
    const QString state = tr("The old key was not deleted, so the account now has two keys: the new “%1” (%2, added "
                             "today) and the old “%3” (%4), which still works until you delete it.")
                              .arg(SshKeyUi::keyLabel(added), newFingerprint, label,
                                   fingerprint.isEmpty() ? tr("unreadable key") : fingerprint);
    m_addedNotice = m_addedNotice.isEmpty() ? state : m_addedNotice + QLatin1Char('\n') + state;
    updateNotice();
    emit statusMessage(state);
}

bool SshKeysPage::confirmAndDelete(const SshKey& key, const QString& label, const QString& fingerprint)
{
    const QString shownFingerprint = fingerprint.isEmpty() ? tr("unreadable key") : fingerprint;
    if (!MessageBox::confirm(this, tr("Delete SSH Key"),
                             tr("Delete “%1” (%2) from %3?").arg(label, shownFingerprint, m_provider->displayName()),
                             tr("&Delete"),
                             tr("New instances will no longer get this key. Instances that already have it keep "
                                "it until you remove it there.")))
        return false;
    QObject* request = m_requests->start();
    const auto deleted = [this, label](const Reconcile::SshKeyDeleted& outcome) {
        if (outcome.reread)
            onKeysLoaded(*outcome.reread);
        switch (outcome.state) {
        case Reconcile::State::Done:
            emit statusMessage(
                outcome.answerLost()
                    ? tr("No readable answer came back from the server, but “%1” was deleted.").arg(label)
                    : tr("Deleted the SSH key “%1”.").arg(label));
            if (!outcome.reread)
                refresh();
            return;
        case Reconcile::State::AlreadyDone:
            emit statusMessage(tr("“%1” no longer exists on the server.").arg(label));
            return;
        case Reconcile::State::NotDone:
        case Reconcile::State::Unknown:
            break;
        }
        const QString reason = SshKeyUi::notDeletedMessage(outcome, label);
        MessageBox::warning(this, tr("Could Not Delete Key"), tr("“%1” was not deleted.").arg(label), reason);
        emit statusMessage(reason);
    };
    Reconcile::deleteSshKey(m_provider, key.id, m_teamId, request, m_requests->done(request, deleted));
    return true;
}

void SshKeysPage::copySelectedKey()
{
    const int row = m_table->selectedRow();
    if (row < 0 || !m_ui->copyButton->isEnabled())
        return;
    const QString line = m_model->index(row, 0).data(SshKeysModel::PublicKeyLineRole).toString();
    if (line.isEmpty())
        return;
    // A public key is not a secret: no clipboard timer (docs/LIBRARIES.md §4: public keys are copied plainly).
    // Through SecretClipboard when there is one, so a secret copied earlier stops its countdown cleanly.
    if (m_context && m_context->clipboard)
        m_context->clipboard->copyPublic(line);
    else
        QGuiApplication::clipboard()->setText(line);
    emit statusMessage(tr("Copied the public key of “%1”.").arg(m_model->labelAt(row)));
}

void SshKeysPage::rotateSelectedKey()
{
    const int row = m_table->selectedRow();
    if (row < 0 || !m_ui->rotateButton->isEnabled())
        return;
    const SshKey old = m_model->keyAt(row);
    const QString label = m_model->labelAt(row);
    const QString fingerprint = m_model->publicKeyAt(row).fingerprint();
    auto* dialog = new GenerateSshKeyDialog(m_provider, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setTeamId(m_teamId);
    dialog->setRegisteredKeys(m_model->keys());
    dialog->setReplacing(label);
    connect(dialog, &GenerateSshKeyDialog::uploadAbandoned, this, &SshKeysPage::afterUploadAbandoned);
    connect(dialog, &GenerateSshKeyDialog::keyUploaded, this,
            [this, old, label, fingerprint](const SshKey& key) { replaceThenDelete(key, old, label, fingerprint); });
    dialog->open();
}

void SshKeysPage::uploadSelectedLocalKey()
{
    const QModelIndexList rows = m_ui->localKeysTable->selectionModel()->selectedRows();
    if (rows.isEmpty() || !m_ui->uploadLocalButton->isEnabled())
        return;
    const int row = rows.first().row();
    const LocalKey local = m_localModel->localKeyAt(row);
    const QString name = m_localModel->suggestedName(row);
    // The same warning as Add Key's (issue 18 item 16): PublicKey holds the rule, e.g. RSA under 3072 bits.
    if (const QStringList weak = local.key.warningMessages(); !weak.isEmpty()) {
        if (!MessageBox::confirm(this, tr("Upload This Key"), weak.join(QLatin1Char(' ')), tr("&Upload Anyway"),
                                 tr("%1 will be uploaded as it is.").arg(QDir::toNativeSeparators(local.path))))
            return;
    }
    QObject* request = m_requests->start();
    const auto uploaded = [this, local](const Reconcile::SshKeyAdded& outcome) {
        if (outcome.ok()) {
            afterKeyAdded(outcome.value ? *outcome.value : *outcome.found);
            return;
        }
        const QString reason = SshKeyUi::notUploadedMessage(outcome.state, outcome.error);
        MessageBox::warning(this, tr("Could Not Upload Key"),
                            tr("%1 was not uploaded.").arg(QDir::toNativeSeparators(local.path)), reason);
        emit statusMessage(reason);
        if (outcome.reread)
            onKeysLoaded(*outcome.reread);
    };
    Reconcile::addSshKey(m_provider, name, local.key.authorizedKeysLine(), m_teamId, request,
                         m_requests->done(request, uploaded));
}
