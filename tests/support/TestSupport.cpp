#include "TestSupport.h"

#include <QFile>
#include <QtGlobal>

#include <grp.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace TestSupport {

QString sourceDir()
{
    return qEnvironmentVariable("KEYDECK_SOURCE_DIR");
}

QString binaryDir()
{
    return qEnvironmentVariable("KEYDECK_BINARY_DIR");
}

bool hasPrivateKeyring()
{
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")
        && !qEnvironmentVariableIsEmpty("KEYDECK_TEST_KEYRING_PASSWORD");
}

int runUnprivileged(const std::function<int()>& work)
{
    const pid_t child = ::fork();
    if (child < 0)
        return -1;
    if (child == 0) {
        // Group first: once the uid is dropped, setgid() is no longer allowed.
        if (::setgroups(0, nullptr) != 0 || ::setgid(UnprivilegedId) != 0 || ::setuid(UnprivilegedId) != 0)
            ::_exit(255);
        ::_exit(work() & 0xff);
    }
    int status = 0;
    if (::waitpid(child, &status, 0) != child || !WIFEXITED(status) || WEXITSTATUS(status) == 255)
        return -1;
    return WEXITSTATUS(status);
}

bool isMapped(const char* part)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return true;
    return maps.readAll().contains(part);
}

unsigned setUmask(unsigned mask)
{
    return ::umask(static_cast<mode_t>(mask));
}

int fileMode(const QString& path)
{
    struct stat info
    {
    };
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return static_cast<int>(info.st_mode & 07777);
}

} // namespace TestSupport
