#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class AddPassphraseDialog;
}

class QPushButton;

/**
 * The overview's *Add a Passphrase* (issue 23, docs/SECURITY-OVERVIEW.md "What each action writes"): a passphrase,
 * typed twice under the Generate dialog's rules (SshKeyUi::showPassphraseState), then Security::LocalActions::
 * addPassphrase re-encrypts the private key in place on the SSH workers. The dialog is the question: nothing is
 * written before its button is pressed, and it says first that the old file is kept as a backup.
 */
class AddPassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    AddPassphraseDialog(const QString& privateKeyPath, QWidget* parent = nullptr);
    ~AddPassphraseDialog() override;

    /** The backup LocalActions wrote, once done. */
    QString backupPath() const { return m_backupPath; }

signals:
    /** The key now has a passphrase. */
    void passphraseAdded();

private:
    void revalidate();
    void start();

    std::unique_ptr<Ui::AddPassphraseDialog> m_ui;
    QString m_path;
    QString m_backupPath;
    QPushButton* m_addButton;
    bool m_busy = false;
};
