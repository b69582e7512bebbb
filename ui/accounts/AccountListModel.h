#pragma once

#include <QAbstractListModel>
#include <QStringList>

class AccountsRegistry;

/**
 * The accounts sidebar's model: one row per account, sorted by label, with the provider and where its key
 * lives. Editing the display text renames the account in the registry.
 */
class AccountListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        SubtitleRole, ///< "Vast.ai · key in the keychain" / "Spheron AI · key in memory only"
        MemoryOnlyRole,
        DemoRole,
    };

    explicit AccountListModel(AccountsRegistry* registry, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    /** The row of account @p id, or an invalid index. */
    QModelIndex indexOf(const QString& id) const;

    /** Accounts listed here carry a "Demo" tag (the demo mode's sandbox accounts). */
    void setDemoAccountIds(const QStringList& ids);

private:
    void reload();

    AccountsRegistry* m_registry;
    QStringList m_ids;
    QStringList m_demoIds;
};
