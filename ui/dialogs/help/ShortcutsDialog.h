#pragma once

#include <QDialog>

class QTreeWidget;

/**
 * Help → Keyboard Shortcuts: the sheet of the shortcuts @p window offers now, generated from its actions and
 * shortcuts (ShortcutSheet) when the dialog is made, so it lists the opened account's pages as well.
 */
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget* window);

private:
    QTreeWidget* m_list;
};
