// The Windows side of app/platform/Platform.h. Windows writes no core files; crash dumps are Windows Error
// Reporting's, a per-user system setting (docs/SECURITY.md, "Core dumps"), so disableCoreDumps() is a no-op.
#include "platform/Platform.h"

#include <QFileInfo>

namespace Platform {

bool disableCoreDumps()
{
    return true;
}

bool pathExists(const QString& path)
{
    const QFileInfo info(path);
    return info.exists() || info.isSymLink();
}

bool isSymbolicLink(const QString& path)
{
    return QFileInfo(path).isSymLink();
}

DirectorySafety directorySafety(const QString& path)
{
    // NTFS ACLs are not modes: the profile folder is private by default.
    DirectorySafety safety;
    const QFileInfo info(path);
    safety.exists = info.exists();
    safety.isDirectory = info.isDir();
    return safety;
}

bool setFileMode(int, unsigned)
{
    return true;
}

int fileMode(int)
{
    return -1;
}

bool syncFile(int)
{
    return true;
}

} // namespace Platform
