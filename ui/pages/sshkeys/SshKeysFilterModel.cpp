#include "pages/sshkeys/SshKeysFilterModel.h"

#include "pages/sshkeys/SshKeysModel.h"

SshKeysFilterModel::SshKeysFilterModel(SshKeysModel* source, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    // Before setSourceModel(): Qt calls slots in connection order, so the cache is gone before the proxy reads it.
    const auto drop = [this] { m_matches.clear(); };
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this, drop);
    connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this, drop);
    connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this, drop);
    connect(source, &QAbstractItemModel::rowsAboutToBeMoved, this, drop);
    connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this, drop);
    connect(source, &QAbstractItemModel::dataChanged, this, drop);
    setSourceModel(source);
    setSortRole(SshKeysModel::SortRole);
}

void SshKeysFilterModel::setFilterText(const QString& text)
{
    const QString needle = text.trimmed().toCaseFolded();
    m_text = text;
    const QString previous = m_needle.pattern();
    if (needle == previous)
        return;
    // invalidateFilter() signals each run of rows that comes or goes; typing the first characters of a name
    // into 10,000 keys hides thousands of scattered rows, and those signals cost more than rebuilding the
    // proxy's mapping in one layout change. Typing on (or deleting) changes the count by what matches now.
    m_needle.setPattern(needle);
    const int rows = m_source->rowCount();
    m_matches.resize(rows);
    qsizetype accepted = 0;
    for (int row = 0; row < rows; ++row) {
        m_matches[row] = m_source->matches(row, m_needle);
        accepted += m_matches[row] ? 1 : 0;
    }
    const bool nested = needle.contains(previous) || previous.contains(needle);
    if (!nested || qAbs(accepted - rowCount()) > ManyRowsChanged)
        invalidate();
    else
        invalidateFilter();
}

bool SshKeysFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    if (sourceRow < m_matches.size())
        return m_matches.at(sourceRow);
    return m_source->matches(sourceRow, m_needle);
}

bool SshKeysFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    return m_source->lessThan(left.row(), right.row(), left.column());
}
