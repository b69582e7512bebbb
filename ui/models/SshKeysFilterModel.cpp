#include "models/SshKeysFilterModel.h"

#include "models/SshKeysModel.h"

#include <limits>

SshKeysFilterModel::SshKeysFilterModel(SshKeysModel* source, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
    setSortRole(SshKeysModel::SortRole);
}

void SshKeysFilterModel::setFilterText(const QString& text)
{
    const QString needle = text.trimmed().toCaseFolded();
    m_text = text;
    if (needle == m_needle)
        return;
    // invalidateFilter() signals each run of rows that comes or goes; typing the first characters of a name
    // into 10,000 keys hides thousands of scattered rows, and those signals cost more than rebuilding the
    // proxy's mapping in one layout change. Typing on (or deleting) changes the count by what matches now.
    qsizetype changed = std::numeric_limits<qsizetype>::max();
    if (needle.contains(m_needle) || m_needle.contains(needle)) {
        qsizetype accepted = 0;
        for (int row = 0; row < m_source->rowCount(); ++row)
            accepted += m_source->matches(row, needle) ? 1 : 0;
        changed = qAbs(accepted - rowCount());
    }
    m_needle = needle;
    if (changed > ManyRowsChanged)
        invalidate();
    else
        invalidateFilter();
}

bool SshKeysFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    return !sourceParent.isValid() && m_source->matches(sourceRow, m_needle);
}

bool SshKeysFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    return m_source->lessThan(left.row(), right.row(), left.column());
}
