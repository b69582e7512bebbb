#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

/**
 * Strict readers of single JSON fields shared by VastJson and SpheronJson. Each returns false when
 * the field is present with a type the references do not list, so the whole body is rejected.
 */
class JsonFields
{
public:
    /** An id: a non-negative integer (Vast) or a non-empty string (Spheron) becomes text. */
    static std::optional<QString> id(const QJsonValue& v);
    /** A string; missing or null leaves @p out empty. */
    static bool optString(const QJsonObject& o, const char* key, QString* out);
    /** An id-like field (number or string); missing or null leaves @p out empty. */
    static bool optId(const QJsonObject& o, const char* key, QString* out);
    /** A number (or a numeric string); missing or null gives nullopt. */
    static bool optNumber(const QJsonObject& o, const char* key, std::optional<double>* out);
    /** A boolean (or 0/1); missing or null leaves @p out unchanged. */
    static bool optBool(const QJsonObject& o, const char* key, bool* out);
    /** An ISO-8601 string or Unix seconds; missing, null or unparsable text gives an invalid date. */
    static bool optDate(const QJsonObject& o, const char* key, QDateTime* out);
    /**
     * A date as the servers write it: ISO 8601 with or without milliseconds and "Z" (no zone means UTC), or
     * "yyyy-MM-dd HH:mm:ss"; invalid when it is neither.
     */
    static QDateTime parseDate(const QString& text);
};
