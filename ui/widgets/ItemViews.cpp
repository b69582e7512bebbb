#include "widgets/ItemViews.h"

#include <QAbstractItemView>
#include <QChildEvent>
#include <QEvent>
#include <QObject>
#include <QPointer>

namespace {

void leaveByTab(QObject* object)
{
    if (auto* view = qobject_cast<QAbstractItemView*>(object))
        view->setTabKeyNavigation(false);
    for (QAbstractItemView* view : object->findChildren<QAbstractItemView*>())
        view->setTabKeyNavigation(false);
}

/**
 * Applies the rule again to views added after the call (a panel built on demand): when a direct child is polished
 * and each time the root is shown, the whole subtree is walked (cheap: a page holds a handful of views).
 */
class TabWatcher : public QObject
{
public:
    /** Found by name: the class has no Q_OBJECT, so findChild<TabWatcher*> would take any child for one (UB). */
    static QString name() { return QStringLiteral("keydeckTabWatcher"); }

    explicit TabWatcher(QWidget* root)
        : QObject(root)
    {
        setObjectName(name());
        root->installEventFilter(this);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::ChildPolished || event->type() == QEvent::Show)
            leaveByTab(watched);
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

namespace ItemViews {

void tabBetweenControls(QWidget* root)
{
    if (!root)
        return;
    leaveByTab(root);
    if (!root->findChild<QObject*>(TabWatcher::name(), Qt::FindDirectChildrenOnly))
        new TabWatcher(root);
}

} // namespace ItemViews
