#pragma once

#include "providers/Dto.h"

#include <QAbstractTableModel>
#include <QList>

/** The Vast.ai account's API keys as listed by GET /auth/apikeys/; marks the key Keydeck itself uses. */
class ApiKeysModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { IdColumn, NameColumn, PermissionsColumn, TeamColumn, CreatedColumn, ColumnCount };
    enum Role { KeyIdRole = Qt::UserRole + 1, IsOwnKeyRole };

    explicit ApiKeysModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setKeys(const QList<ApiKeyInfo>& keys);
    const QList<ApiKeyInfo>& keys() const { return m_keys; }
    /** The key at @p row, or nullptr. */
    const ApiKeyInfo* keyAt(int row) const;
    /** The row of key @p id, or -1. */
    int rowOf(const QString& id) const;

    /** The id of the key Keydeck authenticates with, when known (empty otherwise). */
    void setOwnKeyId(const QString& id);
    QString ownKeyId() const { return m_ownKeyId; }

private:
    QList<ApiKeyInfo> m_keys;
    QString m_ownKeyId;
};
