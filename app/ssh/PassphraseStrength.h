#pragma once

#include <QCoreApplication>
#include <QString>

/** A quick, local hint about how guessable a private key's passphrase is (no network, no dictionary file). */
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
    };

    /** Rates @p passphrase by length, character classes and a short list of common passwords. */
    static Result evaluate(const QString& passphrase);
};
