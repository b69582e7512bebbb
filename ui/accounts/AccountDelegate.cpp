#include "accounts/AccountDelegate.h"

#include "accounts/AccountListModel.h"

#include <QApplication>
#include <QLineEdit>
#include <QPainter>

namespace {
constexpr int kPadding = 6;

QFont subtitleFont(const QFont& base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.9);
    return font;
}
} // namespace

void AccountDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear();
    QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QRect area = opt.rect.adjusted(kPadding, kPadding / 2, -kPadding, -kPadding / 2);
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    QFont titleFont = opt.font;
    titleFont.setBold(true);
    const QFontMetrics titleMetrics(titleFont);
    const QFont smallFont = subtitleFont(opt.font);

    painter->save();
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setFont(titleFont);
    QRect titleRect = area;
    titleRect.setHeight(titleMetrics.height());
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      titleMetrics.elidedText(title, Qt::ElideRight, titleRect.width()));

    painter->setFont(smallFont);
    const QFontMetrics smallMetrics(smallFont);
    QColor subtitleColor = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
    painter->setPen(subtitleColor);
    QRect subtitleRect = area;
    subtitleRect.setTop(titleRect.bottom() + 2);
    subtitleRect.setHeight(smallMetrics.height());
    const QString subtitle = index.data(AccountListModel::SubtitleRole).toString();
    painter->drawText(subtitleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(subtitle, Qt::ElideRight, subtitleRect.width()));
    painter->restore();
}

QSize AccountDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QFont titleFont = option.font;
    titleFont.setBold(true);
    const int height
        = QFontMetrics(titleFont).height() + QFontMetrics(subtitleFont(option.font)).height() + 2 + kPadding;
    // No width of its own: a row is as wide as the list shows, and a long name elides there instead of widening the
    // row under the scroll bar (issue 18 item 18).
    Q_UNUSED(index);
    return {0, height};
}

void AccountDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    const auto* line = qobject_cast<QLineEdit*>(editor);
    if (line && line->text().trimmed().isEmpty()) {
        emit renameRefused(index.data(Qt::DisplayRole).toString());
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}
