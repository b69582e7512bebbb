#pragma once

#include <QCoreApplication>
#include <QStringList>

/**
 * The file a user saves new 2FA backup codes to (issue 20): owner-only from the first byte (0600 on POSIX, through
 * Platform::writeNewFile), one numbered code a line under a short heading. The codes are secrets: nothing here logs
 * them.
 */
class BackupCodesFile
{
    Q_DECLARE_TR_FUNCTIONS(BackupCodesFile)

public:
    /** The text written: a heading with @p account, then the codes. */
    static QString text(const QStringList& codes, const QString& account);
    /** Writes text() to @p path, replacing a file the user chose to overwrite; false and @p error on failure. */
    static bool write(const QString& path, const QStringList& codes, const QString& account, QString* error);
};
