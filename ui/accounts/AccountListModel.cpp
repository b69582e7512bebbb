#include "accounts/AccountListModel.h"

#include "secrets/Account.h"
#include "secrets/AccountsRegistry.h"
#include "widgets/PlainText.h"

AccountListModel::AccountListModel(AccountsRegistry* registry, QObject* parent)
    : QAbstractListModel(parent)
    , m_registry(registry)
{
    reload();
    connect(m_registry, &AccountsRegistry::accountAdded, this, &AccountListModel::reload);
    connect(m_registry, &AccountsRegistry::accountRemoved, this, &AccountListModel::reload);
    connect(m_registry, &AccountsRegistry::accountChanged, this, [this](const QString& id) {
        const QModelIndex index = indexOf(id);
        // A rename can change the sort order, so only an unchanged order is a plain dataChanged.
        QStringList ids;
        for (const Account& account : m_registry->accounts())
            ids.append(account.id);
        if (index.isValid() && ids == m_ids)
            emit dataChanged(index, index);
        else // after the view has closed a rename's editor: a reset under it logs and loses the editor (issue 18)
            QMetaObject::invokeMethod(this, &AccountListModel::reload, Qt::QueuedConnection);
    });
}

int AccountListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

QVariant AccountListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto account = m_registry->find(m_ids.at(index.row()));
    if (!account)
        return {};
    const bool memoryOnly = account->storage == Account::Storage::MemoryOnly;
    const bool demo = m_demoIds.contains(account->id);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return account->label;
    case IdRole:
        return account->id;
    case MemoryOnlyRole:
        return memoryOnly;
    case DemoRole:
        return demo;
    case SubtitleRole: {
        const QString provider = Providers::displayName(account->provider);
        if (demo)
            return tr("%1 · local demo").arg(provider);
        return memoryOnly ? tr("%1 · key in memory only").arg(provider) : tr("%1 · key in the keychain").arg(provider);
    }
    case Qt::ToolTipRole:
        // The whole name too: a long one is elided in the row (issue 18 item 18).
        return PlainText::toolTip(tr("%1: %2 account at %3")
                                      .arg(account->label, Providers::displayName(account->provider),
                                           account->effectiveBaseUrl().toDisplayString()));
    case Qt::AccessibleDescriptionRole:
        return tr("%1 account at %2")
            .arg(Providers::displayName(account->provider), account->effectiveBaseUrl().toDisplayString());
    default:
        return {};
    }
}

bool AccountListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString label = value.toString().trimmed();
    if (label.isEmpty())
        return false; // keep the old name rather than an unnamed account
    return m_registry->rename(m_ids.at(index.row()), label);
}

Qt::ItemFlags AccountListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

QModelIndex AccountListModel::indexOf(const QString& id) const
{
    const int row = int(m_ids.indexOf(id));
    return row < 0 ? QModelIndex() : index(row);
}

void AccountListModel::setDemoAccountIds(const QStringList& ids)
{
    m_demoIds = ids;
    if (!m_ids.isEmpty())
        emit dataChanged(index(0), index(int(m_ids.size()) - 1));
}

void AccountListModel::reload()
{
    beginResetModel();
    m_ids.clear();
    for (const Account& account : m_registry->accounts())
        m_ids.append(account.id);
    endResetModel();
}
