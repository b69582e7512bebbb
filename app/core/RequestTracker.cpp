#include "core/RequestTracker.h"

RequestTracker::RequestTracker(QObject* parent)
    : QObject(parent)
{ }

// The contexts are children: deleting them with this object aborts what is still under way.
RequestTracker::~RequestTracker() = default;

QObject* RequestTracker::start(OnReplace onReplace)
{
    const bool wasBusy = isBusy();
    QObject* context = add({}, onReplace);
    notify(wasBusy);
    return context;
}

QObject* RequestTracker::replacing(const QString& kind, OnReplace onReplace)
{
    const bool wasBusy = isBusy();
    if (QObject* older = m_byKind.value(kind))
        remove(older, true);
    QObject* context = add(kind, onReplace);
    notify(wasBusy);
    return context;
}

bool RequestTracker::cancel(const QString& kind)
{
    QObject* context = m_byKind.value(kind);
    if (!context)
        return false;
    const bool wasBusy = isBusy();
    remove(context, true);
    notify(wasBusy);
    return true;
}

void RequestTracker::cancelAll()
{
    const bool wasBusy = isBusy();
    const QSet<QObject*> all = m_requests;
    for (QObject* context : all)
        remove(context, true);
    notify(wasBusy);
}

bool RequestTracker::isRunning(const QString& kind) const
{
    return m_byKind.contains(kind);
}

bool RequestTracker::finish(QObject* context)
{
    if (m_stale.remove(context)) {
        context->deleteLater();
        return false;
    }
    if (!m_requests.contains(context))
        return false;
    const bool wasBusy = isBusy();
    remove(context, false);
    notify(wasBusy);
    return true;
}

void RequestTracker::hold(bool busy)
{
    const bool wasBusy = isBusy();
    m_holds = qMax(0, m_holds + (busy ? 1 : -1));
    notify(wasBusy);
}

QObject* RequestTracker::add(const QString& kind, OnReplace onReplace)
{
    auto* context = new QObject(this);
    m_requests.insert(context);
    if (onReplace == OnReplace::LetFinish)
        m_letFinish.insert(context);
    if (!kind.isEmpty())
        m_byKind.insert(kind, context);
    return context;
}

void RequestTracker::remove(QObject* context, bool abort)
{
    m_requests.remove(context);
    const bool letFinish = m_letFinish.remove(context);
    for (auto it = m_byKind.begin(); it != m_byKind.end(); ++it) {
        if (it.value() == context) {
            m_byKind.erase(it);
            break;
        }
    }
    if (abort && letFinish)
        m_stale.insert(context); // its callback still comes, and learns from finish() that it is stale
    else if (abort)
        delete context; // the provider aborts the call and never runs its callback
    else
        context->deleteLater(); // the callback that ends it is still running with it
}

void RequestTracker::notify(bool wasBusy)
{
    if (wasBusy != isBusy())
        emit busyChanged(isBusy());
}
