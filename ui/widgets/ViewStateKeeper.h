#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

class QAbstractItemView;
class QHeaderView;
class QMainWindow;
class QSettings;
class QSplitter;

/**
 * Keeps what the user arranged across restarts (issue 22 item 7, issue 18 item 20): the main window's geometry and
 * state, its splitters' positions, and each table's column widths, order and sort (QHeaderView::saveState), in
 * QSettings under "viewState/" (layout only, never a secret).
 *
 * Applied from one place, the composition root: track() walks a widget tree after its pages are built, so pages
 * only need stable objectNames. A view is keyed by the objectNames from the window down to it and its column count,
 * so the Vast.ai and Spheron AI tables of one page keep their own states. Each change is written when it happens
 * (a page's views can go with its account at any time); the window's geometry when it closes.
 */
class ViewStateKeeper : public QObject
{
    Q_OBJECT

public:
    /** Restores @p window's geometry and state at once (call before it is shown). @p settings defaults to QSettings. */
    explicit ViewStateKeeper(QMainWindow* window, std::unique_ptr<QSettings> settings = {});
    ~ViewStateKeeper() override;

    /** Restores, then keeps, every splitter and named table or tree under @p root not tracked yet. */
    void track(QWidget* root);

    /** Whether @p view's columns came from the saved state: then it must not fit them to new contents itself. */
    static bool wasRestored(const QAbstractItemView* view);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void trackSplitter(QSplitter* splitter);
    void trackHeader(QAbstractItemView* view, QHeaderView* header);
    void saveWindow();
    QString pathOf(QWidget* widget) const;

    QPointer<QMainWindow> m_window;
    std::unique_ptr<QSettings> m_settings;
    QList<QPointer<QObject>> m_tracked;
};
