#include "BenchKeys.h"

#include "BenchSupport.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretError.h"
#include "ssh/KeyFiles.h"
#include "ssh/KeyPairGenerator.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <cstdio>

namespace Bench {
namespace {

[[noreturn]] void fail(const QString& message)
{
    std::fprintf(stderr, "bench_keydeck: %s\n", message.toUtf8().constData());
    std::exit(1);
}

} // namespace

void benchKeychain(int runs)
{
    KeychainSecretStore store(QStringLiteral("io.keydeck.Keydeck.bench"));
    QObject context;
    StallProbe probe;
    QList<double> writes, reads;
    for (int i = 0; i <= runs; ++i) { // run 0 warms up (first D-Bus connection, collection lookup)
        const QString secret = QString::number(QRandomGenerator::system()->generate64(), 36);
        bool done = false;
        SecretError result;
        probe.start();
        store.write(QStringLiteral("bench"), SecretKind::ApiKey, secret, &context, [&](const SecretError& e) {
            result = e;
            done = true;
        });
        if (!waitUntil([&] { return done; }) || !result.isOk())
            fail(QStringLiteral("the keychain write failed (is this inside tests/support/with-keyring.sh?)"));
        const double writeStall = probe.stop();

        done = false;
        QString read;
        probe.start();
        store.read(QStringLiteral("bench"), SecretKind::ApiKey, &context, [&](const SecretError& e, const QString& s) {
            result = e;
            read = s;
            done = true;
        });
        if (!waitUntil([&] { return done; }) || !result.isOk() || read != secret)
            fail(QStringLiteral("the keychain read failed or returned another secret"));
        const double readStall = probe.stop();
        if (i > 0) {
            writes << writeStall;
            reads << readStall;
        }
    }
    print(limitRow(QStringLiteral("GUI stall: keychain write"), median(writes), 16));
    print(limitRow(QStringLiteral("GUI stall: keychain read"), median(reads), 16));
}

void benchKeygen(int runs)
{
    const QString keygen = QStandardPaths::findExecutable(QStringLiteral("ssh-keygen"));
    if (keygen.isEmpty())
        fail(QStringLiteral("ssh-keygen is not installed"));
    const QString dir = QDir::homePath() + QStringLiteral("/bench-keys");
    QDir().mkpath(dir);
    QList<double> ours, theirs;
    for (int i = 0; i <= runs; ++i) {
        double start = monotonicMs();
        const KeyPair pair = KeyPairGenerator::generate(QStringLiteral("bench@keydeck"), {});
        const KeyFiles::WriteResult written
            = KeyFiles::write(pair, dir, QStringLiteral("ours_%1").arg(i), KeyFiles::Existing::Refuse);
        const double oursMs = monotonicMs() - start;
        if (!pair.isValid() || !written.ok)
            fail(QStringLiteral("Keydeck's generation or write failed"));

        start = monotonicMs();
        QProcess process;
        process.start(keygen,
                      {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                       QString(), QStringLiteral("-C"), QStringLiteral("bench@keydeck"), QStringLiteral("-f"),
                       dir + QStringLiteral("/theirs_%1").arg(i)});
        if (!process.waitForFinished(30000) || process.exitCode() != 0)
            fail(QStringLiteral("ssh-keygen failed"));
        const double theirsMs = monotonicMs() - start;
        if (i > 0) {
            ours << oursMs;
            theirs << theirsMs;
        }
    }
    print(infoRow(QStringLiteral("Ed25519 generate + write (in process vs ssh-keygen process)"), median(ours),
                  median(theirs)));
}

} // namespace Bench
