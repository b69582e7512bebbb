#include "core/AppInfo.h"

#include "KeydeckVersion.h"

#include <QSysInfo>
#include <QtGlobal>

namespace AppInfo {

QString name()
{
    return QStringLiteral("Keydeck");
}

QString version()
{
    return QStringLiteral(KEYDECK_VERSION_STRING);
}

QString userAgent()
{
    return QStringLiteral("%1/%2 (Qt %3; %4)")
        .arg(name(), version(), QString::fromLatin1(qVersion()), QSysInfo::prettyProductName());
}

} // namespace AppInfo
