#pragma once

#include <QLineEdit>

/**
 * A line edit for an API key that never holds a selection while the key is readable.
 *
 * On X11 a QLineEdit puts whatever the mouse (or Shift+arrows, or Ctrl+A) selects into the primary selection,
 * which any client may read and which is never cleared; SecretClipboard's hint and 30-second clear do not reach
 * it. With the echo mode Normal this widget drops every selection as it is made, so nothing is there to copy;
 * in Password mode QLineEdit copies nothing and selecting is allowed for editing. Copies go through the dialogs'
 * Copy buttons and SecretClipboard (docs/SECURITY.md, "No key in the primary selection").
 */
class SecretLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit SecretLineEdit(QWidget* parent = nullptr);

    /** Shows the key (echo mode Normal, any selection dropped) or hides it behind bullets. */
    void setSecretShown(bool shown);

private:
    void dropReadableSelection();
};
