#include "widgets/WrappedLabel.h"

#include <QTextDocument>

WrappedLabel::WrappedLabel(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
}

WrappedLabel::WrappedLabel(const QString& text, QWidget* parent)
    : QLabel(text, parent)
{
    setWordWrap(true);
}

WrappedLabel::Key WrappedLabel::currentKey() const
{
    return {
        text(),       font(),       contentsMargins(),      margin(), indent(),          frameWidth(),  alignment(),
        wordWrap(),   textFormat(), textInteractionFlags(), buddy(),  layoutDirection(), minimumSize(), maximumSize(),
        logicalDpiY()};
}

int WrappedLabel::heightForWidth(int width) const
{
    const bool richText = textFormat() == Qt::RichText || textFormat() == Qt::MarkdownText
        || (textFormat() == Qt::AutoText && Qt::mightBeRichText(text()));
    if (richText || !pixmap().isNull() || text().isEmpty())
        return QLabel::heightForWidth(width);

    Key key = currentKey();
    if (!(key == m_key)) {
        m_key = std::move(key);
        m_count = 0;
        m_next = 0;
    }
    for (int i = 0; i < m_count; ++i) {
        if (m_heights[i].width() == width)
            return m_heights[i].height();
    }
    const int height = QLabel::heightForWidth(width);
    ++m_measurements;
    m_heights[m_next] = QSize(width, height);
    m_next = (m_next + 1) % Remembered;
    m_count = qMin(m_count + 1, Remembered);
    return height;
}
