// The Qt face of app/platform/Os.h. No operating-system header here: the same file for every system.
#include "platform/Platform.h"

#include <QFile>

namespace Platform {

Os::Path osPath(const QString& path)
{
#ifdef Q_OS_WIN
    return Os::Path(path.toStdWString());
#else
    // The bytes Qt itself would pass to open() (the locale's encoding, normally UTF-8).
    return Os::Path(QFile::encodeName(path).toStdString());
#endif
}

bool disableCoreDumps()
{
    return Os::disableCoreDumps();
}

bool pathExists(const QString& path)
{
    return Os::pathExists(osPath(path));
}

bool isSymbolicLink(const QString& path)
{
    return Os::isSymbolicLink(osPath(path));
}

PathSafety pathSafety(const QString& path)
{
    return Os::pathSafety(osPath(path));
}

bool writeNewFile(const QString& path, const QByteArray& data, FileAccess access, QString* error)
{
    Os::NewFile file(osPath(path), access);
    const bool ok
        = file.isOpen() && file.write(data.constData(), static_cast<std::size_t>(data.size())) && file.commit();
    if (!ok && error)
        *error = QString::fromStdString(file.error().message());
    return ok;
}

QStringList libsshFileNames()
{
    QStringList names;
    for (const std::string& name : Os::libsshFileNames())
        names << QString::fromStdString(name);
    return names;
}

} // namespace Platform
