#include "providers/JsonObjectList.h"

#include <QStringView>

#include <array>
#include <charconv>
#include <cmath>
#include <string_view>
#include <utility>

// Errors as values only: without exceptions, a result used as its value does not compile (it threw, and so ended
// Keydeck, on a malformed null; fuzz_vastjson).
#define SIMDJSON_EXCEPTIONS 0
#include <simdjson.h>

namespace ondemand = simdjson::ondemand;

namespace {

// QJsonDocument refuses nesting deeper than 1024 levels; well below that, leave the decision to it.
constexpr int MaxDepth = 256;

/** U+FDD0..U+FDEF and U+xxFFFE/U+xxFFFF: Qt's UTF-8 decoder has refused these in some versions; give up on them. */
bool hasNonCharacter(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t u = text[i].unicode();
        if (QChar::isHighSurrogate(u) && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            u = QChar::surrogateToUcs4(char16_t(u), text[++i].unicode());
        if ((u >= 0xFDD0 && u <= 0xFDEF) || (u & 0xFFFE) == 0xFFFE)
            return true;
    }
    return false;
}

std::string_view trimmed(std::string_view token)
{
    while (!token.empty()
           && (token.back() == ' ' || token.back() == '\n' || token.back() == '\r' || token.back() == '\t'))
        token.remove_suffix(1);
    return token;
}

/**
 * A number as QJsonDocument reads it: an integer that fits in 64 bits stays one (QJsonValue::toDouble() then
 * converts it), anything else is a double; out of range either way (1e400, but also 1e-400, which simdjson reads as
 * 0) is not ours to guess. simdjson has checked the grammar already.
 */
bool readNumber(ondemand::value& value, double* out)
{
    double checked = 0;
    std::string_view token = value.raw_json_token();
    if (value.get_double().get(checked))
        return false;
    token = trimmed(token);
    const char* begin = token.data();
    const char* end = begin + token.size();
    if (token.find_first_of(".eE") == std::string_view::npos) {
        qint64 integer = 0;
        const auto [at, error] = std::from_chars(begin, end, integer);
        if (error == std::errc() && at == end) {
            *out = double(integer);
            return true;
        }
    }
    const auto [at, error] = std::from_chars(begin, end, *out);
    return error == std::errc() && at == end && std::isfinite(*out);
}

bool readString(ondemand::value& value, QString* out)
{
    std::string_view text;
    if (value.get_string().get(text))
        return false; // bad escapes and lone surrogates
    // Almost every string of a key list is ASCII: no decoding, and no non-character to look for.
    unsigned char high = 0;
    for (const char c : text)
        high |= uchar(c);
    if (high < 0x80) {
        if (out)
            *out = QString::fromLatin1(text.data(), qsizetype(text.size()));
        return true;
    }
    const QString decoded = QString::fromUtf8(text.data(), qsizetype(text.size()));
    if (hasNonCharacter(decoded))
        return false;
    if (out)
        *out = decoded;
    return true;
}

/** A member's name, when it is plain ASCII without escapes (the only names read here; QJsonDocument decides others). */
bool plainName(ondemand::field& field, std::string_view* name)
{
    const char* start = field.key().raw();
    const char* p = start;
    while (*p != '"') {
        if (*p == '\\' || uchar(*p) < 0x20 || uchar(*p) >= 0x80)
            return false;
        ++p;
    }
    *name = std::string_view(start, std::size_t(p - start));
    return true;
}

bool readValue(ondemand::value value, JsonFields::Scalar* out, int depth);

bool readContainer(ondemand::value& value, ondemand::json_type type, int depth)
{
    if (depth > MaxDepth)
        return false;
    if (type == ondemand::json_type::array) {
        ondemand::array array;
        if (value.get_array().get(array))
            return false;
        for (auto element : array) {
            ondemand::value inner;
            if (std::move(element).get(inner) || !readValue(inner, nullptr, depth + 1))
                return false;
        }
        return true;
    }
    ondemand::object object;
    if (value.get_object().get(object))
        return false;
    for (auto member : object) {
        ondemand::field field;
        std::string_view name;
        if (std::move(member).get(field) || field.unescaped_key().get(name)
            || !readValue(field.value(), nullptr, depth + 1))
            return false;
    }
    return true;
}

/** Reads (and so checks) any value: a scalar into @p out, an object or array read through as Type::Other. */
bool readValue(ondemand::value value, JsonFields::Scalar* out, int depth)
{
    using Type = JsonFields::Scalar::Type;
    JsonFields::Scalar ignored;
    JsonFields::Scalar& scalar = out ? *out : ignored;
    ondemand::json_type type;
    if (value.type().get(type))
        return false;
    switch (type) {
    case ondemand::json_type::string:
        scalar.type = Type::String;
        return readString(value, out ? &scalar.string : nullptr);
    case ondemand::json_type::number:
        scalar.type = Type::Double;
        return readNumber(value, &scalar.number);
    case ondemand::json_type::boolean:
        scalar.type = Type::Bool;
        return !value.get_bool().get(scalar.boolean);
    case ondemand::json_type::null: {
        scalar.type = Type::Null;
        bool isNull = false;
        return !value.is_null().get(isNull) && isNull; // "nul|" is an error, not false (fuzz_vastjson)
    }
    case ondemand::json_type::array:
    case ondemand::json_type::object:
        scalar.type = Type::Other;
        return readContainer(value, type, depth);
    }
    return false;
}

} // namespace

bool JsonObjectList::read(QByteArrayView body, std::span<const char* const> names, const Item& item)
{
    if (names.size() > MaxNames)
        return false;
    const simdjson::padded_string json(body.data(), std::size_t(body.size()));
    ondemand::parser parser;
    ondemand::document document;
    ondemand::array array;
    if (parser.iterate(json).get(document) || document.get_array().get(array))
        return false;
    std::array<std::string_view, MaxNames> wanted;
    for (std::size_t i = 0; i < names.size(); ++i)
        wanted[i] = names[i];
    std::array<JsonFields::Scalar, MaxNames> values;
    for (auto element : array) {
        ondemand::object object;
        if (element.get_object().get(object))
            return false;
        // Undefined is enough: JsonFields reads a value's other members only for its type.
        for (std::size_t i = 0; i < names.size(); ++i)
            values[i].type = JsonFields::Scalar::Type::Undefined;
        quint32 seen = 0;
        for (auto member : object) {
            ondemand::field field;
            std::string_view name;
            if (std::move(member).get(field) || !plainName(field, &name))
                return false;
            std::size_t index = 0;
            while (index < names.size() && name != wanted[index])
                ++index;
            if (index == names.size()) {
                if (!readValue(field.value(), nullptr, 1))
                    return false;
                continue;
            }
            // A wanted member given twice: QJsonDocument decides which one counts.
            if (seen & (1u << index))
                return false;
            seen |= 1u << index;
            if (!readValue(field.value(), &values[index], 1))
                return false;
        }
        if (!item(std::span<const JsonFields::Scalar>(values.data(), names.size())))
            return false;
    }
    // Nothing after the array: the document's tokens are used up.
    return document.current_location().error() == simdjson::OUT_OF_BOUNDS;
}
