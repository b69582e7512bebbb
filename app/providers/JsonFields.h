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
    /**
     * One field's value as the readers below need it: its type and, for a scalar, its value. Made from a
     * QJsonValue, or by JsonObjectList straight from the body's bytes, so that both paths share each reader's rules.
     */
    struct Scalar
    {
        enum class Type : quint8 { Undefined, Null, Bool, Double, String, Other };
        Type type = Type::Undefined;
        bool boolean = false;
        double number = 0;
        QString string;

        static Scalar from(const QJsonValue& v);
    };

    /** An id: a non-negative integer (Vast) or a non-empty string (Spheron) becomes text. */
    static std::optional<QString> id(const QJsonValue& v);
    static std::optional<QString> id(const Scalar& v);
    /** optString(), optDate() on one field's value: missing (Undefined) or null leaves @p out unchanged. */
    static bool optString(const Scalar& v, QString* out);
    static bool optDate(const Scalar& v, QDateTime* out);
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
