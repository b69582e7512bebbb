#include "providers/JsonReader.h"

#include <charconv>
#include <cmath>

namespace {

// QJsonDocument refuses nesting deeper than 1024 levels; well below that, leave the decision to it.
constexpr int MaxDepth = 256;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

/** U+FDD0..U+FDEF and U+xxFFFE/U+xxFFFF: Qt's UTF-8 decoder has refused these in some versions; give up on them. */
bool isNonCharacter(char32_t u)
{
    return (u >= 0xFDD0 && u <= 0xFDEF) || (u & 0xFFFE) == 0xFFFE;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

JsonReader::JsonReader(QByteArrayView text)
    : m_at(text.data())
    , m_end(text.data() + text.size())
{ }

bool JsonReader::skipSpace()
{
    while (m_at < m_end && (*m_at == ' ' || *m_at == '\n' || *m_at == '\r' || *m_at == '\t'))
        ++m_at;
    return m_at < m_end;
}

bool JsonReader::consume(char c)
{
    if (!skipSpace() || *m_at != c)
        return false;
    ++m_at;
    return true;
}

bool JsonReader::atEnd()
{
    return !skipSpace();
}

bool JsonReader::readName(QByteArrayView* ascii, QString* decoded)
{
    *ascii = {};
    *decoded = QString();
    if (!skipSpace() || *m_at != '"')
        return false;
    const char* start = m_at + 1;
    const char* p = start;
    while (p < m_end && *p != '"' && *p != '\\' && uchar(*p) >= 0x20 && uchar(*p) < 0x80)
        ++p;
    if (p < m_end && *p == '"') {
        *ascii = QByteArrayView(start, p - start);
        m_at = p + 1;
    } else if (!readString(decoded)) {
        return false;
    }
    return consume(':');
}

bool JsonReader::readString(QString* out)
{
    if (m_at == m_end || *m_at != '"')
        return false;
    const char* start = ++m_at;
    // Plain ASCII without escapes, almost every string of a key list: one copy, no decoding.
    while (m_at < m_end && *m_at != '"' && *m_at != '\\' && uchar(*m_at) >= 0x20 && uchar(*m_at) < 0x80)
        ++m_at;
    if (m_at < m_end && *m_at == '"') {
        if (out)
            *out = QString::fromLatin1(start, m_at - start);
        ++m_at;
        return true;
    }
    QString text;
    if (out)
        text = QString::fromLatin1(start, m_at - start);
    const auto append = [&](char32_t u) {
        if (out)
            text.append(QChar::fromUcs4(u));
    };
    while (m_at < m_end) {
        const uchar c = uchar(*m_at);
        if (c == '"') {
            ++m_at;
            if (out)
                *out = std::move(text);
            return true;
        }
        if (c < 0x20)
            return false; // RFC 8259 §7: control characters must be escaped
        if (c == '\\') {
            if (++m_at == m_end)
                return false;
            const char escape = *m_at++;
            switch (escape) {
            case '"':
            case '\\':
            case '/':
                append(char32_t(escape));
                break;
            case 'b':
                append(u'\b');
                break;
            case 'f':
                append(u'\f');
                break;
            case 'n':
                append(u'\n');
                break;
            case 'r':
                append(u'\r');
                break;
            case 't':
                append(u'\t');
                break;
            case 'u': {
                const auto hex4 = [this](char32_t* u) {
                    if (m_end - m_at < 4)
                        return false;
                    *u = 0;
                    for (int i = 0; i < 4; ++i) {
                        const int h = hexValue(m_at[i]);
                        if (h < 0)
                            return false;
                        *u = *u * 16 + char32_t(h);
                    }
                    m_at += 4;
                    return true;
                };
                char32_t u = 0;
                if (!hex4(&u))
                    return false;
                if (u >= 0xD800 && u <= 0xDBFF) {
                    char32_t low = 0;
                    if (m_end - m_at < 2 || m_at[0] != '\\' || m_at[1] != 'u')
                        return false; // a lone surrogate: QJsonDocument's reading of it is not ours to guess
                    m_at += 2;
                    if (!hex4(&low) || low < 0xDC00 || low > 0xDFFF)
                        return false;
                    u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
                } else if (u >= 0xDC00 && u <= 0xDFFF) {
                    return false;
                }
                if (isNonCharacter(u))
                    return false;
                append(u);
                break;
            }
            default:
                return false;
            }
            continue;
        }
        if (c < 0x80) {
            append(c);
            ++m_at;
            continue;
        }
        // UTF-8 as RFC 3629 has it: no overlong forms, no surrogates, nothing above U+10FFFF.
        int length = 0;
        char32_t u = 0;
        char32_t minimum = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2, u = c & 0x1F, minimum = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3, u = c & 0x0F, minimum = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4, u = c & 0x07, minimum = 0x10000;
        } else {
            return false;
        }
        if (m_end - m_at < length)
            return false;
        for (int i = 1; i < length; ++i) {
            const uchar next = uchar(m_at[i]);
            if ((next & 0xC0) != 0x80)
                return false;
            u = (u << 6) | (next & 0x3F);
        }
        if (u < minimum || u > 0x10FFFF || (u >= 0xD800 && u <= 0xDFFF) || isNonCharacter(u))
            return false;
        append(u);
        m_at += length;
    }
    return false;
}

bool JsonReader::readNumber(double* out)
{
    const char* p = m_at;
    if (p < m_end && *p == '-')
        ++p;
    if (p == m_end)
        return false;
    if (*p == '0') {
        ++p;
    } else if (*p >= '1' && *p <= '9') {
        while (p < m_end && isDigit(*p))
            ++p;
    } else {
        return false;
    }
    bool integral = true;
    if (p < m_end && *p == '.') {
        integral = false;
        if (++p == m_end || !isDigit(*p))
            return false;
        while (p < m_end && isDigit(*p))
            ++p;
    }
    if (p < m_end && (*p == 'e' || *p == 'E')) {
        integral = false;
        if (++p < m_end && (*p == '+' || *p == '-'))
            ++p;
        if (p == m_end || !isDigit(*p))
            return false;
        while (p < m_end && isDigit(*p))
            ++p;
    }
    // QJsonDocument keeps an integer that fits in 64 bits as one; QJsonValue::toDouble() then converts it.
    if (integral) {
        qint64 integer = 0;
        const auto [end, error] = std::from_chars(m_at, p, integer);
        if (error == std::errc() && end == p) {
            *out = double(integer);
            m_at = p;
            return true;
        }
    }
    const auto [end, error] = std::from_chars(m_at, p, *out);
    if (error != std::errc() || end != p || !std::isfinite(*out))
        return false; // out of range: how QJsonDocument rounds or refuses it is not ours to guess
    m_at = p;
    return true;
}

bool JsonReader::readLiteral(const char* word)
{
    const qsizetype length = qsizetype(qstrlen(word));
    if (m_end - m_at < length || qstrncmp(m_at, word, size_t(length)) != 0)
        return false;
    m_at += length;
    return true;
}

bool JsonReader::skipContainer(int depth)
{
    if (depth > MaxDepth)
        return false;
    const char open = *m_at++;
    const char close = open == '[' ? ']' : '}';
    if (consume(close))
        return true;
    do {
        if (open == '{') {
            QByteArrayView ascii;
            QString decoded;
            if (!readName(&ascii, &decoded))
                return false;
        }
        if (!skipSpace())
            return false;
        if (*m_at == '[' || *m_at == '{') {
            if (!skipContainer(depth + 1))
                return false;
        } else if (!readValue(nullptr)) {
            return false;
        }
    } while (consume(','));
    return consume(close);
}

bool JsonReader::readValue(JsonFields::Scalar* out)
{
    using Type = JsonFields::Scalar::Type;
    JsonFields::Scalar ignored;
    JsonFields::Scalar& value = out ? *out : ignored;
    if (!skipSpace())
        return false;
    switch (*m_at) {
    case '"':
        value.type = Type::String;
        return readString(out ? &value.string : nullptr);
    case '[':
    case '{':
        value.type = Type::Other;
        return skipContainer(1);
    case 't':
        value.type = Type::Bool;
        value.boolean = true;
        return readLiteral("true");
    case 'f':
        value.type = Type::Bool;
        value.boolean = false;
        return readLiteral("false");
    case 'n':
        value.type = Type::Null;
        return readLiteral("null");
    default:
        value.type = Type::Double;
        return readNumber(&value.number);
    }
}
