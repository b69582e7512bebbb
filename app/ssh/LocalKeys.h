#pragma once

#include "ssh/PublicKey.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

/** One `*.pub` file found on disk; kept even when unreadable or invalid, with the reason. */
struct LocalKey
{
    QString path;
    QDateTime modified;
    /** The parsed key; check key.isValid(). */
    PublicKey key;
    /** Translated reason when the file could not be read at all (then key is invalid). */
    QString readError;
    /** True when the matching private key (`path` without ".pub") exists beside it. */
    bool hasPrivateKey = false;

    bool isValid() const { return readError.isEmpty() && key.isValid(); }
    /** readError, else the key's validation message; empty when valid. */
    QString errorMessage() const { return readError.isEmpty() ? key.errorMessage() : readError; }
};

/** Lists the public keys in `~/.ssh` (or other folders), for "use an existing key" and local/remote matching. */
class LocalKeys
{
    Q_DECLARE_TR_FUNCTIONS(LocalKeys)

public:
    /** Files larger than this are not read (a public key line is a few KiB at most). */
    static constexpr qint64 MaxFileSize = 64 * 1024;

    /**
     * Every `*.pub` file directly in @p directories (default: `~/.ssh`), sorted by path. Missing folders are
     * skipped; unreadable, oversized or invalid files are listed with their error. Synchronous: a handful of
     * small local files.
     */
    static QList<LocalKey> scan(const QStringList& directories = {});

    /** Reads and parses one file. */
    static LocalKey read(const QString& path);
};
