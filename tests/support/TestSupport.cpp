#include "TestSupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QtGlobal>

#include <optional>

#include <grp.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace TestSupport {

QString sourceDir()
{
    return qEnvironmentVariable("KEYDECK_SOURCE_DIR");
}

QString binaryDir()
{
    return qEnvironmentVariable("KEYDECK_BINARY_DIR");
}

namespace {

/** Runs secret-tool with @p arguments, feeding @p input; its standard output, or nullopt when it failed. */
std::optional<QByteArray> secretTool(const QStringList& arguments, const QByteArray& input = {})
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
    if (program.isEmpty())
        return std::nullopt;
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return std::nullopt;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(20000)) {
        process.kill();
        process.waitForFinished(1000);
        return std::nullopt;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return std::nullopt;
    return process.readAllStandardOutput();
}

/** A store, lookup and clear round trip through the Secret Service, as support/with-keyring.sh does at start. */
bool keyringAnswers()
{
    const QString id = QString::number(QCoreApplication::applicationPid());
    const QStringList attributes {QStringLiteral("keydeck-test-probe"), id};
    const QByteArray probe = "keydeck-keyring-probe-" + id.toLatin1();
    if (!secretTool(QStringList {QStringLiteral("store"), QStringLiteral("--label=Keydeck test probe")} + attributes,
                    probe))
        return false;
    const std::optional<QByteArray> found = secretTool(QStringList {QStringLiteral("lookup")} + attributes);
    const bool cleared = secretTool(QStringList {QStringLiteral("clear")} + attributes).has_value();
    return found && found->trimmed() == probe && cleared;
}

} // namespace

bool hasPrivateKeyring()
{
    // The environment first: only with-keyring.sh sets the password variable, so a run outside it never writes a
    // probe into the developer's own keyring. Then a real round trip, once per process: the variables alone say
    // nothing about whether the daemon runs and is unlocked.
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")
        || qEnvironmentVariableIsEmpty("KEYDECK_TEST_KEYRING_PASSWORD"))
        return false;
    static const bool answers = keyringAnswers();
    return answers;
}

int runUnprivileged(const std::function<int()>& work)
{
    const pid_t child = ::fork();
    if (child < 0)
        return -1;
    if (child == 0) {
        // Group first: once the uid is dropped, setgid() is no longer allowed.
        if (::setgroups(0, nullptr) != 0 || ::setgid(UnprivilegedId) != 0 || ::setuid(UnprivilegedId) != 0)
            ::_exit(255);
        ::_exit(work() & 0xff);
    }
    int status = 0;
    if (::waitpid(child, &status, 0) != child || !WIFEXITED(status) || WEXITSTATUS(status) == 255)
        return -1;
    return WEXITSTATUS(status);
}

bool isMapped(const char* part)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return true;
    return maps.readAll().contains(part);
}

unsigned setUmask(unsigned mask)
{
    return ::umask(static_cast<mode_t>(mask));
}

int fileMode(const QString& path)
{
    struct stat info
    {
    };
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return static_cast<int>(info.st_mode & 07777);
}

} // namespace TestSupport
