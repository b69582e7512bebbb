#pragma once

#include <QList>
#include <QMessageBox>
#include <optional>

/**
 * Modal questions go through here so tests can pre-program the answer instead of clicking a real
 * dialog (KeePassXC src/gui/MessageBox.h, setNextAnswer()).
 *
 * Every text is shown as plain text and no label opens links: key, team and device names and server messages
 * reach these boxes, and markup in them must not become a link or disguise what is deleted (docs/SECURITY.md,
 * "Foreign text is plain text").
 */
namespace MessageBox {

/**
 * Asks the user to confirm a destructive or consequential action.
 * @param acceptText the verb on the confirming button ("Delete", "Reset Key"); Cancel is the default button.
 * @return true when the user confirmed.
 */
bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& acceptText,
             const QString& informativeText = {});

/** Shows a warning with a single OK button. */
void warning(QWidget* parent, const QString& title, const QString& text, const QString& informativeText = {});

/**
 * Test seam: the next confirm() returns @p answer without showing anything, and the next warning() is
 * swallowed. Each call consumes one programmed answer; calls without one show real dialogs.
 */
void setNextAnswer(bool answer);

/** Test seam: drops the programmed answers nothing consumed (a test that expects no dialog programs one anyway). */
void clearNextAnswers();

/** Test seam: the title and text of the last question asked through a programmed answer. */
QString lastQuestionText();

/** Test seam: programmed answers not consumed yet (tests/support/MessageBoxChecks.h checks it is 0 after each test). */
int pendingAnswers();

/** Test seam: how many confirm() and warning() calls were made, answered by a programmed answer or shown. */
int questionsAsked();

/** How one label of a box would show its text. */
struct ShownLabel
{
    QString text;
    Qt::TextFormat format = Qt::AutoText;
    bool opensExternalLinks = false;
    Qt::TextInteractionFlags interaction;
};

/**
 * Test seam: the text labels of the box built for the last programmed answer, as they would have been shown (the
 * box is built exactly as for a real question, only not executed).
 */
QList<ShownLabel> lastQuestionLabels();

} // namespace MessageBox
