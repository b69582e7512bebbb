#pragma once

#include "providers/Dto.h"

#include <QString>

/**
 * What a full PublicKey::parse of a registered key gives its SshKeysModel row, only what the table needs: the
 * texts it shows. The parse (libssh import and re-export) is the costly part of a row, so the model builds this
 * once per key, on first use or in idle time; the filter's search text comes from searchTextOf() instead.
 */
struct SshKeyRowText
{
    bool valid = false;
    QString comment;
    QString fingerprint;
    QString label;
    QString typeText;

    /** Parses @p key's text; uses only the key's own data, so that any thread may call it. */
    static SshKeyRowText fromKey(const SshKey& key);

    /**
     * The case-folded name, comment, type and fingerprint the filter matches (SshKeysModel::matches()), read from
     * the line's fields without the costly parse (PublicKey::preview), so every row has it as soon as the list
     * arrives (issue 24 item 4). For a valid key these are the words fromKey() gives the table.
     */
    static QString searchTextOf(const SshKey& key);

    /** The fingerprint column's text: the fingerprint, or why there is none. */
    QString fingerprintText() const;
};
