#pragma once

#include <QTableView>

class QAction;
class QLineEdit;
class SshKeysFilterModel;

/**
 * The registered keys of the SSH Keys tab: SshKeysModel's rows through SshKeysFilterModel, set up for thousands of
 * keys (docs/PERFORMANCE.md), with the actions the tab offers on them, their shortcuts (README "Keyboard
 * shortcuts") and the row's context menu. The page decides what the actions do and when they are enabled.
 */
class SshKeysTable : public QTableView
{
    Q_OBJECT

public:
    /**
     * Shows @p proxy. The actions belong to @p page: Ctrl+N, F5 and Ctrl+F work anywhere on it, Del and Ctrl+C
     * only in the table.
     */
    SshKeysTable(SshKeysFilterModel* proxy, QWidget* page);
    ~SshKeysTable() override;

    QAction* addKeyAction() const { return m_addAction; }
    QAction* deleteAction() const { return m_deleteAction; }
    QAction* copyAction() const { return m_copyAction; }
    QAction* refreshAction() const { return m_refreshAction; }
    QAction* filterAction() const { return m_filterAction; }
    /** Edit and Rotate, offered in the context menu (the page's buttons do the same). */
    QAction* editAction() const { return m_editAction; }
    QAction* rotateAction() const { return m_rotateAction; }

    /** Filters the rows by the text of @p edit, which Ctrl+F (filterAction) focuses. */
    void setFilterEdit(QLineEdit* edit);
    /** Enables Add (@p add), Edit, Delete and Rotate (@p change) and Copy (@p copy), as the page's buttons. */
    void setActionsEnabled(bool add, bool change, bool copy);

    /** The source-model row of the selected key, or -1. */
    int selectedRow() const;
    /** Sizes the columns (but the stretching fingerprint) to the rows shown, once for each new list. */
    void fitColumnsToNewList();

private:
    void showContextMenu(const QPoint& pos);

    SshKeysFilterModel* m_proxy;
    QAction* m_addAction;
    QAction* m_deleteAction;
    QAction* m_copyAction;
    QAction* m_refreshAction;
    QAction* m_filterAction;
    QAction* m_editAction;
    QAction* m_rotateAction;
    bool m_fitColumns = true;
};
