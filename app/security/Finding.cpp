#include "security/Finding.h"

namespace Security {

QString Finding::identity() const
{
    // The check and the thing it is about; not the date or the count, which change without making it a new finding.
    return QStringLiteral("%1/%2/%3/%4")
        .arg(int(check))
        .arg(accountId, teamId, subjectId.isEmpty() ? fingerprint : subjectId);
}

} // namespace Security
