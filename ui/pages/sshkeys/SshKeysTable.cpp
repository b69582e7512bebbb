#include "pages/sshkeys/SshKeysTable.h"

#include "pages/sshkeys/SshKeysFilterModel.h"
#include "pages/sshkeys/SshKeysModel.h"
#include "widgets/CachedTextDelegate.h"
#include "widgets/ViewStateKeeper.h"

#include <QAction>
#include <QCoreApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>

#include <utility>

namespace {

/** Rows measured when fitting the columns (Qt measures 1,000 by default): about two screens of keys. */
constexpr int ResizePrecisionRows = 50;

QAction* newAction(const QString& text, QKeySequence::StandardKey key, Qt::ShortcutContext context, QWidget* owner,
                   QWidget* scope)
{
    auto* action = new QAction(text, owner);
    action->setShortcut(key);
    action->setShortcutContext(context);
    scope->addAction(action);
    return action;
}

} // namespace

// The strings keep the SshKeysPage translation context: they were the page's, and the catalogs translate them there.
SshKeysTable::SshKeysTable(SshKeysFilterModel* proxy, QWidget* page)
    : m_proxy(proxy)
{
    setObjectName(QStringLiteral("keysTable"));
    setAccessibleName(QCoreApplication::translate("SshKeysPage", "Registered SSH keys"));
    setModel(proxy);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSortingEnabled(true);
    sortByColumn(SshKeysModel::AddedColumn, Qt::DescendingOrder);
    setAlternatingRowColors(true);
    setContextMenuPolicy(Qt::CustomContextMenu);
    verticalHeader()->hide();
    // Rows of one height: the view computes positions instead of tracking thousands of section sizes.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setStretchLastSection(false);
    // Fitted to the contents when a new list arrives (fitColumnsToNewList), not in ResizeToContents mode: that
    // mode measures rows on every sort, filter keystroke and row change, which with thousands of keys took most of
    // each keystroke (docs/PERFORMANCE.md). Users can widen a column by hand.
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setSectionResizeMode(SshKeysModel::FingerprintColumn, QHeaderView::Stretch);
    // Qt measures 1,000 rows per column by default; the names, types and dates of the first rows give the same
    // widths.
    horizontalHeader()->setResizeContentsPrecision(ResizePrecisionRows);
    // A reset is a new list (first load, another team): fit the columns to it once it is shown.
    connect(proxy->sourceModel(), &QAbstractItemModel::modelReset, this, [this] { m_fitColumns = true; });
    setWordWrap(false);
    setTextElideMode(Qt::ElideMiddle);
    // Qt's delegate lays out every cell's text anew on each paint, most of a repaint of the table
    // (docs/PERFORMANCE.md); this one keeps the laid-out text and paints the same pixels.
    setItemDelegate(new CachedTextDelegate(this));

    // README "Keyboard shortcuts": Ctrl+N, Del and Ctrl+C act on the key list; F5 and Ctrl+F anywhere on the page.
    m_addAction = newAction(QCoreApplication::translate("SshKeysPage", "&Add Key…"), QKeySequence::New,
                            Qt::WidgetWithChildrenShortcut, page, page);
    m_deleteAction = newAction(QCoreApplication::translate("SshKeysPage", "&Delete…"), QKeySequence::Delete,
                               Qt::WidgetShortcut, page, this);
    m_copyAction = newAction(QCoreApplication::translate("SshKeysPage", "&Copy Public Key"), QKeySequence::Copy,
                             Qt::WidgetShortcut, page, this);
    m_refreshAction = newAction(QCoreApplication::translate("SshKeysPage", "&Refresh"), QKeySequence::Refresh,
                                Qt::WidgetWithChildrenShortcut, page, page);
    m_filterAction = newAction(QCoreApplication::translate("SshKeysPage", "Filter"), QKeySequence::Find,
                               Qt::WidgetWithChildrenShortcut, page, page);
    m_editAction = new QAction(QCoreApplication::translate("SshKeysPage", "&Edit…"), page);
    m_rotateAction = new QAction(QCoreApplication::translate("SshKeysPage", "R&otate…"), page);
    connect(this, &QTableView::customContextMenuRequested, this, &SshKeysTable::showContextMenu);
}

SshKeysTable::~SshKeysTable() = default;

void SshKeysTable::setFilterEdit(QLineEdit* edit)
{
    connect(m_filterAction, &QAction::triggered, edit, [edit] {
        edit->setFocus(Qt::ShortcutFocusReason);
        edit->selectAll();
    });
    connect(edit, &QLineEdit::textChanged, m_proxy, &SshKeysFilterModel::setFilterText);
}

void SshKeysTable::setActionsEnabled(bool add, bool change, bool copy)
{
    m_addAction->setEnabled(add);
    m_editAction->setEnabled(change);
    m_deleteAction->setEnabled(change);
    m_rotateAction->setEnabled(change);
    m_copyAction->setEnabled(copy);
}

int SshKeysTable::selectedRow() const
{
    const QModelIndexList rows = selectionModel()->selectedRows();
    if (rows.isEmpty())
        return -1;
    return m_proxy->mapToSource(rows.first()).row();
}

void SshKeysTable::fitColumnsToNewList()
{
    // Widths the user kept from an earlier run (ViewStateKeeper) win over the fit.
    if (!std::exchange(m_fitColumns, false) || ViewStateKeeper::wasRestored(this))
        return;
    for (int column = 0; column < SshKeysModel::ColumnCount; ++column) {
        if (column != SshKeysModel::FingerprintColumn)
            resizeColumnToContents(column);
    }
}

void SshKeysTable::showContextMenu(const QPoint& pos)
{
    if (!indexAt(pos).isValid())
        return;
    QMenu menu(this);
    menu.addAction(m_copyAction);
    menu.addAction(m_editAction);
    menu.addAction(m_rotateAction);
    menu.addSeparator();
    menu.addAction(m_deleteAction);
    menu.exec(viewport()->mapToGlobal(pos));
}
