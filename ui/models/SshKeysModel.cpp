#include "models/SshKeysModel.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QIcon>
#include <QLocale>
#include <QPalette>

SshKeysModel::SshKeysModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

int SshKeysModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SshKeysModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QDateTime SshKeysModel::now() const
{
    return m_referenceTime.isValid() ? m_referenceTime : QDateTime::currentDateTimeUtc();
}

std::optional<int> SshKeysModel::ageInDays(int row) const
{
    if (row < 0 || row >= m_rows.size() || !m_rows.at(row).key.createdAt.isValid())
        return std::nullopt;
    return int(qMax<qint64>(0, m_rows.at(row).key.createdAt.secsTo(now()) / 86400));
}

bool SshKeysModel::isStale(int row) const
{
    const auto age = ageInDays(row);
    return age && *age > StaleAfterDays;
}

int SshKeysModel::staleCount() const
{
    int count = 0;
    for (int row = 0; row < m_rows.size(); ++row)
        count += isStale(row) ? 1 : 0;
    return count;
}

QString SshKeysModel::labelAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const Row& r = m_rows.at(row);
    if (!r.key.name.trimmed().isEmpty())
        return r.key.name.trimmed();
    if (!r.parsed.comment().isEmpty())
        return r.parsed.comment();
    if (r.parsed.isValid())
        return r.parsed.fingerprint();
    return tr("Key %1").arg(r.key.id);
}

QVariant SshKeysModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows.at(index.row());
    const bool valid = r.parsed.isValid();
    const auto age = ageInDays(index.row());
    const bool stale = age && *age > StaleAfterDays;

    switch (role) {
    case KeyIdRole:
        return r.key.id;
    case PublicKeyLineRole:
        return valid ? r.parsed.authorizedKeysLine() : r.key.publicKey.trimmed();
    case FingerprintRole:
        return valid ? r.parsed.fingerprint() : QString();
    case StaleRole:
        return stale;
    case HasLocalCopyRole:
        return r.hasLocalCopy;
    default:
        break;
    }

    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return labelAt(index.row());
        if (role == SortRole)
            return labelAt(index.row()).toLower();
        if (role == Qt::ToolTipRole && !r.parsed.comment().isEmpty())
            return tr("Comment: %1").arg(r.parsed.comment());
        break;
    case TypeColumn:
        if (role == Qt::DisplayRole || role == SortRole) {
            if (!valid)
                return tr("Unreadable");
            // RSA sizes vary and matter (under 3072 bits is weak); fixed-size types need no number.
            return r.parsed.type() == QLatin1String("ssh-rsa")
                ? tr("%1 %2").arg(r.parsed.typeLabel()).arg(r.parsed.bits())
                : r.parsed.typeLabel();
        }
        if (role == Qt::ToolTipRole)
            return valid ? r.parsed.type() : r.parsed.errorMessage();
        break;
    case FingerprintColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return valid ? r.parsed.fingerprint() : tr("The server holds text that is not a valid public key.");
        if (role == Qt::ToolTipRole)
            return valid ? r.parsed.fingerprint() : r.parsed.errorMessage();
        if (role == Qt::FontRole && valid) {
            QFont mono(QStringLiteral("monospace"));
            mono.setStyleHint(QFont::Monospace);
            return mono;
        }
        break;
    case AddedColumn:
        if (role == Qt::DisplayRole)
            return r.key.createdAt.isValid()
                ? QLocale().toString(r.key.createdAt.toLocalTime().date(), QLocale::ShortFormat)
                : tr("Unknown");
        if (role == SortRole)
            return r.key.createdAt;
        if (role == Qt::ToolTipRole && r.key.createdAt.isValid())
            return QLocale().toString(r.key.createdAt.toLocalTime(), QLocale::LongFormat);
        break;
    case AgeColumn:
        if (role == Qt::DisplayRole) {
            if (!age)
                return tr("Unknown");
            return stale ? tr("%n day(s), rotate", nullptr, *age) : tr("%n day(s)", nullptr, *age);
        }
        if (role == SortRole)
            return age ? *age : -1;
        if (role == Qt::ToolTipRole && stale)
            return tr("This key is older than %n day(s). Consider rotating it: generate a new key, upload it, then "
                      "delete this one.",
                      nullptr, StaleAfterDays);
        if (role == Qt::DecorationRole && stale) {
            // One icon for every row: building a QIcon from an SVG resource per call stats and parses it each
            // time, once per stale row on every size measurement and paint (docs/PERFORMANCE.md).
            static const QIcon staleIcon(QStringLiteral(":/icons/error.svg"));
            return staleIcon;
        }
        if (role == Qt::AccessibleDescriptionRole && stale)
            return tr("Older than %n day(s).", nullptr, StaleAfterDays);
        break;
    case LocalColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return r.hasLocalCopy ? tr("On this computer") : tr("No local copy");
        if (role == Qt::ToolTipRole)
            return r.hasLocalCopy ? tr("A matching .pub file exists in your SSH folder.")
                                  : tr("No .pub file in your SSH folder holds this key. It may belong to another "
                                       "computer, or the key pair was removed.");
        if (role == Qt::ForegroundRole && !r.hasLocalCopy)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        break;
    default:
        break;
    }
    return {};
}

QVariant SshKeysModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case FingerprintColumn:
        return tr("Fingerprint");
    case AddedColumn:
        return tr("Added");
    case AgeColumn:
        return tr("Age");
    case LocalColumn:
        return tr("This computer");
    default:
        return {};
    }
}

void SshKeysModel::setKeys(const QList<SshKey>& keys)
{
    beginResetModel();
    m_keys = keys;
    m_rows.clear();
    m_rows.reserve(keys.size());
    for (const SshKey& key : keys)
        m_rows.append(Row {key, PublicKey::parse(key.publicKey), false});
    updateLocalFlags();
    endResetModel();
}

void SshKeysModel::setLocalKeys(const QList<LocalKey>& localKeys)
{
    m_localKeys = localKeys;
    updateLocalFlags();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void SshKeysModel::setReferenceTime(const QDateTime& now)
{
    m_referenceTime = now;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void SshKeysModel::updateLocalFlags()
{
    for (Row& row : m_rows) {
        row.hasLocalCopy = false;
        for (const LocalKey& local : std::as_const(m_localKeys)) {
            if (local.isValid() && local.key.sameKeyAs(row.parsed)) {
                row.hasLocalCopy = true;
                break;
            }
        }
    }
}

SshKey SshKeysModel::keyAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).key : SshKey();
}

PublicKey SshKeysModel::publicKeyAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).parsed : PublicKey();
}

int SshKeysModel::rowOfId(const QString& id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).key.id == id)
            return row;
    }
    return -1;
}

int SshKeysModel::rowOfKey(const PublicKey& key) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).parsed.sameKeyAs(key))
            return row;
    }
    return -1;
}
