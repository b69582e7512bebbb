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
 *
 * A request whose callback must run even when it is replaced or cancelled (it made something that must then be
 * undone, such as an account saved while the user went back) is started with OnReplace::LetFinish: it stops
 * counting as busy at once, and its callback learns from finish() that it is no longer current.
 */
class RequestTracker : public QObject
{
    Q_OBJECT

public:
    /** What replacing or cancelling a request does to it. */
    enum class OnReplace {
        Abort, ///< its context is destroyed: the provider aborts the call and never runs its callback
        LetFinish, ///< its callback still runs, and finish() tells it that it is no longer current
    };

    explicit RequestTracker(QObject* parent = nullptr);
    ~RequestTracker() override;

    /** A request that runs to its end; pass the returned object as the provider call's context. */
    QObject* start(OnReplace onReplace = OnReplace::Abort);
    /**
     * A request of kind @p kind: an earlier one of the same kind still under way is aborted (its callback never
     * runs) and no longer counts as busy.
     */
    QObject* replacing(const QString& kind, OnReplace onReplace = OnReplace::Abort);
    /** Aborts the request of kind @p kind, if one is under way; true when there was one. */
    bool cancel(const QString& kind);
    /** Aborts every request (the view is going away or starting over). */
    void cancelAll();
    /** True while a request of kind @p kind is under way. */
    bool isRunning(const QString& kind) const;

    /**
     * Ends the request of @p context: call it first thing in the callback (done() does). Returns false when the
     * request was replaced or cancelled meanwhile (only an OnReplace::LetFinish request still calls back then).
     */
    bool finish(QObject* context);
    /** True while the request of @p context counts: started, and neither finished, replaced nor cancelled. */
    bool isCurrent(QObject* context) const { return m_requests.contains(context); }
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
    QObject* add(const QString& kind, OnReplace onReplace);
    /** Stops counting @p context; an Abort request is destroyed when @p abort, a LetFinish one becomes stale. */
    void remove(QObject* context, bool abort);
    void notify(bool wasBusy);

    QSet<QObject*> m_requests;
    QSet<QObject*> m_letFinish; ///< current requests started with OnReplace::LetFinish
    QSet<QObject*> m_stale; ///< LetFinish requests replaced or cancelled, whose callbacks are still to come
    QHash<QString, QObject*> m_byKind;
    int m_holds = 0;
};
