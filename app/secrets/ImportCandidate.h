#pragma once

#include "secrets/Provider.h"

#include <QByteArray>
#include <QString>

/** An existing credential found on this computer that the user may import (CredentialImporter). */
struct ImportCandidate
{
    enum class Source {
        EnvironmentVariable,
        CliKeyFile,
        LegacyCliKeyFile,
        HomeKeyFile, ///< ProviderInfo::homeKeyFile (Spheron AI: ~/.spheron/api_key); read on request only
    };

    Provider provider = Provider::Vast;
    Source source = Source::EnvironmentVariable;
    QString sourceDescription; ///< translated, e.g. "the vastai CLI's key file" and its path
    QString filePath; ///< the plaintext file, empty for an environment variable
    bool readableByOthers = false; ///< the file can be read by its group or by other users
    /** SHA-256 of the file's bytes as read: CredentialImporter deletes the file only while it still holds them. */
    QByteArray fileSha256;
    QString key; ///< the key itself: memory only, never logged or shown in full
};
