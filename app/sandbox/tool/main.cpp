// keydeck-sandbox: runs SandboxServer until interrupted, for demos, curl and other clients.

#include "core/AppInfo.h"
#include "platform/Os.h"
#include "sandbox/SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

#include <cstdio>
#include <optional>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SandboxTool", text);
}

/** Ctrl+C or SIGTERM (Os::watchTerminationRequests calls it on its own thread): quit the event loop cleanly. */
void onTerminationRequest()
{
    QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit, Qt::QueuedConnection);
}

void printLine(FILE* stream, const QString& text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

/** The HTTPS setting from two PEM files; nullopt with @p problem set when either cannot be read. */
std::optional<QSslConfiguration> tlsConfiguration(const QString& certPath, const QString& keyPath, QString* problem)
{
    QFile certFile(certPath);
    QFile keyFile(keyPath);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        *problem = tr("Cannot read the certificate or its key: %1")
                       .arg(certFile.isOpen() ? keyFile.errorString() : certFile.errorString());
        return std::nullopt;
    }
    const QSslCertificate certificate(certFile.readAll(), QSsl::Pem);
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key(keyPem, QSsl::Ec);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Rsa);
    if (certificate.isNull() || key.isNull()) {
        *problem = tr("The certificate or its key is not in PEM form.");
        return std::nullopt;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(certificate);
    tls.setPrivateKey(key);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    return tls;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("keydeck-sandbox"));
    QCoreApplication::setApplicationVersion(AppInfo::version());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Runs Keydeck's local sandbox: the Vast.ai and Spheron AI APIs emulated on 127.0.0.1."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"), tr("Listen on this port (0 picks a free one)."),
                                        tr("port"), QStringLiteral("0"));
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      tr("Keep the state in this SQLite file instead of in memory."), tr("path"));
    const QCommandLineOption seedOption(QStringLiteral("seed-demo"),
                                        tr("Reset the database to the demo accounts and print their keys."));
    const QCommandLineOption sshOption(QStringLiteral("seed-ssh-keys"),
                                       tr("Add this many generated SSH keys to each demo account."), tr("count"));
    const QCommandLineOption sshAgeOption(QStringLiteral("seed-ssh-keys-age"),
                                          tr("The generated SSH keys are at least this many days old."), tr("days"),
                                          QStringLiteral("0"));
    const QCommandLineOption rateOption(QStringLiteral("rate-limits"),
                                        tr("Emulate the providers' rate limits (on or off)."), tr("on|off"),
                                        QStringLiteral("off"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        tr("Print the connection details as one JSON line instead of a banner."));
    QStringList variantHelp;
    for (const SandboxVariants::Known& variant : SandboxVariants::known())
        variantHelp << QStringLiteral("%1=%2").arg(variant.name, variant.values.join(QLatin1Char('|')));
    const QCommandLineOption variantOption(
        QStringLiteral("variant"),
        tr("Play one reading of the real API that no public source settles (repeatable): %1.")
            .arg(variantHelp.join(QStringLiteral(", "))),
        tr("name=value"));
    const QCommandLineOption certOption(QStringLiteral("tls-cert"),
                                        tr("Serve HTTPS with this PEM certificate (needs --tls-key)."), tr("path"));
    const QCommandLineOption keyOption(QStringLiteral("tls-key"),
                                       tr("The certificate's PEM private key, without a passphrase."), tr("path"));
    parser.addOptions({portOption, dbOption, seedOption, sshOption, sshAgeOption, rateOption, jsonOption, variantOption,
                       certOption, keyOption});
    parser.process(app);

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        printLine(stderr, tr("The port “%1” is not a number between 0 and 65535.").arg(parser.value(portOption)));
        return 2;
    }
    const QString rate = parser.value(rateOption).toLower();
    if (rate != QLatin1String("on") && rate != QLatin1String("off")) {
        printLine(stderr, tr("Use --rate-limits on or --rate-limits off, not “%1”.").arg(parser.value(rateOption)));
        return 2;
    }
    int sshCount = 0;
    if (parser.isSet(sshOption)) {
        sshCount = parser.value(sshOption).toInt(&ok);
        if (!ok || sshCount < 0 || sshCount > 1000000) {
            printLine(stderr,
                      tr("The SSH key count “%1” is not a number between 0 and 1000000.").arg(parser.value(sshOption)));
            return 2;
        }
    }

    const int sshAge = parser.value(sshAgeOption).toInt(&ok);
    if (!ok || sshAge < 0 || sshAge > 36500) {
        printLine(
            stderr,
            tr("The SSH key age “%1” is not a number of days between 0 and 36500.").arg(parser.value(sshAgeOption)));
        return 2;
    }

    SandboxServer server;
    SandboxServer::Options options;
    options.port = static_cast<quint16>(port);
    options.databasePath = parser.value(dbOption);
    options.rateLimits = rate == QLatin1String("on");
    for (const QString& assignment : parser.values(variantOption)) {
        QString problem;
        if (!options.variants.parse(assignment, &problem)) {
            printLine(stderr, problem);
            return 2;
        }
    }
    if (parser.isSet(certOption) != parser.isSet(keyOption)) {
        printLine(stderr, tr("Give both --tls-cert and --tls-key, or neither."));
        return 2;
    }
    if (parser.isSet(certOption)) {
        QString problem;
        options.tls = tlsConfiguration(parser.value(certOption), parser.value(keyOption), &problem);
        if (!options.tls) {
            printLine(stderr, problem);
            return 2;
        }
    }
    // A new token every run: only who sees this process's output may arm faults (docs/SANDBOX.md, "Who may talk
    // to it").
    options.adminToken = SandboxServer::generateAdminToken();
    QString error;
    if (!server.start(options, &error)) {
        printLine(stderr, tr("The sandbox could not start: %1").arg(error));
        return 1;
    }
    SandboxDemo demo;
    const bool seeded = parser.isSet(seedOption);
    if (seeded)
        demo = server.seedDemo();
    if (sshCount > 0) {
        server.seedSshKeys(SandboxAccount::VastDemo, sshCount, sshAge);
        server.seedSshKeys(SandboxAccount::SpheronDemo, sshCount, sshAge);
    }

    const QString base = server.baseUrl().toString();
    const QString vastUrl = base + QStringLiteral("/api/v0");
    if (parser.isSet(jsonOption)) {
        // The keys go to stdout on purpose: this line is how a test or a script learns them. Never to a log.
        const QJsonObject line {
            {QStringLiteral("vast"),
             QJsonObject {{QStringLiteral("baseUrl"), base}, {QStringLiteral("apiKey"), demo.vastApiKey}}},
            {QStringLiteral("spheron"),
             QJsonObject {{QStringLiteral("baseUrl"), base},
                          {QStringLiteral("apiKey"), demo.spheronApiKey},
                          {QStringLiteral("teamId"), demo.spheronTeamId}}},
            {QStringLiteral("admin"),
             QJsonObject {{QStringLiteral("header"), QLatin1String(SandboxServer::AdminTokenHeader)},
                          {QStringLiteral("token"), QString::fromLatin1(options.adminToken)}}},
        };
        printLine(stdout, QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)));
    } else {
        printLine(stdout, tr("Keydeck sandbox listening on %1").arg(base));
        printLine(stdout, tr("  Vast.ai dialect:    %1/…").arg(vastUrl));
        printLine(stdout, tr("  Spheron AI dialect: %1/api/…").arg(base));
        printLine(stdout, tr("  Admin (loopback):   %1/_sandbox/health, %1/_sandbox/faults").arg(base));
        printLine(stdout,
                  tr("  Admin token:        send the header %1: %2")
                      .arg(QLatin1String(SandboxServer::AdminTokenHeader), QString::fromLatin1(options.adminToken)));
        printLine(stdout,
                  tr("  Database: %1").arg(options.databasePath.isEmpty() ? tr("in memory") : options.databasePath));
        if (seeded) {
            printLine(stdout, tr("Demo accounts:"));
            printLine(stdout, tr("  Vast.ai API key:        %1").arg(demo.vastApiKey));
            printLine(stdout, tr("  Vast.ai read-only key:  %1").arg(demo.vastReadOnlyKey));
            printLine(stdout,
                      tr("  Vast.ai 2FA user key:   %1 (2FA code %2)").arg(demo.vastTfaApiKey, demo.vastTfaCode));
            printLine(stdout, tr("  Spheron AI API key:     %1").arg(demo.spheronApiKey));
            printLine(stdout, tr("  Spheron AI team id:     %1").arg(demo.spheronTeamId));
            printLine(stdout,
                      tr("Try: curl -H \"Authorization: Bearer %1\" %2/users/current").arg(demo.vastApiKey, vastUrl));
        } else {
            printLine(stdout, tr("No accounts were seeded; start with --seed-demo to get demo keys."));
        }
        printLine(stdout, tr("Press Ctrl+C to stop."));
    }

    if (!Os::watchTerminationRequests(&onTerminationRequest))
        qWarning("keydeck-sandbox: Ctrl+C and SIGTERM will end it without a clean shutdown");
    return app.exec();
}
