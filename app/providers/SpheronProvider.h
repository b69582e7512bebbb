#pragma once

#include "providers/ConsoleProvider.h"

/**
 * Spheron AI's API under <base>/api (docs/api/spheron.md): SSH keys with {name, publicKey, teamId?},
 * balance and teams from /api/balance. No profile, API-key, env-var or session endpoints exist.
 */
class SpheronProvider : public ConsoleProvider
{
    Q_OBJECT

public:
    explicit SpheronProvider(ApiTransport* transport, QObject* parent = nullptr);

    QString providerId() const override;
    QString displayName() const override;
    Capabilities capabilities() const override;
    QUrl defaultBaseUrl() const override;

    QUrl verifyKeyUrl() const override;
    void verifyKeyAs(const QString& candidate, QObject* context, Callback<void> done) override;
    void fetchBalance(QObject* context, Callback<AccountBalance> done) override;

    void listSshKeys(const QString& teamId, QObject* context, Callback<QList<SshKey>> done) override;
    void addSshKey(const QString& name, const QString& publicKeyLine, const QString& teamId, QObject* context,
                   Callback<SshKey> done) override;
    void deleteSshKey(const QString& id, QObject* context, Callback<void> done) override;

    /** ApiError::serverCode() of a list that held only another team's keys (issue 19 item 2). */
    static QString otherTeamOnlyCode() { return QStringLiteral("keydeck_other_team_only"); }

private:
    QUrl endpoint(const QString& path) const;
    /** Fills in the team and key text of listed items that lack them, one GET /api/ssh-keys/{id} each. */
    void completeSshKeys(QList<SshKey> keys, const QString& teamId, QObject* context, Callback<QList<SshKey>> done);
};
