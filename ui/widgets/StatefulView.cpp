#include "widgets/StatefulView.h"

#include "net/ApiError.h"
#include "widgets/EmptyStateWidget.h"

#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

StatefulView::StatefulView(QWidget* parent)
    : QStackedWidget(parent)
    , m_contentPage(new QWidget(this))
    , m_notice(new QLabel(m_contentPage))
    , m_loading(new QWidget(this))
    , m_loadingLabel(new QLabel(m_loading))
    , m_loadingBar(new QProgressBar(m_loading))
    , m_empty(new EmptyStateWidget(this))
    , m_error(new EmptyStateWidget(this))
{
    m_contentPage->setObjectName(QStringLiteral("contentState"));
    m_notice->setObjectName(QStringLiteral("unreadableNotice"));
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    m_notice->setForegroundRole(QPalette::PlaceholderText);
    m_notice->hide();
    auto* contentLayout = new QVBoxLayout(m_contentPage);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_notice);

    m_loading->setObjectName(QStringLiteral("loadingState"));
    m_loadingLabel->setObjectName(QStringLiteral("loadingLabel"));
    m_loadingLabel->setTextFormat(Qt::PlainText);
    m_loadingLabel->setAlignment(Qt::AlignCenter);
    m_loadingBar->setRange(0, 0);
    m_loadingBar->setTextVisible(false);
    m_loadingBar->setMaximumWidth(280);
    auto* layout = new QVBoxLayout(m_loading);
    layout->addStretch(1);
    layout->addWidget(m_loadingLabel);
    layout->addWidget(m_loadingBar, 0, Qt::AlignHCenter);
    layout->addStretch(2);

    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_error->setObjectName(QStringLiteral("errorState"));
    m_error->setIconName(QStringLiteral(":/icons/error.svg"));
    m_error->setTitle(tr("Something went wrong"));

    // Seen at 800×600 in German: the SSH Keys error ("…log in with a 2FA code (POST /api/v0/tfa/) and use the session
    // key.") lost its last line under the splitter.
    const auto scrolling = [this](QWidget* state) {
        auto* area = new QScrollArea(this);
        area->setObjectName(state->objectName() + QStringLiteral("Scroll"));
        area->setFrameShape(QFrame::NoFrame);
        area->setWidgetResizable(true);
        area->setWidget(state);
        area->viewport()->setAutoFillBackground(false);
        state->setAutoFillBackground(false);
        return area;
    };
    m_emptyPage = scrolling(m_empty);
    m_errorPage = scrolling(m_error);
    addWidget(m_contentPage);
    addWidget(m_loading);
    addWidget(m_emptyPage);
    addWidget(m_errorPage);
    connect(m_error, &EmptyStateWidget::actionTriggered, this, &StatefulView::retryRequested);
    m_retryHold.setSingleShot(true);
    connect(&m_retryHold, &QTimer::timeout, m_error, [this] { m_error->setActionEnabled(true); });
    connect(m_empty, &EmptyStateWidget::actionTriggered, this, &StatefulView::emptyActionTriggered);
    setCurrentWidget(m_loading);
}

void StatefulView::setContentWidget(QWidget* content)
{
    if (m_content)
        m_content->deleteLater();
    m_content = content;
    m_contentPage->layout()->addWidget(m_content);
    if (m_state == State::Content)
        setCurrentWidget(m_contentPage);
}

void StatefulView::setUnreadableItems(int count)
{
    m_notice->setText(count > 0
                          ? tr("%n item(s) in the server's answer could not be read and are not shown.", nullptr, count)
                          : QString());
    m_notice->setVisible(count > 0);
    if (m_state == State::Empty)
        m_empty->setDescription(emptyDescription());
}

QString StatefulView::noticeText() const
{
    return m_notice->text();
}

QString StatefulView::emptyDescription() const
{
    if (m_notice->text().isEmpty())
        return m_emptyDescription;
    return m_emptyDescription.isEmpty() ? m_notice->text() : m_emptyDescription + QLatin1Char('\n') + m_notice->text();
}

StatefulView::State StatefulView::state() const
{
    return m_state;
}

void StatefulView::showContent()
{
    m_state = State::Content;
    if (m_content)
        setCurrentWidget(m_contentPage);
}

void StatefulView::showLoading(const QString& message)
{
    m_state = State::Loading;
    m_loadingLabel->setText(message);
    m_loadingBar->setAccessibleName(message);
    setCurrentWidget(m_loading);
}

void StatefulView::showEmpty(const QString& title, const QString& description, const QString& actionText)
{
    m_state = State::Empty;
    m_empty->setTitle(title);
    m_emptyDescription = description;
    m_empty->setDescription(emptyDescription());
    m_empty->setActionText(actionText);
    setCurrentWidget(m_emptyPage);
}

void StatefulView::showError(const QString& message, bool retryable)
{
    m_state = State::Error;
    m_retryHold.stop();
    m_error->setDescription(message);
    m_error->setActionText(retryable ? tr("&Retry") : QString());
    m_error->setActionEnabled(true);
    setCurrentWidget(m_errorPage);
}

void StatefulView::showError(const QString& message, std::chrono::milliseconds retryAfter)
{
    if (retryAfter.count() <= 0) {
        showError(message);
        return;
    }
    const QDateTime until = QDateTime::currentDateTime().addMSecs(retryAfter.count());
    showError(message + QLatin1Char('\n')
              + tr("Retry is available again at %1.").arg(QLocale().toString(until.time(), QLocale::LongFormat)));
    m_error->setActionEnabled(false);
    m_retryHold.start(int(std::min<qint64>(retryAfter.count(), std::numeric_limits<int>::max())));
}

void StatefulView::showLoadError(const ApiError& error, const QString& prefix)
{
    const QString message = prefix.isEmpty() ? error.userMessage() : prefix + QLatin1Char(' ') + error.userMessage();
    const auto wait = error.kind() == ApiError::Kind::RateLimited ? error.retryAfter() : std::nullopt;
    if (wait)
        showError(message, *wait);
    else
        showError(message);
}

bool StatefulView::canRetry() const
{
    return m_state == State::Error && !m_error->actionText().isEmpty() && m_error->isActionEnabled();
}

QString StatefulView::stateText() const
{
    switch (m_state) {
    case State::Loading:
        return m_loadingLabel->text();
    case State::Empty:
        return m_empty->title() + QLatin1Char('\n') + m_empty->description();
    case State::Content:
        return m_notice->text();
    case State::Error:
        return m_error->description();
    }
    return {};
}
