// The POSIX side of app/platform/Platform.h (Linux, macOS and the BSDs).
#include "platform/Platform.h"

#include <QFile>

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace Platform {

bool disableCoreDumps()
{
    bool ok = true;
    const struct rlimit none = {0, 0};
    ok = ::setrlimit(RLIMIT_CORE, &none) == 0 && ok;
#ifdef Q_OS_LINUX
    // Also covers a core_pattern that pipes to a handler (systemd-coredump ignores RLIMIT_CORE) and ptrace by
    // other processes of the same user.
    ok = ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && ok;
#endif
    return ok;
}

bool pathExists(const QString& path)
{
    struct stat st;
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0;
}

bool isSymbolicLink(const QString& path)
{
    struct stat st;
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISLNK(st.st_mode);
}

DirectorySafety directorySafety(const QString& path)
{
    DirectorySafety safety;
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return safety;
    safety.exists = true;
    safety.isDirectory = S_ISDIR(st.st_mode);
    safety.foreignOwner = st.st_uid != ::geteuid() && st.st_uid != 0;
    safety.groupWritable = (st.st_mode & S_IWGRP) != 0;
    safety.worldWritable = (st.st_mode & S_IWOTH) != 0;
    safety.readableByOthers = (st.st_mode & (S_IRGRP | S_IXGRP | S_IROTH | S_IXOTH)) != 0;
    return safety;
}

bool setFileMode(int fd, unsigned mode)
{
    return fd >= 0 && ::fchmod(fd, static_cast<mode_t>(mode)) == 0;
}

int fileMode(int fd)
{
    struct stat st;
    if (fd < 0 || ::fstat(fd, &st) != 0)
        return -1;
    return static_cast<int>(st.st_mode & 07777);
}

bool syncFile(int fd)
{
    return fd >= 0 && ::fsync(fd) == 0;
}

} // namespace Platform
