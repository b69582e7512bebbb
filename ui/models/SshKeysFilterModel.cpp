#include "models/SshKeysFilterModel.h"

#include "models/SshKeysModel.h"

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
    m_needle = needle;
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
