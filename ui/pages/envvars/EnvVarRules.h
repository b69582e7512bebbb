#pragma once

#include <QCoreApplication>
#include <QString>

/**
 * The Vast.ai naming rules for account environment variables (docs/api/vast-endpoints.md §3.3), checked before a
 * request is sent so that the user gets a precise sentence instead of the server's 400.
 */
class EnvVarRules
{
    Q_DECLARE_TR_FUNCTIONS(EnvVarRules)

public:
    /** The longest name the server accepts (docs/api/vast-endpoints.md §3.3, delete: "at most 255 characters"). */
    static constexpr int kMaxNameLength = 255;

    /** The name as the server stores it: trimmed and upper-cased. */
    static QString normalizedName(const QString& name);
    /** A translated sentence saying what is wrong with @p name, or an empty string when it is valid. */
    static QString nameProblem(const QString& name);
    /** A translated sentence saying what is wrong with @p value, or an empty string when it is valid. */
    static QString valueProblem(const QString& value);
};
