#pragma once

#include <libssh/libssh.h>

#include <QString>

/**
 * The libssh functions Keydeck calls, from a libssh opened the first time a key is checked or generated rather
 * than at start-up: linked directly, libssh with libcrypto and Kerberos made up a fifth of the dynamic loader's
 * work before the first window was painted (docs/PERFORMANCE.md, start-up). Only the headers are used at build time.
 */
struct LibSsh
{
    decltype(&::ssh_key_free) keyFree = nullptr;
    decltype(&::ssh_key_type) keyType = nullptr;
    decltype(&::ssh_key_type_to_char) keyTypeToChar = nullptr;
    decltype(&::ssh_string_free_char) stringFreeChar = nullptr;
    decltype(&::ssh_pki_import_pubkey_base64) importPubkeyBase64 = nullptr;
    decltype(&::ssh_pki_export_pubkey_base64) exportPubkeyBase64 = nullptr;
    decltype(&::ssh_pki_export_privkey_base64) exportPrivkeyBase64 = nullptr;
    decltype(&::ssh_pki_import_privkey_base64) importPrivkeyBase64 = nullptr;
    decltype(&::ssh_pki_generate) generate = nullptr;
    /** Optional: only --version and About read it, so a libssh without it still checks and generates keys. */
    decltype(&::ssh_version) version = nullptr;

    /**
     * libssh, loaded on the first call (from any thread; later calls return the same); nullptr when it could not be
     * loaded, with loadError() saying why. KEYDECK_LIBSSH names another library file (test builds only:
     * core/TestOverrides.h).
     */
    static const LibSsh* get();
    /** Why get() returned nullptr (English, for logs); empty when it did not. */
    static QString loadError();
    /**
     * The loaded libssh's own version with its crypto backend ("0.10.4/openssl/zlib"), loading it if needed: only
     * --version and About ask, never the start-up path (docs/PERFORMANCE.md, start-up). Empty when libssh could not be
     * loaded.
     */
    static QString versionString();
};
