#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <cstddef>
#include <cstdint>
#include <optional>

namespace Fuzz {

/** The bytes as the transport hands them to a parser (ApiResponse::json(): any top-level JSON value). */
inline std::optional<QJsonValue> json(const uint8_t* data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size)).trimmed();
    if (bytes.isEmpty())
        return QJsonValue(QJsonValue::Null);
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson('[' + bytes + ']', &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1)
        return std::nullopt;
    return doc.array().first();
}

} // namespace Fuzz
