#include "providers/JsonFields.h"

#include <QLocale>

#include <cmath>

std::optional<QString> JsonFields::id(const QJsonValue& v)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (!std::isfinite(d) || d < 0 || d > 9.0e15 || std::floor(d) != d)
            return std::nullopt;
        return QString::number(qint64(d));
    }
    if (v.isString() && !v.toString().trimmed().isEmpty())
        return v.toString().trimmed();
    return std::nullopt;
}

bool JsonFields::optString(const QJsonObject& o, const char* key, QString* out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isString())
        return false;
    *out = v.toString();
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
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return true;
    if (v.isDouble()) {
        const double seconds = v.toDouble();
        if (!std::isfinite(seconds) || seconds < 0 || seconds > 1.0e11)
            return false;
        *out = QDateTime::fromMSecsSinceEpoch(qint64(seconds * 1000), Qt::UTC);
        return true;
    }
    if (!v.isString())
        return false;
    // A date the UI cannot read is shown as unknown rather than failing the whole list.
    QDateTime d = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!d.isValid())
        d = QDateTime::fromString(v.toString(), Qt::ISODate);
    if (!d.isValid())
        d = QDateTime::fromString(v.toString(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (d.isValid() && d.timeSpec() == Qt::LocalTime) // no zone given: the servers speak UTC
        d.setTimeSpec(Qt::UTC);
    *out = d;
    return true;
}
