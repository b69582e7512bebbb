#include "widgets/CachedTextDelegate.h"

#include "widgets/AppStyle.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QStyle>
#include <QTextLayout>
#include <QTextOption>

#include <utility>

namespace {

/** The one line of @p text laid out as QCommonStyle lays out item text: in @p width, with @p textOption. */
struct LaidOutLine
{
    QSizeF boundingSize;
    qreal naturalWidth = 0;
    qreal leading = 0;
};

LaidOutLine layOutLine(const QString& text, const QFont& font, const QTextOption& textOption, int width)
{
    QTextLayout layout(text, font);
    layout.setTextOption(textOption);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(width);
    line.setPosition(QPointF(0, 0));
    layout.endLayout();
    return {layout.boundingRect().size(), line.naturalTextWidth(), line.leading()};
}

} // namespace

CachedTextDelegate::CachedTextDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{ }

qsizetype CachedTextDelegate::cachedTextCount() const
{
    return m_current.size() + m_previous.size();
}

void CachedTextDelegate::clearCache()
{
    m_current.clear();
    m_previous.clear();
}

bool CachedTextDelegate::isCacheable(const QStyleOptionViewItem& option, const QStyle* style)
{
    // The styles whose CE_ItemViewItem is QCommonStyle's; any other may draw item text its own way.
    // Through AppStyle, and any other proxy, to the style that draws.
    const QStyle* drawing = AppStyle::unwrapped(style);
    const QString name = drawing ? drawing->name() : QString();
    if (name.compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0
        && name.compare(QLatin1String("windows"), Qt::CaseInsensitive) != 0)
        return false;
    // The text rectangle must not depend on the text: beside the decoration, QCommonStyle gives the text all the
    // space the check mark and decoration leave.
    if (option.decorationPosition != QStyleOptionViewItem::Left
        && option.decorationPosition != QStyleOptionViewItem::Right)
        return false;
    if ((option.features & QStyleOptionViewItem::WrapText) || (option.state & QStyle::State_Editing))
        return false;
    // The style draws the focus frame over the text (Fusion fills it translucently): the one current cell is
    // left to Qt rather than drawing the frame here too.
    if (option.state & QStyle::State_HasFocus)
        return false;
    // QStyledItemDelegate turns line breaks into line separators: more than one line is left to Qt.
    return !option.text.contains(QChar::LineSeparator) && !option.text.contains(QLatin1Char('\n'));
}

CachedTextDelegate::Entry CachedTextDelegate::layOut(const QStyleOptionViewItem& option, const QString& text,
                                                     const QSize& size)
{
    // What QCommonStylePrivate::viewItemDrawText and calculateElidedText compute before drawing one line (Qt 6.4),
    // once per cached text instead of on every paint.
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::ManualWrap);
    textOption.setTextDirection(option.direction);
    textOption.setAlignment(QStyle::visualAlignment(option.direction, option.displayAlignment));
    const LaidOutLine full = layOutLine(text, option.font, textOption, size.width());
    // Placed vertically by the full text's bounding box; the shown (maybe elided) text is aligned in the width.
    const QRect layoutRect = QStyle::alignedRect(Qt::LayoutDirectionAuto, option.displayAlignment,
                                                 full.boundingSize.toSize(), QRect(QPoint(0, 0), size));
    const QString shown = full.naturalWidth > size.width()
        ? QFontMetrics(option.font).elidedText(text, option.textElideMode, size.width())
        : text;
    const LaidOutLine drawn = shown == text ? full : layOutLine(shown, option.font, textOption, size.width());

    Entry entry;
    entry.text.setTextFormat(Qt::PlainText); // a comment such as "<b>laptop</b>" is text, not markup
    entry.text.setText(shown);
    entry.text.setTextOption(textOption);
    entry.text.setTextWidth(size.width());
    // QStaticText includes a positive leading above the baseline; Qt's item text does not.
    entry.offset = QPointF(0, layoutRect.top() - qMax<qreal>(0, drawn.leading));
    return entry;
}

const CachedTextDelegate::Entry& CachedTextDelegate::entryFor(const QStyleOptionViewItem& option, const QString& text,
                                                              const QSize& size) const
{
    Key key {text, option.font, size, int(option.displayAlignment), int(option.direction), int(option.textElideMode)};
    if (const auto found = m_current.constFind(key); found != m_current.cend())
        return *found;
    Entry entry;
    if (const auto old = m_previous.find(key); old != m_previous.end()) {
        entry = std::move(*old);
        m_previous.erase(old);
    } else {
        entry = layOut(option, text, size);
    }
    if (m_current.size() >= GenerationSize)
        m_previous = std::exchange(m_current, {});
    return *m_current.insert(std::move(key), std::move(entry));
}

void CachedTextDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget* widget = opt.widget;
    const QStyle* style = widget ? widget->style() : QApplication::style();
    if (!isCacheable(opt, style)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }

    // Without its text the item costs the style nothing to lay out: the text rectangle does not depend on it.
    const QString text = std::exchange(opt.text, QString());
    opt.features &= ~QStyleOptionViewItem::HasDisplay;
    // The text as QCommonStyle draws it (CE_ItemViewItem): inside the text rectangle less the focus frame margin.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect
        = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(margin, 0, -margin, 0);
    if (!text.isEmpty() && textRect.width() <= 0) {
        QStyledItemDelegate::paint(painter, option, index); // a column narrower than its margins: Qt's business
        return;
    }
    // Background, selection, check mark and decoration as the style draws them.
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (text.isEmpty())
        return;
    const Entry& entry = entryFor(opt, text, textRect.size());

    // In the text colour of the item's state, clipped to the cell.
    QPalette::ColorGroup group = (opt.state & QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(opt.state & QStyle::State_Active))
        group = QPalette::Inactive;
    painter->save();
    painter->setClipRect(opt.rect);
    painter->setPen(
        opt.palette.color(group, (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
    painter->setFont(opt.font);
    painter->drawStaticText(QPointF(textRect.topLeft()) + entry.offset, entry.text);
    painter->restore();
}
