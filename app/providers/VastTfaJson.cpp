#include "providers/VastTfaJson.h"

#include "providers/JsonFields.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

std::optional<int> optCount(const QJsonObject& o, const char* key)
{
    std::optional<double> number;
    if (!JsonFields::optNumber(o, key, &number) || !number || *number < 0)
        return std::nullopt;
    return int(*number);
}

QStringList codesOf(const QJsonValue& v)
{
    QStringList codes;
    for (const QJsonValue& code : v.toArray()) {
        if (code.isString() && !code.toString().trimmed().isEmpty())
            codes.append(code.toString().trimmed());
    }
    return codes;
}

} // namespace

std::optional<TwoFactorMethod> VastTfaJson::method(const QJsonValue& v)
{
    if (!v.isObject())
        return std::nullopt;
    const QJsonObject o = v.toObject();
    TwoFactorMethod m;
    std::optional<double> fails;
    if (!JsonFields::optId(o, "id", &m.id) || m.id.isEmpty() || !JsonFields::optString(o, "method", &m.type)
        || !JsonFields::optString(o, "label", &m.label) || !JsonFields::optString(o, "phone_number", &m.phoneNumber)
        || !JsonFields::optBool(o, "is_primary", &m.primary) || !JsonFields::optDate(o, "created_at", &m.createdAt)
        || !JsonFields::optDate(o, "last_used", &m.lastUsed) || !JsonFields::optNumber(o, "fail_count", &fails)
        || !JsonFields::optDate(o, "locked_until", &m.lockedUntil))
        return std::nullopt;
    m.failCount = fails ? int(*fails) : 0;
    return m;
}

std::optional<TwoFactorStatus> VastTfaJson::status(const QJsonValue& v)
{
    if (!v.isObject())
        return std::nullopt;
    const QJsonObject o = v.toObject();
    TwoFactorStatus status;
    const QJsonValue methods = o.value(QLatin1String("methods"));
    if (!methods.isUndefined() && !methods.isNull() && !methods.isArray())
        return std::nullopt;
    for (const QJsonValue& item : methods.toArray()) {
        if (auto m = method(item))
            status.methods.append(*m);
    }
    status.enabled = !status.methods.isEmpty();
    if (!JsonFields::optBool(o, "tfa_enabled", &status.enabled))
        return std::nullopt;
    status.backupCodesRemaining = optCount(o, "backup_codes_remaining");
    return status;
}

std::optional<TwoFactorChallenge> VastTfaJson::challenge(const QJsonValue& v, bool secretOptional)
{
    if (!v.isObject())
        return std::nullopt;
    const QJsonObject o = v.toObject();
    TwoFactorChallenge challenge;
    if (!JsonFields::optString(o, "secret", &challenge.secret) || !JsonFields::optString(o, "msg", &challenge.message))
        return std::nullopt;
    if (challenge.secret.isEmpty() && !secretOptional)
        return std::nullopt;
    return challenge;
}

std::optional<TotpSetup> VastTfaJson::totpSetup(const QJsonValue& v)
{
    if (!v.isObject())
        return std::nullopt;
    const QJsonObject o = v.toObject();
    TotpSetup setup;
    if (!JsonFields::optString(o, "secret", &setup.secret)
        || !JsonFields::optString(o, "provisioning_uri", &setup.provisioningUri) || setup.secret.isEmpty()
        || setup.provisioningUri.isEmpty())
        return std::nullopt;
    return setup;
}

std::optional<TwoFactorActivation> VastTfaJson::activation(const QJsonValue& v)
{
    if (!v.isObject())
        return std::nullopt;
    const QJsonObject o = v.toObject();
    TwoFactorActivation activation;
    if (const auto m = method(o.value(QLatin1String("method"))))
        activation.method = *m;
    activation.backupCodes = codesOf(o.value(QLatin1String("backup_codes")));
    return activation;
}

std::optional<QStringList> VastTfaJson::backupCodes(const QJsonValue& v)
{
    const QStringList codes = codesOf(v.toObject().value(QLatin1String("backup_codes")));
    if (codes.isEmpty())
        return std::nullopt;
    return codes;
}

std::optional<TwoFactorRemoval> VastTfaJson::removal(const QJsonValue& v)
{
    TwoFactorRemoval removal;
    if (v.isObject())
        removal.remainingMethods = optCount(v.toObject(), "remaining_methods");
    return removal;
}
