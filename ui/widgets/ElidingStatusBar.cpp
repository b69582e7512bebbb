#include "widgets/ElidingStatusBar.h"

#include "widgets/PlainText.h"

#include <QPainter>
#include <QSizeGrip>
#include <QStyleOption>

#include <algorithm>

namespace {

/** Space kept free between the message's last letter and the first badge. */
constexpr int BadgeGap = 8;

} // namespace

ElidingStatusBar::ElidingStatusBar(QWidget* parent)
    : QStatusBar(parent)
{
    connect(this, &QStatusBar::messageChanged, this, &ElidingStatusBar::updateToolTip);
}

QRect ElidingStatusBar::messageRect() const
{
    // As QStatusBar places its message (6 px from the start, 12 from the end), but ending before every visible
    // widget: a message hides the normal widgets, so the ones still shown are the permanent ones and the size grip.
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    int left = 6;
    int right = width() - 12;
    for (const QWidget* child : findChildren<QWidget*>(Qt::FindDirectChildrenOnly)) {
        if (!child->isVisible())
            continue;
        if (rtl)
            left = std::max(left, child->geometry().right() + 1 + BadgeGap);
        else
            right = std::min(right, child->x() - BadgeGap);
    }
    return {left, 0, std::max(0, right - left), height()};
}

QString ElidingStatusBar::shownMessage() const
{
    return fontMetrics().elidedText(currentMessage(), Qt::ElideRight, messageRect().width());
}

void ElidingStatusBar::paintEvent(QPaintEvent* event)
{
    const QString message = currentMessage();
    if (message.isEmpty()) {
        QStatusBar::paintEvent(event);
        return;
    }
    // QStatusBar::paintEvent, with the message shortened.
    QPainter painter(this);
    QStyleOption option;
    option.initFrom(this);
    style()->drawPrimitive(QStyle::PE_PanelStatusBar, &option, &painter, this);
    for (QWidget* child : findChildren<QWidget*>(Qt::FindDirectChildrenOnly)) {
        if (!child->isVisible() || qobject_cast<QSizeGrip*>(child))
            continue;
        QStyleOption frame;
        frame.rect = child->geometry().adjusted(-2, -1, 2, 1);
        frame.palette = palette();
        frame.state = QStyle::State_None;
        style()->drawPrimitive(QStyle::PE_FrameStatusBarItem, &frame, &painter, child);
    }
    painter.setPen(palette().windowText().color());
    painter.drawText(messageRect(), Qt::AlignLeading | Qt::AlignVCenter | Qt::TextSingleLine, shownMessage());
}

void ElidingStatusBar::resizeEvent(QResizeEvent* event)
{
    QStatusBar::resizeEvent(event);
    updateToolTip();
}

void ElidingStatusBar::updateToolTip()
{
    const QString message = currentMessage();
    // Messages carry key, team and device names: shown literally (docs/SECURITY.md, "Foreign text is plain text").
    setToolTip(shownMessage() != message ? PlainText::toolTip(message) : QString());
}
