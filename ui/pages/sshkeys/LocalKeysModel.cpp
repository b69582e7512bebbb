#include "pages/sshkeys/LocalKeysModel.h"
#include "widgets/PlainText.h"

#include <algorithm>

#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

LocalKeysModel::LocalKeysModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

int LocalKeysModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_localKeys.size());
}

int LocalKeysModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LocalKeysModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LocalKey& local = m_localKeys.at(index.row());
    const bool valid = local.isValid();
    const bool registered = m_isRegistered.value(index.row());

    switch (role) {
    case PathRole:
        return local.path;
    case RegisteredRole:
        return registered;
    case UploadableRole:
        return valid && !registered;
    case PublicKeyLineRole:
        return valid ? local.key.authorizedKeysLine() : QString();
    default:
        break;
    }

    switch (index.column()) {
    case FileColumn:
        if (role == Qt::DisplayRole)
            return QFileInfo(local.path).fileName();
        if (role == Qt::ToolTipRole)
            return PlainText::toolTip(QDir::toNativeSeparators(local.path));
        break;
    case TypeColumn:
        if (role == Qt::DisplayRole)
            return valid ? local.key.typeLabel() : tr("Unreadable");
        break;
    case FingerprintColumn:
        if (role == Qt::DisplayRole)
            return valid ? local.key.fingerprint() : local.errorMessage();
        if (role == Qt::ToolTipRole)
            return PlainText::toolTip(valid ? local.key.fingerprint() : local.errorMessage());
        if (role == Qt::FontRole && valid) {
            QFont mono(QStringLiteral("monospace"));
            mono.setStyleHint(QFont::Monospace);
            return mono;
        }
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole) {
            if (!valid)
                return tr("Cannot be used");
            return registered ? tr("Registered") : tr("Not registered");
        }
        if (role == Qt::ForegroundRole && registered)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        break;
    default:
        break;
    }
    return {};
}

QVariant LocalKeysModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FileColumn:
        return tr("File");
    case TypeColumn:
        return tr("Type");
    case FingerprintColumn:
        return tr("Fingerprint");
    case StatusColumn:
        return tr("Account");
    default:
        return {};
    }
}

namespace {

/** The same file with the same contents, as far as the table shows it. */
bool sameLocalKey(const LocalKey& a, const LocalKey& b)
{
    return a.path == b.path && a.modified == b.modified && a.readError == b.readError
        && a.hasPrivateKey == b.hasPrivateKey && a.key.isValid() == b.key.isValid()
        && a.key.authorizedKeysLine() == b.key.authorizedKeysLine() && a.key.errorMessage() == b.key.errorMessage();
}

} // namespace

void LocalKeysModel::setLocalKeys(const QList<LocalKey>& localKeys)
{
    // Every reload of the page scans ~/.ssh again; an unchanged folder is no reason to reset the table (a reset
    // repaints it and measures its columns again).
    if (std::equal(localKeys.cbegin(), localKeys.cend(), m_localKeys.cbegin(), m_localKeys.cend(), sameLocalKey))
        return;
    beginResetModel();
    m_localKeys = localKeys;
    updateRegistered();
    endResetModel();
}

void LocalKeysModel::setRegisteredKeys(const QList<SshKey>& keys)
{
    m_registered = keys;
    const QList<bool> before = m_isRegistered;
    updateRegistered();
    // Only rows whose state flips: the list arrives with every reload of the page, mostly changing nothing here.
    for (int row = 0; row < m_isRegistered.size(); ++row) {
        if (m_isRegistered.at(row) != before.value(row))
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void LocalKeysModel::updateRegistered()
{
    // Thousands of registered keys against a few local ones: split each registered line once, without a parse
    // (PublicKey::identityFields), and compare it with every local key.
    m_isRegistered.fill(false, m_localKeys.size());
    for (const SshKey& key : std::as_const(m_registered)) {
        const auto fields = PublicKey::identityFields(key.publicKey);
        for (qsizetype i = 0; i < m_localKeys.size(); ++i) {
            if (m_localKeys.at(i).isValid() && m_localKeys.at(i).key.hasIdentity(fields))
                m_isRegistered[i] = true;
        }
    }
}

LocalKey LocalKeysModel::localKeyAt(int row) const
{
    return row >= 0 && row < m_localKeys.size() ? m_localKeys.at(row) : LocalKey();
}

bool LocalKeysModel::isRegistered(int row) const
{
    return m_isRegistered.value(row);
}

QString LocalKeysModel::suggestedName(int row) const
{
    const LocalKey local = localKeyAt(row);
    if (!local.key.comment().isEmpty())
        return local.key.comment();
    return QFileInfo(local.path).completeBaseName();
}
