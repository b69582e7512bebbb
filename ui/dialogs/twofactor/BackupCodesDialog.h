#pragma once

#include <QDialog>
#include <QStringList>

#include <memory>

class SecretClipboard;

namespace Ui {
class BackupCodesDialog;
}

/**
 * Shows new 2FA backup codes, which the server reveals once (issue 20), like a new API key (NewKeyDialog): copy
 * through SecretClipboard (password-manager hint, cleared after a while), or save to a file the user chooses,
 * owner-only (BackupCodesFile). Asks before closing while neither was done; nothing of the codes stays in the widgets
 * afterwards.
 */
class BackupCodesDialog : public QDialog
{
    Q_OBJECT

public:
    BackupCodesDialog(const QStringList& codes, const QString& account, SecretClipboard* clipboard,
                      QWidget* parent = nullptr);
    ~BackupCodesDialog() override;

    /** The codes were copied or saved, so the dialog closes without asking. */
    bool codesKept() const { return m_copied || m_saved; }
    /** Test seam: the path "Save to File…" uses instead of asking. */
    void setSavePathForTesting(const QString& path) { m_savePathForTesting = path; }

    void done(int result) override;

private:
    void copy();
    void save();
    void setStatus(const QString& message, bool error);

    const std::unique_ptr<Ui::BackupCodesDialog> m_ui;
    SecretClipboard* m_clipboard;
    QStringList m_codes;
    QString m_account;
    QString m_savePathForTesting;
    bool m_copied = false;
    bool m_saved = false;
};
