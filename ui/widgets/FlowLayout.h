#pragma once

#include <QLayout>
#include <QList>

class QBoxLayout;

/**
 * A row of controls that wraps onto more lines when the width is short, instead of squeezing them until their text
 * is cut (issue 18 item 21: at 800×600 the German SSH Keys toolbar read "ssel hinzufüg"). An expanding spacer keeps
 * its meaning: the controls after it go to the right end of their line.
 */
class FlowLayout : public QLayout
{
    Q_OBJECT

public:
    explicit FlowLayout(QWidget* parent = nullptr);
    ~FlowLayout() override;

    /**
     * Moves the items of @p row (a horizontal box made by a .ui file) into a new FlowLayout that takes its place in
     * its parent layout, and deletes @p row. Returns the new layout.
     */
    static FlowLayout* replace(QBoxLayout* row);

    void addItem(QLayoutItem* item) override;
    int count() const override;
    QLayoutItem* itemAt(int index) const override;
    QLayoutItem* takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;

private:
    /** Lays the items out in @p rect (or only measures when @p apply is false); returns the height used. */
    int arrange(const QRect& rect, bool apply) const;
    int horizontalGap() const;
    int verticalGap() const;

    QList<QLayoutItem*> m_items;
};
