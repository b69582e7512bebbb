#include "pages/envvars/EnvVarRules.h"

#include <QRegularExpression>

QString EnvVarRules::normalizedName(const QString& name)
{
    return name.trimmed().toUpper();
}

QString EnvVarRules::nameProblem(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter a name for the variable.");
    if (trimmed.size() > kMaxNameLength)
        return tr("The name is too long: at most %n characters are allowed.", nullptr, kMaxNameLength);
    // docs/api/vast-endpoints.md §3.3 update pattern ^[a-zA-Z_]\w*$; \w is kept to ASCII because a container's
    // environment (POSIX names) cannot use anything else.
    static const QRegularExpression firstChar(QStringLiteral("^[A-Za-z_]"));
    if (!firstChar.match(trimmed).hasMatch())
        return tr("The name must start with a letter or an underscore.");
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (!pattern.match(trimmed).hasMatch())
        return tr("The name may contain only letters A–Z, digits and underscores.");
    return {};
}

QString EnvVarRules::valueProblem(const QString& value)
{
    // Only names have rules here: the CLI checks no value, and whether the server holds values to the spec's create
    // pattern is unknown (docs/api/vast-endpoints.md §3.3). A value it refuses comes back as its own message, the form
    // kept.
    if (value.isEmpty())
        return tr("Enter a value for the variable.");
    return {};
}
