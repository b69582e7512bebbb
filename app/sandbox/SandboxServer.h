#pragma once

#include "sandbox/SandboxDemo.h"
#include "sandbox/SandboxFault.h"
#include "sandbox/SandboxVariants.h"

#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

#include <memory>
#include <optional>

class SandboxHttpFrontend;
class SandboxStore;
class SpheronDialect;
class VastDialect;
struct SandboxReply;
struct SandboxRequest;

/**
 * A local emulation of the Vast.ai (`/api/v0/…`) and Spheron AI (`/api/…`) REST APIs on 127.0.0.1, with state in
 * SQLite, demo seeding and per-route fault injection (docs/SANDBOX.md). Several instances can run in one process.
 */
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        /** 0 = a free port chosen by the system. */
        quint16 port = 0;
        /** SQLite file; empty = a private in-memory database. */
        QString databasePath;
        /** Vast per-endpoint minimum intervals and the Spheron request budget. */
        bool rateLimits = false;
        /** Larger request bodies get 413 in the dialect's error shape, from the headers, the body unread. */
        qint64 maxRequestBytes = 1024 * 1024;
        /**
         * The admin routes (/_sandbox/…) answer only requests with the header `X-Sandbox-Token: <adminToken>`;
         * empty (the default, and the demo's module) = no admin routes at all (docs/SANDBOX.md, "Who may talk
         * to it"). C++ callers use setFault() directly.
         */
        QByteArray adminToken;
        /** The server variants to play (docs/SANDBOX.md, "Server variants"). */
        SandboxVariants variants;
        /** Spheron budget when rateLimits is on (docs/api/spheron.md §9). */
        int spheronRequestsPerWindow = 100;
        int spheronWindowSeconds = 15 * 60;
        /**
         * Serve HTTPS with this configuration (its local certificate, private key and protocol); none = plain
         * HTTP. Tests use a certificate from a throwaway CA only the test process trusts (docs/SANDBOX.md, "HTTPS").
         */
        std::optional<QSslConfiguration> tls;
    };

    explicit SandboxServer(QObject* parent = nullptr);
    ~SandboxServer() override;

    /** Opens the database, migrates it and listens on 127.0.0.1. @p error gets an English sentence on failure. */
    bool start(const Options& options, QString* error = nullptr);
    bool isRunning() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    /** http://127.0.0.1:<port> (https:// with Options::tls) with no path: clients append /api/v0/… or /api/…. */
    QUrl baseUrl() const;
    int schemaVersion() const;

    /** Resets the database to the demo accounts and returns their (fresh) credentials. */
    SandboxDemo seedDemo();
    /** Adds @p count generated SSH keys to @p account, at least @p minAgeDays old; returns how many were added. */
    int seedSshKeys(SandboxAccount account, int count, int minAgeDays = 0);

    /** Injects @p fault into the matching requests; returns its id (for removeFault()), -1 beyond MaxFaults. */
    int setFault(const SandboxFault& fault);
    /** Plays @p value for variant @p name from the next request on; false when either is unknown. */
    bool setVariant(const QString& name, const QString& value, QString* error = nullptr);
    bool removeFault(int id);
    void clearFaults();
    /** Faults still armed (a fault with times = N disappears after firing N times). */
    QList<SandboxFault> faults() const;

    /** A fresh random admin token (32 bytes from the system's generator, hex). */
    static QByteArray generateAdminToken();
    /** The header that carries the admin token. */
    static constexpr char AdminTokenHeader[] = "X-Sandbox-Token";
    /** Most faults armed at once; more are refused (400 over HTTP, -1 from setFault()). */
    static constexpr int MaxFaults = 256;

    /**
     * Answers one request: what the HTTP front end calls. Every route refuses a Host other than this server's
     * address and any request with an Origin header; the admin routes also a non-loopback peer and a wrong token.
     * Public so that tests can present requests the loopback-bound socket cannot produce.
     */
    SandboxReply handle(const SandboxRequest& request);

    /** Turns rate limiting on or off while running. */
    void setRateLimits(bool enabled);

    /** Answers parked by Stall faults right now. */
    int stalledRequests() const;

signals:
    /** One request was answered (or parked); never carries headers or bodies, which may hold keys. */
    void requestHandled(const QString& method, const QString& path, int status);

private:
    struct ArmedFault
    {
        int id;
        SandboxFault fault;
        int remaining;
    };

    /** Host and Origin: a page in a browser must not reach the sandbox (DNS rebinding, simple CORS requests). */
    SandboxReply refuseForeign(const SandboxRequest& request, bool* refused) const;
    SandboxReply handleAdmin(const SandboxRequest& request);
    /** Applies the first matching fault, else answer(). */
    SandboxReply handleApi(const SandboxRequest& request);
    /** The dialects' normal answer, without faults. */
    SandboxReply answer(const SandboxRequest& request);
    SandboxReply faultReply(const SandboxFault& fault, const SandboxRequest& request);
    SandboxReply dialectError(const SandboxRequest& request, int status, const QString& message) const;

    Options m_options;
    std::unique_ptr<SandboxStore> m_store;
    std::unique_ptr<VastDialect> m_vast;
    std::unique_ptr<SpheronDialect> m_spheron;
    std::unique_ptr<SandboxHttpFrontend> m_frontend;
    QList<ArmedFault> m_faults;
    int m_nextFaultId = 1;
    quint16 m_port = 0;
};
