#include "pages/envvars/EnvVarsPage.h"
#include "ui_EnvVarsPage.h"

#include "UiContext.h"
#include "core/RequestTracker.h"
#include "pages/envvars/EnvVarDialog.h"
#include "providers/ConsoleProvider.h"
#include "providers/Reconcile.h"
#include "widgets/FilterField.h"
#include "widgets/ItemViews.h"
#include "widgets/ListHeader.h"
#include "widgets/MessageBox.h"

#include <QHeaderView>
#include <QShortcut>

#include <algorithm>
#include <utility>

namespace {

/** True when @p error means the account needs a 2FA login (docs/api/vast.md §2.3). */
} // namespace

EnvVarsPage::EnvVarsPage(ConsoleProvider* provider, UiContext* context, QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::EnvVarsPage)
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
    m_ui->envVarsView->setContentWidget(m_ui->envVarsTree);
    ListHeader::styleTitle(m_ui->titleLabel);
    ListHeader::styleCountChip(m_ui->countChip);
    ListHeader::bindCountChip(m_ui->countChip, m_ui->envVarsView);
    ListHeader::uniformRows(m_ui->envVarsTree);
    m_ui->envVarsTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->envVarsTree->header()->setStretchLastSection(true);
    m_ui->envVarsTree->sortByColumn(0, Qt::AscendingOrder);

    auto* newShortcut = new QShortcut(QKeySequence::New, this);
    connect(newShortcut, &QShortcut::activated, this, &EnvVarsPage::createVariable);
    auto* deleteShortcut = new QShortcut(QKeySequence::Delete, m_ui->envVarsTree);
    deleteShortcut->setContext(Qt::WidgetShortcut);
    connect(deleteShortcut, &QShortcut::activated, this, &EnvVarsPage::deleteSelected);
    auto* refreshShortcut = new QShortcut(QKeySequence::Refresh, this);
    connect(refreshShortcut, &QShortcut::activated, this, &EnvVarsPage::refresh);
    auto* findShortcut = new QShortcut(QKeySequence::Find, this);
    connect(findShortcut, &QShortcut::activated, this, [this] {
        m_ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->filterEdit->selectAll();
    });

    connect(m_ui->newButton, &QPushButton::clicked, this, &EnvVarsPage::createVariable);
    connect(m_ui->changeButton, &QPushButton::clicked, this, &EnvVarsPage::changeSelected);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &EnvVarsPage::deleteSelected);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &EnvVarsPage::refresh);
    FilterField::setUp(m_ui->filterEdit);
    m_noMatches = new FilterField::NoMatchesLabel(this);
    m_ui->pageLayout->insertWidget(m_ui->pageLayout->indexOf(m_ui->envVarsView), m_noMatches);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, &EnvVarsPage::applyFilter);
    connect(m_ui->envVarsTree, &QTreeWidget::itemSelectionChanged, this, &EnvVarsPage::updateActions);
    connect(m_ui->envVarsTree, &QTreeWidget::itemActivated, this, &EnvVarsPage::changeSelected);
    connect(m_ui->envVarsView, &StatefulView::retryRequested, this, &EnvVarsPage::refresh);
    connect(m_ui->envVarsView, &StatefulView::emptyActionTriggered, this, &EnvVarsPage::createVariable);
    updateActions();
}

EnvVarsPage::~EnvVarsPage() = default;

QStringList EnvVarsPage::names() const
{
    QStringList result;
    for (int i = 0; i < m_ui->envVarsTree->topLevelItemCount(); ++i)
        result.append(m_ui->envVarsTree->topLevelItem(i)->text(0));
    return result;
}

void EnvVarsPage::refreshInBackground()
{
    const StatefulView::State state = m_ui->envVarsView->state();
    m_nextLoadMode
        = RefreshRule::backgroundMode(state == StatefulView::State::Content || state == StatefulView::State::Empty);
    refresh();
}

void EnvVarsPage::refresh()
{
    m_loadMode = std::exchange(m_nextLoadMode, RefreshRule::Mode::Asked);
    // A newer list supersedes the one in flight.
    QObject* request = m_requests->replacing(QStringLiteral("list"));
    if (m_ui->envVarsView->state() != StatefulView::State::Content && RefreshRule::showsLoadingState(m_loadMode))
        m_ui->envVarsView->showLoading(tr("Loading environment variables…"));
    m_provider->listEnvVars(request, m_requests->done(request, [this](ApiResult<QList<EnvVar>> result) {
        if (!result.ok() && RefreshRule::keepsDataOnFailure(m_loadMode)) {
            emit statusMessage(tr("The environment variables could not be refreshed: %1 The list shows them as "
                                  "loaded before.")
                                   .arg(result.error.userMessage()));
            return;
        }
        if (!result.ok()) {
            m_ui->envVarsView->showLoadError(result.error);
            emit statusMessage(tr("Could not load the environment variables."));
            if (result.error.needsTwoFactorSession())
                emit twoFactorNeeded(result.error);
            return;
        }
        m_ui->envVarsView->setUnreadableItems(result.unreadableItems);
        showVariables(*result.value);
    }));
}

void EnvVarsPage::showVariables(const QList<EnvVar>& variables)
{
    const QString keep = m_selectAfterLoad.isEmpty() ? selectedName() : m_selectAfterLoad;
    m_selectAfterLoad.clear();
    m_ui->envVarsTree->setSortingEnabled(false);
    m_ui->envVarsTree->clear();
    for (const EnvVar& variable : variables) {
        auto* item = new QTreeWidgetItem(m_ui->envVarsTree);
        item->setText(0, variable.name);
        // The server masks values on read (docs/api/vast-endpoints.md §3.3); show the mask, never pretend to know more.
        item->setText(1, variable.maskedValue.isEmpty() ? tr("(hidden)") : variable.maskedValue);
        item->setToolTip(1, tr("Values are write-only: use Change Value to replace it."));
        if (variable.name == keep)
            item->setSelected(true);
    }
    m_ui->envVarsTree->setSortingEnabled(true);
    if (variables.isEmpty()) {
        m_ui->envVarsView->showEmpty(tr("No environment variables"),
                                     tr("Variables you add here are injected into every container you launch."),
                                     tr("&New Variable…"));
    } else {
        m_ui->envVarsView->showContent();
        if (const QList<QTreeWidgetItem*> selected = m_ui->envVarsTree->selectedItems(); !selected.isEmpty()) {
            m_ui->envVarsTree->setCurrentItem(selected.first());
            m_ui->envVarsTree->scrollToItem(selected.first());
        }
    }
    applyFilter();
    emit statusMessage(tr("Loaded %n environment variable(s).", nullptr, int(variables.size())));
}

void EnvVarsPage::applyFilter()
{
    const QString needle = m_ui->filterEdit->text().trimmed();
    const int total = m_ui->envVarsTree->topLevelItemCount();
    int shown = 0;
    for (int i = 0; i < total; ++i) {
        QTreeWidgetItem* item = m_ui->envVarsTree->topLevelItem(i);
        item->setHidden(!needle.isEmpty() && !item->text(0).contains(needle, Qt::CaseInsensitive));
        shown += item->isHidden() ? 0 : 1;
    }
    // The SSH Keys tab's words for a filtered list ("1 of 8 keys", issue 18 item 23), and its "nothing matches".
    m_ui->countChip->setText(!needle.isEmpty() && shown != total ? tr("%1 of %n variable(s)", nullptr, total).arg(shown)
                                                                 : tr("%n variable(s)", nullptr, total));
    m_noMatches->showFor(needle, m_ui->envVarsView->state() == StatefulView::State::Content ? total : 0, shown);
    updateActions();
}

void EnvVarsPage::selectName(const QString& name)
{
    const QList<QTreeWidgetItem*> items = m_ui->envVarsTree->findItems(name, Qt::MatchExactly, 0);
    if (items.isEmpty())
        return;
    m_ui->envVarsTree->setCurrentItem(items.first());
    m_ui->envVarsTree->scrollToItem(items.first());
}

QString EnvVarsPage::selectedName() const
{
    const QList<QTreeWidgetItem*> selected = m_ui->envVarsTree->selectedItems();
    if (selected.isEmpty() || selected.first()->isHidden())
        return {};
    return selected.first()->text(0);
}

void EnvVarsPage::updateActions()
{
    const bool hasSelection = !selectedName().isEmpty();
    m_ui->changeButton->setEnabled(hasSelection);
    m_ui->deleteButton->setEnabled(hasSelection);
}

void EnvVarsPage::createVariable()
{
    auto* dialog = new EnvVarDialog(m_provider, EnvVarDialog::Mode::Create, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setListedNames(names());
    connect(dialog, &EnvVarDialog::busyChanged, m_requests, &RequestTracker::hold);
    // After a lost answer the dialog has re-listed; show that list rather than asking the server again.
    connect(dialog, &EnvVarDialog::variablesRelisted, this, &EnvVarsPage::showVariables);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->createdAfterLostAnswer()) {
            selectName(dialog->savedName());
            emit statusMessage(tr("No readable answer came back from the server, but the variable %1 was created.")
                                   .arg(dialog->savedName()));
            return;
        }
        m_selectAfterLoad = dialog->savedName();
        emit statusMessage(tr("Environment variable %1 was added.").arg(dialog->savedName()));
        refresh();
    });
    dialog->open();
}

void EnvVarsPage::changeSelected()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    auto* dialog = new EnvVarDialog(m_provider, EnvVarDialog::Mode::Update, name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EnvVarDialog::busyChanged, m_requests, &RequestTracker::hold);
    connect(dialog, &QDialog::accepted, this, [this, name] {
        emit statusMessage(tr("The value of %1 was replaced.").arg(name));
        refresh();
    });
    dialog->open();
}

void EnvVarsPage::deleteSelected()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    if (!MessageBox::confirm(this, tr("Delete Environment Variable"),
                             tr("Delete the environment variable %1?").arg(name), tr("&Delete"),
                             tr("Containers launched from now on will not get it. Its value cannot be recovered.")))
        return;
    m_ui->deleteButton->setEnabled(false);
    QObject* request = m_requests->start();
    Reconcile::deleteEnvVar(
        m_provider, name, request, m_requests->done(request, [this, name](const Reconcile::EnvVarDeleted& outcome) {
            if (outcome.reread)
                showVariables(*outcome.reread);
            switch (outcome.state) {
            case Reconcile::State::Done:
                emit statusMessage(
                    outcome.answerLost()
                        ? tr("No readable answer came back from the server, but %1 was deleted.").arg(name)
                        : tr("Environment variable %1 was deleted.").arg(name));
                if (!outcome.reread)
                    refresh();
                return;
            case Reconcile::State::AlreadyDone:
                emit statusMessage(tr("Environment variable %1 no longer exists on the server.").arg(name));
                return;
            case Reconcile::State::Unknown:
                reportActionError(outcome.answerLost()
                                      ? tr("No readable answer came back from the server, and Keydeck could not "
                                           "check whether %1 was deleted. Refresh the list before you "
                                           "try again.")
                                            .arg(name)
                                      : tr("Could not delete %1.").arg(name),
                                  outcome.answerLost() ? outcome.rereadError : outcome.error);
                return;
            case Reconcile::State::NotDone:
                break;
            }
            if (!outcome.answerLost()) {
                reportActionError(tr("Could not delete %1.").arg(name), outcome.error);
                return;
            }
            const QString message
                = tr("No readable answer came back from the server, and %1 was not deleted; you can try again.")
                      .arg(name);
            emit statusMessage(message);
            MessageBox::warning(this, tr("Environment Variables"), message);
        }));
}

void EnvVarsPage::reportActionError(const QString& title, const ApiError& error)
{
    emit statusMessage(title);
    if (error.needsTwoFactorSession())
        emit twoFactorNeeded(error);
    MessageBox::warning(this, tr("Environment Variables"), title, error.userMessage());
}
