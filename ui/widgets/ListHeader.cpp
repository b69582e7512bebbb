#include "widgets/ListHeader.h"

#include "widgets/StatefulView.h"

#include <QHeaderView>
#include <QLabel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTreeView>

#include <algorithm>

namespace {

const char* const kChipProperty = "keydeckCountChip";

/** A tree's rows follow its delegate's size hint; this one keeps the height and lets the width be measured. */
class UniformRowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(ListHeader::rowHeight(option.widget));
        return size;
    }
};

} // namespace

namespace ListHeader {

void styleTitle(QLabel* title)
{
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    title->setFont(font);
}

void styleCountChip(QLabel* chip)
{
    chip->setTextFormat(Qt::PlainText);
    chip->setProperty(kChipProperty, true);
    chip->setStyleSheet(QStringLiteral("QLabel { border: 1px solid palette(mid); border-radius: 9px; padding: 1px 8px;"
                                       " background: palette(alternate-base); }"));
}

void bindCountChip(QLabel* chip, StatefulView* view)
{
    const auto follow = [chip, view] {
        const StatefulView::State state = view->state();
        chip->setVisible(state == StatefulView::State::Content || state == StatefulView::State::Empty);
    };
    QObject::connect(view, &QStackedWidget::currentChanged, chip, follow);
    follow();
}

bool isCountChip(const QLabel* label)
{
    return label && label->property(kChipProperty).toBool();
}

int rowHeight(const QWidget* view)
{
    // The text, or a 16-pixel icon, with room above and below: the spaced rows of the SSH Keys table, which users
    // read most.
    const int content = std::max(view ? view->fontMetrics().height() : 16, 16);
    return content + 12;
}

void uniformRows(QAbstractItemView* view)
{
    const int height = rowHeight(view);
    if (auto* table = qobject_cast<QTableView*>(view)) {
        table->verticalHeader()->setMinimumSectionSize(height);
        table->verticalHeader()->setDefaultSectionSize(height);
        table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        return;
    }
    if (auto* tree = qobject_cast<QTreeView*>(view)) {
        tree->setUniformRowHeights(true);
        // Only the default delegate is replaced: a page's own delegate keeps its own sizes.
        if (qstrcmp(tree->itemDelegate()->metaObject()->className(), "QStyledItemDelegate") == 0)
            tree->setItemDelegate(new UniformRowDelegate(tree));
    }
}

} // namespace ListHeader
