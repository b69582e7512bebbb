#pragma once

#include <QList>
#include <QString>

class QWidget;

/** One line of Help → Keyboard Shortcuts. */
struct ShortcutEntry
{
    /** The keys in the platform's notation ("Ctrl+Shift+L"); several sequences joined by " / ". */
    QString keys;
    /** Where they act: "Window", a tab's name, or a tab's name and the list they act on. */
    QString where;
    /** What they do: the action's own text, or the QShortcut's whatsThis. */
    QString does;
};

/**
 * The shortcuts a window offers, read from its QActions and QShortcuts themselves so that the sheet cannot drift
 * from them (issue 22 item 6): every action with a shortcut that is not hidden, and every enabled QShortcut of the
 * tabs shown. The same keys doing the same thing in several places are one entry listing the places.
 */
namespace ShortcutSheet {

QList<ShortcutEntry> collect(QWidget* window);

} // namespace ShortcutSheet
