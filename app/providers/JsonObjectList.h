#pragma once

#include "providers/JsonFields.h"

#include <QByteArrayView>

#include <functional>
#include <span>

/**
 * Reads a bare JSON array of objects straight from a body with simdjson's on-demand API, for the one body too large
 * for a QJsonDocument tree: the SSH key list (docs/PERFORMANCE.md, 10,000 keys; docs/LIBRARIES.md §10). Each
 * object's members named in @p names reach @p item as JsonFields::Scalar values (Undefined when missing), every other
 * value is still read through, so the whole body is checked. It gives up (returns false) rather than guess on
 * anything it might read differently from QJsonDocument: invalid JSON, but also member names with escapes or
 * non-ASCII letters, a wanted member given twice, non-characters, numbers out of range and deep nesting. The caller
 * then parses the body with QJsonDocument, which decides. Everything it accepts, QJsonDocument reads to the same
 * values (fuzz_vastjson checks this).
 */
namespace JsonObjectList {

/** One object's values, in the order of the names; false stops the reading (read() returns false). */
using Item = std::function<bool(std::span<const JsonFields::Scalar> values)>;

/** At most this many names (a bit mask tracks the members seen). */
constexpr std::size_t MaxNames = 32;

bool read(QByteArrayView body, std::span<const char* const> names, const Item& item);

} // namespace JsonObjectList
