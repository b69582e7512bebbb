#pragma once

#include "providers/Dto.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class ConsoleProvider;
class RequestTracker;
class QComboBox;
class QLabel;

/**
 * Picks the Spheron AI team Keydeck works in (docs/api/spheron.md §5–6: teams come from /api/balance).
 * Emits teamSelected() whenever the chosen team changes; the integrator scopes the SSH Keys page
 * to it and remembers it as the account's teamId.
 */
class TeamSwitcher : public QWidget
{
    Q_OBJECT

public:
    explicit TeamSwitcher(QWidget* parent = nullptr);
    ~TeamSwitcher() override;

    /** Lets refresh() load the teams itself (when the Profile page is not what loads them). */
    void setProvider(ConsoleProvider* provider);
    /** The team to select when the list arrives (the account's stored teamId); wins over the server's current team. */
    void setPreferredTeamId(const QString& teamId);

    /** Fills the list; keeps the selection when possible, else the preferred team, else the server's current one. */
    void setTeams(const QList<Team>& teams);
    QList<Team> teams() const { return m_teams; }

    QString currentTeamId() const;
    QString currentRole() const;
    std::optional<Team> currentTeam() const;
    /** Selects @p teamId; false when there is no such team. */
    bool selectTeam(const QString& teamId);

    /** True when @p role may add and delete the team's SSH keys (Owner, Admin: docs/api/spheron.md §6). */
    static bool canManageSshKeys(const QString& role);
    /** Why the SSH key actions are disabled for a @p role in @p teamName (a translated sentence), or empty. */
    static QString sshKeysRestriction(const QString& role, const QString& teamName);
    /** The role as the user reads it ("Owner"); the server's word when unknown. */
    static QString roleName(const QString& role);

public slots:
    /** Loads the teams through the provider's fetchBalance(). */
    void refresh();

signals:
    /** The selected team changed (also on the first list). */
    /** @p teamName lets the pages name the team rather than show its id (issue 18 item 13). */
    void teamSelected(const QString& teamId, const QString& role, const QString& teamName);
    /** refresh() failed; @p message is a whole translated sentence. */
    void loadFailed(const QString& message);

private:
    void onIndexChanged(int index);

    QLabel* m_label;
    QComboBox* m_combo;
    QPointer<ConsoleProvider> m_provider;
    RequestTracker* m_requests;
    QList<Team> m_teams;
    QString m_preferredTeamId;
    QString m_lastEmittedId;
};
