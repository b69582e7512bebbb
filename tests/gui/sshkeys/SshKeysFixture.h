#pragma once

#include "net/ApiTransport.h"
#include "providers/SpheronProvider.h"
#include "providers/VastProvider.h"
#include "sandbox/SandboxServer.h"
#include "ssh/KeyPairGenerator.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <memory>
#include <optional>

/** A running sandbox with its demo accounts and a real provider of one dialect pointed at it (tests only). */
struct SshKeysFixture
{
    SandboxServer sandbox;
    SandboxDemo demo;
    std::unique_ptr<ApiTransport> transport;
    std::unique_ptr<ConsoleProvider> provider;
    QString dialect;

    bool start(const QString& which)
    {
        dialect = which;
        if (!sandbox.isRunning() && !sandbox.start({}))
            return false;
        demo = sandbox.seedDemo();
        transport = std::make_unique<ApiTransport>();
        if (which == QLatin1String("vast")) {
            provider = std::make_unique<VastProvider>(transport.get());
            provider->setCredentials({demo.vastApiKey, {}});
        } else {
            provider = std::make_unique<SpheronProvider>(transport.get());
            provider->setCredentials({demo.spheronApiKey, {}});
        }
        provider->setBaseUrl(sandbox.baseUrl());
        return true;
    }

    bool isVast() const { return dialect == QLatin1String("vast"); }
    QString teamId() const { return isVast() ? QString() : demo.spheronTeamId; }
    /** The path the dialect creates keys under (for fault injection). */
    QString createPath() const { return isVast() ? QStringLiteral("/api/v0/ssh/") : QStringLiteral("/api/ssh-keys"); }
    QString listPath() const { return createPath(); }

    /** Lists the keys through the provider, outside the page (the sandbox's state). */
    std::optional<QList<SshKey>> listKeys(const QString& team = {})
    {
        QObject context;
        std::optional<QList<SshKey>> keys;
        bool done = false;
        provider->listSshKeys(team.isEmpty() ? teamId() : team, &context, [&](ApiResult<QList<SshKey>> r) {
            done = true;
            if (r.ok())
                keys = *r.value;
        });
        if (!QTest::qWaitFor([&] { return done; }, 30000))
            return std::nullopt;
        return keys;
    }

    /** True when a registered key has the same type and blob as @p line. */
    bool isRegistered(const QString& line, const QString& team = {})
    {
        const PublicKey wanted = PublicKey::parse(line);
        const auto keys = listKeys(team);
        if (!keys)
            return false;
        for (const SshKey& key : *keys) {
            if (PublicKey::parse(key.publicKey).sameKeyAs(wanted))
                return true;
        }
        return false;
    }
};

namespace SshKeysTest {

/** A fresh, real Ed25519 public key line. */
inline QString freshKeyLine(const QString& comment)
{
    return KeyPairGenerator::generate(comment, {}).publicKeyLine();
}

/** Runs ssh-keygen with @p args; returns stdout, or nullopt when it is missing or fails. */
inline std::optional<QString> sshKeygen(const QStringList& args)
{
    const QString keygen = QStandardPaths::findExecutable(QStringLiteral("ssh-keygen"));
    if (keygen.isEmpty())
        return std::nullopt;
    QProcess process;
    process.start(keygen, args);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return std::nullopt;
    return QString::fromUtf8(process.readAllStandardOutput());
}

inline bool writeFile(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

inline QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline QString sshDir()
{
    return QDir::homePath() + QStringLiteral("/.ssh");
}

} // namespace SshKeysTest
