#pragma once

#include "providers/Dto.h"
#include "ssh/LocalKeys.h"

#include <QAbstractTableModel>
#include <QList>

/**
 * The `.pub` files in `~/.ssh` on this computer, with their fingerprints and whether each one is registered with
 * the account (matched by key blob, not by comment or file name).
 */
class LocalKeysModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FileColumn, TypeColumn, FingerprintColumn, StatusColumn, ColumnCount };

    enum Role {
        PathRole = Qt::UserRole + 1, ///< the file's absolute path
        RegisteredRole, ///< true when the account has a key with the same blob
        UploadableRole, ///< valid and not registered yet
        PublicKeyLineRole, ///< the key line to upload (empty when the file is invalid)
    };

    explicit LocalKeysModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setLocalKeys(const QList<LocalKey>& localKeys);
    /** The account's keys; rows whose blob matches one are marked registered. */
    void setRegisteredKeys(const QList<SshKey>& keys);

    LocalKey localKeyAt(int row) const;
    bool isRegistered(int row) const;
    /** A default account name for row @p row's key: its comment, else its file name. */
    QString suggestedName(int row) const;

private:
    void updateRegistered();

    QList<LocalKey> m_localKeys;
    QList<SshKey> m_registered;
    QList<bool> m_isRegistered;
};
