#include "pages/sshkeys/SshKeysModel.h"

#include "core/LocaleFormat.h"
#include "pages/sshkeys/SshKeysIdleParser.h"
#include "widgets/PlainText.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QHash>
#include <QIcon>
#include <QLocale>
#include <QPalette>

#include <limits>

namespace {

constexpr qint64 MsPerDay = 24 * 60 * 60 * 1000;

/** More added and removed keys than this is another list (account or team): a reset costs less than row signals. */
bool isWholesaleChange(qsizetype changed, qsizetype rows)
{
    return changed > qMax<qsizetype>(64, rows / 4);
}

bool sameKey(const SshKey& a, const SshKey& b)
{
    return a.id == b.id && a.name == b.name && a.publicKey == b.publicKey && a.createdAt == b.createdAt
        && a.teamId == b.teamId && a.serverFingerprint == b.serverFingerprint;
}

} // namespace

SshKeysModel::SshKeysModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_localYes(tr("On this computer"))
    , m_localNo(tr("No local copy"))
    , m_localYesFolded(m_localYes.toCaseFolded())
    , m_localNoFolded(m_localNo.toCaseFolded())
    , m_idleParser(
          new SshKeysIdleParser([this] { return m_rows.size(); }, [this](qsizetype row) { parsedAt(int(row)); }, this))
{
    connect(m_idleParser, &SshKeysIdleParser::finished, this, &SshKeysModel::fullyParsed);
}

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

const SshKeyRowText& SshKeysModel::parsedAt(int row) const
{
    const Row& r = m_rows.at(row);
    if (!r.parsed)
        r.parsed = SshKeyRowText::fromKey(r.key);
    return *r.parsed;
}

bool SshKeysModel::hasLocalCopy(const SshKey& key) const
{
    // A few local keys against thousands of listed ones: compare the line's words, no parse
    // (PublicKey::identityFields).
    if (m_localKeys.isEmpty())
        return false;
    const auto fields = PublicKey::identityFields(key.publicKey);
    return std::any_of(m_localKeys.cbegin(), m_localKeys.cend(),
                       [&fields](const LocalKey& local) { return local.key.hasIdentity(fields); });
}

SshKeysModel::Row SshKeysModel::makeRow(const SshKey& key, qint64 nowMs, bool searchText) const
{
    Row row;
    row.key = key;
    if (key.createdAt.isValid()) {
        row.createdMs = key.createdAt.toMSecsSinceEpoch();
        row.ageDays = int(qMax<qint64>(0, nowMs - row.createdMs) / MsPerDay);
    }
    row.hasLocalCopy = hasLocalCopy(key);
    if (searchText)
        row.searchText = SshKeyRowText::searchTextOf(key);
    return row;
}

bool SshKeysModel::updateAges()
{
    const qint64 nowMs = now().toMSecsSinceEpoch();
    bool changed = false;
    for (Row& row : m_rows) {
        if (row.ageDays < 0)
            continue;
        const int age = int(qMax<qint64>(0, nowMs - row.createdMs) / MsPerDay);
        changed = changed || age != row.ageDays;
        row.ageDays = age;
    }
    return changed;
}

std::optional<int> SshKeysModel::ageInDays(int row) const
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).ageDays < 0)
        return std::nullopt;
    return m_rows.at(row).ageDays;
}

bool SshKeysModel::isStale(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).ageDays > StaleAfterDays;
}

int SshKeysModel::staleCount() const
{
    return int(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row& row) { return row.ageDays > StaleAfterDays; }));
}

QString SshKeysModel::labelAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    return parsedAt(row).label;
}

QVariant SshKeysModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows.at(index.row());
    const bool stale = r.ageDays > StaleAfterDays;

    switch (role) {
    case KeyIdRole:
        return r.key.id;
    case PublicKeyLineRole: {
        // What PublicKey::authorizedKeysLine() gives: a valid key's words are canonical, its comment sanitised.
        const SshKeyRowText& p = parsedAt(index.row());
        if (!p.valid)
            return r.key.publicKey.trimmed();
        const QString identity = PublicKey::identityOf(r.key.publicKey);
        return p.comment.isEmpty() ? identity : identity + u' ' + p.comment;
    }
    case FingerprintRole:
        return parsedAt(index.row()).fingerprint;
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
            return parsedAt(index.row()).label;
        if (role == SortRole)
            return parsedAt(index.row()).label.toLower();
        if (role == Qt::ToolTipRole && !parsedAt(index.row()).comment.isEmpty())
            return PlainText::toolTip(tr("Comment: %1").arg(parsedAt(index.row()).comment));
        break;
    case TypeColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return parsedAt(index.row()).typeText;
        if (role == Qt::ToolTipRole) {
            // Parsed again for the one cell under the pointer: the table keeps only what it shows.
            const PublicKey key = PublicKey::parse(r.key.publicKey);
            return PlainText::toolTip(key.isValid() ? key.type() : key.errorMessage());
        }
        break;
    case FingerprintColumn: {
        if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole && role != Qt::FontRole)
            break;
        const SshKeyRowText& p = parsedAt(index.row());
        const bool valid = p.valid;
        if (role == Qt::DisplayRole || role == SortRole)
            return p.fingerprintText();
        if (role == Qt::ToolTipRole)
            return PlainText::toolTip(valid ? p.fingerprint : PublicKey::parse(r.key.publicKey).errorMessage());
        if (role == Qt::FontRole && valid) {
            // One font for every cell: resolving a new QFont per cell showed in every paint with many keys.
            static const QFont mono = [] {
                QFont font(QStringLiteral("monospace"));
                font.setStyleHint(QFont::Monospace);
                return font;
            }();
            return mono;
        }
        break;
    }
    case AddedColumn:
        if (role == Qt::DisplayRole) {
            if (!r.key.createdAt.isValid())
                return tr("Unknown");
            // Formatted once per row and only for rows shown: the local-time conversion reads the time zone
            // (a stat of /etc/localtime per call in glibc), which made filtering 10,000 keys slow.
            if (r.addedText.isEmpty())
                r.addedText = LocaleFormat::date(r.key.createdAt.toLocalTime().date(), QLocale::ShortFormat);
            return r.addedText;
        }
        if (role == SortRole)
            return r.key.createdAt;
        if (role == Qt::ToolTipRole && r.key.createdAt.isValid())
            return LocaleFormat::dateTime(r.key.createdAt, QLocale::LongFormat);
        break;
    case AgeColumn:
        if (role == Qt::DisplayRole) {
            if (r.ageDays < 0)
                return tr("Unknown");
            if (r.ageDays == 0)
                return tr("today"); // not "0 days" (issue 18 item 24)
            return stale ? tr("%n day(s), rotate", nullptr, r.ageDays) : tr("%n day(s)", nullptr, r.ageDays);
        }
        if (role == SortRole)
            return r.ageDays;
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
            return localText(r.hasLocalCopy);
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

bool SshKeysModel::lessThan(int left, int right, int column) const
{
    const Row& a = m_rows.at(left);
    const Row& b = m_rows.at(right);
    switch (column) {
    case NameColumn:
        return QString::compare(parsedAt(left).label, parsedAt(right).label, Qt::CaseInsensitive) < 0;
    case TypeColumn:
        return QString::compare(parsedAt(left).typeText, parsedAt(right).typeText, Qt::CaseInsensitive) < 0;
    case FingerprintColumn:
        return QString::compare(parsedAt(left).fingerprintText(), parsedAt(right).fingerprintText(),
                                Qt::CaseInsensitive)
            < 0;
    case AddedColumn:
        return a.createdMs < b.createdMs;
    case AgeColumn:
        return a.ageDays < b.ageDays;
    case LocalColumn:
        // Alphabetical by the words shown, as SortRole gives.
        return a.hasLocalCopy != b.hasLocalCopy
            && QString::compare(localText(a.hasLocalCopy), localText(b.hasLocalCopy), Qt::CaseInsensitive) < 0;
    default:
        return false;
    }
}

void SshKeysModel::installSearchTexts() const
{
    if (!m_searchTexts.pending())
        return;
    const QList<QString> texts = m_searchTexts.take();
    for (qsizetype i = 0; i < m_rows.size() && i < texts.size(); ++i)
        m_rows[i].searchText = texts.at(i);
}

bool SshKeysModel::matches(int row, const QStringMatcher& needle) const
{
    installSearchTexts();
    // A QStringMatcher keeps its skip table; QString::contains() would build one per row.
    if (needle.pattern().isEmpty() || needle.indexIn(m_rows.at(row).searchText) >= 0)
        return true;
    return needle.indexIn(m_rows.at(row).hasLocalCopy ? m_localYesFolded : m_localNoFolded) >= 0;
}

bool SshKeysModel::isFullyParsed() const
{
    return std::all_of(m_rows.cbegin(), m_rows.cend(), [](const Row& row) { return row.parsed.has_value(); });
}

void SshKeysModel::resetTo(const QList<SshKey>& keys)
{
    const qint64 nowMs = now().toMSecsSinceEpoch();
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(keys.size());
    const bool async = keys.size() >= SshKeysSearchTexts::AsyncFrom;
    if (!async)
        m_searchTexts.discard(); // an older list's texts are not these rows'
    for (const SshKey& key : keys)
        m_rows.append(makeRow(key, nowMs, !async));
    if (async)
        m_searchTexts.start(keys);
    endResetModel();
}

void SshKeysModel::setKeys(const QList<SshKey>& keys)
{
    installSearchTexts(); // before rows move: the texts go by row number
    QHash<QString, qsizetype> incoming;
    incoming.reserve(keys.size());
    for (qsizetype i = 0; i < keys.size(); ++i)
        incoming.insert(keys.at(i).id, i);

    // Which rows go, and which keys they keep.
    QList<int> removed;
    QList<bool> kept(keys.size(), false);
    qsizetype keptCount = 0;
    for (int row = 0; row < m_rows.size(); ++row) {
        const qsizetype i = incoming.value(m_rows.at(row).key.id, -1);
        if (i < 0) {
            removed.append(row);
        } else {
            kept[i] = true;
            ++keptCount;
        }
    }
    const qsizetype added = keys.size() - keptCount;
    // Duplicate ids (a broken server) leave nothing to merge by.
    if (m_rows.isEmpty() || keys.isEmpty() || incoming.size() != keys.size()
        || isWholesaleChange(removed.size() + added, m_rows.size())) {
        resetTo(keys);
        m_idleParser->restart();
        return;
    }

    // Removed runs from the end backwards, so that the row numbers before each run stay valid.
    for (qsizetype i = removed.size() - 1; i >= 0;) {
        const int last = removed.at(i);
        int first = last;
        while (i > 0 && removed.at(i - 1) == first - 1)
            first = removed.at(--i);
        --i;
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
    }
    const qint64 nowMs = now().toMSecsSinceEpoch();
    bool changed = !removed.isEmpty() || added > 0;
    for (int row = 0; row < m_rows.size(); ++row) {
        const SshKey& fresh = keys.at(incoming.value(m_rows.at(row).key.id));
        if (!sameKey(fresh, m_rows.at(row).key)) {
            m_rows[row] = makeRow(fresh, nowMs);
            changed = true;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    if (added > 0) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added) - 1);
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (!kept.at(i))
                m_rows.append(makeRow(keys.at(i), nowMs));
        }
        endInsertRows();
    }
    // A day may have passed since the last list.
    if (updateAges() && !m_rows.isEmpty())
        emit dataChanged(index(0, AgeColumn), index(int(m_rows.size()) - 1, AgeColumn));
    if (changed)
        m_idleParser->restart();
}

QList<SshKey> SshKeysModel::keys() const
{
    QList<SshKey> keys;
    keys.reserve(m_rows.size());
    for (const Row& row : m_rows)
        keys.append(row.key);
    return keys;
}

void SshKeysModel::setLocalKeys(const QList<LocalKey>& localKeys)
{
    m_localKeys.clear();
    for (const LocalKey& local : localKeys) {
        if (local.isValid())
            m_localKeys.append(local);
    }
    // Only the rows whose flag flips signal: a whole-table dataChanged makes the sorting proxy re-check every row.
    for (int row = 0; row < m_rows.size(); ++row) {
        const bool local = hasLocalCopy(m_rows.at(row).key);
        if (local != m_rows.at(row).hasLocalCopy) {
            m_rows[row].hasLocalCopy = local;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

void SshKeysModel::setReferenceTime(const QDateTime& now)
{
    m_referenceTime = now;
    if (updateAges() && !m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

SshKey SshKeysModel::keyAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).key : SshKey();
}

PublicKey SshKeysModel::publicKeyAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? PublicKey::parse(m_rows.at(row).key.publicKey) : PublicKey();
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
        if (key.hasIdentityOf(m_rows.at(row).key.publicKey))
            return row;
    }
    return -1;
}
