#pragma once

#include <QFont>
#include <QHash>
#include <QPointF>
#include <QSize>
#include <QStaticText>
#include <QString>
#include <QStyledItemDelegate>

class QStyle;

/**
 * A QStyledItemDelegate that keeps each cell's laid-out text (a QStaticText) from one paint to the next.
 *
 * Qt's delegate lays the text of every cell out anew on every paint: QCommonStyle measures it for the item layout,
 * shapes it again to draw it and once more to elide it, which was most of the cost of repainting the SSH key table
 * (docs/PERFORMANCE.md). The cache is keyed by everything the laid-out text depends on (the text, font, space,
 * alignment, direction and elide mode), so a renamed key, another font or a narrower column finds no stale entry;
 * colours are applied when painting, so a palette change (light to dark) needs none either.
 *
 * Background, selection, decoration and focus frame are still drawn by the style. The text is drawn the way
 * QCommonStyle draws it, so this is used only for styles that leave item text to QCommonStyle (Fusion, Windows);
 * with any other style, and for wrapped or multi-line text, the current (focused) cell or a cell being edited,
 * QStyledItemDelegate paints.
 */
class CachedTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit CachedTextDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    /** How many laid-out texts are kept (test seam). */
    qsizetype cachedTextCount() const;
    /** Drops every laid-out text. */
    void clearCache();

    /**
     * Texts per cache generation: when the newer generation is full, the older one is dropped. A screen of the
     * key table is some 150 cells, so a few screens stay cached while scrolling back and forth, in well under a
     * megabyte (a laid-out cell text is a few hundred bytes of glyphs and positions).
     */
    static constexpr qsizetype GenerationSize = 512;

private:
    struct Key
    {
        QString text;
        QFont font;
        QSize size; ///< the text rectangle, without the style's text margins
        int alignment = 0;
        int direction = 0;
        int elideMode = 0;

        friend bool operator==(const Key& a, const Key& b) = default;
        friend size_t qHash(const Key& key, size_t seed = 0)
        {
            return qHashMulti(seed, key.text, key.font, key.size, key.alignment, key.direction, key.elideMode);
        }
    };

    struct Entry
    {
        QStaticText text; ///< the text as shown (elided when it does not fit)
        QPointF offset; ///< where to draw it, from the top left of the text rectangle
    };

    /** Whether this cell can be drawn from the cache with @p style, as QCommonStyle would draw it. */
    static bool isCacheable(const QStyleOptionViewItem& option, const QStyle* style);
    static Entry layOut(const QStyleOptionViewItem& option, const QString& text, const QSize& size);
    const Entry& entryFor(const QStyleOptionViewItem& option, const QString& text, const QSize& size) const;

    // Two generations, so that the texts on screen survive the older ones being dropped.
    mutable QHash<Key, Entry> m_current;
    mutable QHash<Key, Entry> m_previous;
};
