#include "pages/sshkeys/SshKeysTable.h"

#include "pages/sshkeys/SshKeysFilterModel.h"
#include "pages/sshkeys/SshKeysModel.h"
#include "widgets/CachedTextDelegate.h"
#include "widgets/ListHeader.h"
#include "widgets/ViewStateKeeper.h"

#include <QAction>
#include <QCoreApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QScopedValueRollback>

#include <algorithm>
#include <numeric>

#include <utility>

namespace {

/** Rows measured when fitting the columns (Qt measures 1,000 by default): about two screens of keys. */
constexpr int ResizePrecisionRows = 50;
/** The space a cell keeps on each side of its text. */
constexpr int CellPadding = 6;

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
    // Rows of one height (ListHeader::uniformRows sets Fixed): the view computes positions instead of tracking
    // thousands of section sizes.
    ListHeader::uniformRows(this);
    horizontalHeader()->setStretchLastSection(false);
    // Fitted to the contents when a new list arrives (fitColumnsToNewList), not in ResizeToContents mode: that
    // mode measures rows on every sort, filter keystroke and row change, which with thousands of keys took most of
    // each keystroke (docs/PERFORMANCE.md). Users can widen a column by hand.
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // A narrowed column's title ends in "…" rather than being cut on both sides ("ser Compu").
    horizontalHeader()->setTextElideMode(Qt::ElideRight);
    // Widths set by hand (or restored from an earlier run) are the user's: the table stops sharing them out.
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        if (!m_sharing)
            m_autoWidths = false;
    });
    // Qt measures 1,000 rows per column by default; the names, types and dates of the first rows give the same
    // widths.
    horizontalHeader()->setResizeContentsPrecision(ResizePrecisionRows);
    // A reset is a new list (first load, another team): fit the columns to it once it is shown.
    connect(proxy->sourceModel(), &QAbstractItemModel::modelReset, this, [this] { m_fitColumns = true; });
    // A key added or renamed in the list shown keeps its whole name (issue 18 item 24: "tester…enamed"): the Name
    // column is measured again, once per burst of changes.
    const auto measureNameLater = [this] {
        if (m_autoWidths && !std::exchange(m_nameMeasurePending, true))
            QMetaObject::invokeMethod(this, &SshKeysTable::measureName, Qt::QueuedConnection);
    };
    connect(proxy->sourceModel(), &QAbstractItemModel::rowsInserted, this, measureNameLater);
    connect(proxy->sourceModel(), &QAbstractItemModel::dataChanged, this,
            [measureNameLater](const QModelIndex& from, const QModelIndex& to) {
                if (from.column() <= SshKeysModel::NameColumn && to.column() >= SshKeysModel::NameColumn)
                    measureNameLater();
            });
    setWordWrap(false);
    setTextElideMode(Qt::ElideMiddle);
    // Qt's delegate lays out every cell's text anew on each paint, most of a repaint of the table
    // (docs/PERFORMANCE.md); this one keeps the laid-out text and paints the same pixels.
    setItemDelegate(new CachedTextDelegate(this));

    // README "Keyboard shortcuts": Del and Ctrl+C act on the key list; Ctrl+N, F5 and Ctrl+F whenever the page is
    // shown, also with the focus still on the sidebar or the tabs after Ctrl+2 (as on every other page; a hidden
    // page's shortcuts are off).
    m_addAction = newAction(QCoreApplication::translate("SshKeysPage", "Add Ke&y…"), QKeySequence::New,
                            Qt::WindowShortcut, page, page);
    m_deleteAction = newAction(QCoreApplication::translate("SshKeysPage", "&Delete…"), QKeySequence::Delete,
                               Qt::WidgetShortcut, page, this);
    m_copyAction = newAction(QCoreApplication::translate("SshKeysPage", "&Copy Public Key"), QKeySequence::Copy,
                             Qt::WidgetShortcut, page, this);
    m_refreshAction = newAction(QCoreApplication::translate("SshKeysPage", "&Refresh"), QKeySequence::Refresh,
                                Qt::WindowShortcut, page, page);
    m_filterAction = newAction(QCoreApplication::translate("SshKeysPage", "Filter"), QKeySequence::Find,
                               Qt::WindowShortcut, page, page);
    m_editAction = new QAction(QCoreApplication::translate("SshKeysPage", "Edi&t…"), page);
    m_rotateAction = new QAction(QCoreApplication::translate("SshKeysPage", "R&otate…"), page);
    connect(this, &QTableView::customContextMenuRequested, this, &SshKeysTable::showContextMenu);
    // Places the headers now: until then the corner button (useless without row headers) counts as shown, nameless
    // for screen readers, in a table on a tab not opened yet.
    updateGeometries();
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
    m_measured.clear();
    for (int column = 0; column < SshKeysModel::ColumnCount; ++column)
        m_measured << std::max(sizeHintForColumn(column), horizontalHeader()->sectionSizeHint(column));
    m_autoWidths = true;
    shareWidth();
}

void SshKeysTable::measureName()
{
    m_nameMeasurePending = false;
    if (!m_autoWidths || m_measured.size() != SshKeysModel::ColumnCount)
        return;
    m_measured[SshKeysModel::NameColumn] = std::max(sizeHintForColumn(SshKeysModel::NameColumn),
                                                    horizontalHeader()->sectionSizeHint(SshKeysModel::NameColumn));
    shareWidth();
}

int SshKeysTable::fingerprintMinimum() const
{
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    mono.setPointSizeF(font().pointSizeF());
    return QFontMetrics(mono).horizontalAdvance(QStringLiteral("SHA256:abcdefghijkl…")) + 2 * CellPadding;
}

void SshKeysTable::resizeEvent(QResizeEvent* event)
{
    QTableView::resizeEvent(event);
    shareWidth();
}

void SshKeysTable::shareWidth()
{
    if (!m_autoWidths || m_measured.size() != SshKeysModel::ColumnCount || viewport()->width() <= 0)
        return;
    QList<int> widths = m_measured;
    widths[SshKeysModel::FingerprintColumn]
        = std::max(widths.at(SshKeysModel::FingerprintColumn), fingerprintMinimum());
    int excess = std::accumulate(widths.cbegin(), widths.cend(), 0) - viewport()->width();
    if (excess < 0)
        widths[SshKeysModel::FingerprintColumn] -= excess;
    const int few = fontMetrics().averageCharWidth();
    auto shrink = [&](int column, int floor) {
        const int take = std::clamp(widths.at(column) - floor, 0, std::max(0, excess));
        widths[column] -= take;
        excess -= take;
    };
    shrink(SshKeysModel::FingerprintColumn, fingerprintMinimum());
    shrink(SshKeysModel::LocalColumn, 6 * few + 2 * CellPadding);
    shrink(SshKeysModel::AgeColumn, 6 * few + 2 * CellPadding);
    shrink(SshKeysModel::AddedColumn, 8 * few + 2 * CellPadding);
    shrink(SshKeysModel::NameColumn, 10 * few + 2 * CellPadding);
    const QScopedValueRollback sharing(m_sharing, true);
    for (int column = 0; column < SshKeysModel::ColumnCount; ++column)
        horizontalHeader()->resizeSection(column, widths.at(column));
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
