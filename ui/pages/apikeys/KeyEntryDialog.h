#pragma once

#include <QDialog>

#include <memory>

class ConsoleProvider;
class KeySwitcher;
class RequestTracker;
struct UiContext;

namespace Ui {
class KeyEntryDialog;
}

/**
 * Paste a key, verify it with a live call, then store it for the same account and carry on with it
 * (KeySwitcher). Used when the server rejects Keydeck's key mid-session (the account and its settings stay)
 * and for Spheron's "Generate New Key" (the key is generated in the console, then pasted here).
 */
class KeyEntryDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose {
        Rejected, ///< the server answered 401 to Keydeck's key
        Replace, ///< the user generated a new key in the console
        /**
         * A reset replaced Keydeck's key but its new key did not reach Keydeck (the server sent none, or the answer
         * was lost): the user copies it from the console. The stored old key goes only once the new one verifies.
         */
        ResetWithoutKey,
    };

    KeyEntryDialog(ConsoleProvider* provider, UiContext* context, Purpose purpose, QWidget* parent = nullptr);
    ~KeyEntryDialog() override;

    /** Opens the console's API keys page and says beside the button what happened (ConsoleLinks). */
    void openConsole();
    /** Replaces the explanation above the key field (a whole translated sentence). */
    void setExplanation(const QString& text);

    void accept() override;
    /** Closing the dialog abandons a check under way (and ends busyChanged). */
    void done(int result) override;

signals:
    void busyChanged(bool busy);

private:
    /** The form follows the dialog's RequestTracker: read-only while the key is checked. */
    void showBusy(bool busy);
    void setStatus(const QString& text, bool error);

    const std::unique_ptr<Ui::KeyEntryDialog> m_ui;
    ConsoleProvider* m_provider;
    UiContext* m_context;
    KeySwitcher* m_switcher;
    RequestTracker* m_requests;
};
