#pragma once

#include "providers/Dto.h"
#include "ssh/LocalKeys.h"
#include "ssh/PublicKey.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

#include <optional>

/**
 * The SSH keys registered with an account, one row per key: name (or comment), type, SHA256 fingerprint
 * computed locally from the key text (the server's is unreliable: spheron-api.md §2.1), date added, age and
 * whether a matching `.pub` file exists on this computer.
 */
class SshKeysModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, FingerprintColumn, AddedColumn, AgeColumn, LocalColumn, ColumnCount };

    enum Role {
        KeyIdRole = Qt::UserRole + 1, ///< the provider's id (QString)
        SortRole, ///< a value that sorts naturally (dates as QDateTime, text lower-cased)
        PublicKeyLineRole, ///< the OpenSSH line to copy (QString)
        FingerprintRole, ///< "SHA256:…" or empty when the key text is unreadable
        StaleRole, ///< true when older than StaleAfterDays
        HasLocalCopyRole, ///< true when a `.pub` with the same key blob exists locally
    };

    /** Keys older than this many days are flagged for rotation. */
    static constexpr int StaleAfterDays = 90;

    explicit SshKeysModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** Replaces every row (a reset: the list comes back whole from the server). */
    void setKeys(const QList<SshKey>& keys);
    /** The `.pub` files found locally; only used to mark keys with no local counterpart. */
    void setLocalKeys(const QList<LocalKey>& localKeys);
    /** Ages are computed against this time; an invalid value means "now" (test seam). */
    void setReferenceTime(const QDateTime& now);

    const QList<SshKey>& keys() const { return m_keys; }
    SshKey keyAt(int row) const;
    /** The parsed form of row @p row's key text (invalid when the server holds garbage). */
    PublicKey publicKeyAt(int row) const;
    /** The row of the key with provider id @p id, or -1. */
    int rowOfId(const QString& id) const;
    /** The row of a registered key with the same type and blob as @p key (comments ignored), or -1. */
    int rowOfKey(const PublicKey& key) const;
    /** A user-facing label for row @p row: the name, else the comment, else the fingerprint. */
    QString labelAt(int row) const;
    /** Whole days since @p row's key was added; nullopt when the server gave no date. */
    std::optional<int> ageInDays(int row) const;
    bool isStale(int row) const;
    int staleCount() const;

private:
    struct Row
    {
        SshKey key;
        PublicKey parsed;
        bool hasLocalCopy = false;
    };

    void updateLocalFlags();
    QDateTime now() const;

    QList<SshKey> m_keys;
    QList<Row> m_rows;
    QList<LocalKey> m_localKeys;
    QDateTime m_referenceTime;
};
