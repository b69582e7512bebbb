#include "sandbox/VastDialect.h"

#include "sandbox/SandboxStore.h"
#include "sandbox/SandboxVariants.h"

#include <QRegularExpression>

// The env var routes: /secrets/ (docs/api/vast-endpoints.md §3.3).

SandboxReply VastDialect::listSecrets(const SandboxRequest&, const Caller& caller, const QString&, const QJsonObject&)
{
    QJsonObject secrets;
    const auto rows = m_store.select(QStringLiteral("SELECT name FROM vast_secrets WHERE user_id = ? ORDER BY name"),
                                     {caller.userId});
    // docs/api/vast-endpoints.md §3.3: values are masked on read.
    for (const QVariantMap& row : rows)
        secrets.insert(row.value(QStringLiteral("name")).toString(), QStringLiteral("********"));
    if (oddItems()) {
        // Variant list-items=odd: the first value null (readable), and one value a number (not).
        if (!secrets.isEmpty())
            secrets.insert(secrets.begin().key(), QJsonValue(QJsonValue::Null));
        secrets.insert(QStringLiteral("ODD_NUMBER"), 7);
    }
    return ok(QJsonObject {{QStringLiteral("success"), true}, {QStringLiteral("secrets"), secrets}});
}

namespace {

/**
 * Validates an env var name and value; returns an error reply or a 200 placeholder. @p valuePattern: whether the
 * value must match the spec's create pattern (variant vast-env-value, docs/SANDBOX.md).
 */
SandboxReply validateSecret(const QJsonObject& body, bool needValue, bool valuePattern, QString* name, QString* value)
{
    const QJsonValue key = body.value(QLatin1String("key"));
    const QJsonValue val = body.value(QLatin1String("value"));
    if (!key.isString() || (needValue && !val.isString())) {
        return VastDialect::error(400, QStringLiteral("missing_input"),
                                  needValue ? QStringLiteral("Both 'key' and 'value' are required.")
                                            : QStringLiteral("'key' is required."));
    }
    *name = key.toString().trimmed().toUpper();
    if (name->isEmpty() || (needValue && val.toString().isEmpty()))
        return VastDialect::error(400, QStringLiteral("empty_input"),
                                  QStringLiteral("Key and value must not be empty."));
    if (name->size() > 255 || (needValue && val.toString().size() > 4096))
        return VastDialect::error(400, QStringLiteral("input_too_long"), QStringLiteral("Key or value is too long."));
    static const QRegularExpression namePattern(QStringLiteral("^[A-Z_][A-Z0-9_]*$"));
    static const QRegularExpression valueCharacters(QStringLiteral("^[a-zA-Z0-9_\\-\\.]+$"));
    if (!namePattern.match(*name).hasMatch()
        || (needValue && valuePattern && !valueCharacters.match(val.toString()).hasMatch())) {
        return VastDialect::error(400, QStringLiteral("invalid_characters"),
                                  QStringLiteral("Key or value contains invalid characters."));
    }
    if (value)
        *value = val.toString();
    return SandboxReply();
}

} // namespace

SandboxReply VastDialect::createSecret(const SandboxRequest&, const Caller& caller, const QString&,
                                       const QJsonObject& body)
{
    QString name;
    QString value;
    const SandboxReply invalid = validateSecret(
        body, true, m_variants.is(QStringLiteral("vast-env-value"), QStringLiteral("pattern")), &name, &value);
    if (invalid.status != 200)
        return invalid;
    if (m_store
            .scalar(QStringLiteral("SELECT COUNT(*) FROM vast_secrets WHERE user_id = ? AND name = ?"),
                    {caller.userId, name})
            .toInt()
        > 0) {
        return error(400, QStringLiteral("existing_key"),
                     QStringLiteral("Environment variable %1 already exists; use update.").arg(name));
    }
    if (m_store.scalar(QStringLiteral("SELECT COUNT(*) FROM vast_secrets WHERE user_id = ?"), {caller.userId}).toInt()
        >= kMaxSecrets) {
        return error(400, QStringLiteral("max_secrets"),
                     QStringLiteral("You have reached the maximum of %1 environment variables.").arg(kMaxSecrets));
    }
    m_store.insert(QStringLiteral("INSERT INTO vast_secrets (user_id, name, value, created_at) VALUES (?, ?, ?, ?)"),
                   {caller.userId, name, value, now()});
    return okMsg(QStringLiteral("Environment variable added successfully"));
}

SandboxReply VastDialect::updateSecret(const SandboxRequest&, const Caller& caller, const QString&,
                                       const QJsonObject& body)
{
    QString name;
    QString value;
    const SandboxReply invalid = validateSecret(
        body, true, m_variants.is(QStringLiteral("vast-env-value"), QStringLiteral("pattern")), &name, &value);
    if (invalid.status != 200)
        return invalid;
    m_store.exec(QStringLiteral("UPDATE vast_secrets SET value = ? WHERE user_id = ? AND name = ?"),
                 {value, caller.userId, name});
    if (m_store.changedRows() == 0)
        return error(400, QStringLiteral("nonexistent_key"),
                     QStringLiteral("Environment variable %1 does not exist.").arg(name));
    return okMsg(QStringLiteral("Environment variable updated successfully"));
}

SandboxReply VastDialect::deleteSecret(const SandboxRequest&, const Caller& caller, const QString&,
                                       const QJsonObject& body)
{
    QString name;
    const SandboxReply invalid = validateSecret(body, false, false, &name, nullptr);
    if (invalid.status != 200)
        return invalid;
    m_store.exec(QStringLiteral("DELETE FROM vast_secrets WHERE user_id = ? AND name = ?"), {caller.userId, name});
    if (m_store.changedRows() == 0)
        return error(400, QStringLiteral("nonexistent_key"),
                     QStringLiteral("Environment variable %1 does not exist.").arg(name));
    return okMsg(QStringLiteral("Environment variable deleted successfully"));
}
