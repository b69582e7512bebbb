#include "widgets/FlowLayout.h"

#include <QBoxLayout>
#include <QStyle>
#include <QWidget>

#include <algorithm>
#include <utility>

namespace {

bool isSpacer(QLayoutItem* item)
{
    return item->spacerItem() != nullptr;
}

} // namespace

FlowLayout::FlowLayout(QWidget* parent)
    : QLayout(parent)
{ }

FlowLayout::~FlowLayout()
{
    while (QLayoutItem* item = takeAt(0))
        delete item;
}

FlowLayout* FlowLayout::replace(QBoxLayout* row)
{
    auto* parentLayout = qobject_cast<QBoxLayout*>(row->parent());
    auto* flow = new FlowLayout;
    flow->setObjectName(row->objectName());
    flow->setContentsMargins(row->contentsMargins());
    flow->setSpacing(row->spacing());
    while (QLayoutItem* item = row->takeAt(0))
        flow->addItem(item);
    const int index = parentLayout ? parentLayout->indexOf(row) : -1;
    if (parentLayout && index >= 0) {
        parentLayout->removeItem(row);
        parentLayout->insertLayout(index, flow);
    }
    delete row;
    return flow;
}

void FlowLayout::addItem(QLayoutItem* item)
{
    m_items.append(item);
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem* FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem* FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    QLayoutItem* item = m_items.takeAt(index);
    invalidate();
    return item;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // As narrow as the widest control: the rest wraps.
    QSize size;
    for (QLayoutItem* item : m_items) {
        if (!item->isEmpty() && !isSpacer(item))
            size = size.expandedTo(item->minimumSize());
    }
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // One line, as the box it replaces asked for.
    int width = 0;
    int height = 0;
    int shown = 0;
    for (QLayoutItem* item : m_items) {
        if (item->isEmpty() || isSpacer(item))
            continue;
        width += item->sizeHint().width();
        height = std::max(height, item->sizeHint().height());
        ++shown;
    }
    width += std::max(0, shown - 1) * horizontalGap();
    const QMargins margins = contentsMargins();
    return {width + margins.left() + margins.right(), height + margins.top() + margins.bottom()};
}

void FlowLayout::setGeometry(const QRect& rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::horizontalGap() const
{
    if (spacing() >= 0)
        return spacing();
    QWidget* owner = parentWidget();
    return owner ? owner->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, owner) : 6;
}

int FlowLayout::verticalGap() const
{
    if (spacing() >= 0)
        return spacing();
    QWidget* owner = parentWidget();
    return owner ? owner->style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing, nullptr, owner) : 6;
}

int FlowLayout::arrange(const QRect& rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int gap = horizontalGap();
    struct Line
    {
        QList<QLayoutItem*> items;
        int width = 0; // of the controls and the gaps between them
        int height = 0;
        int spacerAt = -1; // the controls from here on go to the right end
    };
    QList<Line> lines(1);
    bool spacerPending = false;
    for (QLayoutItem* item : m_items) {
        if (item->isEmpty())
            continue;
        if (isSpacer(item)) {
            spacerPending = spacerPending || (item->expandingDirections() & Qt::Horizontal);
            continue;
        }
        Line* line = &lines.last();
        const int width = std::min(item->sizeHint().width(), area.width());
        const int needed = line->items.isEmpty() ? width : line->width + gap + width;
        if (!line->items.isEmpty() && needed > area.width()) {
            lines.append(Line {});
            line = &lines.last();
        }
        if (std::exchange(spacerPending, false))
            line->spacerAt = int(line->items.size());
        line->width += (line->items.isEmpty() ? 0 : gap) + width;
        line->height = std::max(line->height, item->sizeHint().height());
        line->items.append(item);
    }
    const int vertical = contentsMargins().top() + contentsMargins().bottom();
    if (lines.first().items.isEmpty())
        return vertical;
    int y = area.top();
    for (const Line& line : lines) {
        if (apply) {
            int x = area.left();
            for (int i = 0; i < line.items.size(); ++i) {
                QLayoutItem* item = line.items.at(i);
                if (i == line.spacerAt)
                    x = std::max(x, area.left() + area.width() - line.width + (x - area.left()));
                const int width = std::min(item->sizeHint().width(), area.width());
                item->setGeometry(
                    QStyle::visualRect(parentWidget() ? parentWidget()->layoutDirection() : Qt::LeftToRight, area,
                                       QRect(x, y, width, line.height)));
                x += width + gap;
            }
        }
        y += line.height + verticalGap();
    }
    return y - verticalGap() - area.top() + vertical;
}
