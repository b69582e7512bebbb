#include "pages/profile/ProfilePage.h"
#include "ui_ProfilePage.h"

#include "UiContext.h"
#include "core/LocaleFormat.h"
#include "core/RequestTracker.h"
#include "dialogs/twofactor/TwoFactorController.h"
#include "pages/profile/TeamSwitcher.h"
#include "pages/profile/TwoFactorSection.h"
#include "providers/ConsoleProvider.h"
#include "providers/ProfileRules.h"
#include "widgets/ItemViews.h"
#include "widgets/ListHeader.h"
#include "widgets/TextTone.h"

#include <QAction>
#include <QDesktopServices>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QShortcut>

#include <utility>

namespace {

enum TeamColumn { TeamNameColumn, TeamRoleColumn, TeamBalanceColumn, TeamCurrentColumn, TeamColumnCount };

/** True when @p error means the account needs a 2FA login (docs/api/vast.md §2.3). */
QString unknownText()
{
    return QCoreApplication::translate("ProfilePage", "Not reported by the server");
}

} // namespace

ProfilePage::ProfilePage(ConsoleProvider* provider, UiContext* context, QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::ProfilePage)
    , m_provider(provider)
    , m_context(context)
    , m_requests(new RequestTracker(this))
{
    m_ui->setupUi(this);
    ItemViews::tabBetweenControls(this);
    connect(m_requests, &RequestTracker::busyChanged, this, &ProfilePage::busyChanged);
    // The sections scroll rather than squeeze: at 800×600 the two-factor methods list shrank to its header, with
    // the method the status line counted nowhere to be seen.
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("profileScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_ui->dialectStack);
    m_ui->profileView->setContentWidget(scroll);
    m_ui->dialectStack->setCurrentWidget(isVast() ? m_ui->vastPage : m_ui->spheronPage);
    m_ui->teamSwitcher->setVisible(!isVast());
    m_ui->teamSwitcher->setProvider(m_provider);
    m_ui->saveBusyBar->setVisible(false);
    m_ui->saveErrorLabel->setVisible(false);
    // A red that keeps its contrast on light and dark palettes alike.
    m_ui->saveErrorLabel->setStyleSheet(TextTone::styleSheet(m_ui->saveErrorLabel, TextTone::Tone::Error));
    m_ui->signOutTfaButton->setVisible(false);
    m_ui->emailNote->setForegroundRole(QPalette::PlaceholderText);
    // The read-only email looked like a field to type in (issue 18 item 17): no frame, the window's background.
    m_ui->emailEdit->setFrame(false);
    m_ui->emailEdit->setBackgroundRole(QPalette::Window);
    QPalette emailPalette = m_ui->emailEdit->palette();
    emailPalette.setColor(QPalette::Base, emailPalette.color(QPalette::Window));
    m_ui->emailEdit->setPalette(emailPalette);
    m_usernameProblem = new QLabel(this);
    m_usernameProblem->setObjectName(QStringLiteral("usernameProblemLabel"));
    m_usernameProblem->setTextFormat(Qt::PlainText);
    m_usernameProblem->setWordWrap(true);
    m_usernameProblem->setStyleSheet(QStringLiteral("color: #e5534b;"));
    m_usernameProblem->hide();
    {
        int row = -1;
        QFormLayout::ItemRole role;
        m_ui->personalForm->getWidgetPosition(m_ui->usernameEdit, &row, &role);
        m_ui->personalForm->insertRow(row + 1, QString(), m_usernameProblem);
    }
    m_ui->consoleLinkButton->setToolTip(webProfileUrl().toString());
    ListHeader::uniformRows(m_ui->teamsTree);
    ListHeader::styleCountChip(m_ui->teamsCountChip);
    m_ui->teamsCountChip->hide();
    QHeaderView* header = m_ui->teamsTree->header();
    header->setSectionResizeMode(TeamNameColumn, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    for (int column : {TeamRoleColumn, TeamBalanceColumn, TeamCurrentColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    auto* refreshShortcut = new QShortcut(QKeySequence::Refresh, this);
    connect(refreshShortcut, &QShortcut::activated, this, &ProfilePage::refresh);
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, [this] {
        if (m_ui->saveButton->isEnabled())
            saveChanges();
    });

    connect(m_ui->refreshButton, &QPushButton::clicked, this, &ProfilePage::refresh);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ProfilePage::saveChanges);
    connect(m_ui->revertButton, &QPushButton::clicked, this, &ProfilePage::revertChanges);
    connect(m_ui->consoleLinkButton, &QPushButton::clicked, this, &ProfilePage::openWebProfile);
    connect(m_ui->fullNameEdit, &QLineEdit::textEdited, this, &ProfilePage::updateFormState);
    connect(m_ui->usernameEdit, &QLineEdit::textEdited, this, &ProfilePage::updateFormState);
    connect(m_ui->profileView, &StatefulView::retryRequested, this, &ProfilePage::refresh);
    connect(m_ui->teamSwitcher, &TeamSwitcher::teamSelected, this,
            [this](const QString&, const QString&, const QString&) {
                if (const std::optional<Team> team = m_ui->teamSwitcher->currentTeam()) {
                    const QString restriction = TeamSwitcher::sshKeysRestriction(team->role, team->name);
                    emit statusMessage(restriction.isEmpty() ? tr("Working in team %1.").arg(team->name) : restriction);
                }
            });
    if (isVast()) {
        // Issue 20: the methods, backup codes and their management, loaded once the profile is.
        m_tfaSection = new TwoFactorSection(m_provider, m_context, m_ui->vastPage);
        m_tfaSection->setObjectName(QStringLiteral("twoFactorSection"));
        m_ui->vastLayout->insertWidget(m_ui->vastLayout->indexOf(m_ui->accountGroup) + 1, m_tfaSection);
        connect(m_tfaSection, &TwoFactorSection::statusMessage, this, &ProfilePage::statusMessage);
        connect(m_tfaSection, &TwoFactorSection::twoFactorNeeded, this, &ProfilePage::twoFactorNeeded);
        // The section's status is the fresher one: after a set-up or a removal the Account group must not say
        // the opposite of the section below it.
        connect(m_tfaSection, &TwoFactorSection::enabledChanged, this, [this](bool enabled) {
            m_profile.tfaStatus = enabled ? QStringLiteral("enabled") : QStringLiteral("disabled");
            updateTwoFactorRow();
        });
    }
    updateFormState();
}

ProfilePage::~ProfilePage() = default;

TwoFactorSection* ProfilePage::twoFactorSection() const
{
    return m_tfaSection;
}

bool ProfilePage::isVast() const
{
    // The dialect follows what the API offers (ARCHITECTURE.md, Providers), not the provider's name.
    return m_provider->has(ConsoleProvider::Capability::ProfileRead);
}

TeamSwitcher* ProfilePage::teamSwitcher() const
{
    return m_ui->teamSwitcher;
}

QUrl ProfilePage::webProfileUrl() const
{
    // The public console, never the sandbox: the profile is edited where the user signs in (docs/api/spheron.md §4).
    return m_provider->info().profilePageUrl;
}

void ProfilePage::setTwoFactorController(TwoFactorController* controller)
{
    if (m_twoFactor)
        disconnect(m_twoFactor, nullptr, this, nullptr);
    m_twoFactor = controller;
    if (m_tfaSection)
        m_tfaSection->setTwoFactorController(controller);
    if (controller) {
        connect(m_ui->signOutTfaButton, &QPushButton::clicked, controller, &TwoFactorController::signOut,
                Qt::UniqueConnection);
        connect(controller->signOutAction(), &QAction::changed, this, &ProfilePage::updateTwoFactorRow);
        connect(controller, &TwoFactorController::sessionStarted, this, &ProfilePage::refresh);
        connect(controller, &TwoFactorController::sessionEnded, this, &ProfilePage::updateTwoFactorRow);
    }
    updateTwoFactorRow();
}

bool ProfilePage::hasUnsavedChanges() const
{
    return m_loaded
        && (m_ui->fullNameEdit->text() != m_profile.fullname || m_ui->usernameEdit->text() != m_profile.username);
}

void ProfilePage::refreshInBackground()
{
    m_nextLoadMode = RefreshRule::backgroundMode(m_ui->profileView->state() == StatefulView::State::Content);
    refresh();
}

void ProfilePage::refresh()
{
    m_loadMode = std::exchange(m_nextLoadMode, RefreshRule::Mode::Asked);
    // A newer load supersedes the one in flight.
    QObject* request = m_requests->replacing(QStringLiteral("load"));
    if (m_ui->profileView->state() != StatefulView::State::Content)
        m_ui->profileView->showLoading(isVast() ? tr("Loading your profile…") : tr("Loading your teams…"));
    if (isVast()) {
        m_provider->fetchProfile(request, m_requests->done(request, [this](ApiResult<UserProfile> result) {
            if (!result.ok()) {
                showLoadError(result.error);
                return;
            }
            showProfile(*result.value);
        }));
    } else {
        m_provider->fetchBalance(request, m_requests->done(request, [this](ApiResult<AccountBalance> result) {
            if (!result.ok()) {
                showLoadError(result.error);
                return;
            }
            showBalance(*result.value);
        }));
    }
}

void ProfilePage::showLoadError(const ApiError& error)
{
    if (RefreshRule::keepsDataOnFailure(m_loadMode)) {
        emit statusMessage(
            isVast()
                ? tr("The profile could not be refreshed: %1 It shows what was loaded before.").arg(error.userMessage())
                : tr("The teams could not be refreshed: %1 They show what was loaded before.")
                      .arg(error.userMessage()));
        return;
    }
    m_ui->profileView->showError(error.userMessage());
    emit statusMessage(isVast() ? tr("Could not load the profile.") : tr("Could not load the teams."));
    if (error.needsTwoFactorSession())
        emit twoFactorNeeded(error);
}

void ProfilePage::showProfile(const UserProfile& profile)
{
    // A reload must not throw away what the user is typing: only untouched fields follow the server.
    const bool keepFullName = m_loaded && m_ui->fullNameEdit->text() != m_profile.fullname;
    const bool keepUsername = m_loaded && m_ui->usernameEdit->text() != m_profile.username;
    m_profile = profile;
    m_loaded = true;
    if (!keepFullName)
        m_ui->fullNameEdit->setText(profile.fullname);
    if (!keepUsername)
        m_ui->usernameEdit->setText(profile.username);
    m_ui->emailEdit->setText(profile.email);
    m_ui->emailEdit->setToolTip(profile.emailVerified ? tr("Verified") : tr("Not verified"));
    m_ui->balanceValue->setText(profile.balance ? LocaleFormat::money(*profile.balance) : unknownText());
    m_ui->creditValue->setText(profile.credit ? LocaleFormat::money(*profile.credit) : unknownText());
    updateTwoFactorRow();
    updateFormState();
    m_ui->profileView->showContent();
    emit statusMessage(tr("Profile loaded."));
    if (m_tfaSection)
        m_tfaSection->refresh();
    emit profileLoaded(profile);
}

void ProfilePage::showBalance(const AccountBalance& balance)
{
    m_ui->teamsTree->clear();
    QString currentName;
    for (const Team& team : balance.teams) {
        auto* item = new QTreeWidgetItem(m_ui->teamsTree);
        const QString name = team.name.isEmpty() ? tr("Unnamed team") : team.name;
        item->setText(TeamNameColumn, name);
        item->setText(TeamRoleColumn, TeamSwitcher::roleName(team.role));
        item->setText(TeamBalanceColumn, LocaleFormat::money(team.balance, balance.currency));
        item->setTextAlignment(TeamBalanceColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(TeamCurrentColumn, team.isCurrent ? tr("Current team") : QString());
        item->setData(TeamNameColumn, Qt::UserRole, team.id);
        if (team.isCurrent)
            currentName = name;
    }
    m_ui->teamsCountChip->setText(tr("%n team(s)", nullptr, int(balance.teams.size())));
    m_ui->teamsCountChip->setVisible(!balance.teams.isEmpty());
    m_ui->currentTeamLabel->setText(
        currentName.isEmpty() ? tr("The server did not say which team is current on the web console.")
                              : tr("%1 is the current team on the web console. Keydeck works in the team chosen above.")
                                    .arg(currentName));
    m_ui->teamSwitcher->setTeams(balance.teams);
    if (balance.teams.isEmpty())
        m_ui->profileView->showEmpty(tr("No teams"), tr("This API key does not belong to any team."));
    else
        m_ui->profileView->showContent();
    emit statusMessage(tr("Loaded %n team(s).", nullptr, int(balance.teams.size())));
}

void ProfilePage::updateFormState()
{
    const bool dirty = hasUnsavedChanges();
    const QString problem = usernameProblem();
    const bool usernameOk = problem.isEmpty();
    m_ui->saveButton->setEnabled(dirty && usernameOk && !m_saving
                                 && m_provider->has(ConsoleProvider::Capability::ProfileUpdate));
    // Said beside the field, not only in the Save button's tooltip (issue 18 item 17).
    m_ui->saveButton->setToolTip(problem);
    m_usernameProblem->setText(problem);
    m_usernameProblem->setVisible(!problem.isEmpty());
    m_ui->revertButton->setEnabled(dirty && !m_saving);
    m_ui->fullNameEdit->setReadOnly(m_saving || !m_loaded);
    m_ui->usernameEdit->setReadOnly(m_saving || !m_loaded);
}

QString ProfilePage::usernameProblem() const
{
    // Only a changed username is checked: the one the server holds is the server's business.
    const QString username = m_ui->usernameEdit->text().trimmed();
    if (!m_loaded || username == m_profile.username)
        return {};
    QString offending;
    switch (ProfileRules::checkUsername(username, &offending)) {
    case ProfileRules::UsernameProblem::None:
        return {};
    case ProfileRules::UsernameProblem::Empty:
        return tr("The username cannot be empty.");
    case ProfileRules::UsernameProblem::Whitespace:
        return tr("A username cannot contain spaces.");
    case ProfileRules::UsernameProblem::Character:
        return tr("A username cannot contain “%1”. Use letters, digits and . _ - @ +.").arg(offending);
    }
    return {};
}

void ProfilePage::updateTwoFactorRow()
{
    const QString status = m_profile.tfaStatus.toLower();
    QString text;
    if (status == QLatin1String("enabled"))
        text = tr("On");
    else if (status == QLatin1String("legacy"))
        text = tr("On (legacy method)");
    else if (status == QLatin1String("disabled"))
        text = tr("Off");
    else
        text = unknownText();
    if (m_provider->hasSessionKey())
        text = tr("%1. Keydeck is signed in with a two-factor session.").arg(text);
    m_ui->tfaValue->setText(text);
    m_ui->signOutTfaButton->setVisible(m_twoFactor != nullptr && m_provider->hasSessionKey());
    m_ui->signOutTfaButton->setEnabled(m_twoFactor && m_twoFactor->signOutAction()->isEnabled());
}

void ProfilePage::revertChanges()
{
    m_ui->fullNameEdit->setText(m_profile.fullname);
    m_ui->usernameEdit->setText(m_profile.username);
    m_ui->saveErrorLabel->setVisible(false);
    updateFormState();
}

void ProfilePage::saveChanges()
{
    if (!hasUnsavedChanges() || m_saving || !usernameProblem().isEmpty())
        return;
    ProfileUpdate update;
    const QString fullname = m_ui->fullNameEdit->text().trimmed();
    const QString username = m_ui->usernameEdit->text().trimmed();
    if (fullname != m_profile.fullname)
        update.fullname = fullname;
    if (username != m_profile.username)
        update.username = username;
    if (!update.fullname && !update.username) {
        revertChanges(); // only surrounding spaces were added
        return;
    }
    m_saving = true;
    m_ui->saveBusyBar->setVisible(true);
    m_ui->saveErrorLabel->setVisible(false);
    updateFormState();
    QObject* request = m_requests->start();
    m_provider->updateProfile(update, request, m_requests->done(request, [this, update](ApiResult<void> result) {
        m_saving = false;
        m_ui->saveBusyBar->setVisible(false);
        if (!result.ok()) {
            // The edits stay in the fields; only the message is added.
            m_ui->saveErrorLabel->setText(tr("Your changes were not saved. %1").arg(result.error.userMessage()));
            m_ui->saveErrorLabel->setVisible(true);
            updateFormState();
            emit statusMessage(tr("Could not save the profile."));
            if (result.error.needsTwoFactorSession())
                emit twoFactorNeeded(result.error);
            return;
        }
        if (update.fullname)
            m_profile.fullname = *update.fullname;
        if (update.username)
            m_profile.username = *update.username;
        revertChanges(); // shows the saved (trimmed) values
        emit statusMessage(tr("Profile saved."));
    }));
}

void ProfilePage::openWebProfile()
{
    QDesktopServices::openUrl(webProfileUrl());
    emit statusMessage(tr("Opened %1 in your browser.").arg(webProfileUrl().toDisplayString()));
}
