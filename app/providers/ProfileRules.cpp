#include "providers/ProfileRules.h"

namespace ProfileRules {

UsernameProblem checkUsername(const QString& username, QString* offending)
{
    if (username.trimmed().isEmpty())
        return UsernameProblem::Empty;
    static const QString allowed = QStringLiteral("._-@+");
    for (qsizetype i = 0; i < username.size(); ++i) {
        const QChar c = username.at(i);
        if (c.isSpace())
            return UsernameProblem::Whitespace;
        // A surrogate pair is one character (a letter outside the BMP passes).
        if (c.isHighSurrogate() && i + 1 < username.size() && username.at(i + 1).isLowSurrogate()) {
            const char32_t code = QChar::surrogateToUcs4(c, username.at(i + 1));
            ++i;
            if (QChar::isLetterOrNumber(code))
                continue;
            if (offending)
                *offending = QString::fromUcs4(&code, 1);
            return UsernameProblem::Character;
        }
        if (c.isLetterOrNumber() || allowed.contains(c))
            continue;
        if (offending)
            *offending = QString(c);
        return UsernameProblem::Character;
    }
    return UsernameProblem::None;
}

} // namespace ProfileRules
