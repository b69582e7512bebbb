#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

/** A throwaway home directory for the local checks, with ~/.ssh (0700) and helpers that seed it. */
class LocalHome
{
public:
    LocalHome();

    bool isValid() const { return m_dir.isValid(); }
    QString home() const { return m_dir.path(); }
    QString ssh() const { return m_dir.filePath(QStringLiteral(".ssh")); }
    /** `<home>/<relative>`. */
    QString path(const QString& relative) const { return m_dir.filePath(relative); }

    /** Writes `<home>/<relative>` (creating folders) with exactly @p mode; returns its path, or empty. */
    QString write(const QString& relative, const QByteArray& data, int mode = 0600) const;

    /**
     * A key made by the real ssh-keygen in ~/.ssh: `ssh-keygen -q -t type -N passphrase [-m format] -f ~/.ssh/name`.
     * @return the private key's path, or empty.
     */
    QString keygen(const QString& name, const QString& passphrase, const QString& type = QStringLiteral("ed25519"),
                   const QString& format = {}) const;

    static QByteArray read(const QString& path);
    /** The exact mode bits (stat). */
    static int mode(const QString& path);
    static bool setMode(const QString& path, int mode);

private:
    QTemporaryDir m_dir;
};
