#include "pages/profile/TeamSwitcher.h"

#include "core/RequestTracker.h"
#include "providers/ConsoleProvider.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

TeamSwitcher::TeamSwitcher(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(tr("&Team:"), this))
    , m_combo(new QComboBox(this))
    , m_requests(new RequestTracker(this))
{
    m_label->setObjectName(QStringLiteral("teamLabel"));
    m_combo->setObjectName(QStringLiteral("teamCombo"));
    m_combo->setAccessibleName(tr("Team"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setMinimumContentsLength(16);
    m_combo->setEnabled(false);
    m_combo->setPlaceholderText(tr("No teams"));
    m_label->setBuddy(m_combo);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_combo, 1);
    connect(m_combo, &QComboBox::currentIndexChanged, this, &TeamSwitcher::onIndexChanged);
}

TeamSwitcher::~TeamSwitcher() = default;

void TeamSwitcher::setProvider(ConsoleProvider* provider)
{
    m_provider = provider;
}

void TeamSwitcher::setPreferredTeamId(const QString& teamId)
{
    m_preferredTeamId = teamId;
}

QString TeamSwitcher::roleName(const QString& role)
{
    const QString lower = role.toLower();
    if (lower == QLatin1String("owner"))
        return tr("Owner");
    if (lower == QLatin1String("admin"))
        return tr("Admin");
    if (lower == QLatin1String("member"))
        return tr("Member");
    return role.isEmpty() ? tr("Unknown role") : role;
}

bool TeamSwitcher::canManageSshKeys(const QString& role)
{
    // docs/api/spheron.md §6: members are read-only or deploy-only. An unknown role is not blocked
    // here; the server has the last word and its refusal is shown.
    return role.compare(QLatin1String("member"), Qt::CaseInsensitive) != 0;
}

QString TeamSwitcher::sshKeysRestriction(const QString& role, const QString& teamName)
{
    if (canManageSshKeys(role))
        return {};
    return tr("You are a member of %1. Only owners and admins of a team can add or delete its SSH keys.").arg(teamName);
}

void TeamSwitcher::setTeams(const QList<Team>& teams)
{
    const QString keep = !currentTeamId().isEmpty() ? currentTeamId() : m_preferredTeamId;
    m_teams = teams;
    {
        const QSignalBlocker blocker(m_combo);
        m_combo->clear();
        for (const Team& team : teams) {
            const QString name = team.name.isEmpty() ? tr("Unnamed team") : team.name;
            m_combo->addItem(tr("%1 (%2)").arg(name, roleName(team.role)), team.id);
        }
        int index = keep.isEmpty() ? -1 : m_combo->findData(keep);
        if (index < 0) {
            const auto current
                = std::find_if(teams.cbegin(), teams.cend(), [](const Team& team) { return team.isCurrent; });
            index = current != teams.cend() ? int(current - teams.cbegin()) : (teams.isEmpty() ? -1 : 0);
        }
        m_combo->setCurrentIndex(index);
    }
    m_combo->setEnabled(teams.size() > 1);
    m_combo->setToolTip(teams.size() == 1 ? tr("This API key belongs to one team only.") : QString());
    onIndexChanged(m_combo->currentIndex());
}

QString TeamSwitcher::currentTeamId() const
{
    return m_combo->currentData().toString();
}

std::optional<Team> TeamSwitcher::currentTeam() const
{
    const int index = m_combo->currentIndex();
    if (index < 0 || index >= m_teams.size())
        return std::nullopt;
    return m_teams.at(index);
}

QString TeamSwitcher::currentRole() const
{
    const std::optional<Team> team = currentTeam();
    return team ? team->role : QString();
}

bool TeamSwitcher::selectTeam(const QString& teamId)
{
    const int index = m_combo->findData(teamId);
    if (index < 0)
        return false;
    m_combo->setCurrentIndex(index);
    return true;
}

void TeamSwitcher::onIndexChanged(int)
{
    const std::optional<Team> team = currentTeam();
    if (!team || team->id == m_lastEmittedId)
        return;
    m_lastEmittedId = team->id;
    m_preferredTeamId = team->id;
    emit teamSelected(team->id, team->role, team->name);
}

void TeamSwitcher::refresh()
{
    if (!m_provider)
        return;
    // A newer load supersedes the one in flight.
    QObject* request = m_requests->replacing(QStringLiteral("teams"));
    m_provider->fetchBalance(request, m_requests->done(request, [this](ApiResult<AccountBalance> result) {
        if (!result.ok()) {
            emit loadFailed(result.error.userMessage());
            return;
        }
        setTeams(result.value->teams);
    }));
}
