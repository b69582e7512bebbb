#include "security/ShellExports.h"

#include <QHash>
#include <QRegularExpression>

namespace ShellExports {

namespace {

/** One shell word: its text without quotes, and for each character whether it is literal (not an expansion). */
struct Word
{
    QString text;
    QList<bool> literal;

    void append(QChar c, bool isLiteral)
    {
        text += c;
        literal << isLiteral;
    }
    void appendExpansion(QStringView s)
    {
        text += s;
        for (qsizetype i = 0; i < s.size(); ++i)
            literal << false;
    }
    /** True when some character from @p from on is literal text, i.e. the value holds more than expansions. */
    bool hasLiteral(qsizetype from) const
    {
        for (qsizetype i = from; i < literal.size(); ++i) {
            if (literal.at(i))
                return true;
        }
        return false;
    }
};

using Command = QList<Word>;

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

/** The end (exclusive) of the bracketed expansion opened at @p open (its '(' or '{'), nesting counted. */
qsizetype matchingClose(const QString& line, qsizetype open)
{
    const QChar opener = line.at(open);
    const QChar closer = opener == u'(' ? u')' : u'}';
    int depth = 0;
    for (qsizetype i = open; i < line.size(); ++i) {
        if (line.at(i) == opener)
            ++depth;
        else if (line.at(i) == closer && --depth == 0)
            return i + 1;
    }
    return line.size();
}

/**
 * The length of the expansion starting at @p i ('$' or '`', and fish's '(' when @p fish and not quoted), or 0.
 */
qsizetype expansionLength(const QString& line, qsizetype i, bool fish, bool inDoubleQuotes)
{
    const QChar c = line.at(i);
    const bool hasNext = i + 1 < line.size();
    if (c == u'$' && hasNext) {
        const QChar next = line.at(i + 1);
        if (next == u'(' || (next == u'{' && !fish))
            return matchingClose(line, i + 1) - i;
        qsizetype end = i + 1;
        while (end < line.size() && isNameChar(line.at(end)))
            ++end;
        return end - i > 1 ? end - i : 0;
    }
    if (c == u'`' && !fish) {
        const qsizetype close = line.indexOf(u'`', i + 1);
        return (close < 0 ? line.size() : close + 1) - i;
    }
    if (c == u'(' && fish && !inDoubleQuotes)
        return matchingClose(line, i) - i;
    return 0;
}

/** Splits one line into commands (at unquoted ';', '&' and '|') of words, up to an unquoted comment. */
QList<Command> parseLine(const QString& line, bool fish)
{
    QList<Command> commands {Command {}};
    Word word;
    bool inWord = false;
    auto endWord = [&] {
        if (inWord)
            commands.last() << word;
        word = Word {};
        inWord = false;
    };
    qsizetype i = 0;
    while (i < line.size()) {
        const QChar c = line.at(i);
        if (c == u' ' || c == u'\t' || c == u'\r') {
            endWord();
            ++i;
        } else if (c == u'#' && !inWord) {
            break;
        } else if (c == u';' || c == u'&' || c == u'|') {
            endWord();
            if (!commands.last().isEmpty())
                commands << Command {};
            ++i;
        } else if (c == u'\'') {
            inWord = true;
            const qsizetype close = line.indexOf(u'\'', i + 1);
            const qsizetype end = close < 0 ? line.size() : close;
            for (qsizetype k = i + 1; k < end; ++k)
                word.append(line.at(k), true);
            i = end + 1;
        } else if (c == u'"') {
            inWord = true;
            ++i;
            while (i < line.size() && line.at(i) != u'"') {
                if (line.at(i) == u'\\' && i + 1 < line.size()) {
                    word.append(line.at(i + 1), true);
                    i += 2;
                } else if (const qsizetype n = expansionLength(line, i, fish, true)) {
                    word.appendExpansion(QStringView(line).mid(i, n));
                    i += n;
                } else {
                    word.append(line.at(i++), true);
                }
            }
            ++i;
        } else if (c == u'\\' && i + 1 < line.size()) {
            inWord = true;
            word.append(line.at(i + 1), true);
            i += 2;
        } else if (const qsizetype n = expansionLength(line, i, fish, false)) {
            inWord = true;
            word.appendExpansion(QStringView(line).mid(i, n));
            i += n;
        } else {
            inWord = true;
            word.append(c, true);
            ++i;
        }
    }
    endWord();
    if (commands.last().isEmpty())
        commands.removeLast();
    return commands;
}

/** "NAME=value": the position of '=' when the text before it is a variable name, else -1. */
qsizetype assignmentEquals(const Word& word)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    const qsizetype eq = word.text.indexOf(u'=');
    if (eq <= 0 || !name.match(QStringView(word.text).left(eq)).hasMatch())
        return -1;
    return eq;
}

struct Pending
{
    Assignment assignment;
    bool exported = false;
};

} // namespace

QList<Assignment> scan(const QString& text, Syntax syntax, const QStringList& names)
{
    const bool fish = syntax == Syntax::Fish;
    QList<Pending> found;
    // NAME=value without export: it counts once a later `export NAME` is seen.
    QHash<QString, QList<qsizetype>> unexported;
    auto record = [&](int lineNumber, const QString& variable, const Word& word, qsizetype valueStart, bool exported) {
        if (!names.contains(variable))
            return;
        if (!word.hasLiteral(valueStart))
            return; // only expansions, or empty: no key in the file
        Pending pending {Assignment {lineNumber, variable, word.text.mid(valueStart)}, exported};
        if (!exported)
            unexported[variable] << found.size();
        found << pending;
    };
    auto markExported = [&](const QString& variable) {
        for (const qsizetype index : unexported.take(variable))
            found[index].exported = true;
    };

    const QStringList lines = text.split(u'\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const int lineNumber = int(n + 1);
        for (const Command& command : parseLine(lines.at(n), fish)) {
            const QString first = command.first().text;
            if (fish && first == u"set") {
                bool exported = false;
                qsizetype k = 1;
                for (; k < command.size() && command.at(k).text.startsWith(u'-'); ++k) {
                    const QString& option = command.at(k).text;
                    exported = exported || option == u"--export"
                        || (!option.startsWith(QStringLiteral("--")) && option.contains(u'x'));
                }
                if (!exported || k + 1 >= command.size())
                    continue;
                // fish joins a list's items with spaces when it exports it.
                Word value;
                for (qsizetype v = k + 1; v < command.size(); ++v) {
                    if (v > k + 1)
                        value.append(u' ', false);
                    value.text += command.at(v).text;
                    value.literal += command.at(v).literal;
                }
                record(lineNumber, command.at(k).text, value, 0, true);
                continue;
            }
            const bool declares = (first == u"declare" || first == u"typeset") && command.size() > 1
                && command.at(1).text.startsWith(u'-') && command.at(1).text.contains(u'x');
            if (first == u"export" || declares) {
                for (qsizetype k = declares ? 2 : 1; k < command.size(); ++k) {
                    const Word& word = command.at(k);
                    if (word.text.startsWith(u'-'))
                        continue;
                    const qsizetype eq = assignmentEquals(word);
                    if (eq < 0)
                        markExported(word.text);
                    else
                        record(lineNumber, word.text.left(eq), word, eq + 1, true);
                }
                continue;
            }
            // Leading NAME=value words; when a command follows, they only set its environment, so they count
            // only for a bare assignment.
            qsizetype k = 0;
            while (k < command.size() && assignmentEquals(command.at(k)) > 0)
                ++k;
            if (k == 0 || k < command.size())
                continue;
            for (const Word& word : command) {
                const qsizetype eq = assignmentEquals(word);
                record(lineNumber, word.text.left(eq), word, eq + 1, false);
            }
        }
    }
    QList<Assignment> result;
    for (const Pending& pending : found) {
        if (pending.exported)
            result << pending.assignment;
    }
    return result;
}

} // namespace ShellExports
