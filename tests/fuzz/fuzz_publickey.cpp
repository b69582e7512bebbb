// libFuzzer target: PublicKey::parse, the validator every pasted or imported public key goes through.
#include "ssh/PublicKey.h"

#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const PublicKey key = PublicKey::parse(text);
    if (key.isValid()) {
        // A key that parsed must survive its own accessors and re-parse to the same key.
        const PublicKey again = PublicKey::parse(key.authorizedKeysLine());
        if (!again.sameKeyAs(key) || again.fingerprint() != key.fingerprint())
            __builtin_trap();
        (void)key.typeLabel();
        (void)key.warningMessages();
    }
    (void)PublicKey::sanitizeComment(text);
    (void)key.errorMessage();
    return 0;
}
