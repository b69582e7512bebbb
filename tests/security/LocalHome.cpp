#include "LocalHome.h"

#include "SshKeygen.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

LocalHome::LocalHome()
{
    QDir(m_dir.path()).mkdir(QStringLiteral(".ssh"));
    setMode(ssh(), 0700);
}

QString LocalHome::write(const QString& relative, const QByteArray& data, int mode) const
{
    const QString target = path(relative);
    QDir().mkpath(QFileInfo(target).absolutePath());
    QFile::remove(target);
    QFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return {};
    file.close();
    return setMode(target, mode) ? target : QString();
}

QString LocalHome::keygen(const QString& name, const QString& passphrase, const QString& type,
                          const QString& format) const
{
    const QString target = QDir(ssh()).filePath(name);
    QStringList args {QStringLiteral("-q"), QStringLiteral("-t"),          type, QStringLiteral("-N"), passphrase,
                      QStringLiteral("-C"), QStringLiteral("test@keydeck")};
    if (type == u"rsa")
        args << QStringLiteral("-b") << QStringLiteral("3072");
    if (!format.isEmpty())
        args << QStringLiteral("-m") << format;
    args << QStringLiteral("-f") << target;
    const SshKeygen::Result r = SshKeygen::run(args);
    return r.started && r.exitCode == 0 ? target : QString();
}

QByteArray LocalHome::read(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int LocalHome::mode(const QString& path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return static_cast<int>(st.st_mode & 07777);
}

bool LocalHome::setMode(const QString& path, int mode)
{
    return ::chmod(QFile::encodeName(path).constData(), static_cast<mode_t>(mode)) == 0;
}
