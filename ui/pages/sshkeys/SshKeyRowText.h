#pragma once

#include "providers/Dto.h"

#include <QString>

/**
 * What a full PublicKey::parse of a registered key gives its SshKeysModel row, only what the table needs: the
 * texts it shows and the case-folded search text the filter matches. The parse (libssh import and re-export) is
 * the costly part of a row, so the model builds this once per key, on first use or in idle time.
 */
struct SshKeyRowText
{
    bool valid = false;
    QString comment;
    QString fingerprint;
    QString label;
    QString typeText;
    QString searchText; ///< case-folded name, comment, type and fingerprint, for SshKeysModel::matches()

    /** Parses @p key's text; uses only the key's own data, so that any thread may call it. */
    static SshKeyRowText fromKey(const SshKey& key);

    /** The fingerprint column's text: the fingerprint, or why there is none. */
    QString fingerprintText() const;
};
