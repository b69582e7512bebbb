#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

/** Runs the real ssh-keygen for cross-checks (docs/LIBRARIES.md §1.6). It is installed: missing is a failure. */
class SshKeygen
{
public:
    struct Result
    {
        bool started = false;
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    /** QStandardPaths::findExecutable("ssh-keygen"); empty when missing. */
    static QString program();

    /** Runs ssh-keygen with @p arguments (no shell), feeding @p input; waits at most 60 s. */
    static Result run(const QStringList& arguments, const QByteArray& input = {});

    /**
     * Creates a key with `ssh-keygen -q -N "" -t type [-b bits] -C comment -f dir/name`.
     * @return the private key's path, or an empty string on failure.
     */
    static QString generate(const QString& dir, const QString& name, const QString& type, int bits,
                            const QString& comment);

    /** `ssh-keygen -l -f path`'s first output line, without the newline. */
    static QString fingerprintLine(const QString& path);

    /** Reads a whole file. */
    static QByteArray readFile(const QString& path);

    /** Writes a file (0600), replacing it. */
    static bool writeFile(const QString& path, const QByteArray& data);
};
