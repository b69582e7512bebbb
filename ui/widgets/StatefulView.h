#pragma once

#include <QStackedWidget>
#include <QTimer>

#include <chrono>

class ApiError;
class EmptyStateWidget;
class QLabel;
class QProgressBar;

/**
 * Holds a page's content and the states around it: loading, empty and error. Every list in Keydeck
 * shows one of these four, so the wording and look of "nothing here", "working" and "failed" stay consistent.
 */
class StatefulView : public QStackedWidget
{
    Q_OBJECT

public:
    enum class State { Content, Loading, Empty, Error };
    Q_ENUM(State)

    explicit StatefulView(QWidget* parent = nullptr);

    /** The widget shown in the Content state; the view takes ownership. */
    void setContentWidget(QWidget* content);

    State state() const;

    void showContent();
    /** An indeterminate progress bar with @p message (e.g. "Loading SSH keys…"). */
    void showLoading(const QString& message);
    void showEmpty(const QString& title, const QString& description, const QString& actionText = {});
    /** @p message is a full translated sentence; Retry is offered when @p retryable. */
    void showError(const QString& message, bool retryable = true);
    /**
     * As showError() with Retry, which stays off until @p retryAfter has passed (a 429 that names its wait, issue 18
     * item 7); the state says from when Retry works again.
     */
    void showError(const QString& message, std::chrono::milliseconds retryAfter);
    /**
     * A list that could not be loaded: @p prefix (a whole sentence, may be empty) and the error's own sentence; a
     * 429 that names its wait keeps Retry off until then (issue 19 item 5), on every page alike.
     */
    void showLoadError(const ApiError& error, const QString& prefix = {});
    /** True when the error state offers Retry and it can be pressed now. */
    bool canRetry() const;

    /**
     * How many items of the last list answer could not be read and are left out (ApiResult::unreadableItems,
     * issue 19 item 4). Above the content, and under the empty state's description, a sentence says so while it
     * is above 0; call it with every list that arrives, before showContent() or showEmpty().
     */
    void setUnreadableItems(int count);
    /** The sentence about unreadable items; empty when there are none. */
    QString noticeText() const;

    /** The text currently shown by the loading, empty or error state (for tests and accessibility). */
    QString stateText() const;

signals:
    void retryRequested();
    void emptyActionTriggered();

private:
    QString emptyDescription() const;

    QWidget* m_content = nullptr;
    QWidget* m_contentPage;
    QLabel* m_notice;
    QString m_emptyDescription;
    QWidget* m_loading;
    QLabel* m_loadingLabel;
    QProgressBar* m_loadingBar;
    EmptyStateWidget* m_empty;
    EmptyStateWidget* m_error;
    /** The empty and error states in scroll areas: a long message in a short view scrolls instead of being cut. */
    QWidget* m_emptyPage;
    QWidget* m_errorPage;
    QTimer m_retryHold;
    State m_state = State::Loading;
};
