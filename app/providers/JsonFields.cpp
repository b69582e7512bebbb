#include "providers/JsonFields.h"

#include <QLocale>

#include <cmath>

JsonFields::Scalar JsonFields::Scalar::from(const QJsonValue& v)
{
    Scalar s;
    switch (v.type()) {
    case QJsonValue::Undefined:
        break;
    case QJsonValue::Null:
        s.type = Type::Null;
        break;
    case QJsonValue::Bool:
        s.type = Type::Bool;
        s.boolean = v.toBool();
        break;
    case QJsonValue::Double:
        s.type = Type::Double;
        s.number = v.toDouble();
        break;
    case QJsonValue::String:
        s.type = Type::String;
        s.string = v.toString();
        break;
    case QJsonValue::Array:
    case QJsonValue::Object:
        s.type = Type::Other;
        break;
    }
    return s;
}

std::optional<QString> JsonFields::id(const QJsonValue& v)
{
    return id(Scalar::from(v));
}

std::optional<QString> JsonFields::id(const Scalar& v)
{
    if (v.type == Scalar::Type::Double) {
        const double d = v.number;
        if (!std::isfinite(d) || d < 0 || d > 9.0e15 || std::floor(d) != d)
            return std::nullopt;
        return QString::number(qint64(d));
    }
    if (v.type == Scalar::Type::String) {
        QString trimmed = v.string.trimmed();
        if (!trimmed.isEmpty())
            return trimmed;
    }
    return std::nullopt;
}

bool JsonFields::optString(const QJsonObject& o, const char* key, QString* out)
{
    return optString(Scalar::from(o.value(QLatin1String(key))), out);
}

bool JsonFields::optString(const Scalar& v, QString* out)
{
    if (v.type == Scalar::Type::Undefined || v.type == Scalar::Type::Null)
        return true;
    if (v.type != Scalar::Type::String)
        return false;
    *out = v.string;
    return true;
}

bool JsonFields::optId(const QJsonObject& o, const char* key, QString* out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return true;
    const auto text = id(v);
    if (!text)
        return false;
    *out = *text;
    return true;
}

bool JsonFields::optNumber(const QJsonObject& o, const char* key, std::optional<double>* out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return true;
    if (v.isDouble()) {
        *out = v.toDouble();
        return true;
    }
    if (v.isString()) {
        bool ok = false;
        const double d = QLocale::c().toDouble(v.toString().trimmed(), &ok);
        if (!ok || !std::isfinite(d))
            return false;
        *out = d;
        return true;
    }
    return false;
}

bool JsonFields::optBool(const QJsonObject& o, const char* key, bool* out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return true;
    if (v.isBool()) {
        *out = v.toBool();
        return true;
    }
    if (v.isDouble() && (v.toDouble() == 0 || v.toDouble() == 1)) {
        *out = v.toDouble() == 1;
        return true;
    }
    return false;
}

bool JsonFields::optDate(const QJsonObject& o, const char* key, QDateTime* out)
{
    return optDate(Scalar::from(o.value(QLatin1String(key))), out);
}

bool JsonFields::optDate(const Scalar& v, QDateTime* out)
{
    if (v.type == Scalar::Type::Undefined || v.type == Scalar::Type::Null)
        return true;
    if (v.type == Scalar::Type::Double) {
        const double seconds = v.number;
        if (!std::isfinite(seconds) || seconds < 0 || seconds > 1.0e11)
            return false;
        *out = QDateTime::fromMSecsSinceEpoch(qint64(seconds * 1000), Qt::UTC);
        return true;
    }
    if (v.type != Scalar::Type::String)
        return false;
    // A date the UI cannot read is shown as unknown rather than failing the whole list.
    *out = parseDate(v.string);
    return true;
}

namespace {

/** The value of @p count ASCII digits at @p at, or -1. */
int digits(QStringView s, qsizetype at, qsizetype count)
{
    int value = 0;
    for (qsizetype i = at; i < at + count; ++i) {
        const char16_t c = s[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

/**
 * "yyyy-MM-ddTHH:mm:ss", optionally ".zzz", then "Z" or nothing: what both providers send for every key and
 * session. QDateTime::fromString() took about 0.6 µs per date, the largest part of reading 10,000 SSH keys
 * (docs/PERFORMANCE.md); anything else goes to it.
 */
std::optional<QDateTime> parseCommonIsoDate(QStringView s)
{
    if (s.endsWith(u'Z'))
        s.chop(1);
    if ((s.size() != 19 && s.size() != 23) || s[4] != u'-' || s[7] != u'-' || s[10] != u'T' || s[13] != u':'
        || s[16] != u':' || (s.size() == 23 && s[19] != u'.'))
        return std::nullopt;
    const int year = digits(s, 0, 4), month = digits(s, 5, 2), day = digits(s, 8, 2);
    const int hour = digits(s, 11, 2), minute = digits(s, 14, 2), second = digits(s, 17, 2);
    const int ms = s.size() == 23 ? digits(s, 20, 3) : 0;
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, ms);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || ms < 0 || !date.isValid()
        || !time.isValid())
        return std::nullopt; // let QDateTime decide (e.g. 24:00:00, which ISO allows)
    return QDateTime(date, time, Qt::UTC);
}

} // namespace

QDateTime JsonFields::parseDate(const QString& text)
{
    if (const auto common = parseCommonIsoDate(text))
        return *common;
    QDateTime d = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!d.isValid())
        d = QDateTime::fromString(text, Qt::ISODate);
    if (!d.isValid())
        d = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (d.isValid() && d.timeSpec() == Qt::LocalTime) // no zone given: the servers speak UTC
        d.setTimeSpec(Qt::UTC);
    return d;
}
