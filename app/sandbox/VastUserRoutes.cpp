#include "sandbox/VastDialect.h"

#include "sandbox/SandboxStore.h"

#include <QJsonDocument>

#include <algorithm>

// The profile routes: GET /users/current/ and PUT /users/ (docs/api/vast-endpoints.md §3.4).

namespace {

// Fields `vastai set user` may send (docs/api/vast-endpoints.md §3.4) and the JSON type each must have.
enum class FieldType { String, Bool, Number };
const QList<QPair<QString, FieldType>> kUserFields = {
    {QStringLiteral("ssh_key"), FieldType::String},
    {QStringLiteral("paypal_email"), FieldType::String},
    {QStringLiteral("wise_email"), FieldType::String},
    {QStringLiteral("email"), FieldType::String},
    {QStringLiteral("normalized_email"), FieldType::String},
    {QStringLiteral("username"), FieldType::String},
    {QStringLiteral("fullname"), FieldType::String},
    {QStringLiteral("billaddress_line1"), FieldType::String},
    {QStringLiteral("billaddress_line2"), FieldType::String},
    {QStringLiteral("billaddress_city"), FieldType::String},
    {QStringLiteral("billaddress_zip"), FieldType::String},
    {QStringLiteral("billaddress_country"), FieldType::String},
    {QStringLiteral("billaddress_taxinfo"), FieldType::String},
    {QStringLiteral("balance_threshold_enabled"), FieldType::Bool},
    {QStringLiteral("balance_threshold"), FieldType::Number},
    {QStringLiteral("autobill_threshold"), FieldType::Number},
    {QStringLiteral("phone_number"), FieldType::String},
};

} // namespace

QJsonObject VastDialect::userObject(qint64 userId, qint64 apiKeyId) const
{
    const QVariantMap row = m_store.selectOne(QStringLiteral("SELECT * FROM vast_users WHERE id = ?"), {userId});
    QJsonObject user = QJsonDocument::fromJson(row.value(QStringLiteral("profile")).toString().toUtf8()).object();
    user.insert(QStringLiteral("id"), userId);
    user.insert(QStringLiteral("username"), row.value(QStringLiteral("username")).toString());
    user.insert(QStringLiteral("email"), row.value(QStringLiteral("email")).toString());
    user.insert(QStringLiteral("fullname"), row.value(QStringLiteral("fullname")).toString());
    user.insert(QStringLiteral("tfa_status"),
                row.value(QStringLiteral("tfa_enabled")).toBool() ? QStringLiteral("enabled")
                                                                  : QStringLiteral("disabled"));
    user.insert(QStringLiteral("key_id"), apiKeyId >= 0 ? QJsonValue(apiKeyId) : QJsonValue(QJsonValue::Null));
    user.insert(QStringLiteral("created_at"), row.value(QStringLiteral("created_at")).toString());
    user.remove(QStringLiteral("api_key")); // docs/api/vast-endpoints.md §3.4: never part of the answer.
    return user;
}

SandboxReply VastDialect::getUser(const SandboxRequest&, const Caller& caller, const QString&, const QJsonObject&)
{
    return ok(userObject(caller.userId, caller.apiKeyId));
}

SandboxReply VastDialect::putUser(const SandboxRequest&, const Caller& caller, const QString&, const QJsonObject& body)
{
    if (body.isEmpty())
        return error(400, QStringLiteral("missing_input"), QStringLiteral("No user fields provided."));
    for (auto it = body.begin(); it != body.end(); ++it) {
        auto field = std::find_if(kUserFields.begin(), kUserFields.end(),
                                  [&](const auto& entry) { return entry.first == it.key(); });
        if (field == kUserFields.end())
            return error(400, QStringLiteral("invalid_field"), QStringLiteral("Unknown user field: %1").arg(it.key()));
        const bool typeOk = (field->second == FieldType::String && it.value().isString())
            || (field->second == FieldType::Bool && it.value().isBool())
            || (field->second == FieldType::Number && it.value().isDouble());
        if (!typeOk)
            return error(400, QStringLiteral("invalid_field"), QStringLiteral("Invalid value for %1").arg(it.key()));
        if ((it.key() == QLatin1String("email") || it.key() == QLatin1String("normalized_email"))
            && !it.value().toString().contains(QLatin1Char('@'))) {
            return error(400, QStringLiteral("invalid_email"), QStringLiteral("Invalid email address."));
        }
        if (it.value().isString() && it.value().toString().size() > 255)
            return error(400, QStringLiteral("input_too_long"), QStringLiteral("%1 is too long.").arg(it.key()));
    }
    const QVariantMap row = m_store.selectOne(
        QStringLiteral("SELECT profile, username, email, fullname FROM vast_users WHERE id = ?"), {caller.userId});
    QJsonObject profile = QJsonDocument::fromJson(row.value(QStringLiteral("profile")).toString().toUtf8()).object();
    QString username = row.value(QStringLiteral("username")).toString();
    QString email = row.value(QStringLiteral("email")).toString();
    QString fullname = row.value(QStringLiteral("fullname")).toString();
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() == QLatin1String("username"))
            username = it.value().toString();
        else if (it.key() == QLatin1String("email"))
            email = it.value().toString();
        else if (it.key() == QLatin1String("fullname"))
            fullname = it.value().toString();
        else
            profile.insert(it.key(), it.value());
    }
    m_store.exec(
        QStringLiteral("UPDATE vast_users SET username = ?, email = ?, fullname = ?, profile = ? WHERE id = ?"),
        {username, email, fullname, QString::fromUtf8(QJsonDocument(profile).toJson(QJsonDocument::Compact)),
         caller.userId});
    QJsonObject user = userObject(caller.userId, caller.apiKeyId);
    user.insert(QStringLiteral("success"), true);
    return ok(user);
}
