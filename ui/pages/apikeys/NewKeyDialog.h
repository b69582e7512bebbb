#pragma once

#include <QDialog>
#include <QString>

#include <memory>

class SecretClipboard;

namespace Ui {
class NewKeyDialog;
}

/**
 * Shows a key value the server reveals exactly once (after create or reset): copy with an auto-clearing
 * clipboard and, for a created key, "Use this key in Keydeck". The value is wiped from the widgets when the
 * dialog closes.
 */
class NewKeyDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Origin {
        Created, ///< a new key: offer to use it in Keydeck
        Reset, ///< Keydeck already uses it (the reset killed the old key)
        OtherKeyReset, ///< a reset replaced another key (the account's main key): Keydeck does not use it
    };

    NewKeyDialog(const QString& key, Origin origin, SecretClipboard* clipboard, QWidget* parent = nullptr);
    ~NewKeyDialog() override;

    /** Shows the outcome of "Use this key in Keydeck" (@p message is a translated sentence). */
    void setUseResult(bool ok, const QString& message);
    /** Shows a sentence under the key (e.g. the outcome of storing a reset key). */
    void setStatus(const QString& message, bool error);
    /** Keydeck stored the key (a reset key, or one the user chose to use): closing loses nothing. */
    void markSaved();
    /** The key was copied or stored, so the dialog closes without asking. */
    bool keyKept() const { return m_copied || m_saved; }

    /**
     * Every way out (Close, Esc, the window's close button) ends here: while the key was neither copied nor stored,
     * it asks first, as the server never shows the key again (issue 18 item 5).
     */
    void done(int result) override;

signals:
    /** The user asked Keydeck to switch to this key; answer with setUseResult(). */
    void useKeyRequested(const QString& key);

private:
    const std::unique_ptr<Ui::NewKeyDialog> m_ui;
    SecretClipboard* m_clipboard;
    QString m_key;
    bool m_copied = false;
    bool m_saved = false;
};
