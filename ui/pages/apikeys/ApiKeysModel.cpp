#include "pages/apikeys/ApiKeysModel.h"

#include "core/LocaleFormat.h"
#include "pages/apikeys/ApiKeyPermissions.h"
#include "widgets/PlainText.h"

#include <QFont>

ApiKeysModel::ApiKeysModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

int ApiKeysModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_keys.size());
}

int ApiKeysModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApiKeysModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ApiKeyInfo& key = m_keys.at(index.row());
    const bool own = !m_ownKeyId.isEmpty() && key.id == m_ownKeyId;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return key.id;
        case NameColumn:
            if (own) {
                return key.name.isEmpty() ? tr("(unnamed, used by Keydeck)") : tr("%1 (used by Keydeck)").arg(key.name);
            }
            return key.name.isEmpty() ? tr("(unnamed)") : key.name;
        case PermissionsColumn:
            return ApiKeyPermissions::summary(key);
        case TeamColumn:
            if (!key.teamName.isEmpty())
                return key.teamName;
            return key.teamId.isEmpty() ? tr("Personal") : key.teamId;
        case CreatedColumn:
            return key.createdAt.isValid()
                ? LocaleFormat::date(key.createdAt.toLocalTime().date(), QLocale::ShortFormat)
                : tr("Unknown");
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == PermissionsColumn && !key.permissions.isEmpty())
            return PlainText::toolTip(ApiKeyPermissions::categoriesOf(key.permissions).join(QStringLiteral(", ")));
        if (index.column() == CreatedColumn && key.createdAt.isValid())
            return LocaleFormat::dateTime(key.createdAt, QLocale::LongFormat);
        if (own)
            return tr("Keydeck uses this key for this account.");
        return {};
    case Qt::FontRole:
        if (own) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == NameColumn && own)
            return tr("%1, the key Keydeck uses").arg(key.name);
        return {};
    case KeyIdRole:
        return key.id;
    case IsOwnKeyRole:
        return own;
    default:
        return {};
    }
}

QVariant ApiKeysModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("ID");
    case NameColumn:
        return tr("Name");
    case PermissionsColumn:
        return tr("Permissions");
    case TeamColumn:
        return tr("Team");
    case CreatedColumn:
        return tr("Created");
    default:
        return {};
    }
}

void ApiKeysModel::setKeys(const QList<ApiKeyInfo>& keys)
{
    beginResetModel();
    m_keys = keys;
    endResetModel();
}

const ApiKeyInfo* ApiKeysModel::keyAt(int row) const
{
    return row >= 0 && row < m_keys.size() ? &m_keys.at(row) : nullptr;
}

int ApiKeysModel::rowOf(const QString& id) const
{
    for (int row = 0; row < m_keys.size(); ++row) {
        if (m_keys.at(row).id == id)
            return row;
    }
    return -1;
}

void ApiKeysModel::setOwnKeyId(const QString& id)
{
    if (id == m_ownKeyId)
        return;
    m_ownKeyId = id;
    if (!m_keys.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}
