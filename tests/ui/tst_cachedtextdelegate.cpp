#include "DarkPalette.h"
#include "widgets/AppStyle.h"
#include "widgets/CachedTextDelegate.h"

#include <QDir>
#include <QFontDatabase>
#include <QHeaderView>
#include <QIcon>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTest>

#include <memory>

/**
 * CachedTextDelegate must paint exactly what QStyledItemDelegate paints (same pixels), and keep doing so after the
 * text, palette, font or column width changed: each test renders the same view with Qt's delegate and with the
 * caching one and compares the images.
 */
class tst_CachedTextDelegate : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QStandardItemModel> m_model;
    std::unique_ptr<QTableView> m_view;
    QStyledItemDelegate m_qtDelegate;
    CachedTextDelegate m_delegate;

    void addRow(const QStringList& texts)
    {
        QList<QStandardItem*> items;
        for (const QString& text : texts)
            items << new QStandardItem(text);
        m_model->appendRow(items);
    }

    /** The view's cells as painted by @p delegate. */
    QImage paintWith(QAbstractItemDelegate* delegate)
    {
        m_view->setItemDelegate(delegate);
        return m_view->viewport()->grab().toImage();
    }

    /** True when the caching delegate paints the view as Qt's does; saves both images when not. */
    bool paintsLikeQt(const char* what)
    {
        const QImage expected = paintWith(&m_qtDelegate);
        const QImage cached = paintWith(&m_delegate);
        const QImage again = paintWith(&m_delegate); // from the cache only
        if (cached == expected && again == expected)
            return true;
        const QString base = QDir::temp().filePath(QStringLiteral("tst_cachedtextdelegate-%1").arg(what));
        expected.save(base + QStringLiteral("-qt.png"));
        (cached == expected ? again : cached).save(base + QStringLiteral("-cached.png"));
        qWarning("%s: the cached paint differs from Qt's; see %s-*.png", what, qPrintable(base));
        return false;
    }

private slots:
    void init()
    {
        m_model = std::make_unique<QStandardItemModel>(0, 4);
        addRow({QStringLiteral("ada@workstation"), QStringLiteral("Ed25519"),
                QStringLiteral("SHA256:Zr3Xq7dXbF0lJc2kq9m1vQe8y0wP4sT6uH5nB7aL2cE"), QStringLiteral("12 days")});
        addRow({QStringLiteral("<b>not markup</b>"), QStringLiteral("RSA 4096"),
                QStringLiteral("SHA256:9fKq1mN3pR5tV7xZ2bD4fH6jL8nP0rT2vX4zB6dF8hJ"),
                QStringLiteral("371 days, rotate")});
        addRow({QStringLiteral("Ünïcödé — ключ 鍵"), QStringLiteral("ECDSA"), QString(), QStringLiteral("Unknown")});
        addRow({QStringLiteral("two\nlines"), QStringLiteral("Ed25519"), QStringLiteral("SHA256:short"),
                QStringLiteral("0 days")});
        // What the SSH key table sets: a monospace fingerprint, a greyed column, an icon, right-aligned numbers.
        QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        for (int row = 0; row < m_model->rowCount(); ++row) {
            m_model->item(row, 2)->setFont(mono);
            m_model->item(row, 1)->setForeground(QPalette().brush(QPalette::Disabled, QPalette::Text));
            m_model->item(row, 3)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        }
        m_model->item(1, 3)->setIcon(QIcon(QStringLiteral(":/icons/error.svg")));

        m_view = std::make_unique<QTableView>();
        m_view->setModel(m_model.get());
        m_view->setAlternatingRowColors(true);
        m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_view->setWordWrap(false);
        m_view->setTextElideMode(Qt::ElideMiddle);
        m_view->verticalHeader()->hide();
        m_view->resize(900, 200);
        m_view->horizontalHeader()->resizeSection(0, 200);
        m_view->horizontalHeader()->resizeSection(2, 420);
        m_view->horizontalHeader()->resizeSection(3, 160);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void cleanup()
    {
        m_view.reset();
        m_model.reset();
        m_delegate.clearCache();
    }

    void paintsLikeQtsDelegate()
    {
        QVERIFY(paintsLikeQt("light"));
        QVERIFY(m_delegate.cachedTextCount() > 0);
    }

    void keepsCachingUnderTheAppStyle()
    {
        // The application's style is a proxy (AppStyle) around Fusion: the delegate must see through it, or every
        // cell would be laid out on every paint again.
        AppStyle style(QStringLiteral("fusion"));
        m_view->setStyle(&style);
        QVERIFY(paintsLikeQt("app-style"));
        QVERIFY(m_delegate.cachedTextCount() > 0);
        m_view->setStyle(nullptr);
    }

    void paintsLikeQtsDelegateInADarkPalette()
    {
        m_view->setPalette(TestSupport::darkPalette());
        QVERIFY(paintsLikeQt("dark"));
    }

    void showsTheNewTextAfterARename()
    {
        QVERIFY(paintsLikeQt("before-rename"));
        const QImage before = paintWith(&m_delegate);
        m_model->item(0, 0)->setText(QStringLiteral("ada@laptop-renamed"));
        QVERIFY(paintsLikeQt("after-rename"));
        QVERIFY(paintWith(&m_delegate) != before);
    }

    void followsAPaletteChange()
    {
        QVERIFY(paintsLikeQt("palette-light"));
        const QImage light = paintWith(&m_delegate);
        m_view->setPalette(TestSupport::darkPalette());
        QVERIFY(paintsLikeQt("palette-dark"));
        QVERIFY(paintWith(&m_delegate) != light);
    }

    void followsAFontChange()
    {
        QVERIFY(paintsLikeQt("font-before"));
        const QImage before = paintWith(&m_delegate);
        QFont larger = m_view->font();
        larger.setPointSizeF(larger.pointSizeF() * 1.5);
        larger.setItalic(true);
        m_view->setFont(larger);
        QVERIFY(paintsLikeQt("font-after"));
        QVERIFY(paintWith(&m_delegate) != before);
    }

    void elidesWhenTheColumnIsNarrow()
    {
        QVERIFY(paintsLikeQt("wide"));
        // Narrow enough that Qt elides the fingerprints in the middle.
        const int narrow = 150;
        const QString fingerprint = m_model->item(0, 2)->text();
        QVERIFY(QFontMetrics(m_model->item(0, 2)->font()).horizontalAdvance(fingerprint) > narrow);
        m_view->horizontalHeader()->resizeSection(2, narrow);
        QVERIFY(paintsLikeQt("narrow"));
    }

    void paintsColumnsNarrowerThanTheirMarginsAsQtDoes()
    {
        m_view->horizontalHeader()->setMinimumSectionSize(1);
        for (int column = 0; column < m_model->columnCount(); ++column)
            m_view->horizontalHeader()->resizeSection(column, 3 + column * 4);
        QVERIFY(paintsLikeQt("tiny"));
    }

    void drawsTheSelection()
    {
        m_view->setFocus();
        m_view->selectRow(1);
        QVERIFY(paintsLikeQt("selected"));
        m_view->selectRow(2);
        QVERIFY(paintsLikeQt("selection-moved"));
    }

    void paintsWrappedTextAsQtDoes()
    {
        m_view->setWordWrap(true);
        m_view->verticalHeader()->setDefaultSectionSize(60);
        QVERIFY(paintsLikeQt("wrapped"));
    }

    void keepsTheCacheBounded()
    {
        m_model->removeRows(0, m_model->rowCount());
        const int rows = int(CachedTextDelegate::GenerationSize);
        for (int row = 0; row < rows; ++row)
            addRow({QStringLiteral("key %1").arg(row), QStringLiteral("Ed25519"),
                    QStringLiteral("SHA256:%1").arg(row * 7919), QStringLiteral("%1 days").arg(row)});
        m_view->setItemDelegate(&m_delegate);
        // Scroll through every row: four texts per row, far more than two generations hold.
        for (int row = 0; row < rows; row += 5) {
            m_view->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtTop);
            m_view->viewport()->grab();
        }
        QVERIFY(m_delegate.cachedTextCount() > 0);
        QVERIFY(m_delegate.cachedTextCount() <= 2 * CachedTextDelegate::GenerationSize);
        // Texts that left the cache are laid out again when they come back.
        m_view->scrollToTop();
        QVERIFY(paintsLikeQt("after-scrolling"));
    }
};

QTEST_MAIN(tst_CachedTextDelegate)
#include "tst_cachedtextdelegate.moc"
