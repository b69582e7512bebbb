#include "core/AppInfo.h"

#include "KeydeckVersion.h"
#include "ssh/LibSsh.h"

#include <QCoreApplication>
#include <QSysInfo>
#include <QtGlobal>

#include <qrencode.h>

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

QString licence()
{
    return QStringLiteral(KEYDECK_LICENSE);
}

QString homepage()
{
    return QStringLiteral(KEYDECK_HOMEPAGE_URL);
}

QList<Component> components()
{
    const QString runtimeQt = QString::fromLatin1(qVersion());
    const QString builtQt = QStringLiteral(QT_VERSION_STR);
    const QString qt = runtimeQt == builtQt
        ? runtimeQt
        : QCoreApplication::translate("AppInfo", "%1 (built with %2)").arg(runtimeQt, builtQt);
    QString libssh = LibSsh::versionString();
    if (libssh.isEmpty())
        libssh = QCoreApplication::translate("AppInfo", "not available");
    return {
        {QStringLiteral("Qt"), qt},
        {QStringLiteral("libssh"), libssh},
        {QStringLiteral("QtKeychain"), QStringLiteral(KEYDECK_QTKEYCHAIN_VERSION)},
        {QStringLiteral("simdjson"), QStringLiteral(KEYDECK_SIMDJSON_VERSION)},
        {QStringLiteral("libqrencode"), QString::fromLatin1(QRcode_APIVersionString())},
    };
}

QString versionText()
{
    QString text = QStringLiteral("keydeck %1\n").arg(version());
    for (const Component& component : components())
        text += QStringLiteral("%1 %2\n").arg(component.name, component.version);
    return text;
}

} // namespace AppInfo
