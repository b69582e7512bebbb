#include "ssh/PassphraseStrength.h"

#include <QSet>

namespace {

// The usual top entries of leaked-password lists; a match (ignoring case and trailing digits or symbols) is weak
// whatever its length.
const char* const kCommon[] = {
    "password",
    "passw0rd",
    "p@ssw0rd",
    "qwerty",
    "qwertyuiop",
    "azerty",
    "letmein",
    "welcome",
    "admin",
    "administrator",
    "iloveyou",
    "monkey",
    "dragon",
    "football",
    "baseball",
    "sunshine",
    "princess",
    "master",
    "shadow",
    "trustno1",
    "abc123",
    "abcdef",
    "123456",
    "12345678",
    "123456789",
    "1234567890",
    "111111",
    "000000",
    "changeme",
    "secret",
    "default",
    "root",
    "toor",
    "ubuntu",
    "debian",
    "passphrase",
    "keydeck",
    "sshkey",
    "vastai",
    "spheron",
    "correcthorsebatterystaple",
};

bool isCommon(const QString& passphrase)
{
    static const QSet<QString> common = [] {
        QSet<QString> set;
        for (const char* w : kCommon)
            set.insert(QLatin1String(w));
        return set;
    }();
    QString base = passphrase.toLower();
    if (common.contains(base))
        return true;
    while (!base.isEmpty() && !base.back().isLetter())
        base.chop(1);
    return !base.isEmpty() && common.contains(base);
}

} // namespace

PassphraseStrength::Result PassphraseStrength::evaluate(const QString& passphrase)
{
    if (passphrase.isEmpty())
        return {Level::Empty, tr("No passphrase: anyone who gets a copy of the private key file can use it.")};

    bool lower = false, upper = false, digit = false, other = false;
    QSet<QChar> distinct;
    for (const QChar c : passphrase) {
        distinct.insert(c);
        if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else
            other = true;
    }
    const int classes = int(lower) + int(upper) + int(digit) + int(other);
    const qsizetype length = passphrase.size();

    const Result weak {Level::Weak, tr("Weak passphrase: use at least 12 characters, or several unrelated words.")};
    if (isCommon(passphrase))
        return {Level::Weak, tr("Weak passphrase: it is one of the most common passwords.")};
    if (length < 8 || distinct.size() <= 3)
        return weak;
    if ((length >= 12 && classes >= 3) || (length >= 16 && distinct.size() >= 6))
        return {Level::Strong, tr("Strong passphrase.")};
    if (length >= 10 || classes >= 3)
        return {Level::Fair, tr("Fair passphrase: a few more characters or words would make it strong.")};
    return weak;
}
