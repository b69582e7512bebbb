#include "secrets/BackupCodesFile.h"

#include "platform/Platform.h"

#include <QFile>

QString BackupCodesFile::text(const QStringList& codes, const QString& account)
{
    QString out = tr("Two-factor backup codes for %1").arg(account) + QLatin1Char('\n');
    out += tr("Each code signs you in once. Keep this file where only you can read it.") + QLatin1String("\n\n");
    for (int i = 0; i < codes.size(); ++i)
        out += QStringLiteral("%1. %2\n").arg(i + 1, 2).arg(codes.at(i));
    return out;
}

bool BackupCodesFile::write(const QString& path, const QStringList& codes, const QString& account, QString* error)
{
    // The user confirmed replacing the file in the save dialog; writeNewFile creates it owner-only from the first
    // byte, which a rewrite of an existing file could not promise (as NetworkLog::saveTo).
    if (Platform::pathExists(path) && !QFile::remove(path)) {
        if (error)
            *error = QFile(path).errorString();
        return false;
    }
    QByteArray data = text(codes, account).toUtf8();
    const bool ok = Platform::writeNewFile(path, data, Platform::FileAccess::OwnerOnly, error);
    data.fill('\0');
    return ok;
}
