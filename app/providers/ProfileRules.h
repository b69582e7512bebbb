#pragma once

#include <QString>

/**
 * What Keydeck checks in a Vast.ai username before sending it (issue 18 item 17). No public source states the
 * server's rules (docs/api/vast-endpoints.md §3.4, "Username rules"): the check is permissive and refuses only what no
 * username is taken to hold, whitespace and punctuation other than . _ - @ +. The server has the last word.
 */
namespace ProfileRules {

enum class UsernameProblem {
    None,
    Empty,
    Whitespace, ///< a space, tab or line break anywhere
    Character, ///< a character that is not a letter, a digit or one of . _ - @ +
};

/** The first problem of @p username (as it would be sent); @p offending gets the character a Character names. */
UsernameProblem checkUsername(const QString& username, QString* offending = nullptr);

} // namespace ProfileRules
