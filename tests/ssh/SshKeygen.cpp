#include "SshKeygen.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>

QString SshKeygen::program()
{
    return QStandardPaths::findExecutable(QStringLiteral("ssh-keygen"));
}

SshKeygen::Result SshKeygen::run(const QStringList& arguments, const QByteArray& input)
{
    Result result;
    const QString exe = program();
    if (exe.isEmpty())
        return result;
    QProcess process;
    process.start(exe, arguments);
    if (!process.waitForStarted(10000))
        return result;
    result.started = true;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(5000);
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QString SshKeygen::generate(const QString& dir, const QString& name, const QString& type, int bits,
                            const QString& comment)
{
    const QString path = dir + u'/' + name;
    QStringList args {QStringLiteral("-q"), QStringLiteral("-N"), QString(), QStringLiteral("-t"), type};
    if (bits > 0)
        args << QStringLiteral("-b") << QString::number(bits);
    args << QStringLiteral("-C") << comment << QStringLiteral("-f") << path;
    const Result r = run(args);
    return r.started && r.exitCode == 0 ? path : QString();
}

QString SshKeygen::fingerprintLine(const QString& path)
{
    const Result r = run({QStringLiteral("-l"), QStringLiteral("-f"), path});
    if (!r.started || r.exitCode != 0)
        return {};
    return QString::fromUtf8(r.out).section(u'\n', 0, 0);
}

QByteArray SshKeygen::readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool SshKeygen::writeFile(const QString& path, const QByteArray& data)
{
    QFile::remove(path);
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        && f.write(data) == data.size();
}
