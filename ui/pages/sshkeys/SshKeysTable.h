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
    /**
     * Measures the columns against the rows shown, once for each new list, and shares the width out
     * (shareWidth()).
     */
    void fitColumnsToNewList();

    /** The narrowest the fingerprint column gets before other columns give up width: "SHA256:" and 12 characters. */
    int fingerprintMinimum() const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void showContextMenu(const QPoint& pos);
    /**
     * Gives each column its measured width; what is left goes to the fingerprint. When the view is too narrow, the
     * fingerprint shrinks first (down to fingerprintMinimum()), then "This computer" and Age, then Added, the Name
     * last (issue 18 items 21 and 24). Stops once the user sizes a column by hand or restored widths apply.
     */
    void shareWidth();
    /** Measures the Name column again after keys were added or renamed, and shares the width anew. */
    void measureName();

    SshKeysFilterModel* m_proxy;
    QAction* m_addAction;
    QAction* m_deleteAction;
    QAction* m_copyAction;
    QAction* m_refreshAction;
    QAction* m_filterAction;
    QAction* m_editAction;
    QAction* m_rotateAction;
    bool m_fitColumns = true;
    bool m_sharing = false; // the widths being set are shareWidth()'s, not the user's
    bool m_autoWidths = false;
    bool m_nameMeasurePending = false;
    QList<int> m_measured; // per column, from the last fitColumnsToNewList()
};
