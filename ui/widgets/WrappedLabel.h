#pragma once

#include <QFont>
#include <QLabel>
#include <QMargins>
#include <QSize>

#include <array>

/**
 * A word-wrapping QLabel that remembers its height for the last few widths.
 *
 * QLabel lays its text out anew (shaping included) on every heightForWidth(); while a window settles, its layouts
 * ask the same label for the same width again and again (QWidgetItem::minimumHeightForWidth is not cached): before
 * Keydeck's first paint, 42 calls for three labels, a tenth of start-up (docs/PERFORMANCE.md). The remembered
 * heights are keyed by everything QLabel's own measure reads (text, font, margins, indent, frame, alignment,
 * interaction, buddy, size limits, direction, DPI), so any change measures again. Rich text is left to QLabel.
 */
class WrappedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit WrappedLabel(QWidget* parent = nullptr);
    explicit WrappedLabel(const QString& text, QWidget* parent = nullptr);

    int heightForWidth(int width) const override;

    /** How many heights were measured by QLabel rather than remembered (test seam). */
    int measurements() const { return m_measurements; }

private:
    struct Key
    {
        QString text;
        QFont font;
        QMargins contentsMargins;
        int margin = 0;
        int indent = 0;
        int frameWidth = 0;
        Qt::Alignment alignment;
        bool wordWrap = false;
        Qt::TextFormat textFormat = Qt::AutoText;
        Qt::TextInteractionFlags interaction; // selectable text is laid out by a text document
        const QWidget* buddy = nullptr; // with a buddy, '&' marks a mnemonic
        Qt::LayoutDirection direction = Qt::LeftToRight;
        QSize minimumSize;
        QSize maximumSize;
        int logicalDpi = 0;

        bool operator==(const Key&) const = default;
    };

    Key currentKey() const;

    static constexpr int Remembered = 4;
    mutable Key m_key;
    mutable std::array<QSize, Remembered> m_heights {}; // (width, height)
    mutable int m_count = 0;
    mutable int m_next = 0;
    mutable int m_measurements = 0;
};
