#pragma once

#include <QString>

/**
 * The few operating-system calls Keydeck makes directly (docs/SECURITY.md, "Core dumps" and "~/.ssh"). Qt-free
 * apart from QString, so that no other module includes a POSIX or Windows header: scripts/lint checks that
 * <sys/stat.h>, <sys/resource.h>, <sys/prctl.h> and <fcntl.h> appear only here.
 */
namespace Platform {

/**
 * Keeps a crash from writing this process's memory (API keys, private keys) to disk, as password managers do:
 * RLIMIT_CORE 0 and, on Linux, PR_SET_DUMPABLE 0 (which also keeps other processes of the same user from
 * attaching with ptrace). macOS: RLIMIT_CORE only. Windows: a documented no-op (no core files; Windows Error
 * Reporting is the user's system setting). Call it first thing at start. @return false if a call failed.
 */
bool disableCoreDumps();

/** Exists as anything, including a dangling symbolic link (lstat; QFileInfo::exists follows links). */
bool pathExists(const QString& path);

/** True when @p path itself is a symbolic link (lstat). */
bool isSymbolicLink(const QString& path);

/** What makes a directory unsafe for private files (OpenSSH's StrictModes rules). */
struct DirectorySafety
{
    bool exists = false;
    bool isDirectory = false;
    /** Owned by another user (neither us nor root). */
    bool foreignOwner = false;
    bool groupWritable = false;
    bool worldWritable = false;
    /** Readable or searchable by group or others: only worth a warning. */
    bool readableByOthers = false;

    bool writableByOthers() const { return foreignOwner || groupWritable || worldWritable; }
};

/** stat() of @p path (a symbolic link to a directory is followed, as OpenSSH does). */
DirectorySafety directorySafety(const QString& path);

/** Sets the mode of the open file @p fd (fchmod: no path, so no race with a renamed or replaced file). */
bool setFileMode(int fd, unsigned mode);

/** The mode bits (07777) of the open file @p fd, or -1. */
int fileMode(int fd);

/** fsync(@p fd). */
bool syncFile(int fd);

} // namespace Platform
