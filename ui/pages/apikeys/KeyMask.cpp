#include "pages/apikeys/KeyMask.h"

namespace KeyMask {

QString mask(const QString& key)
{
    const QString dots(9, QChar(0x2022));
    for (const QLatin1String prefix : {QLatin1String("sai_pk_"), QLatin1String("sai_")}) {
        // The visible characters must stay a small part of the key: at least 12 stay hidden.
        if (key.startsWith(prefix) && key.size() >= prefix.size() + 1 + 8 + 12)
            return key.left(prefix.size() + 1) + dots + key.right(8);
    }
    if (key.size() >= 4 + 4 + 12)
        return key.left(4) + dots + key.right(4);
    return dots;
}

} // namespace KeyMask
