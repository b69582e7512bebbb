#include "providers/VastProvider.h"

#include "providers/VastJson.h"
#include "providers/VastTfaJson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

// VastProvider's two-factor calls (issue 20, docs/api/vast-endpoints.md §3.7), with bodies as vast-cli sends them.
// Every call that carries a code, a secret or a backup code is single-use on the server, so none is ever sent twice.

namespace {

QJsonDocument obj(const QJsonObject& o)
{
    return QJsonDocument(o);
}

ApiRequest once(ApiRequest request)
{
    request.idempotent = false;
    return request;
}

} // namespace

void VastProvider::twoFactorSignIn(const TwoFactorProof& proof, QObject* context, Callback<TwoFactorSession> done)
{
    if (apiKey().isEmpty()) {
        failLater(context, std::move(done), ApiError::make(ApiError::Kind::Auth));
        return;
    }
    if (!proof.methodId.isEmpty() && !isVastId(proof.methodId)) {
        failLater(context, std::move(done), ApiError::make(ApiError::Kind::NotFound));
        return;
    }
    // docs/api/vast-endpoints.md §3.6: authenticated with the API key, never with an old session key.
    ApiRequest request = once(ApiRequest::post(endpoint(QStringLiteral("/tfa/")), obj(proof.toJson())));
    request.bearer = apiKey();
    const QPointer<VastProvider> self(this);
    fetch<TwoFactorSession>(
        std::move(request), context,
        [self, done = std::move(done)](ApiResult<TwoFactorSession> r) {
            if (r.ok() && self)
                self->adoptSessionKey(r.value->sessionKey);
            // A 401 here that is not about the key means the code was wrong: say so, rather than
            // "the API key was rejected".
            if (r.error.kind() == ApiError::Kind::Auth
                && !r.error.serverMessage().contains(QLatin1String("user key"), Qt::CaseInsensitive))
                r.error = ApiError::make(ApiError::Kind::Validation, r.error.httpStatus(), r.error.serverMessage());
            done(std::move(r));
        },
        &VastJson::twoFactorSession);
}

void VastProvider::twoFactorStatus(QObject* context, Callback<TwoFactorStatus> done)
{
    fetch<TwoFactorStatus>(ApiRequest::get(endpoint(QStringLiteral("/tfa/status/"))), context, std::move(done),
                           &VastTfaJson::status);
}

void VastProvider::sendTwoFactorSms(const QString& phoneNumber, QObject* context, Callback<TwoFactorChallenge> done)
{
    QJsonObject body;
    if (!phoneNumber.trimmed().isEmpty())
        body.insert(QStringLiteral("phone_number"), phoneNumber.trimmed());
    fetch<TwoFactorChallenge>(once(ApiRequest::post(endpoint(QStringLiteral("/tfa/sms/")), obj(body))), context,
                              std::move(done), [](const QJsonValue& v) { return VastTfaJson::challenge(v); });
}

void VastProvider::resendTwoFactorSms(const QString& secret, QObject* context, Callback<void> done)
{
    perform(
        once(ApiRequest::post(endpoint(QStringLiteral("/tfa/sms/resend/")), obj({{QStringLiteral("secret"), secret}}))),
        context, std::move(done));
}

void VastProvider::sendTwoFactorEmail(QObject* context, Callback<TwoFactorChallenge> done)
{
    fetch<TwoFactorChallenge>(once(ApiRequest::post(endpoint(QStringLiteral("/tfa/email/")), obj({}))), context,
                              std::move(done), [](const QJsonValue& v) { return VastTfaJson::challenge(v); });
}

void VastProvider::setUpTotp(QObject* context, Callback<TotpSetup> done)
{
    fetch<TotpSetup>(once(ApiRequest::post(endpoint(QStringLiteral("/tfa/totp-setup/")), obj({}))), context,
                     std::move(done), &VastTfaJson::totpSetup);
}

void VastProvider::authorizeNewTwoFactorMethod(const TwoFactorProof& proof, QObject* context,
                                               Callback<TwoFactorChallenge> done)
{
    // The CLI sends one of backup_code, tfa_method_id or tfa_method, in that order of preference.
    QJsonObject body;
    if (!proof.backupCode.trimmed().isEmpty())
        body.insert(QStringLiteral("backup_code"), proof.backupCode.trimmed());
    else if (!proof.methodId.isEmpty())
        body.insert(QStringLiteral("tfa_method_id"), proof.methodId);
    else
        body.insert(QStringLiteral("tfa_method"),
                    proof.methodType.isEmpty() ? QStringLiteral("email") : proof.methodType);
    fetch<TwoFactorChallenge>(once(ApiRequest::post(endpoint(QStringLiteral("/tfa/authorize-new-method/")), obj(body))),
                              context, std::move(done),
                              [](const QJsonValue& v) { return VastTfaJson::challenge(v, true); });
}

void VastProvider::finishAuthorizeNewTwoFactorMethod(const QString& secret, const QString& code, QObject* context,
                                                     Callback<void> done)
{
    perform(once(ApiRequest::put(endpoint(QStringLiteral("/tfa/authorize-new-method/")),
                                 obj({{QStringLiteral("secret"), secret}, {QStringLiteral("code"), code.trimmed()}}))),
            context, std::move(done));
}

void VastProvider::confirmNewTwoFactorMethod(const QString& type, const QString& code, const QString& secret,
                                             const QString& phoneNumber, const QString& label, QObject* context,
                                             Callback<TwoFactorActivation> done)
{
    TwoFactorProof proof;
    proof.methodType = type;
    proof.code = code;
    proof.secret = secret;
    QJsonObject body = proof.toJson();
    if (!phoneNumber.trimmed().isEmpty())
        body.insert(QStringLiteral("phone_number"), phoneNumber.trimmed());
    if (!label.trimmed().isEmpty())
        body.insert(QStringLiteral("label"), label.trimmed());
    fetch<TwoFactorActivation>(once(ApiRequest::post(endpoint(QStringLiteral("/tfa/confirm-new/")), obj(body))),
                               context, std::move(done), &VastTfaJson::activation);
}

void VastProvider::updateTwoFactorMethod(const QString& id, const std::optional<QString>& label,
                                         std::optional<bool> primary, QObject* context, Callback<void> done)
{
    if (!isVastId(id) || (!label && !primary)) {
        failLater(context, std::move(done),
                  ApiError::make(isVastId(id) ? ApiError::Kind::Validation : ApiError::Kind::NotFound));
        return;
    }
    // `vastai tfa update` sends the id as a number, then label and is_primary when given.
    QJsonObject body {{QStringLiteral("tfa_method_id"), id.toLongLong()}};
    if (label)
        body.insert(QStringLiteral("label"), label->trimmed());
    if (primary)
        body.insert(QStringLiteral("is_primary"), *primary);
    perform(ApiRequest::put(endpoint(QStringLiteral("/tfa/update/")), obj(body)), context, std::move(done));
}

void VastProvider::deleteTwoFactorMethod(const QString& id, const TwoFactorProof& proof, QObject* context,
                                         Callback<TwoFactorRemoval> done)
{
    if (!isVastId(id)) {
        failLater(context, std::move(done), ApiError::make(ApiError::Kind::NotFound));
        return;
    }
    // Always with target_id: without it the server removes the method that verified (vastai tfa delete's help).
    QJsonObject body = proof.toJson();
    body.insert(QStringLiteral("target_id"), id.toLongLong());
    fetch<TwoFactorRemoval>(once(ApiRequest::del(endpoint(QStringLiteral("/tfa/")), obj(body))), context,
                            std::move(done), &VastTfaJson::removal);
}

void VastProvider::regenerateBackupCodes(const TwoFactorProof& proof, QObject* context, Callback<QStringList> done)
{
    fetch<QStringList>(once(ApiRequest::put(endpoint(QStringLiteral("/tfa/regen-backup-codes/")), obj(proof.toJson()))),
                       context, std::move(done), &VastTfaJson::backupCodes);
}
