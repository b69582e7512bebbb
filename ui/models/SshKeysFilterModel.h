#pragma once

#include <QSortFilterProxyModel>

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
    QString m_needle; // m_text trimmed and case-folded
};
