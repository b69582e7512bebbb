#include "widgets/SecretLineEdit.h"

SecretLineEdit::SecretLineEdit(QWidget* parent)
    : QLineEdit(parent)
{
    // Every way of selecting (drag, double click, Shift+arrows, Ctrl+A, selectAll()) moves the cursor with a mark and
    // reports selectionChanged before QLineEdit copies to the primary selection (on mouse release, after the key
    // event); dropping it here leaves that copy an empty selection, which QLineEdit does not copy.
    connect(this, &QLineEdit::selectionChanged, this, &SecretLineEdit::dropReadableSelection);
    setDragEnabled(false);
}

void SecretLineEdit::setSecretShown(bool shown)
{
    if (shown)
        deselect(); // a selection made while hidden would become copyable once shown
    setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
}

void SecretLineEdit::dropReadableSelection()
{
    if (echoMode() == QLineEdit::Normal && hasSelectedText())
        deselect();
}
