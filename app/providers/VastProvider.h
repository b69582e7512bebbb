#pragma once

#include "providers/ConsoleProvider.h"

/**
 * Vast.ai's account API under <base>/api/v0, sent exactly as vast-cli sends it (docs/api/vast.md):
 * trailing slashes, {"ssh_key"} bodies, {"client_id": "me"} on reset, DELETE /secrets/ with a body.
 */
class VastProvider : public ConsoleProvider
{
    Q_OBJECT

public:
    explicit VastProvider(ApiTransport* transport, QObject* parent = nullptr);

    QString providerId() const override;
    QString displayName() const override;
    Capabilities capabilities() const override;
    QUrl defaultBaseUrl() const override;

    QUrl verifyKeyUrl() const override;
    void verifyKeyAs(const QString& candidate, QObject* context, Callback<void> done) override;
    void fetchProfile(QObject* context, Callback<UserProfile> done) override;
    void updateProfile(const ProfileUpdate& update, QObject* context, Callback<void> done) override;
    void fetchBalance(QObject* context, Callback<AccountBalance> done) override;
    void twoFactorLogin(const QString& code, QObject* context, Callback<TwoFactorSession> done) override;

    void listSshKeys(const QString& teamId, QObject* context, Callback<QList<SshKey>> done) override;
    void addSshKey(const QString& name, const QString& publicKeyLine, const QString& teamId, QObject* context,
                   Callback<SshKey> done) override;
    void updateSshKey(const QString& id, const QString& publicKeyLine, QObject* context,
                      Callback<SshKey> done) override;
    void deleteSshKey(const QString& id, QObject* context, Callback<void> done) override;

    void listApiKeys(QObject* context, Callback<QList<ApiKeyInfo>> done) override;
    void createApiKey(const QString& name, const QJsonObject& permissions, QObject* context,
                      Callback<CreatedApiKey> done) override;
    void deleteApiKey(const QString& id, QObject* context, Callback<void> done) override;
    void resetApiKey(QObject* context, Callback<CreatedApiKey> done) override;

    void listEnvVars(QObject* context, Callback<QList<EnvVar>> done) override;
    void createEnvVar(const QString& name, const QString& value, QObject* context, Callback<void> done) override;
    void updateEnvVar(const QString& name, const QString& value, QObject* context, Callback<void> done) override;
    void deleteEnvVar(const QString& name, QObject* context, Callback<void> done) override;

    void listSessions(QObject* context, Callback<QList<LoginSession>> done) override;
    void deleteSession(const QString& id, QObject* context, Callback<void> done) override;
    void deleteOwnSession(const QString& id, QObject* context, Callback<void> done) override;
    void deleteOtherSessions(QObject* context, Callback<void> done) override;

protected:
    std::optional<ApiError> bodyError(const QJsonValue& body, int httpStatus) const override;

private:
    QUrl endpoint(const QString& path) const;
};
