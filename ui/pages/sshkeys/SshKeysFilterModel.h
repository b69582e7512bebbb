#pragma once

#include <QList>
#include <QSortFilterProxyModel>
#include <QStringMatcher>

class SshKeysModel;

/**
 * Sorts and filters an SshKeysModel from the values the model caches per row, instead of QSortFilterProxyModel's
 * default of formatting every cell of every column as a QVariant: with 10,000 keys that made each keystroke in
 * the filter take tens of milliseconds (docs/PERFORMANCE.md).
 */
class SshKeysFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SshKeysFilterModel(SshKeysModel* source, QObject* parent = nullptr);

    /** Shows only the keys whose name, comment, type, fingerprint or local-copy state contains @p text. */
    void setFilterText(const QString& text);
    QString filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    /** Above this many rows shown or hidden at once, the filter is applied as one layout change. */
    static constexpr qsizetype ManyRowsChanged = 256;

    SshKeysModel* m_source;
    QString m_text;
    QStringMatcher m_needle; // m_text trimmed and case-folded
    // Whether each source row matches m_needle, from the pass setFilterText() makes anyway; dropped as soon as
    // the source changes (connected before the proxy's own handlers, so it is never read stale).
    QList<bool> m_matches;
};
