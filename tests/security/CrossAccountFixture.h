#pragma once

#include "../providers/ProviderTestHelpers.h"

#include "net/ApiTransport.h"
#include "providers/SpheronProvider.h"
#include "providers/VastProvider.h"
#include "sandbox/SandboxServer.h"
#include "security/CrossAccount.h"

#include "TestTls.h"

#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QTest>

#include <algorithm>
#include <memory>

/**
 * One sandbox serving a Vast.ai and a Spheron AI account (the demo's Ada), over real HTTP (HTTPS in the *_https
 * run), for the security overview's actions across accounts (issue 23). The providers under test share one
 * transport with quick timeouts; the checks (lists read afterwards, keys put in place beforehand) go through
 * providers of their own. Every request the sandbox answers is recorded, so a test can count the DELETEs or POSTs
 * a path received.
 */
class CrossAccountFixture : public QObject
{
    Q_OBJECT

public:
    struct Handled
    {
        QString method;
        QString path;
        int status = 0;
    };

    SandboxServer sandbox;
    SandboxDemo demo;
    Account vastAccount = Account::create(Provider::Vast, QStringLiteral("Vast"), Account::Storage::MemoryOnly);
    Account spheronAccount
        = Account::create(Provider::Spheron, QStringLiteral("Spheron"), Account::Storage::MemoryOnly);
    std::unique_ptr<ApiTransport> transport;
    std::unique_ptr<ApiTransport> checkTransport;
    std::unique_ptr<VastProvider> vast;
    std::unique_ptr<SpheronProvider> spheron;
    std::unique_ptr<VastProvider> vastCheck;
    std::unique_ptr<SpheronProvider> spheronCheck;
    /** Charles, the owner of the team where Ada is only a member. */
    std::unique_ptr<SpheronProvider> memberTeamOwner;
    QList<Handled> handled;

    /** Starts the sandbox once (initTestCase); false with @p error on failure. */
    bool start(QString* error)
    {
        QLoggingCategory::setFilterRules(QStringLiteral("keydeck.api.info=false\nkeydeck.api.warning=false"));
        SandboxServer::Options options;
        options.tls = TestTls::sandboxTls(); // the *_https run (docs/SANDBOX.md, "HTTPS")
        if (!sandbox.start(options, error))
            return false;
        transport = std::make_unique<ApiTransport>();
        transport->setLimits(ProviderTest::quickTimeouts());
        checkTransport = std::make_unique<ApiTransport>();
        connect(&sandbox, &SandboxServer::requestHandled, this,
                [this](const QString& method, const QString& path, int status) {
                    handled.append({method, path, status});
                });
        return true;
    }

    /** A fresh demo and fresh providers (init). */
    void reset()
    {
        sandbox.clearFaults();
        demo = sandbox.seedDemo();
        spheronAccount.teamId = demo.spheronTeamId;
        vast = std::make_unique<VastProvider>(transport.get());
        spheron = std::make_unique<SpheronProvider>(transport.get());
        vastCheck = std::make_unique<VastProvider>(checkTransport.get());
        spheronCheck = std::make_unique<SpheronProvider>(checkTransport.get());
        memberTeamOwner = std::make_unique<SpheronProvider>(checkTransport.get());
        for (ConsoleProvider* p :
             {static_cast<ConsoleProvider*>(vast.get()), static_cast<ConsoleProvider*>(vastCheck.get())}) {
            p->setBaseUrl(sandbox.baseUrl());
            p->setCredentials({demo.vastApiKey, {}});
        }
        for (ConsoleProvider* p :
             {static_cast<ConsoleProvider*>(spheron.get()), static_cast<ConsoleProvider*>(spheronCheck.get())}) {
            p->setBaseUrl(sandbox.baseUrl());
            p->setCredentials({demo.spheronApiKey, {}});
        }
        memberTeamOwner->setBaseUrl(sandbox.baseUrl());
        memberTeamOwner->setCredentials({demo.spheronMemberTeamOwnerKey, {}});
        handled.clear();
    }

    QList<Security::AccountTarget> accounts() const
    {
        return {{vastAccount, vast.get()}, {spheronAccount, spheron.get()}};
    }

    /** Registers @p line with @p provider (in @p teamId on Spheron AI); the key's id. */
    QString put(ConsoleProvider* provider, const QString& line, const QString& teamId = {},
                const QString& name = QStringLiteral("lost laptop"))
    {
        auto added
            = ProviderTest::call<SshKey>([&](QObject* c, auto d) { provider->addSshKey(name, line, teamId, c, d); });
        if (!added || !added->ok())
            qFatal("could not put a key in place");
        return added->value->id;
    }

    QList<SshKey> keys(ConsoleProvider* provider, const QString& teamId = {})
    {
        auto listed
            = ProviderTest::call<QList<SshKey>>([&](QObject* c, auto d) { provider->listSshKeys(teamId, c, d); });
        if (!listed || !listed->ok())
            qFatal("could not read a list");
        return *listed->value;
    }

    /** How many keys of @p provider's list (team @p teamId) have @p line's key. */
    int copies(ConsoleProvider* provider, const QString& line, const QString& teamId = {})
    {
        const QString fingerprint = Security::fingerprintOf(line);
        const QList<SshKey> list = keys(provider, teamId);
        return int(std::count_if(list.cbegin(), list.cend(),
                                 [&](const SshKey& k) { return Security::fingerprintOf(k.publicKey) == fingerprint; }));
    }

    /** Requests with @p method to key @p id's path (`…/ssh/<id>/`, `…/ssh-keys/<id>`) since reset(). */
    int count(const QString& method, const QString& id) const
    {
        const QString end = QLatin1Char('/') + id;
        return int(std::count_if(handled.cbegin(), handled.cend(), [&](const Handled& h) {
            return h.method == method && (h.path.endsWith(end) || h.path.endsWith(end + QLatin1Char('/')));
        }));
    }

    /** Requests with @p method to the Vast.ai (`/api/v0/…`) or the Spheron AI dialect. */
    int countIn(const QString& method, bool spheronDialect) const
    {
        return int(std::count_if(handled.cbegin(), handled.cend(), [&](const Handled& h) {
            return h.method == method && h.path.startsWith(QLatin1String("/api/v0/")) != spheronDialect;
        }));
    }

    /** A fault on the SSH key routes of one dialect. */
    static SandboxFault fault(SandboxFault::Kind kind, const QByteArray& method, bool spheronDialect, int times = 0)
    {
        SandboxFault f;
        f.kind = kind;
        f.method = method;
        f.match = SandboxFault::Match::Regex;
        f.pattern = spheronDialect ? QStringLiteral("/api/ssh-keys.*") : QStringLiteral("/api/v0/ssh/.*");
        f.times = times;
        return f;
    }
    static SandboxFault status(int code, const QByteArray& method, bool spheronDialect)
    {
        SandboxFault f = fault(SandboxFault::Kind::Status, method, spheronDialect);
        f.status = code;
        return f;
    }
};
