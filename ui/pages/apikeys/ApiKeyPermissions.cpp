#include "pages/apikeys/ApiKeyPermissions.h"

#include "providers/Dto.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

namespace ApiKeyPermissions {

namespace {

const QLatin1String kApi("api");

/** Scopes the server knows besides the editor's checkboxes (docs/api/vast.md §4, routes table). */
const QStringList& extraScopes()
{
    static const QStringList scopes {QStringLiteral("agents_read"), QStringLiteral("agents_write")};
    return scopes;
}

bool validConstraint(const QJsonValue& value)
{
    if (!value.isObject())
        return false;
    const QJsonObject ops = value.toObject();
    if (ops.isEmpty())
        return false;
    for (auto it = ops.begin(); it != ops.end(); ++it) {
        if (it.key() != QLatin1String("eq") && it.key() != QLatin1String("lte") && it.key() != QLatin1String("gte"))
            return false;
        if (it.value().isObject() || it.value().isArray() || it.value().isNull() || it.value().isUndefined())
            return false;
    }
    return true;
}

} // namespace

QStringList categories()
{
    return {QStringLiteral("instance_read"), QStringLiteral("instance_write"),
            QStringLiteral("user_read"),     QStringLiteral("user_write"),
            QStringLiteral("billing_read"),  QStringLiteral("billing_write"),
            QStringLiteral("machine_read"),  QStringLiteral("machine_write"),
            QStringLiteral("team_read"),     QStringLiteral("team_write"),
            QStringLiteral("misc")};
}

QString categoryLabel(const QString& category)
{
    if (category == QLatin1String("instance_read"))
        return QCoreApplication::translate("ApiKeyPermissions", "Instances: read");
    if (category == QLatin1String("instance_write"))
        return QCoreApplication::translate("ApiKeyPermissions", "Instances: write");
    if (category == QLatin1String("user_read"))
        return QCoreApplication::translate("ApiKeyPermissions", "Account and keys: read");
    if (category == QLatin1String("user_write"))
        return QCoreApplication::translate("ApiKeyPermissions", "Account and keys: write");
    if (category == QLatin1String("billing_read"))
        return QCoreApplication::translate("ApiKeyPermissions", "Billing: read");
    if (category == QLatin1String("billing_write"))
        return QCoreApplication::translate("ApiKeyPermissions", "Billing: write");
    if (category == QLatin1String("machine_read"))
        return QCoreApplication::translate("ApiKeyPermissions", "Machines: read");
    if (category == QLatin1String("machine_write"))
        return QCoreApplication::translate("ApiKeyPermissions", "Machines: write");
    if (category == QLatin1String("team_read"))
        return QCoreApplication::translate("ApiKeyPermissions", "Team: read");
    if (category == QLatin1String("team_write"))
        return QCoreApplication::translate("ApiKeyPermissions", "Team: write");
    if (category == QLatin1String("misc"))
        return QCoreApplication::translate("ApiKeyPermissions", "Miscellaneous");
    return category;
}

QJsonObject fromCategories(const QStringList& wanted)
{
    QJsonObject api;
    for (const QString& category : categories()) {
        if (wanted.contains(category))
            api.insert(category, QJsonObject());
    }
    return QJsonObject {{kApi, api}};
}

QStringList presetCategories(Preset preset)
{
    switch (preset) {
    case Preset::FullAccess:
        return categories();
    case Preset::ReadOnly: {
        QStringList read;
        for (const QString& category : categories()) {
            if (category.endsWith(QLatin1String("_read")))
                read.append(category);
        }
        return read;
    }
    case Preset::SshKeysOnly:
        // docs/api/vast.md §4: listing SSH keys needs user_read, adding or deleting them user_write; the API has no
        // narrower scope, so this is the least a key that manages SSH keys can hold.
        return {QStringLiteral("user_read"), QStringLiteral("user_write")};
    case Preset::Custom:
        return {};
    }
    return {};
}

QStringList categoriesOf(const QJsonObject& permissions)
{
    const QJsonObject api = permissions.value(kApi).toObject();
    QStringList result;
    for (const QString& category : categories()) {
        if (api.contains(category))
            result.append(category);
    }
    for (auto it = api.begin(); it != api.end(); ++it) {
        if (!result.contains(it.key()))
            result.append(it.key());
    }
    return result;
}

bool hasConstraints(const QJsonObject& permissions)
{
    const QJsonObject api = permissions.value(kApi).toObject();
    for (auto it = api.begin(); it != api.end(); ++it) {
        if (!it.value().toObject().isEmpty())
            return true;
    }
    return false;
}

Preset presetOf(const QJsonObject& permissions)
{
    if (hasConstraints(permissions))
        return Preset::Custom;
    const QStringList listed = categoriesOf(permissions);
    const QSet<QString> have(listed.cbegin(), listed.cend());
    for (Preset preset : {Preset::FullAccess, Preset::ReadOnly, Preset::SshKeysOnly}) {
        const QStringList wanted = presetCategories(preset);
        if (have == QSet<QString>(wanted.cbegin(), wanted.cend()))
            return preset;
    }
    return Preset::Custom;
}

std::optional<QJsonObject> parse(const QString& text, QString* error)
{
    auto fail = [error](const QString& message) -> std::optional<QJsonObject> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(QCoreApplication::translate("ApiKeyPermissions", "The JSON is not valid at character %1: %2.")
                        .arg(parseError.offset)
                        .arg(parseError.errorString()));
    }
    if (!document.isObject())
        return fail(QCoreApplication::translate(
            "ApiKeyPermissions", "The permissions must be a JSON object such as {\"api\": {\"user_read\": {}}}."));
    const QJsonObject root = document.object();
    if (root.size() != 1 || !root.value(kApi).isObject())
        return fail(QCoreApplication::translate(
            "ApiKeyPermissions",
            "The permissions must have exactly one key, \"api\", holding an object of categories."));
    const QJsonObject api = root.value(kApi).toObject();
    if (api.isEmpty())
        return fail(QCoreApplication::translate(
            "ApiKeyPermissions", "Choose at least one category: a key without permissions cannot do anything."));
    for (auto it = api.begin(); it != api.end(); ++it) {
        if (!categories().contains(it.key()) && !extraScopes().contains(it.key())) {
            return fail(
                QCoreApplication::translate("ApiKeyPermissions", "“%1” is not a permission category.").arg(it.key()));
        }
        if (!it.value().isObject()) {
            return fail(QCoreApplication::translate("ApiKeyPermissions",
                                                    "The category “%1” must hold an object ({} for all of it).")
                            .arg(it.key()));
        }
        const QJsonObject operations = it.value().toObject();
        for (auto op = operations.begin(); op != operations.end(); ++op) {
            const QJsonObject operation = op.value().toObject();
            bool valid = op.value().isObject();
            for (auto field = operation.begin(); valid && field != operation.end(); ++field) {
                if (field.key() == QLatin1String("constraints")) {
                    const QJsonObject constraints = field.value().toObject();
                    valid = field.value().isObject();
                    for (auto c = constraints.begin(); valid && c != constraints.end(); ++c)
                        valid = validConstraint(c.value());
                }
            }
            if (!valid) {
                return fail(QCoreApplication::translate("ApiKeyPermissions",
                                                        "The operation “%1” has invalid constraints: use "
                                                        "{\"constraints\": {\"id\": {\"eq\": 1227}}} with eq, lte or "
                                                        "gte.")
                                .arg(op.key()));
            }
        }
    }
    return root;
}

QString presetLabel(Preset preset)
{
    switch (preset) {
    case Preset::FullAccess:
        return QCoreApplication::translate("ApiKeyPermissions", "Full access");
    case Preset::ReadOnly:
        return QCoreApplication::translate("ApiKeyPermissions", "Read only");
    case Preset::SshKeysOnly:
        return QCoreApplication::translate("ApiKeyPermissions", "SSH keys only");
    case Preset::Custom:
        break;
    }
    return QCoreApplication::translate("ApiKeyPermissions", "Custom");
}

QString scopeSummary(const QJsonObject& permissions)
{
    const QStringList granted = categoriesOf(permissions);
    const int all = static_cast<int>(categories().size());
    const int count = static_cast<int>(granted.size());
    const bool constrained = hasConstraints(permissions);
    switch (presetOf(permissions)) {
    case Preset::FullAccess:
        return QCoreApplication::translate("ApiKeyPermissions", "Full access: every permission.");
    case Preset::ReadOnly:
        return QCoreApplication::translate("ApiKeyPermissions", "Read only: %1 of %n permission(s).", nullptr, all)
            .arg(count);
    case Preset::SshKeysOnly:
        return QCoreApplication::translate("ApiKeyPermissions", "SSH keys only: account and keys, read and write.");
    case Preset::Custom:
        break;
    }
    if (granted.isEmpty())
        return QCoreApplication::translate("ApiKeyPermissions", "No permissions.");
    QStringList labels;
    for (const QString& category : granted)
        labels.append(categoryLabel(category));
    return constrained
        ? QCoreApplication::translate("ApiKeyPermissions", "Custom, with constraints: %1.")
              .arg(labels.join(QStringLiteral(", ")))
        : QCoreApplication::translate("ApiKeyPermissions", "Custom: %1.").arg(labels.join(QStringLiteral(", ")));
}

QString summary(const ApiKeyInfo& key)
{
    if (key.permissions.value(kApi).isObject()) {
        if (const Preset preset = presetOf(key.permissions); preset != Preset::Custom)
            return presetLabel(preset);
        QStringList labels;
        for (const QString& category : categoriesOf(key.permissions))
            labels.append(categoryLabel(category));
        QString text = labels.join(QStringLiteral(", "));
        if (hasConstraints(key.permissions))
            text = QCoreApplication::translate("ApiKeyPermissions", "%1 (with constraints)").arg(text);
        return text;
    }
    if (key.rights == QLatin1String("full") || key.rights.isEmpty())
        return key.rights.isEmpty() ? QCoreApplication::translate("ApiKeyPermissions", "Not listed")
                                    : presetLabel(Preset::FullAccess);
    if (key.rights == QLatin1String("read"))
        return presetLabel(Preset::ReadOnly);
    return key.rights;
}

} // namespace ApiKeyPermissions
