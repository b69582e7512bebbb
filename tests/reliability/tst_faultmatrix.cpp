#include "../providers/ProviderTestHelpers.h"

#include "net/ApiTransport.h"
#include "providers/Reconcile.h"
#include "providers/SpheronProvider.h"
#include "providers/VastProvider.h"
#include "sandbox/SandboxServer.h"

#include "TestTls.h"

#include <QLoggingCategory>
#include <QScopeGuard>
#include <QTest>

#include <functional>
#include <map>
#include <memory>

using Kind = ApiError::Kind;
using ProviderTest::call;
using namespace std::chrono_literals;

namespace {

/** What one operation reports, whatever its result type. */
struct Outcome
{
    bool ok = false;
    ApiError error;
    /** What the product says happened: Reconcile's verdict, or done / not done for a plain call. */
    Reconcile::State state = Reconcile::State::NotDone;
};
using Done = std::function<void(Outcome)>;

template <typename T>
std::function<void(ApiResult<T>)> adapt(Done done)
{
    return [done = std::move(done)](ApiResult<T> r) {
        // A plain call cannot tell what a lost answer hid.
        const auto state = r.ok()  ? Reconcile::State::Done
            : r.error.answerLost() ? Reconcile::State::Unknown
                                   : Reconcile::State::NotDone;
        done(Outcome {r.ok(), r.error, state});
    };
}

/** A change made through Reconcile, the product's one rule for lost answers. */
template <typename O>
std::function<void(const O&)> reconciled(Done done)
{
    return [done = std::move(done)](const O& o) { done(Outcome {o.ok(), o.error, o.state}); };
}

/** One fault of the matrix and the error kinds a failed call may report for it. */
struct FaultCase
{
    QString name;
    SandboxFault fault;
    QList<Kind> kinds;
    /** The server processes the request and the answer is lost (latency, truncated, dropped). */
    bool serverActs = false;
};

} // namespace

/**
 * Issue 11's fault matrix: every listing and mutating provider operation of both dialects under every sandbox fault,
 * the mutations through Reconcile (issue 17). Each cell checks: exactly one callback (no crash, no hang), an error
 * of the expected kind with a user sentence that carries no key, credentials still in place, no duplicate created
 * by the failed call, Reconcile's verdict matching the account, and, after the fault is gone, the retry that verdict
 * calls for leaving the account in the intended state with exactly one copy of what was created.
 */
class tst_FaultMatrix : public QObject
{
    Q_OBJECT

private:
    struct Op;
    /** A cell's fixtures: the ids and names an operation and its checks share. */
    struct Ctx
    {
        tst_FaultMatrix* t = nullptr;
        QString id;
        QString name;
        QString keyLine;
        QString oldApiKey;
    };
    struct Op
    {
        QString name;
        bool spheron = false;
        QByteArray method;
        bool mutating = false;
        std::function<bool(Ctx&)> prepare; // false = the fixture could not be made
        std::function<void(ConsoleProvider*, Ctx&, QObject*, Done)> run;
        /** How many times the operation's effect is present in the account now (created items, applied values). */
        std::function<int(Ctx&)> effectCount;
        /** The count that means "done": 1 for creations and updates, 0 for deletions. */
        int doneCount = 1;
        /** False when the account does not show whether the operation took effect (masked values). */
        bool observable = true;
        /** False for a plain call (an idempotent update) that goes through no re-read: its lost answers stay unknown.
         */
        bool reconciled = true;
    };

    SandboxServer m_sandbox;
    SandboxDemo m_demo;
    std::unique_ptr<ApiTransport> m_transport;
    std::unique_ptr<ApiTransport> m_checkTransport;
    std::unique_ptr<VastProvider> m_vastCheck;
    std::unique_ptr<SpheronProvider> m_spheronCheck;
    QList<Op> m_ops;
    QList<FaultCase> m_faults;
    std::map<QString, int> m_counts;
    int m_serial = 0;

    static constexpr auto kTimeout = 250ms;

    static ApiTransport::Limits matrixLimits()
    {
        ApiTransport::Limits limits;
        limits.inactivityTimeout = kTimeout;
        limits.deadline = 10000ms;
        limits.maxResponseBytes = 256 * 1024;
        limits.retry.maxRetries = 1;
        limits.retry.baseDelay = 10ms;
        limits.retry.maxDelay = 50ms;
        limits.retry.maxRetryAfter = 5000ms;
        return limits;
    }

    /** For the unfaulted retry after a fault: the product's timeouts, the matrix's quick retries. */
    static ApiTransport::Limits retryLimits()
    {
        ApiTransport::Limits limits = matrixLimits();
        limits.inactivityTimeout = ApiTransport::Limits().inactivityTimeout;
        limits.deadline = 20000ms;
        return limits;
    }

    template <typename T>
    std::optional<T> check(const std::function<void(QObject*, std::function<void(ApiResult<T>)>)>& op)
    {
        auto r = call<T>(op, 15000);
        if (!r || !r->ok())
            return std::nullopt;
        return r->value;
    }

    QList<SshKey> vastKeys()
    {
        return check<QList<SshKey>>([&](QObject* c, auto d) { m_vastCheck->listSshKeys({}, c, d); })
            .value_or(QList<SshKey> {});
    }
    QList<SshKey> spheronKeys()
    {
        return check<QList<SshKey>>(
                   [&](QObject* c, auto d) { m_spheronCheck->listSshKeys(m_demo.spheronTeamId, c, d); })
            .value_or(QList<SshKey> {});
    }
    static int countKeyLine(const QList<SshKey>& keys, const QString& line)
    {
        const QString blob = line.section(u' ', 1, 1);
        return int(
            std::count_if(keys.begin(), keys.end(), [&](const SshKey& k) { return k.publicKey.contains(blob); }));
    }
    static int countId(const QList<SshKey>& keys, const QString& id)
    {
        return int(std::count_if(keys.begin(), keys.end(), [&](const SshKey& k) { return k.id == id; }));
    }
    QList<ApiKeyInfo> apiKeys()
    {
        return check<QList<ApiKeyInfo>>([&](QObject* c, auto d) { m_vastCheck->listApiKeys(c, d); })
            .value_or(QList<ApiKeyInfo> {});
    }
    QList<EnvVar> envVars()
    {
        return check<QList<EnvVar>>([&](QObject* c, auto d) { m_vastCheck->listEnvVars(c, d); })
            .value_or(QList<EnvVar> {});
    }
    QList<LoginSession> sessions()
    {
        return check<QList<LoginSession>>([&](QObject* c, auto d) { m_vastCheck->listSessions(c, d); })
            .value_or(QList<LoginSession> {});
    }
    bool works(const QString& vastKey)
    {
        VastProvider p(m_checkTransport.get());
        p.setBaseUrl(m_sandbox.baseUrl());
        p.setCredentials({vastKey, {}});
        auto r = call<void>([&](QObject* c, auto d) { p.verifyKey(c, d); }, 15000);
        return r && r->ok();
    }

    static QJsonObject readOnlyPermissions()
    {
        return {{QStringLiteral("api"), QJsonObject {{QStringLiteral("user_read"), QJsonObject {}}}}};
    }

    QString unique(const QString& prefix) { return QStringLiteral("%1-%2").arg(prefix).arg(++m_serial); }

    void addOps();
    void addFaults();
    /** Runs one cell; returns an English reason on failure (never a key). */
    QString runCell(const Op& op, const FaultCase& fc);

private slots:
    void initTestCase()
    {
        // The transport logs every retry; the matrix's own summary is what this test prints.
        QLoggingCategory::setFilterRules(QStringLiteral("keydeck.api.info=false\nkeydeck.api.warning=false"));
        QString error;
        SandboxServer::Options options;
        options.tls = TestTls::sandboxTls(); // the *_https run (docs/SANDBOX.md, "HTTPS")
        QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
        QCOMPARE(m_sandbox.baseUrl().scheme(),
                 TestTls::httpsRequested() ? QStringLiteral("https") : QStringLiteral("http"));
        m_transport = std::make_unique<ApiTransport>();
        m_checkTransport = std::make_unique<ApiTransport>();
        auto checkLimits = matrixLimits();
        checkLimits.inactivityTimeout = 10000ms;
        checkLimits.maxResponseBytes = 8 * 1024 * 1024;
        m_checkTransport->setLimits(checkLimits);
        m_vastCheck = std::make_unique<VastProvider>(m_checkTransport.get());
        m_vastCheck->setBaseUrl(m_sandbox.baseUrl());
        m_spheronCheck = std::make_unique<SpheronProvider>(m_checkTransport.get());
        m_spheronCheck->setBaseUrl(m_sandbox.baseUrl());
        addOps();
        addFaults();
    }

    void everyOperationSurvivesEveryFault();
};

void tst_FaultMatrix::addFaults()
{
    auto make = [](SandboxFault::Kind kind) {
        SandboxFault f;
        f.kind = kind;
        f.match = SandboxFault::Match::Prefix;
        return f;
    };
    FaultCase fc;

    fc = {QStringLiteral("latency beyond the timeout"), make(SandboxFault::Kind::Latency), {Kind::Timeout}, true};
    fc.fault.latencyMs = int(kTimeout.count()) * 3;
    m_faults << fc;
    m_faults << FaultCase {QStringLiteral("stall"), make(SandboxFault::Kind::Stall), {Kind::Timeout}};
    fc = {QStringLiteral("429 with Retry-After"), make(SandboxFault::Kind::Status), {Kind::RateLimited}};
    fc.fault.status = 429;
    fc.fault.retryAfterSeconds = 1;
    fc.fault.retryAfterInBody = true;
    m_faults << fc;
    fc = {QStringLiteral("429 without Retry-After"), make(SandboxFault::Kind::Status), {Kind::RateLimited}};
    fc.fault.status = 429;
    m_faults << fc;
    for (int status : {500, 502, 503}) {
        fc = {QStringLiteral("%1").arg(status), make(SandboxFault::Kind::Status), {Kind::Server}};
        fc.fault.status = status;
        m_faults << fc;
    }
    m_faults << FaultCase {QStringLiteral("malformed JSON"), make(SandboxFault::Kind::MalformedJson), {Kind::Protocol}};
    m_faults << FaultCase {
        QStringLiteral("truncated"), make(SandboxFault::Kind::TruncatedBody), {Kind::Network, Kind::Protocol}, true};
    fc = {QStringLiteral("oversize"), make(SandboxFault::Kind::OversizeBody), {Kind::Protocol}};
    fc.fault.oversizeMiB = 1;
    m_faults << fc;
    m_faults << FaultCase {
        QStringLiteral("dropped connection"), make(SandboxFault::Kind::DropConnection), {Kind::Network}, true};
    fc = {QStringLiteral("401 mid-session"), make(SandboxFault::Kind::Status), {Kind::Auth}};
    fc.fault.status = 401;
    m_faults << fc;
}

void tst_FaultMatrix::addOps()
{
    // --- listings -----------------------------------------------------------------------------------------------
    auto listing = [this](const QString& name, bool spheron, std::function<void(ConsoleProvider*, QObject*, Done)> f) {
        Op op;
        op.name = name;
        op.spheron = spheron;
        op.method = "GET";
        op.prepare = [](Ctx&) { return true; };
        op.run = [f](ConsoleProvider* p, Ctx&, QObject* c, Done d) { f(p, c, std::move(d)); };
        m_ops << op;
    };
    listing(QStringLiteral("vast fetchProfile"), false,
            [](ConsoleProvider* p, QObject* c, Done d) { p->fetchProfile(c, adapt<UserProfile>(d)); });
    listing(QStringLiteral("vast fetchBalance"), false,
            [](ConsoleProvider* p, QObject* c, Done d) { p->fetchBalance(c, adapt<AccountBalance>(d)); });
    listing(QStringLiteral("vast listSshKeys"), false,
            [](ConsoleProvider* p, QObject* c, Done d) { p->listSshKeys({}, c, adapt<QList<SshKey>>(d)); });
    listing(QStringLiteral("vast listApiKeys"), false,
            [](ConsoleProvider* p, QObject* c, Done d) { p->listApiKeys(c, adapt<QList<ApiKeyInfo>>(d)); });
    listing(QStringLiteral("vast listEnvVars"), false,
            [](ConsoleProvider* p, QObject* c, Done d) { p->listEnvVars(c, adapt<QList<EnvVar>>(d)); });
    listing(QStringLiteral("vast listSessions"), false,
            [](ConsoleProvider* p, QObject* c, Done d) { p->listSessions(c, adapt<QList<LoginSession>>(d)); });
    listing(QStringLiteral("spheron fetchBalance"), true,
            [](ConsoleProvider* p, QObject* c, Done d) { p->fetchBalance(c, adapt<AccountBalance>(d)); });
    listing(QStringLiteral("spheron listSshKeys"), true,
            [](ConsoleProvider* p, QObject* c, Done d) { p->listSshKeys({}, c, adapt<QList<SshKey>>(d)); });

    // --- SSH keys -----------------------------------------------------------------------------------------------
    Op op;
    op = {};
    op.name = QStringLiteral("vast addSshKey");
    op.method = "POST";
    op.mutating = true;
    op.prepare = [](Ctx& x) {
        x.keyLine = ProviderTest::randomEd25519Line(x.t->unique(QStringLiteral("matrix")));
        return true;
    };
    op.run = [](ConsoleProvider* p, Ctx& x, QObject* c, Done d) {
        Reconcile::addSshKey(p, {}, x.keyLine, {}, c, reconciled<Reconcile::SshKeyAdded>(d));
    };
    op.effectCount = [](Ctx& x) { return countKeyLine(x.t->vastKeys(), x.keyLine); };
    m_ops << op;

    auto addVastKey = [](Ctx& x) {
        const QString line = ProviderTest::randomEd25519Line(x.t->unique(QStringLiteral("fixture")));
        auto r = x.t->check<SshKey>([&](QObject* c, auto d) { x.t->m_vastCheck->addSshKey({}, line, {}, c, d); });
        if (!r)
            return false;
        x.id = r->id;
        return true;
    };
    op = {};
    op.name = QStringLiteral("vast updateSshKey");
    op.method = "PUT";
    op.mutating = true;
    op.prepare = [addVastKey](Ctx& x) {
        x.keyLine = ProviderTest::randomEd25519Line(x.t->unique(QStringLiteral("updated")));
        return addVastKey(x);
    };
    op.run = [](ConsoleProvider* p, Ctx& x, QObject* c, Done d) {
        Reconcile::updateSshKey(p, x.id, x.keyLine, c, reconciled<Reconcile::SshKeyUpdated>(d));
    };
    op.effectCount = [](Ctx& x) { return countKeyLine(x.t->vastKeys(), x.keyLine); };
    m_ops << op;

    op = {};
    op.name = QStringLiteral("vast deleteSshKey");
    op.method = "DELETE";
    op.mutating = true;
    op.prepare = addVastKey;
    op.run = [](ConsoleProvider* p, Ctx& x, QObject* c, Done d) {
        Reconcile::deleteSshKey(p, x.id, {}, c, reconciled<Reconcile::SshKeyDeleted>(d));
    };
    op.effectCount = [](Ctx& x) { return countId(x.t->vastKeys(), x.id); };
    op.doneCount = 0;
    m_ops << op;

    op = {};
    op.name = QStringLiteral("spheron addSshKey");
    op.spheron = true;
    op.method = "POST";
    op.mutating = true;
    op.prepare = [](Ctx& x) {
        x.name = x.t->unique(QStringLiteral("matrix"));
        x.keyLine = ProviderTest::randomEd25519Line(x.name);
        return true;
    };
    op.run = [](ConsoleProvider* p, Ctx& x, QObject* c, Done d) {
        Reconcile::addSshKey(p, x.name, x.keyLine, x.t->m_demo.spheronTeamId, c, reconciled<Reconcile::SshKeyAdded>(d));
    };
    op.effectCount = [](Ctx& x) { return countKeyLine(x.t->spheronKeys(), x.keyLine); };
    m_ops << op;

    op = {};
    op.name = QStringLiteral("spheron deleteSshKey");
    op.spheron = true;
    op.method = "DELETE";
    op.mutating = true;
    op.prepare = [](Ctx& x) {
        const QString name = x.t->unique(QStringLiteral("fixture"));
        const QString line = ProviderTest::randomEd25519Line(name);
        auto r = x.t->check<SshKey>(
            [&](QObject* c, auto d) { x.t->m_spheronCheck->addSshKey(name, line, x.t->m_demo.spheronTeamId, c, d); });
        if (!r)
            return false;
        x.id = r->id;
        return true;
    };
    op.run = [](ConsoleProvider* p, Ctx& x, QObject* c, Done d) {
        Reconcile::deleteSshKey(p, x.id, x.t->m_demo.spheronTeamId, c, reconciled<Reconcile::SshKeyDeleted>(d));
    };
    op.effectCount = [](Ctx& x) { return countId(x.t->spheronKeys(), x.id); };
    op.doneCount = 0;
    m_ops << op;

    // --- API keys -----------------------------------------------------------------------------------------------
    auto countApiKeyName = [](Ctx& x) {
        const auto keys = x.t->apiKeys();
        return int(std::count_if(keys.begin(), keys.end(), [&](const ApiKeyInfo& k) { return k.name == x.name; }));
    };
    op = {};
    op.name = QStringLiteral("vast createApiKey");
    op.method = "POST";
    op.mutating = true;
    op.prepare = [](Ctx& x) {
        x.name = x.t->unique(QStringLiteral("matrix"));
        return true;
    };
    op.run = [](ConsoleProvider* p, Ctx& x, QObject* c, Done d) {
        // The ids listed before the create tell a key it made from an older one (Reconcile::createApiKey).
        Reconcile::createApiKey(p, x.name, readOnlyPermissions(), x.t->apiKeys(), c,
                                reconciled<Reconcile::ApiKeyCreated>(d));
    };
    op.effectCount = countApiKeyName;
    m_ops << op;

    op = {};
    op.name = QStringLiteral("vast deleteApiKey");
    op.method = "DELETE";
    op.mutating = true;
    op.prepare = [](Ctx& x) {
        x.name = x.t->unique(QStringLiteral("fixture"));
        auto r = x.t->check<CreatedApiKey>(
            [&](QObject* c, auto d) { x.t->m_vastCheck->createApiKey(x.name, readOnlyPermissions(), c, d); });
        if (!r)
            return false;
        x.id = r->id;
        return !x.id.isEmpty();
    };
    op.run = [](ConsoleProvider* p, Ctx& x, QObject* c, Done d) {
        Reconcile::deleteApiKey(p, x.id, false, c, reconciled<Reconcile::ApiKeyDeleted>(d));
    };
    op.effectCount = countApiKeyName;
    op.doneCount = 0;
    m_ops << op;

    // Reset: the effect is "the key the provider holds works and the old one does not".
    op = {};
    op.name = QStringLiteral("vast resetApiKey");
    op.method = "PUT";
    op.mutating = true;
    op.prepare = [](Ctx& x) {
        x.oldApiKey = x.t->m_demo.vastApiKey;
        return true;
    };
    op.run = [](ConsoleProvider* p, Ctx&, QObject* c, Done d) {
        const QPointer<ConsoleProvider> guarded = p;
        Reconcile::resetApiKey(p, c, [guarded, d](const Reconcile::ApiKeyReset& o) {
            // The provider keeps its key; the caller adopts the new one, as the page does (KeySwitcher).
            if (guarded && o.replaced == Reconcile::ResetKey::Own && !o.newKey().isEmpty())
                guarded->setCredentials({o.newKey(), {}});
            reconciled<Reconcile::ApiKeyReset>(d)(o);
        });
    };
    op.effectCount = [](Ctx& x) { return x.t->works(x.oldApiKey) ? 0 : 1; };
    m_ops << op;

    // --- Environment variables ----------------------------------------------------------------------------------
    auto countEnv = [](Ctx& x) {
        const auto vars = x.t->envVars();
        return int(std::count_if(vars.begin(), vars.end(), [&](const EnvVar& v) { return v.name == x.name; }));
    };
    auto addEnv = [](Ctx& x) {
        x.name = QStringLiteral("MATRIX_%1").arg(++x.t->m_serial);
        auto r = call<void>(
            [&](QObject* c, auto d) { x.t->m_vastCheck->createEnvVar(x.name, QStringLiteral("before"), c, d); }, 15000);
        return r && r->ok();
    };
    op = {};
    op.name = QStringLiteral("vast createEnvVar");
    op.method = "POST";
    op.mutating = true;
    op.prepare = [](Ctx& x) {
        x.name = QStringLiteral("MATRIX_%1").arg(++x.t->m_serial);
        return true;
    };
    op.run = [](ConsoleProvider* p, Ctx& x, QObject* c, Done d) {
        Reconcile::createEnvVar(p, x.name, QStringLiteral("value"), {}, c, reconciled<Reconcile::EnvVarCreated>(d));
    };
    op.effectCount = countEnv;
    m_ops << op;

    op = {};
    op.name = QStringLiteral("vast updateEnvVar");
    op.method = "PUT";
    op.mutating = true;
    op.prepare = addEnv;
    op.run = [](ConsoleProvider* p, Ctx& x, QObject* c, Done d) {
        p->updateEnvVar(x.name, QStringLiteral("after"), c, adapt<void>(d));
    };
    // Values come back masked (docs/api/vast-endpoints.md §3.3), so whether the update landed cannot be seen: the
    // careful retry always repeats this idempotent PUT, and the check is that the variable is still there exactly once.
    op.effectCount = countEnv;
    op.observable = false;
    op.reconciled = false;
    m_ops << op;

    op = {};
    op.name = QStringLiteral("vast deleteEnvVar");
    op.method = "DELETE";
    op.mutating = true;
    op.prepare = addEnv;
    op.run = [](ConsoleProvider* p, Ctx& x, QObject* c, Done d) {
        Reconcile::deleteEnvVar(p, x.name, c, reconciled<Reconcile::EnvVarDeleted>(d));
    };
    op.effectCount = countEnv;
    op.doneCount = 0;
    m_ops << op;

    // --- Sessions and profile -----------------------------------------------------------------------------------
    op = {};
    op.name = QStringLiteral("vast deleteSession");
    op.method = "DELETE";
    op.mutating = true;
    op.prepare = [](Ctx& x) {
        for (const LoginSession& s : x.t->sessions()) {
            if (!s.current) {
                x.id = s.id;
                return true;
            }
        }
        return false;
    };
    op.run = [](ConsoleProvider* p, Ctx& x, QObject* c, Done d) {
        Reconcile::deleteSession(p, x.id, c, reconciled<Reconcile::SessionDeleted>(d));
    };
    op.effectCount = [](Ctx& x) {
        const auto list = x.t->sessions();
        return int(std::count_if(list.begin(), list.end(), [&](const LoginSession& s) { return s.id == x.id; }));
    };
    op.doneCount = 0;
    m_ops << op;

    op = {};
    op.name = QStringLiteral("vast updateProfile");
    op.method = "PUT";
    op.mutating = true;
    op.prepare = [](Ctx& x) {
        x.name = QStringLiteral("Ada Matrix %1").arg(++x.t->m_serial);
        return true;
    };
    op.run = [](ConsoleProvider* p, Ctx& x, QObject* c, Done d) {
        ProfileUpdate u;
        u.fullname = x.name;
        p->updateProfile(u, c, adapt<void>(d));
    };
    op.reconciled = false; // an idempotent PUT: sent again when its answer was lost
    op.effectCount = [](Ctx& x) {
        auto r = x.t->check<UserProfile>([&](QObject* c, auto d) { x.t->m_vastCheck->fetchProfile(c, d); });
        return r && r->fullname == x.name ? 1 : 0;
    };
    m_ops << op;
}

QString tst_FaultMatrix::runCell(const Op& op, const FaultCase& fc)
{
    m_demo = m_sandbox.seedDemo();
    m_sandbox.clearFaults();
    m_transport->setLimits(matrixLimits());
    m_vastCheck->setCredentials({m_demo.vastApiKey, {}});
    m_spheronCheck->setCredentials({m_demo.spheronApiKey, {}});

    Ctx x;
    x.t = this;
    if (!op.prepare(x))
        return QStringLiteral("could not prepare the fixture");

    std::unique_ptr<ConsoleProvider> p;
    if (op.spheron)
        p = std::make_unique<SpheronProvider>(m_transport.get());
    else
        p = std::make_unique<VastProvider>(m_transport.get());
    p->setBaseUrl(m_sandbox.baseUrl());
    const QString key = op.spheron ? m_demo.spheronApiKey : m_demo.vastApiKey;
    p->setCredentials({key, {}});

    SandboxFault fault = fc.fault;
    fault.method = op.method;
    fault.pattern = op.spheron ? QStringLiteral("/api/") : QStringLiteral("/api/v0/");
    if (op.spheron) {
        // Spheron routes are /api/… but not /api/v0/…: keep the fault off the Vast dialect.
        fault.match = SandboxFault::Match::Regex;
        fault.pattern = QStringLiteral("/api/(?!v0/).*");
    }
    m_sandbox.setFault(fault);

    auto r = call<Outcome>(
        [&](QObject* c, auto done) {
            op.run(p.get(), x, c, [done](Outcome o) { done(ApiResult<Outcome>::success(o)); });
        },
        20000);
    m_sandbox.clearFaults();
    if (!r)
        return QStringLiteral("no single callback");
    const Outcome o = *r->value;

    if (!o.error.isError()) {
        // Includes a 2xx with a garbage body: the server did not act, so an answer saying "done" would be a lie.
        return QStringLiteral("an answer arrived although every attempt was faulted");
    }
    if (!fc.kinds.contains(o.error.kind()))
        return QStringLiteral("unexpected error kind %1").arg(ApiError::kindName(o.error.kind()));
    if (o.error.userMessage().trimmed().isEmpty())
        return QStringLiteral("empty user message");
    if (o.error.userMessage().contains(key) || o.error.serverMessage().contains(key))
        return QStringLiteral("the error message carries the API key");
    if (!(p->hasApiKey() && !key.isEmpty()))
        return QStringLiteral("the provider lost its credentials");

    // The retry after the fault asks whether the provider still works, not how fast: on a loaded machine (the
    // sanitized suite beside a build) an unfaulted answer can take longer than kTimeout, so it gets the product's
    // own timeouts.
    m_transport->setLimits(retryLimits());
    const auto restore = qScopeGuard([this] { m_transport->setLimits(matrixLimits()); });
    if (!op.mutating) {
        auto again = call<Outcome>(
            [&](QObject* c, auto done) {
                op.run(p.get(), x, c, [done](Outcome oo) { done(ApiResult<Outcome>::success(oo)); });
            },
            20000);
        if (!again || !again->value->ok)
            return QStringLiteral("the retry after the fault failed");
        return {};
    }

    using Reconcile::State;
    const bool claimsDone = o.state == State::Done || o.state == State::AlreadyDone;
    // The re-read is never faulted here (the fault matches the change's method only), so the product must know.
    if (o.state == State::Unknown && op.reconciled)
        return QStringLiteral("Reconcile could not tell what happened although the list could be read");

    if (op.name == QLatin1String("vast resetApiKey") && fc.serverActs) {
        // The server rotated the key and its answer was lost: the new key cannot be recovered (docs/api/vast.md
        // §3.1), but Reconcile must find out that the reset happened by trying the old key, and never re-send it.
        if (o.state != State::Done)
            return QStringLiteral("a reset whose answer was lost was reported as %1")
                .arg(Reconcile::stateName(o.state));
        if (works(x.oldApiKey))
            return QStringLiteral("the reset was reported done but the old key still works");
        ++m_counts[QStringLiteral("reset answer lost, found done by trying the old key (inherent)")];
        return {};
    }

    // No duplicate: the failed call reached the server's effect at most once.
    const int afterFault = op.effectCount(x);
    if (afterFault > 1)
        return QStringLiteral("the failed call created %1 copies").arg(afterFault);
    // What the product says happened is what the account shows.
    if (op.observable && o.state != State::Unknown && claimsDone != (afterFault == op.doneCount)) {
        return QStringLiteral("Reconcile said %1 but the account shows the change %2")
            .arg(Reconcile::stateName(o.state),
                 afterFault == op.doneCount ? QStringLiteral("made") : QStringLiteral("not made"));
    }

    // The retry the product's outcome calls for: only what did not happen is sent again.
    if (!claimsDone) {
        auto again = call<Outcome>(
            [&](QObject* c, auto done) {
                op.run(p.get(), x, c, [done](Outcome oo) { done(ApiResult<Outcome>::success(oo)); });
            },
            20000);
        if (!again || !again->value->ok)
            return QStringLiteral("the retry after the fault failed: %1")
                .arg(again ? ApiError::kindName(again->value->error.kind()) : QStringLiteral("no callback"));
        ++m_counts[QStringLiteral("not done, retried")];
    } else {
        ++m_counts[QStringLiteral("done behind a lost answer, found by Reconcile")];
    }
    const int final = op.effectCount(x);
    if (final != op.doneCount)
        return QStringLiteral("state after the retry: %1 where %2 was expected").arg(final).arg(op.doneCount);
    if (op.name == QLatin1String("vast resetApiKey")) {
        // The new key the caller adopted must work with the account.
        auto v = call<void>([&](QObject* c, auto d) { p->verifyKey(c, d); }, 15000);
        if (!v || !v->ok())
            return QStringLiteral("the rotated key does not work");
    }
    return {};
}

void tst_FaultMatrix::everyOperationSurvivesEveryFault()
{
    int cells = 0;
    int failed = 0;
    QStringList failures;
    for (const Op& op : std::as_const(m_ops)) {
        for (const FaultCase& fc : std::as_const(m_faults)) {
            ++cells;
            const QString problem = runCell(op, fc);
            if (!problem.isEmpty()) {
                ++failed;
                failures << QStringLiteral("%1 × %2: %3").arg(op.name, fc.name, problem);
            }
        }
    }
    int listings = 0;
    for (const Op& op : std::as_const(m_ops))
        listings += op.mutating ? 0 : 1;
    qInfo().noquote() << QStringLiteral(
                             "Fault matrix: %1 operations (%2 listings, %3 mutations) × %4 faults = %5 cells, "
                             "%6 passed, %7 failed")
                             .arg(m_ops.size())
                             .arg(listings)
                             .arg(m_ops.size() - listings)
                             .arg(m_faults.size())
                             .arg(cells)
                             .arg(cells - failed)
                             .arg(failed);
    for (const auto& [what, n] : m_counts)
        qInfo().noquote() << QStringLiteral("  %1: %2").arg(what).arg(n);
    for (const QString& f : std::as_const(failures))
        qWarning().noquote() << f;
    QVERIFY2(failed == 0, qPrintable(QStringLiteral("%1 of %2 cells failed").arg(failed).arg(cells)));
}

QTEST_GUILESS_MAIN(tst_FaultMatrix)
#include "tst_faultmatrix.moc"
