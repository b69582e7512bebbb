#include "widgets/ViewStateKeeper.h"

#include <QEvent>
#include <QHeaderView>
#include <QMainWindow>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>

namespace {

const QString kWindowGeometry = QStringLiteral("viewState/window/geometry");
const QString kWindowState = QStringLiteral("viewState/window/state");
const char* const kRestoredProperty = "keydeckViewStateRestored";

/** The header that holds a view's columns: a table's horizontal one, a tree's only one. */
QHeaderView* columnsHeader(QAbstractItemView* view)
{
    if (auto* table = qobject_cast<QTableView*>(view))
        return table->horizontalHeader();
    if (auto* tree = qobject_cast<QTreeView*>(view))
        return tree->header();
    return nullptr;
}

} // namespace

ViewStateKeeper::ViewStateKeeper(QMainWindow* window, std::unique_ptr<QSettings> settings)
    : m_window(window)
    , m_settings(settings ? std::move(settings) : std::make_unique<QSettings>())
{
    window->restoreGeometry(m_settings->value(kWindowGeometry).toByteArray());
    window->restoreState(m_settings->value(kWindowState).toByteArray());
    window->installEventFilter(this);
}

ViewStateKeeper::~ViewStateKeeper()
{
    if (m_window)
        saveWindow();
    m_settings->sync();
}

void ViewStateKeeper::track(QWidget* root)
{
    // Forget what has gone (a closed account's pages), so that the list does not grow with every account opened.
    m_tracked.removeAll(nullptr);
    const QList<QSplitter*> splitters = root->findChildren<QSplitter*>();
    for (QSplitter* splitter : splitters)
        trackSplitter(splitter);
    const QList<QAbstractItemView*> views = root->findChildren<QAbstractItemView*>();
    for (QAbstractItemView* view : views) {
        if (QHeaderView* header = columnsHeader(view))
            trackHeader(view, header);
    }
}

bool ViewStateKeeper::wasRestored(const QAbstractItemView* view)
{
    return view->property(kRestoredProperty).toBool();
}

bool ViewStateKeeper::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::Close)
        saveWindow();
    return QObject::eventFilter(watched, event);
}

void ViewStateKeeper::trackSplitter(QSplitter* splitter)
{
    if (splitter->objectName().isEmpty() || m_tracked.contains(splitter))
        return;
    m_tracked.append(splitter);
    const QString key = QStringLiteral("viewState/splitters/%1").arg(pathOf(splitter));
    splitter->restoreState(m_settings->value(key).toByteArray());
    connect(splitter, &QSplitter::splitterMoved, this,
            [this, splitter, key] { m_settings->setValue(key, splitter->saveState()); });
}

void ViewStateKeeper::trackHeader(QAbstractItemView* view, QHeaderView* header)
{
    if (view->objectName().isEmpty() || m_tracked.contains(header))
        return;
    m_tracked.append(header);
    // The column count is part of the key: a state saved for other columns would not fit.
    const QString key = QStringLiteral("viewState/headers/%1-%2").arg(pathOf(view)).arg(header->count());
    const QByteArray saved = m_settings->value(key).toByteArray();
    // restoreState() also re-sorts a sorting view by the restored indicator (tst_viewstatekeeper checks the rows).
    if (!saved.isEmpty() && header->restoreState(saved))
        view->setProperty(kRestoredProperty, true);
    const auto save = [this, header, key] {
        const QByteArray state = header->saveState();
        if (m_settings->value(key).toByteArray() != state)
            m_settings->setValue(key, state);
    };
    connect(header, &QHeaderView::sectionResized, this, save);
    connect(header, &QHeaderView::sectionMoved, this, save);
    connect(header, &QHeaderView::sortIndicatorChanged, this, save);
}

void ViewStateKeeper::saveWindow()
{
    m_settings->setValue(kWindowGeometry, m_window->saveGeometry());
    m_settings->setValue(kWindowState, m_window->saveState());
}

QString ViewStateKeeper::pathOf(QWidget* widget) const
{
    // The names the code gives, from the window down; Qt's own inner widgets (qt_…) are left out.
    QStringList names;
    for (QWidget* w = widget; w && w != m_window; w = w->parentWidget()) {
        const QString name = w->objectName();
        if (!name.isEmpty() && !name.startsWith(QLatin1String("qt_")))
            names.prepend(name);
    }
    return names.join(QLatin1Char('.'));
}
