#pragma once

#include <QCoreApplication>
#include <QString>

/**
 * How guessable a private key's passphrase is, estimated by zxcvbn (dictionaries, keyboard patterns, dates,
 * repeats; local, no network, dictionaries built into the library: docs/LIBRARIES.md §8), and how long a guess
 * would take.
 */
class PassphraseStrength
{
    Q_DECLARE_TR_FUNCTIONS(PassphraseStrength)

public:
    enum class Level { Empty, Weak, Fair, Strong };

    /** The level and the translated sentence to show under the passphrase field. */
    struct Result
    {
        Level level = Level::Empty;
        QString message;
        /** zxcvbn's estimate: log2 of the number of guesses an attacker who knows the patterns needs. */
        double entropyBits = 0;
        /** How long those guesses take at GuessesPerSecond. */
        double secondsToGuess = 0;
    };

    /**
     * The attack the guess time assumes: offline, against a fast hash, on one well-equipped machine. Keydeck's
     * key files use a slow KDF (16 bcrypt rounds, docs/LIBRARIES.md §1.2), so a real attack is slower; the
     * figure errs on the safe side (docs/SECURITY.md, "Passphrases").
     */
    static constexpr double GuessesPerSecond = 1e10;

    /** Rates @p passphrase with zxcvbn: Weak below a day's guessing, Strong from a thousand years on. */
    static Result evaluate(const QString& passphrase);

    /** @p seconds in words ("about 3 hours", "less than a second", "more than a thousand years"), translated. */
    static QString durationText(double seconds);
};
