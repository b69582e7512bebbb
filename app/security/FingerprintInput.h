#pragma once

#include <QString>

namespace Security {

/**
 * A fingerprint the user typed or pasted for *Remove this key everywhere* (issue 23, docs/SECURITY-OVERVIEW.md
 * "Across accounts"). Keydeck compares SHA256 fingerprints computed from the key text (fingerprintOf()); anything
 * else would match nothing, so it is refused with the reason rather than searched for.
 */
struct FingerprintInput
{
    enum class Status {
        Valid, ///< "SHA256:" and 43 characters of unpadded base64, as `ssh-keygen -l` and the SSH Keys tab show it
        Empty,
        Md5, ///< sixteen hex pairs ("MD5:aa:bb:…", or without the prefix): another hash, never equal to a SHA256
        Malformed,
    };

    Status status = Status::Empty;
    /** The fingerprint as fingerprintOf() writes it (spaces around it dropped, a "sha256:" prefix spelt "SHA256:"). */
    QString fingerprint;

    static FingerprintInput read(const QString& text);
};

} // namespace Security
