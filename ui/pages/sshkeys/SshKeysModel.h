#pragma once

#include "pages/sshkeys/SshKeyRowText.h"
#include "pages/sshkeys/SshKeysSearchTexts.h"
#include "providers/Dto.h"
#include "ssh/LocalKeys.h"
#include "ssh/PublicKey.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QStringMatcher>

#include <limits>
#include <optional>

class SshKeysIdleParser;

/**
 * The SSH keys registered with an account, one row per key: name (or comment), type, SHA256 fingerprint
 * computed locally from the key text (the server's is unreliable: docs/api/spheron.md §2.1), date added, age and
 * whether a matching `.pub` file exists on this computer.
 *
 * Built for accounts with thousands of keys (docs/PERFORMANCE.md): a new list is merged into the rows (only
 * added, removed and changed keys signal), the full parse of each key text (libssh import and re-export, a few
 * microseconds per key) happens on first use and in idle-time slices, and sorting and filtering read cached
 * values instead of formatting every cell (SshKeysFilterModel).
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

    /**
     * Takes the list as the server returned it. Keys are matched to the current rows by id: unchanged rows stay
     * (with their selection and parse), removed and added keys are removed and inserted, changed ones signal
     * dataChanged. When most of the list is new (another account or team) the model is reset instead.
     */
    void setKeys(const QList<SshKey>& keys);
    /** The `.pub` files found locally; only used to mark keys with no local counterpart. */
    void setLocalKeys(const QList<LocalKey>& localKeys);
    /** Ages are computed against this time; an invalid value means "now" (test seam). */
    void setReferenceTime(const QDateTime& now);

    /** The rows' keys, in row order. */
    QList<SshKey> keys() const;
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

    /** Whether row @p left sorts before row @p right by @p column; what SortRole gives, without QVariants. */
    bool lessThan(int left, int right, int column) const;
    /**
     * Whether row @p row matches @p needle (case-folded): a substring of its name, comment, type, fingerprint or
     * local-copy state, the words the table shows. An empty needle matches every row.
     */
    bool matches(int row, const QStringMatcher& needle) const;
    /** True once every row's key text has been parsed (test seam for the idle-time parse). */
    bool isFullyParsed() const;

signals:
    /** Emitted when the idle-time parse of a new list has reached its last row. */
    void fullyParsed();

private:
    struct Row
    {
        SshKey key;
        qint64 createdMs = std::numeric_limits<qint64>::min(); ///< no date sorts first, as an invalid QDateTime
        int ageDays = -1; ///< -1: no date from the server
        bool hasLocalCopy = false;
        mutable QString searchText; ///< SshKeyRowText::searchTextOf(key): made with the row, or by m_searchTexts
        mutable std::optional<SshKeyRowText> parsed; ///< built on first use or by m_idleParser
        mutable QString addedText; ///< the localised date, formatted on first display (it reads the time zone)
    };

    /** @p searchText false: m_searchTexts makes it (a long list's reset). */
    Row makeRow(const SshKey& key, qint64 nowMs, bool searchText = true) const;
    const SshKeyRowText& parsedAt(int row) const;
    const QString& localText(bool hasLocalCopy) const { return hasLocalCopy ? m_localYes : m_localNo; }
    bool hasLocalCopy(const SshKey& key) const;
    /** Recomputes every age against now(); returns true when one changed. */
    bool updateAges();
    void resetTo(const QList<SshKey>& keys);
    QDateTime now() const;

    // The local-copy column's two texts, and their case-folded forms for matches().
    const QString m_localYes;
    const QString m_localNo;
    const QString m_localYesFolded;
    const QString m_localNoFolded;
    QList<Row> m_rows;
    QList<LocalKey> m_localKeys;
    QDateTime m_referenceTime;
    SshKeysIdleParser* m_idleParser;
    /** A long list's search texts, made on a worker after a reset; installed before any use of them. */
    mutable SshKeysSearchTexts m_searchTexts;
    void installSearchTexts() const;
};
