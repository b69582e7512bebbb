#include "pages/sessions/SessionsPage.h"
#include "ui_SessionsPage.h"

#include "UiContext.h"
#include "core/LocaleFormat.h"
#include "core/RequestTracker.h"
#include "providers/ConsoleProvider.h"
#include "providers/Reconcile.h"
#include "widgets/ItemViews.h"
#include "widgets/ListHeader.h"
#include "widgets/MessageBox.h"
#include "widgets/PlainText.h"

#include <QHeaderView>
#include <QShortcut>

#include <algorithm>
#include <utility>

namespace {

enum Column { DeviceColumn, IpColumn, CreatedColumn, ExpiresColumn, ColumnCount };

/** True when @p error means the account needs a 2FA login (docs/api/vast.md §2.3). */
/**
 * True when the server has no sessions route at all. The route is undocumented (docs/api/vast-endpoints.md §3.5),
 * so a 404 or 405 means "not offered here", not a failure to report.
 */
bool routeMissing(const ApiError& error)
{
    return (error.kind() == ApiError::Kind::NotFound && error.httpStatus() == 404) || error.httpStatus() == 405;
}

QString formatTime(const QDateTime& time)
{
    if (!time.isValid())
        return QCoreApplication::translate("SessionsPage", "Unknown");
    return LocaleFormat::dateTime(time, QLocale::ShortFormat);
}

} // namespace

SessionsPage::SessionsPage(ConsoleProvider* provider, UiContext* context, QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::SessionsPage)
    , m_provider(provider)
    , m_context(context)
    , m_requests(new RequestTracker(this))
{
    m_ui->setupUi(this);
    ItemViews::tabBetweenControls(this);
    connect(m_requests, &RequestTracker::busyChanged, this, [this](bool busy) {
        emit busyChanged(busy);
        updateActions();
    });
    m_ui->sessionsView->setContentWidget(m_ui->sessionsTree);
    ListHeader::styleTitle(m_ui->titleLabel);
    ListHeader::styleCountChip(m_ui->countChip);
    ListHeader::bindCountChip(m_ui->countChip, m_ui->sessionsView);
    ListHeader::uniformRows(m_ui->sessionsTree);
    // A long user agent is cut in the middle, so that the "(this session)" at its end stays visible (issue 18
    // item 20); the tooltip has the whole agent.
    m_ui->sessionsTree->setTextElideMode(Qt::ElideMiddle);
    QHeaderView* header = m_ui->sessionsTree->header();
    header->setSectionResizeMode(DeviceColumn, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    for (int column : {IpColumn, CreatedColumn, ExpiresColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    auto* deleteShortcut = new QShortcut(QKeySequence::Delete, m_ui->sessionsTree);
    deleteShortcut->setContext(Qt::WidgetShortcut);
    connect(deleteShortcut, &QShortcut::activated, this, &SessionsPage::deleteSelected);
    auto* refreshShortcut = new QShortcut(QKeySequence::Refresh, this);
    connect(refreshShortcut, &QShortcut::activated, this, &SessionsPage::refresh);

    connect(m_ui->deleteButton, &QPushButton::clicked, this, &SessionsPage::deleteSelected);
    connect(m_ui->signOutOthersButton, &QPushButton::clicked, this, &SessionsPage::signOutOthers);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &SessionsPage::refresh);
    connect(m_ui->sessionsTree, &QTreeWidget::itemSelectionChanged, this, &SessionsPage::updateActions);
    connect(m_ui->sessionsView, &StatefulView::retryRequested, this, &SessionsPage::refresh);
    updateActions();
}

SessionsPage::~SessionsPage() = default;

void SessionsPage::refreshInBackground()
{
    const StatefulView::State state = m_ui->sessionsView->state();
    m_nextLoadMode = RefreshRule::backgroundMode(
        m_loaded && (state == StatefulView::State::Content || state == StatefulView::State::Empty));
    refresh();
}

void SessionsPage::refresh()
{
    m_loadMode = std::exchange(m_nextLoadMode, RefreshRule::Mode::Asked);
    // A newer list supersedes the one in flight.
    QObject* request = m_requests->replacing(QStringLiteral("list"));
    if (m_ui->sessionsView->state() != StatefulView::State::Content && RefreshRule::showsLoadingState(m_loadMode))
        m_ui->sessionsView->showLoading(tr("Loading login sessions…"));
    m_provider->listSessions(request, m_requests->done(request, [this](ApiResult<QList<LoginSession>> result) {
        if (!result.ok() && RefreshRule::keepsDataOnFailure(m_loadMode)) {
            emit statusMessage(tr("The login sessions could not be refreshed: %1 The list shows them as loaded "
                                  "before.")
                                   .arg(result.error.userMessage()));
            return;
        }
        if (!result.ok()) {
            if (routeMissing(result.error)) {
                m_unsupported = true;
                m_ui->sessionsView->showError(tr("This server does not offer a list of login sessions."), false);
                emit unsupported();
                return;
            }
            m_ui->sessionsView->showLoadError(result.error);
            emit statusMessage(tr("Could not load the login sessions."));
            if (result.error.needsTwoFactorSession())
                emit twoFactorNeeded(result.error);
            return;
        }
        m_unsupported = false;
        m_ui->sessionsView->setUnreadableItems(result.unreadableItems);
        showSessions(*result.value);
    }));
}

void SessionsPage::showSessions(const QList<LoginSession>& sessions)
{
    const int previous = selectedRow();
    const QString keepId = previous >= 0 ? m_sessions.value(previous).id : QString();
    m_sessions = sessions;
    m_loaded = true;
    QTreeWidget* tree = m_ui->sessionsTree;
    // Rows are updated in place and surplus rows removed one by one: clear() and a rebuild under a selected row
    // left the old last row painted below the new list (issue 18: a ghost row after a sign-out).
    while (tree->topLevelItemCount() > sessions.size())
        delete tree->takeTopLevelItem(tree->topLevelItemCount() - 1);
    for (int row = 0; row < sessions.size(); ++row) {
        const LoginSession& session = sessions.at(row);
        QTreeWidgetItem* item = tree->topLevelItem(row);
        if (!item)
            item = new QTreeWidgetItem(tree);
        // The route is undocumented, so every field may be missing: say so instead of showing blanks.
        const QString device = session.device.trimmed().isEmpty() ? tr("Unknown device") : session.device.trimmed();
        item->setText(DeviceColumn, session.current ? tr("%1 (this session)").arg(device) : device);
        item->setToolTip(DeviceColumn, PlainText::toolTip(device)); // a server text, never markup
        item->setText(IpColumn, session.ip.isEmpty() ? tr("Unknown") : session.ip);
        item->setText(CreatedColumn, formatTime(session.createdAt));
        item->setText(ExpiresColumn, formatTime(session.expiresAt));
        item->setToolTip(CreatedColumn,
                         session.createdAt.isValid() ? LocaleFormat::dateTime(session.createdAt, QLocale::LongFormat)
                                                     : QString());
        item->setToolTip(ExpiresColumn,
                         session.expiresAt.isValid() ? LocaleFormat::dateTime(session.expiresAt, QLocale::LongFormat)
                                                     : QString());
        QFont font = tree->font();
        font.setBold(session.current);
        item->setFont(DeviceColumn, font);
        item->setSelected(!keepId.isEmpty() && session.id == keepId);
    }
    m_ui->countChip->setText(tr("%n active session(s)", nullptr, int(sessions.size())));
    if (sessions.isEmpty())
        m_ui->sessionsView->showEmpty(tr("No login sessions"),
                                      tr("Nobody is signed in to the Vast.ai console with this account."));
    else
        m_ui->sessionsView->showContent();
    updateActions();
    emit statusMessage(tr("Loaded %n login session(s).", nullptr, int(sessions.size())));
}

int SessionsPage::selectedRow() const
{
    const QList<QTreeWidgetItem*> selected = m_ui->sessionsTree->selectedItems();
    if (selected.isEmpty())
        return -1;
    return m_ui->sessionsTree->indexOfTopLevelItem(selected.first());
}

void SessionsPage::updateActions()
{
    const int row = selectedRow();
    const bool busy = m_requests->isBusy();
    const bool current = row >= 0 && m_sessions.value(row).current;
    m_ui->deleteButton->setEnabled(row >= 0 && !current && !m_sessions.value(row).id.isEmpty() && !busy);
    m_ui->deleteButton->setToolTip(current ? tr("This is the session Keydeck uses. Sign out of the two-factor "
                                                "session from the Profile tab instead.")
                                           : tr("Sign out the selected session (Del)"));
    const bool others = std::any_of(m_sessions.cbegin(), m_sessions.cend(),
                                    [](const LoginSession& session) { return !session.current; });
    m_ui->signOutOthersButton->setEnabled(others && !busy);
}

void SessionsPage::deleteSelected()
{
    const int row = selectedRow();
    if (row < 0 || !m_ui->deleteButton->isEnabled())
        return;
    const LoginSession session = m_sessions.at(row);
    const QString device = session.device.trimmed().isEmpty() ? tr("Unknown device") : session.device.trimmed();
    if (!MessageBox::confirm(this, tr("Delete Login Session"), tr("Sign out the session on %1?").arg(device),
                             tr("&Delete Session"), tr("Whoever uses that session has to sign in again.")))
        return;
    QObject* request = m_requests->start();
    const QList<LoginSession> before = m_sessions;
    Reconcile::deleteSession(
        m_provider, session.id, request,
        m_requests->done(request, [this, device, before, id = session.id](const Reconcile::SessionDeleted& outcome) {
            if (outcome.reread)
                showSessions(*outcome.reread);
            switch (outcome.state) {
            case Reconcile::State::Done:
                emit statusMessage(
                    outcome.answerLost()
                        ? tr("No readable answer came back from the server, but the session on %1 was signed out.")
                              .arg(device)
                        : tr("The session on %1 was signed out.").arg(device));
                if (outcome.reread)
                    reportAlsoEnded(before, *outcome.reread, {id});
                else
                    refresh();
                return;
            case Reconcile::State::AlreadyDone:
                emit statusMessage(tr("The session on %1 had already ended.").arg(device));
                return;
            case Reconcile::State::Unknown:
                reportActionError(tr("Keydeck could not check whether the session on %1 was signed out. Refresh the "
                                     "list before you try again.")
                                      .arg(device),
                                  outcome.rereadError);
                return;
            case Reconcile::State::NotDone:
                if (outcome.value) {
                    reportIgnored(tr("The server answered that the session on %1 was signed out, but it is still "
                                     "listed.")
                                      .arg(device));
                    return;
                }
                if (outcome.error.kind() == ApiError::Kind::TwoFactorRequired) {
                    reportNeedsOwnSession(tr("Could not delete the session on %1.").arg(device));
                    return;
                }
                reportActionError(outcome.answerLost()
                                      ? tr("No readable answer came back from the server, and the session on %1 "
                                           "was not signed out; you can try again.")
                                            .arg(device)
                                      : tr("Could not delete the session on %1.").arg(device),
                                  outcome.error);
                return;
            }
        }));
}

void SessionsPage::signOutOthers()
{
    QStringList ids;
    for (const LoginSession& session : std::as_const(m_sessions)) {
        if (!session.current && !session.id.isEmpty())
            ids.append(session.id);
    }
    if (ids.isEmpty())
        return;
    const bool hasCurrent = ids.size() < m_sessions.size();
    const QString consequence = hasCurrent ? tr("Every browser and device signed in with this account, except this "
                                                "one, has to sign in again.")
                                           : tr("Every browser and device signed in with this account has to sign "
                                                "in again. Keydeck keeps working with the API key.");
    if (!MessageBox::confirm(this, tr("Sign Out Other Sessions"),
                             tr("Sign out %n other session(s)?", nullptr, int(ids.size())), tr("&Sign Out"),
                             consequence))
        return;
    // One by one, each checked by listing again: "all except the current one" would depend on the server reading
    // the body and knowing which session is Keydeck's (docs/api/vast-endpoints.md §3.5).
    auto run = std::make_shared<SignOutRun>();
    run->pending = ids;
    run->before = m_sessions;
    signOutNext(m_requests->start(), run);
}

void SessionsPage::signOutNext(QObject* request, const std::shared_ptr<SignOutRun>& run)
{
    if (run->pending.isEmpty()) {
        finishSignOut(request, run);
        return;
    }
    const QString id = run->pending.takeFirst();
    Reconcile::deleteSession(
        m_provider, id, request, [this, request, run, id](const Reconcile::SessionDeleted& outcome) {
            if (outcome.reread)
                run->last = outcome.reread;
            if (outcome.ok()) {
                run->ended.append(id);
            } else if (outcome.state == Reconcile::State::NotDone && outcome.value) {
                ++run->stillListed;
            } else {
                run->error = outcome.state == Reconcile::State::Unknown ? outcome.rereadError : outcome.error;
                run->pending.clear();
            }
            signOutNext(request, run);
        });
}

void SessionsPage::finishSignOut(QObject* request, const std::shared_ptr<SignOutRun>& run)
{
    m_requests->finish(request);
    if (run->last)
        showSessions(*run->last);
    else
        refresh();
    if (run->error.isError()) {
        if (run->error.kind() == ApiError::Kind::TwoFactorRequired)
            reportNeedsOwnSession(tr("Could not sign out the other sessions."));
        else
            reportActionError(tr("Could not sign out the other sessions."), run->error);
        return;
    }
    if (run->stillListed > 0) {
        reportIgnored(run->ended.isEmpty()
                          ? tr("The server answered that the other sessions were signed out, but they are still "
                               "listed.")
                          : tr("%n session(s) are still listed although the server answered that they were signed "
                               "out.",
                               nullptr, run->stillListed));
        return;
    }
    emit statusMessage(tr("All other sessions were signed out."));
    if (run->last)
        reportAlsoEnded(run->before, *run->last, run->ended);
}

void SessionsPage::reportAlsoEnded(const QList<LoginSession>& before, const QList<LoginSession>& after,
                                   const QStringList& meant)
{
    QStringList devices;
    for (const LoginSession& session : before) {
        const bool listed = std::any_of(after.cbegin(), after.cend(),
                                        [&session](const LoginSession& s) { return s.id == session.id; });
        if (!listed && !meant.contains(session.id))
            devices.append(session.device.trimmed().isEmpty() ? tr("Unknown device") : session.device.trimmed());
    }
    if (devices.isEmpty())
        return;
    MessageBox::warning(this, tr("Login Sessions"), tr("The server ended more sessions than you chose."),
                        tr("These sessions are no longer listed either: %1").arg(devices.join(QStringLiteral(", "))));
}

void SessionsPage::reportIgnored(const QString& title)
{
    emit statusMessage(title);
    MessageBox::warning(this, tr("Login Sessions"), title,
                        tr("This server may not read which session to end. Sign the session out in the Vast.ai "
                           "console."));
}

void SessionsPage::reportNeedsOwnSession(const QString& title)
{
    // Sent from the two-factor session, a DELETE whose body the server ignores would end that session, Keydeck's
    // own (docs/api/vast-endpoints.md §3.5): Keydeck does not take that risk, and asking for a code would not help.
    emit statusMessage(title);
    MessageBox::warning(this, tr("Login Sessions"), title,
                        tr("Vast.ai signs out this account's sessions only from a two-factor session, and Keydeck "
                           "does not send this from its own session, so that it cannot end that one by mistake. "
                           "Sign the session out in the Vast.ai console."));
}

void SessionsPage::reportActionError(const QString& title, const ApiError& error)
{
    emit statusMessage(title);
    if (error.needsTwoFactorSession())
        emit twoFactorNeeded(error);
    MessageBox::warning(this, tr("Login Sessions"), title, error.userMessage());
}
