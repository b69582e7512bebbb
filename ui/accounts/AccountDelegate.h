#pragma once

#include <QStyledItemDelegate>

/** Paints a sidebar account as two lines: the label, and the provider with where its key lives. */
class AccountDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    /** An empty name is refused (renameRefused()); the account keeps its name. */
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

signals:
    /** F2 with an empty name: the account is still called @p name. */
    void renameRefused(const QString& name) const;
};
