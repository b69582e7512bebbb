#pragma once

#include <QStatusBar>

/**
 * A status bar whose message ends in "…" before the permanent widgets (the Demo and Memory only badges) instead of
 * being cut under them mid-letter (issue 18 item 21). The whole message stays currentMessage() and becomes the
 * tooltip while it is shortened.
 */
class ElidingStatusBar : public QStatusBar
{
    Q_OBJECT

public:
    explicit ElidingStatusBar(QWidget* parent = nullptr);

    /** The message as painted: shortened to messageRect(). */
    QString shownMessage() const;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    /** Where the message goes: left of the first visible permanent widget (or the size grip), less a gap. */
    QRect messageRect() const;
    void updateToolTip();
};
