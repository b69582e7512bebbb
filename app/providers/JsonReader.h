#pragma once

#include "providers/JsonFields.h"

#include <QByteArrayView>
#include <QString>

/**
 * A strict, forward-only reader of JSON text (RFC 8259) for the one body too large for a QJsonDocument tree: the
 * SSH key list (docs/PERFORMANCE.md, 10,000 keys). It gives up (returns false) rather than guess on anything it
 * might read differently from QJsonDocument: invalid JSON, but also non-characters, lone surrogates, numbers out
 * of range and deep nesting. The caller then parses the body with QJsonDocument, which decides. Everything it
 * accepts, QJsonDocument reads to the same values (fuzz_vastjson checks this).
 */
class JsonReader
{
public:
    explicit JsonReader(QByteArrayView text);

    /** Skips whitespace; consumes @p c and returns true if it comes next. */
    bool consume(char c);
    /** Skips whitespace; true when nothing is left. */
    bool atEnd();
    /**
     * Reads an object member's name and the colon after it. @p ascii is the name when it is plain ASCII without
     * escapes (the common case, no allocation); otherwise @p ascii is empty and @p decoded holds it.
     */
    bool readName(QByteArrayView* ascii, QString* decoded);
    /** Reads any value: a scalar into @p out, an object or array is skipped and read as Type::Other. */
    bool readValue(JsonFields::Scalar* out);

private:
    bool skipSpace();
    bool readString(QString* out);
    bool readNumber(double* out);
    bool readLiteral(const char* word);
    bool skipContainer(int depth);

    const char* m_at;
    const char* m_end;
};
