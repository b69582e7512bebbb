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
    // Two-factor sign-in and management: VastTwoFactor.cpp (issue 20, docs/api/vast-endpoints.md §3.7).
    void twoFactorSignIn(const TwoFactorProof& proof, QObject* context, Callback<TwoFactorSession> done) override;
    void twoFactorStatus(QObject* context, Callback<TwoFactorStatus> done) override;
    void sendTwoFactorSms(const QString& phoneNumber, QObject* context, Callback<TwoFactorChallenge> done) override;
    void resendTwoFactorSms(const QString& secret, QObject* context, Callback<void> done) override;
    void sendTwoFactorEmail(QObject* context, Callback<TwoFactorChallenge> done) override;
    void setUpTotp(QObject* context, Callback<TotpSetup> done) override;
    void authorizeNewTwoFactorMethod(const TwoFactorProof& proof, QObject* context,
                                     Callback<TwoFactorChallenge> done) override;
    void finishAuthorizeNewTwoFactorMethod(const QString& secret, const QString& code, QObject* context,
                                           Callback<void> done) override;
    void confirmNewTwoFactorMethod(const QString& type, const QString& code, const QString& secret,
                                   const QString& phoneNumber, const QString& label, QObject* context,
                                   Callback<TwoFactorActivation> done) override;
    void updateTwoFactorMethod(const QString& id, const std::optional<QString>& label, std::optional<bool> primary,
                               QObject* context, Callback<void> done) override;
    void deleteTwoFactorMethod(const QString& id, const TwoFactorProof& proof, QObject* context,
                               Callback<TwoFactorRemoval> done) override;
    void regenerateBackupCodes(const TwoFactorProof& proof, QObject* context, Callback<QStringList> done) override;

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

    void listAuditEvents(QObject* context, Callback<QList<AuditEvent>> done) override;

protected:
    std::optional<ApiError> bodyError(const QJsonValue& body, int httpStatus) const override;

private:
    QUrl endpoint(const QString& path) const;
    static bool isVastId(const QString& id);
};
