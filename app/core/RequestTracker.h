#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <utility>

/**
 * Busy state and "a newer request replaces this one" for one page, dialog or controller: the one way Keydeck
 * tracks the provider calls a view is waiting for (issue 17).
 *
 * Every provider call takes a context object and never calls back once it is destroyed (ConsoleProvider). A request
 * started here gets such a context: start() for a call that runs to its end, replacing() for one that a newer call
 * of the same kind supersedes (a list refreshed while it loads: the older call is aborted and its callback never
 * runs). The callback is wrapped by done(), which ends the request before the view's own code runs, so the view
 * is no longer busy when it shows the result. hold() counts work outside this tracker (a dialog's own request).
 */
class RequestTracker : public QObject
{
    Q_OBJECT

public:
    explicit RequestTracker(QObject* parent = nullptr);
    ~RequestTracker() override;

    /** A request that runs to its end; pass the returned object as the provider call's context. */
    QObject* start();
    /**
     * A request of kind @p kind: an earlier one of the same kind still under way is aborted (its callback never
     * runs) and no longer counts as busy.
     */
    QObject* replacing(const QString& kind);
    /** Aborts the request of kind @p kind, if one is under way; true when there was one. */
    bool cancel(const QString& kind);
    /** Aborts every request (the view is going away or starting over). */
    void cancelAll();
    /** True while a request of kind @p kind is under way. */
    bool isRunning(const QString& kind) const;

    /** Ends the request of @p context: call it first thing in the callback (done() does). */
    void finish(QObject* context);
    /** Wraps @p callback so that it ends the request of @p context before it runs. */
    template <typename Callback>
    auto done(QObject* context, Callback callback)
    {
        return [this, guard = QPointer<RequestTracker>(this), context,
                callback = std::move(callback)](auto&&... args) mutable {
            if (guard)
                finish(context);
            callback(std::forward<decltype(args)>(args)...);
        };
    }

    /** Counts (true) or stops counting (false) work done elsewhere, e.g. a dialog's busyChanged(). */
    void hold(bool busy);

    bool isBusy() const { return !m_requests.isEmpty() || m_holds > 0; }

signals:
    /** The view became busy, or stopped being busy. */
    void busyChanged(bool busy);

private:
    QObject* add(const QString& kind);
    void remove(QObject* context, bool destroy);
    void notify(bool wasBusy);

    QSet<QObject*> m_requests;
    QHash<QString, QObject*> m_byKind;
    int m_holds = 0;
};
