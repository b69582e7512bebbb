// The POSIX side of app/platform/Os.h (Linux, macOS). No Qt here (Os.h).
#ifdef __APPLE__
#define __STDC_WANT_LIB_EXT1__ 1 // memset_s (C11 Annex K), before any C header
#endif
#include "platform/Os.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <thread>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

namespace Os {

namespace {

std::error_code lastError()
{
    return {errno, std::system_category()};
}

} // namespace

void wipe(void* data, std::size_t size) noexcept
{
    if (!data || size == 0)
        return;
#ifdef __APPLE__
    // C11 Annex K: memset_s may not be optimised away; macOS has no explicit_bzero.
    memset_s(data, size, 0, size);
#else
    explicit_bzero(data, size);
#endif
}

bool disableCoreDumps()
{
    bool ok = true;
    const struct rlimit none = {0, 0};
    ok = ::setrlimit(RLIMIT_CORE, &none) == 0 && ok;
#ifdef __linux__
    // Also covers a core_pattern that pipes to a handler (systemd-coredump ignores RLIMIT_CORE) and ptrace by
    // other processes of the same user.
    ok = ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && ok;
#endif
    return ok;
}

bool pathExists(const Path& path)
{
    struct stat st;
    return ::lstat(path.c_str(), &st) == 0;
}

bool isSymbolicLink(const Path& path)
{
    struct stat st;
    return ::lstat(path.c_str(), &st) == 0 && S_ISLNK(st.st_mode);
}

PathSafety pathSafety(const Path& path)
{
    PathSafety safety;
    struct stat st;
    if (::stat(path.c_str(), &st) != 0)
        return safety;
    safety.exists = true;
    safety.isDirectory = S_ISDIR(st.st_mode);
    safety.foreignOwner = st.st_uid != ::geteuid() && st.st_uid != 0;
    safety.groupWritable = (st.st_mode & S_IWGRP) != 0;
    safety.worldWritable = (st.st_mode & S_IWOTH) != 0;
    safety.readableByOthers = (st.st_mode & (S_IRGRP | S_IXGRP | S_IROTH | S_IXOTH)) != 0;
    return safety;
}

NewFile::NewFile(const Path& path, FileAccess access)
    : m_path(path)
    , m_handle(-1)
{
    const mode_t mode = access == FileAccess::OwnerOnly ? 0600 : 0644;
    // O_EXCL: never an existing file; with O_CREAT it also refuses a symbolic link, dangling or not.
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
    if (fd < 0) {
        m_error = lastError();
        return;
    }
    m_handle = fd;
    m_created = true;
    // The umask can only narrow the creation mode; set the exact mode on the open file (no path, so no race).
    if (::fchmod(fd, mode) != 0)
        fail(lastError());
}

NewFile::~NewFile()
{
    if (m_handle >= 0)
        ::close(static_cast<int>(m_handle));
    if (m_created && !m_committed)
        ::unlink(m_path.c_str());
}

bool NewFile::isOpen() const
{
    return m_handle >= 0;
}

void NewFile::fail(std::error_code error)
{
    if (!m_error)
        m_error = error;
    if (m_handle >= 0) {
        ::close(static_cast<int>(m_handle));
        m_handle = -1;
    }
    if (m_created) {
        ::unlink(m_path.c_str());
        m_created = false;
    }
}

bool NewFile::write(const void* data, std::size_t size)
{
    if (m_handle < 0)
        return false;
    const char* p = static_cast<const char*>(data);
    while (size > 0) {
        const ssize_t n = ::write(static_cast<int>(m_handle), p, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            fail(n < 0 ? lastError() : std::make_error_code(std::errc::io_error));
            return false;
        }
        p += n;
        size -= static_cast<std::size_t>(n);
    }
    return true;
}

bool NewFile::commit()
{
    if (m_handle < 0)
        return false;
    const int fd = static_cast<int>(m_handle);
#ifdef __APPLE__
    // fsync on macOS leaves the data in the drive's cache; F_FULLFSYNC flushes it, where the file system can.
    const bool synced = ::fcntl(fd, F_FULLFSYNC) == 0 || ::fsync(fd) == 0;
#else
    const bool synced = ::fsync(fd) == 0;
#endif
    if (!synced) {
        fail(lastError());
        return false;
    }
    m_handle = -1;
    if (::close(fd) != 0) {
        fail(lastError());
        return false;
    }
    m_committed = true;
    return true;
}

std::vector<std::string> libsshFileNames()
{
#ifdef __APPLE__
    // @rpath: bundled in Keydeck.app/Contents/Frameworks (macdeployqt); then Homebrew on Apple silicon and Intel,
    // which dlopen does not search by itself.
    return {"@rpath/libssh.4.dylib", "libssh.4.dylib", "/opt/homebrew/lib/libssh.4.dylib",
            "/usr/local/lib/libssh.4.dylib"};
#else
    return {"libssh.so.4"};
#endif
}

namespace {

int s_requestPipe[2] = {-1, -1};

void onTerminationSignal(int)
{
    const char byte = 1;
    // write() is async-signal-safe; the watcher thread does the rest.
    const int saved = errno;
    [[maybe_unused]] const auto written = ::write(s_requestPipe[1], &byte, 1);
    errno = saved;
}

} // namespace

bool watchTerminationRequests(void (*onRequest)())
{
    if (!onRequest || s_requestPipe[0] >= 0 || ::pipe(s_requestPipe) != 0)
        return false;
    ::fcntl(s_requestPipe[0], F_SETFD, FD_CLOEXEC);
    ::fcntl(s_requestPipe[1], F_SETFD, FD_CLOEXEC);
    std::thread([onRequest] {
        for (;;) {
            char byte = 0;
            const ssize_t n = ::read(s_requestPipe[0], &byte, 1);
            if (n == 1)
                onRequest();
            else if (n == 0 || errno != EINTR)
                return;
        }
    }).detach();
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGINT, &action, nullptr) == 0 && ::sigaction(SIGTERM, &action, nullptr) == 0;
}

} // namespace Os
