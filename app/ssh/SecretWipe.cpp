#include "ssh/SecretWipe.h"

#include "platform/Os.h"

#include <QByteArray>
#include <QString>

namespace SecretWipe {

// Write through constData(): data() would detach and wipe a fresh copy, leaving the shared original intact.
// isMutable() is false for fromRawData()/literal buffers, which we must not (and need not) write to.
void wipe(QByteArray& secret)
{
    if (!secret.isEmpty() && secret.data_ptr().isMutable())
        Os::wipe(const_cast<char*>(secret.constData()), static_cast<std::size_t>(secret.size()));
    secret.clear();
}

void wipe(QString& secret)
{
    if (!secret.isEmpty() && secret.data_ptr().isMutable())
        Os::wipe(const_cast<QChar*>(secret.constData()), static_cast<std::size_t>(secret.size()) * sizeof(QChar));
    secret.clear();
}

} // namespace SecretWipe
