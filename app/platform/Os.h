#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <system_error>
#include <vector>

/**
 * Every call Keydeck makes to the operating system itself, in plain C++ without Qt: OsPosix.cpp (Linux, macOS)
 * and OsWindows.cpp implement this one header, and no other file includes a POSIX or Win32 header (scripts/lint).
 * Being Qt-free lets the Windows side be compile-checked here with MinGW-w64 (ctest platform_windows_compile,
 * README "Platforms"). Paths are std::filesystem::path: bytes on POSIX, UTF-16 on Windows. Qt code uses the
 * QString wrappers in Platform.h. Why each exists: docs/SECURITY.md ("Core dumps", "~/.ssh", "Platforms").
 */
namespace Os {

using Path = std::filesystem::path;

/** Overwrites @p size bytes at @p data with zeros in a way the compiler may not drop (explicit_bzero,
 *  memset_s, SecureZeroMemory). */
void wipe(void* data, std::size_t size) noexcept;

/**
 * Keeps a crash from writing this process's memory (API keys, private keys) to disk: RLIMIT_CORE 0 and, on
 * Linux, PR_SET_DUMPABLE 0 (which also keeps other processes of the same user from attaching with ptrace).
 * macOS: RLIMIT_CORE only. Windows: a documented no-op (no core files; Windows Error Reporting is the user's
 * system setting). @return false if a call failed.
 */
bool disableCoreDumps();

/** Exists as anything, including a dangling symbolic link (lstat; does not follow links). */
bool pathExists(const Path& path);

/** True when @p path itself is a symbolic link (on Windows: any reparse point, junctions included). */
bool isSymbolicLink(const Path& path);

/**
 * What makes a folder (or file) unsafe for private files, by OpenSSH's rules: StrictModes on POSIX (owner and
 * mode), and on Windows OpenSSH's check_secure_file_permission (owner and DACL; the current user, SYSTEM and
 * Administrators are trusted, as OpenSSH trusts them).
 */
struct PathSafety
{
    bool exists = false;
    bool isDirectory = false;
    /** Owned by someone else than the current user or root (Windows: the user, SYSTEM or Administrators). */
    bool foreignOwner = false;
    /** POSIX: the group may write. Windows: an ACE lets a specific other user or group write. */
    bool groupWritable = false;
    /** POSIX: others may write. Windows: Everyone, Authenticated Users or Users may write, or there is no DACL. */
    bool worldWritable = false;
    /** Readable or searchable by anyone else: only worth a warning for a folder; refused for a private key. */
    bool readableByOthers = false;

    bool writableByOthers() const { return foreignOwner || groupWritable || worldWritable; }
    /** What OpenSSH demands of a private key file (and Keydeck of what it writes). */
    bool ownerOnly() const { return exists && !writableByOthers() && !readableByOthers; }
};

/** Owner and permissions of @p path (a symbolic link is followed, as OpenSSH does). */
PathSafety pathSafety(const Path& path);

/** Who may read a file created by NewFile. */
enum class FileAccess {
    /** POSIX 0600; Windows: a protected DACL with one ACE for the current user, who is also the owner. */
    OwnerOnly,
    /** POSIX 0644; Windows: the folder's inherited ACL (a public key). */
    OwnerWritesOthersRead,
};

/**
 * A file that did not exist before, created with its final access from the first byte (O_EXCL / CREATE_NEW,
 * never through a symbolic link), so no other user can open it in between (docs/SECURITY.md, "~/.ssh").
 * The file is removed again unless commit() succeeded, so a failed write leaves nothing behind.
 */
class NewFile
{
public:
    NewFile(const Path& path, FileAccess access);
    ~NewFile();
    NewFile(const NewFile&) = delete;
    NewFile& operator=(const NewFile&) = delete;

    bool isOpen() const;
    /** Why creating, writing or committing failed (the system's message via error().message()). */
    std::error_code error() const { return m_error; }

    /** Writes all @p size bytes. */
    bool write(const void* data, std::size_t size);
    /**
     * Flushes the data to the disk (fsync; macOS fcntl F_FULLFSYNC, since its fsync leaves the data in the
     * drive's cache; Windows FlushFileBuffers) and closes the file, which then stays.
     */
    bool commit();

private:
    void fail(std::error_code error);

    Path m_path;
    std::intptr_t m_handle; // a POSIX file descriptor or a Windows HANDLE
    std::error_code m_error;
    bool m_created = false;
    bool m_committed = false;
};

/**
 * The file names to try, in order, when opening libssh at run time (ssh/LibSsh.cpp; docs/LIBRARIES.md):
 * Linux libssh.so.4 (Debian's libssh-4), macOS libssh.4.dylib (next to the app, then Homebrew's prefixes),
 * Windows ssh.dll (vcpkg) or libssh.dll (MSYS2).
 */
std::vector<std::string> libsshFileNames();

/**
 * Calls @p onRequest from a thread of its own (never from a signal handler) each time the user or the system
 * asks the process to stop: SIGINT or SIGTERM on POSIX, Ctrl+C, Ctrl+Break or closing the console on Windows.
 * For a console tool (keydeck-sandbox) to quit its event loop cleanly. Call once. @return false if it could not
 * be set up.
 */
bool watchTerminationRequests(void (*onRequest)());

} // namespace Os
