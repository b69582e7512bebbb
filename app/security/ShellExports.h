#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/**
 * Finds API keys written in plaintext into shell start-up files: `export NAME=value` (also `declare -x` and
 * `typeset -x`), `NAME=value` with a later `export NAME`, and fish's `set -x NAME value` (`-gx`, `-Ux`,
 * `--export`). A commented line does not count, nor a value that is only a variable reference ("$OTHER",
 * "${OTHER}") or a command substitution ("$(pass show …)", `…`, fish's "(…)"): those keep no key in the file.
 * Line by line; a value spread over several lines is not followed (docs/SECURITY-OVERVIEW.md, "Local checks").
 */
namespace ShellExports {

enum class Syntax {
    Posix, ///< sh, bash, zsh
    Fish,
};

/** One exported assignment with a literal value. */
struct Assignment
{
    int line = 0; ///< 1-based
    QString variable;
    /** The value as the shell would see it, quotes removed. Secret: memory only, never logged or shown. */
    QString value;
};

/** The exported plaintext assignments of @p names in @p text, in line order. */
QList<Assignment> scan(const QString& text, Syntax syntax, const QStringList& names);

} // namespace ShellExports
