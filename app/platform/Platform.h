#pragma once

#include "platform/Os.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

/**
 * The Qt face of app/platform/: QString paths over the Qt-free Os.h, which alone makes the operating-system calls
 * (one implementation per system; scripts/lint keeps POSIX and Win32 headers out of every other file). Why each
 * call exists: docs/SECURITY.md ("Core dumps", "~/.ssh", "Platforms").
 */
namespace Platform {

using Os::FileAccess;
using Os::PathSafety;

/** @p path as the operating system's path: QFile::encodeName on POSIX, UTF-16 on Windows. */
Os::Path osPath(const QString& path);

/** Os::disableCoreDumps(): call it first thing at start. */
bool disableCoreDumps();

/** Exists as anything, including a dangling symbolic link (QFileInfo::exists follows links). */
bool pathExists(const QString& path);

/** True when @p path itself is a symbolic link. */
bool isSymbolicLink(const QString& path);

/** Owner and permissions of @p path by OpenSSH's rules (Os::pathSafety). */
PathSafety pathSafety(const QString& path);

/**
 * Creates @p path, which must not exist, with @p access from the first byte, writes @p data and flushes it to the
 * disk (Os::NewFile). On failure nothing is left at @p path and @p error says why (the system's message).
 */
bool writeNewFile(const QString& path, const QByteArray& data, FileAccess access, QString* error);

/** Os::libsshFileNames(), for QLibrary. */
QStringList libsshFileNames();

} // namespace Platform
