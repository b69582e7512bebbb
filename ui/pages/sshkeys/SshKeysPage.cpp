#include "pages/sshkeys/SshKeysPage.h"
#include "ui_SshKeysPage.h"

#include "UiContext.h"
#include "clipboard/SecretClipboard.h"
#include "core/RequestTracker.h"
#include "pages/sshkeys/AddSshKeyDialog.h"
#include "pages/sshkeys/GenerateSshKeyDialog.h"
#include "pages/sshkeys/LocalKeysModel.h"
#include "pages/sshkeys/SshKeyUi.h"
#include "pages/sshkeys/SshKeysFilterModel.h"
#include "pages/sshkeys/SshKeysHeader.h"
#include "pages/sshkeys/SshKeysModel.h"
#include "pages/sshkeys/SshKeysTable.h"
#include "providers/ConsoleProvider.h"
#include "providers/Reconcile.h"
#include "providers/SpheronProvider.h"
#include "ssh/KeyFiles.h"
#include "ssh/LocalKeys.h"
#include "widgets/FilterField.h"
#include "widgets/FlowLayout.h"
#include "widgets/ItemViews.h"
#include "widgets/ListHeader.h"
#include "widgets/MessageBox.h"
#include "widgets/StatefulView.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QTableView>

#include <algorithm>
#include <limits>

#include <utility>

namespace {

const QString kMemberRole = QStringLiteral("member");
/** The request kind of the list and of the team lookup before it: a newer refresh replaces either. */
const QString kKeysRequest = QStringLiteral("keys");

/** The current team, or the first one when the server marks none. */
Team currentTeam(const QList<Team>& teams)
{
    Team team;
    for (const Team& t : teams) {
        if (t.isCurrent || team.id.isEmpty())
            team = t;
        if (t.isCurrent)
            break;
    }
    return team;
}

} // namespace

SshKeysPage::SshKeysPage(ConsoleProvider* provider, UiContext* context, QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::SshKeysPage)
    , m_provider(provider)
    , m_context(context)
    , m_model(new SshKeysModel(this))
    , m_proxy(new SshKeysFilterModel(m_model, this))
    , m_localModel(new LocalKeysModel(this))
    , m_requests(new RequestTracker(this))
{
    m_ui->setupUi(this);
    // The buttons wrap onto a second line rather than cut their text in a narrow window (issue 18 item 21).
    FlowLayout::replace(m_ui->actionLayout);
    FilterField::setUp(m_ui->filterEdit);
    m_noMatches = new FilterField::NoMatchesLabel(this);
    m_ui->pageLayout->insertWidget(m_ui->pageLayout->indexOf(m_ui->splitter), m_noMatches);
    m_header = std::make_unique<SshKeysHeader>(m_ui->titleLabel, m_ui->countChip, m_ui->teamLabel,
                                               m_ui->permissionBanner, m_ui->noticeBanner);
    // Only a list on screen (or one known to be empty) has a count; a failed or first load has none.
    ListHeader::bindCountChip(m_ui->countChip, m_ui->keysView);

    m_table = new SshKeysTable(m_proxy, this);
    m_ui->keysView->setContentWidget(m_table);
    ItemViews::tabBetweenControls(this);
    m_ui->localKeysTable->setModel(m_localModel);
    m_ui->localKeysTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->localKeysTable->horizontalHeader()->setSectionResizeMode(LocalKeysModel::FingerprintColumn,
                                                                   QHeaderView::Stretch);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);
    // Issue 18 item 16: room for at least four local keys (about two showed), under the header.
    QTableView* local = m_ui->localKeysTable;
    ListHeader::uniformRows(local);
    local->setMinimumHeight(local->horizontalHeader()->sizeHint().height()
                            + 4 * local->verticalHeader()->defaultSectionSize() + 2 * local->frameWidth());
    // A key pair made by ssh-keygen (or copied into ~/.ssh) shows up without F5. The folder is watched once it
    // exists; its parent until then. Several files change per pair: one rescan after the burst.
    m_localRescan.setSingleShot(true);
    m_localRescan.setInterval(200);
    connect(&m_localRescan, &QTimer::timeout, this, &SshKeysPage::scanLocalKeys);
    connect(&m_sshFolderWatcher, &QFileSystemWatcher::directoryChanged, &m_localRescan, qOverload<>(&QTimer::start));
    setTabOrder(m_ui->filterEdit, m_table);
    setTabOrder(m_table, m_ui->addButton);

    connect(m_table->addKeyAction(), &QAction::triggered, this, &SshKeysPage::addKey);
    connect(m_table->deleteAction(), &QAction::triggered, this, &SshKeysPage::deleteSelectedKey);
    connect(m_table->copyAction(), &QAction::triggered, this, &SshKeysPage::copySelectedKey);
    connect(m_table->refreshAction(), &QAction::triggered, this, &SshKeysPage::refreshUnlessHeld);
    connect(m_table->editAction(), &QAction::triggered, this, &SshKeysPage::editSelectedKey);
    connect(m_table->rotateAction(), &QAction::triggered, this, &SshKeysPage::rotateSelectedKey);

    connect(m_ui->addButton, &QPushButton::clicked, this, &SshKeysPage::addKey);
    connect(m_ui->generateButton, &QPushButton::clicked, this, &SshKeysPage::generateKey);
    connect(m_ui->editButton, &QPushButton::clicked, this, &SshKeysPage::editSelectedKey);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &SshKeysPage::deleteSelectedKey);
    connect(m_ui->copyButton, &QPushButton::clicked, this, &SshKeysPage::copySelectedKey);
    connect(m_ui->rotateButton, &QPushButton::clicked, this, &SshKeysPage::rotateSelectedKey);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &SshKeysPage::refreshUnlessHeld);
    connect(m_ui->uploadLocalButton, &QPushButton::clicked, this, &SshKeysPage::uploadSelectedLocalKey);
    m_table->setFilterEdit(m_ui->filterEdit);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, [this] {
        updateCountChip();
        updateActions();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SshKeysPage::updateActions);
    connect(m_ui->localKeysTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SshKeysPage::updateActions);
    connect(m_table, &QTableView::doubleClicked, this, &SshKeysPage::copySelectedKey);
    connect(m_ui->keysView, &StatefulView::retryRequested, this, &SshKeysPage::refreshUnlessHeld);
    m_cancelLoadAction = new QAction(tr("Cancel Loading"), this);
    m_cancelLoadAction->setShortcut(Qt::Key_Escape);
    m_cancelLoadAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_cancelLoadAction);
    connect(m_cancelLoadAction, &QAction::triggered, this, &SshKeysPage::cancelLoad);
    connect(m_ui->cancelLoadButton, &QPushButton::clicked, this, &SshKeysPage::cancelLoad);
    m_retryHold.setSingleShot(true);
    connect(&m_retryHold, &QTimer::timeout, this, &SshKeysPage::updateActions);
    connect(m_ui->keysView, &StatefulView::emptyActionTriggered, this, &SshKeysPage::addKey);
    connect(m_requests, &RequestTracker::busyChanged, this, [this](bool busy) {
        emit busyChanged(busy);
        updateActions();
    });

    if (!isVast()) {
        m_ui->editButton->setToolTip(tr("Spheron AI cannot edit a registered key: Keydeck adds the replacement and "
                                        "then deletes the old key."));
    }
    m_ui->keysView->showLoading(tr("Loading SSH keys…"));
    updateCountChip();
    updateActions();
}

SshKeysPage::~SshKeysPage() = default;

bool SshKeysPage::isVast() const
{
    return m_provider && m_provider->has(ConsoleProvider::Capability::SshKeyEdit);
}

bool SshKeysPage::canManageKeys() const
{
    return m_role.compare(kMemberRole, Qt::CaseInsensitive) != 0;
}

bool SshKeysPage::isBusy() const
{
    return m_requests->isBusy();
}

void SshKeysPage::setTeam(const QString& teamId, const QString& role, const QString& teamName)
{
    const bool changed = teamId != m_teamId;
    m_teamId = teamId;
    m_role = role;
    m_teamName = teamName;
    showTeam();
    updateActions();
    if (changed && m_loaded)
        refresh();
}

void SshKeysPage::refreshInBackground()
{
    const StatefulView::State state = m_ui->keysView->state();
    const bool shown = m_loadedAt.isValid() && m_shownTeamId == m_teamId
        && (state == StatefulView::State::Content || state == StatefulView::State::Empty);
    m_nextLoadMode = RefreshRule::backgroundMode(shown);
    refresh();
}

void SshKeysPage::refresh()
{
    m_loadMode = std::exchange(m_nextLoadMode, RefreshRule::Mode::Asked);
    if (!m_provider)
        return;
    m_loaded = true;
    scanLocalKeys();
    if (!m_provider->has(ConsoleProvider::Capability::SshKeys)) {
        m_ui->keysView->showError(tr("%1 does not manage SSH keys through its API.").arg(m_provider->displayName()),
                                  false);
        return;
    }
    // A reload keeps the list on screen (with its selection and scroll position) while the page is busy, as the
    // other pages do; replacing it by the loading state and back repainted the whole table twice per F5, add or
    // delete (docs/PERFORMANCE.md). Another team's keys are another list: that one shows the loading state.
    if (RefreshRule::showsLoadingState(m_loadMode)
        && (m_ui->keysView->state() != StatefulView::State::Content || m_shownTeamId != m_teamId))
        m_ui->keysView->showLoading(tr("Loading SSH keys…"));
    if (m_provider->has(ConsoleProvider::Capability::Teams) && m_teamId.isEmpty()) {
        // Spheron keys are team-scoped (docs/api/spheron.md §2): find the current team and the user's role first.
        // The lookup is the first step of the list: a newer refresh or team switch replaces it.
        QObject* request = m_requests->replacing(kKeysRequest);
        m_provider->fetchBalance(request, m_requests->done(request, [this](ApiResult<AccountBalance> result) {
            if (!result.ok()) {
                showLoadError(result.error);
                return;
            }
            const Team team = currentTeam(result.value->teams);
            m_teamId = team.id;
            m_role = team.role;
            m_teamName = team.name;
            showTeam();
            loadKeys();
        }));
        updateActions();
        return;
    }
    loadKeys();
}

void SshKeysPage::loadKeys()
{
    // A newer refresh (or team switch) replaces this list: its answer is never shown.
    QObject* request = m_requests->replacing(kKeysRequest);
    m_provider->listSshKeys(m_teamId, request, m_requests->done(request, [this](ApiResult<QList<SshKey>> result) {
        if (!result.ok()) {
            showLoadError(result.error);
            return;
        }
        m_ui->keysView->setUnreadableItems(result.unreadableItems);
        onKeysLoaded(*result.value);
    }));
    updateActions();
}

void SshKeysPage::cancelLoad()
{
    // Issue 18 item 15: a slow list can be abandoned. The list shown before stays, and says how old it is.
    if (!m_requests->cancel(kKeysRequest))
        return;
    if (m_loadedAt.isValid() && m_shownTeamId == m_teamId) {
        showKeys();
        emit statusMessage(tr("Loading was cancelled. The list shows the keys as loaded at %1.")
                               .arg(QLocale().toString(m_loadedAt.time(), QLocale::ShortFormat)));
        return;
    }
    const QString message = tr("Loading the SSH keys was cancelled, so none are shown.");
    m_ui->keysView->showError(message);
    updateCountChip();
    updateNotice();
    updateActions();
    emit statusMessage(message);
}

void SshKeysPage::refreshUnlessHeld()
{
    // A 429 that named its wait (issue 18 item 7): F5, Refresh and Retry come back once it has passed.
    if (!m_retryHold.isActive())
        refresh();
}

bool SshKeysPage::listShown() const
{
    return m_ui->keysView->state() == StatefulView::State::Content;
}

void SshKeysPage::showLoadError(const ApiError& error)
{
    if (RefreshRule::keepsDataOnFailure(m_loadMode)) {
        // A background refresh (issue 24 item 3): the list stays, with its age; F5 tries again (and asks for a 2FA
        // code if that is what is missing).
        updateActions();
        emit statusMessage(tr("The SSH keys could not be refreshed: %1 The list shows the keys as loaded at %2.")
                               .arg(error.userMessage(), QLocale().toString(m_loadedAt.time(), QLocale::ShortFormat)));
        return;
    }
    // The list failed for want of a 2FA session: the sign-in dialog asks for a code, and a session reloads the page
    // (the refresh alone would fail again).
    if (error.needsTwoFactorSession())
        emit twoFactorNeeded(error);
    // The rows are gone from the screen: the count, the rotation notice and the actions on the (hidden) selection
    // go with them (issue 18 item 7).
    const auto wait = error.kind() == ApiError::Kind::RateLimited ? error.retryAfter() : std::nullopt;
    if (error.serverCode() == SpheronProvider::otherTeamOnlyCode()) {
        // Issue 19 item 2: never another team's keys as this team's, and no false "no keys".
        const QString team = m_teamName.isEmpty() ? m_teamId : m_teamName;
        const QString message = tr("Spheron AI listed only the keys of another team, so Keydeck cannot tell which "
                                   "keys “%1” has. Make it the current team in the Spheron AI console, then "
                                   "refresh.")
                                    .arg(team);
        m_ui->keysView->showError(message);
        updateCountChip();
        updateNotice();
        updateActions();
        emit statusMessage(message);
        return;
    }
    if (wait && wait->count() > 0) {
        m_ui->keysView->showError(error.userMessage(), *wait);
        m_retryHold.start(int(std::min<qint64>(wait->count(), std::numeric_limits<int>::max())));
    } else {
        m_ui->keysView->showError(error.userMessage());
    }
    updateCountChip();
    updateNotice();
    updateActions();
    emit statusMessage(error.userMessage());
}

void SshKeysPage::onKeysLoaded(const QList<SshKey>& keys)
{
    m_shownTeamId = m_teamId;
    m_loadedAt = QDateTime::currentDateTime();
    m_model->setKeys(keys);
    m_localModel->setRegisteredKeys(keys);
    showKeys();
}

void SshKeysPage::showKeys()
{
    if (m_model->rowCount() == 0) {
        m_ui->keysView->showEmpty(tr("No SSH keys yet"),
                                  canManageKeys()
                                      ? tr("Add the public key of each computer you connect from, or generate a new "
                                           "key pair here.")
                                      : tr("The team has no SSH keys, and your role cannot add any."),
                                  canManageKeys() ? tr("Add Ke&y…") : QString());
    } else {
        m_ui->keysView->showContent();
        m_table->fitColumnsToNewList();
    }
    updateCountChip();
    updateNotice();
    updateActions();
}

void SshKeysPage::watchSshFolder()
{
    const QString ssh = KeyFiles::defaultDirectory();
    const QString watched = QFileInfo::exists(ssh) ? ssh : QDir::homePath();
    if (m_sshFolderWatcher.directories() == QStringList {watched})
        return;
    if (!m_sshFolderWatcher.directories().isEmpty())
        m_sshFolderWatcher.removePaths(m_sshFolderWatcher.directories());
    m_sshFolderWatcher.addPath(watched);
}

void SshKeysPage::scanLocalKeys()
{
    watchSshFolder();
    const QList<LocalKey> local = LocalKeys::scan();
    m_localModel->setLocalKeys(local);
    m_model->setLocalKeys(local);
    m_ui->localHintLabel->setText(
        local.isEmpty() ? tr("No public keys found in %1.").arg(QDir::toNativeSeparators(QDir::homePath() + "/.ssh"))
                        : tr("Keys are matched by their key data, not by file name or comment."));
}

void SshKeysPage::updateCountChip()
{
    m_header->showCount(m_model->rowCount(), m_proxy->rowCount(), !m_ui->filterEdit->text().trimmed().isEmpty());
    m_noMatches->showFor(m_ui->filterEdit->text(), listShown() ? m_model->rowCount() : 0, m_proxy->rowCount());
}

void SshKeysPage::showTeam()
{
    m_header->showTeam(m_teamName, m_teamId, canManageKeys());
}

void SshKeysPage::updateNotice()
{
    if (!listShown()) {
        m_header->showNotice({}, 0, canManageKeys());
        return;
    }
    m_header->showNotice(m_addedNotice, m_model->staleCount(), canManageKeys());
}

void SshKeysPage::updateActions()
{
    const bool manage = canManageKeys() && m_provider;
    const int row = listShown() ? m_table->selectedRow() : -1;
    const bool selected = row >= 0;
    const bool loading = isBusy();
    const QString reason = canManageKeys() ? QString() : tr("Your role in this team cannot manage SSH keys.");

    const bool change = manage && selected && !loading;
    const bool copy
        = selected && !loading && !m_model->index(row, 0).data(SshKeysModel::PublicKeyLineRole).toString().isEmpty();
    m_ui->addButton->setEnabled(manage);
    m_ui->generateButton->setEnabled(manage);
    m_ui->editButton->setEnabled(change);
    m_ui->deleteButton->setEnabled(change);
    m_ui->rotateButton->setEnabled(change);
    m_ui->copyButton->setEnabled(copy);
    m_table->setActionsEnabled(manage, change, copy);
    m_ui->refreshButton->setEnabled(!m_retryHold.isActive());
    m_table->refreshAction()->setEnabled(!m_retryHold.isActive());
    const bool listLoading = m_requests->isRunning(kKeysRequest);
    m_ui->cancelLoadButton->setVisible(listLoading);
    m_cancelLoadAction->setEnabled(listLoading);

    const QModelIndexList local = m_ui->localKeysTable->selectionModel()->selectedRows();
    const bool uploadable = !local.isEmpty() && local.first().data(LocalKeysModel::UploadableRole).toBool();
    m_ui->uploadLocalButton->setEnabled(manage && uploadable && !loading);
    for (QPushButton* button : {m_ui->addButton, m_ui->generateButton, m_ui->editButton, m_ui->deleteButton,
                                m_ui->rotateButton, m_ui->uploadLocalButton})
        button->setStatusTip(reason);
}
