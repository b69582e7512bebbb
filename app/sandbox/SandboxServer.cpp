#include "sandbox/SandboxServer.h"

#include "sandbox/SandboxHttpFrontend.h"
#include "sandbox/SandboxLog.h"
#include "sandbox/SandboxSeeder.h"
#include "sandbox/SandboxStore.h"
#include "sandbox/SpheronDialect.h"
#include "sandbox/VastDialect.h"

#include <QJsonArray>
#include <QRandomGenerator>

#include <array>

namespace {

const QString kVastPrefix = QStringLiteral("/api/v0");
const QString kSpheronPrefix = QStringLiteral("/api");
const QString kAdminPrefix = QStringLiteral("/_sandbox/");

bool isVastPath(const QString& path)
{
    return path == kVastPrefix || path.startsWith(kVastPrefix + QLatin1Char('/'));
}

/** Compares without an early exit, so the time taken does not tell how much of a guess was right. */
bool tokenMatches(const QByteArray& given, const QByteArray& expected)
{
    if (given.size() != expected.size())
        return false;
    char difference = 0;
    for (qsizetype i = 0; i < given.size(); ++i)
        difference |= static_cast<char>(given.at(i) ^ expected.at(i));
    return difference == 0;
}

QString reasonPhrase(int status)
{
    switch (status) {
    case 413:
        return QStringLiteral("Payload Too Large");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 500:
        return QStringLiteral("Internal Server Error");
    case 502:
        return QStringLiteral("Bad Gateway");
    case 503:
        return QStringLiteral("Service Unavailable");
    case 504:
        return QStringLiteral("Gateway Timeout");
    default:
        return QStringLiteral("Error");
    }
}

} // namespace

SandboxServer::SandboxServer(QObject* parent)
    : QObject(parent)
{ }

SandboxServer::~SandboxServer()
{
    // The front end first: its parked responders must not outlive the handlers they call into.
    m_frontend.reset();
}

bool SandboxServer::start(const Options& options, QString* error)
{
    if (isRunning()) {
        if (error)
            *error = QStringLiteral("The sandbox is already running.");
        return false;
    }
    m_options = options;
    m_store = std::make_unique<SandboxStore>();
    if (!m_store->open(options.databasePath, error))
        return false;
    m_vast = std::make_unique<VastDialect>(*m_store, m_options.variants);
    m_spheron = std::make_unique<SpheronDialect>(*m_store, m_options.variants);
    setRateLimits(options.rateLimits);
    m_frontend = std::make_unique<SandboxHttpFrontend>([this](const SandboxRequest& r) { return handle(r); },
                                                       options.maxRequestBytes);
    m_port = m_frontend->listen(options.port, options.tls, error);
    if (m_port == 0) {
        m_frontend.reset();
        return false;
    }
    qCInfo(lcSandbox) << "sandbox listening on" << baseUrl().toString() << "schema" << m_store->schemaVersion();
    return true;
}

QUrl SandboxServer::baseUrl() const
{
    if (!isRunning())
        return {};
    const QString scheme = m_options.tls ? QStringLiteral("https") : QStringLiteral("http");
    return QUrl(QStringLiteral("%1://127.0.0.1:%2").arg(scheme).arg(m_port));
}

int SandboxServer::schemaVersion() const
{
    return m_store ? m_store->schemaVersion() : 0;
}

SandboxDemo SandboxServer::seedDemo()
{
    if (!m_store)
        return {};
    return SandboxSeeder::seedDemo(*m_store);
}

int SandboxServer::seedSshKeys(SandboxAccount account, int count, int minAgeDays)
{
    if (!m_store)
        return 0;
    return SandboxSeeder::seedSshKeys(*m_store, account, count, minAgeDays);
}

QByteArray SandboxServer::generateAdminToken()
{
    std::array<quint32, 8> words;
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    return QByteArray(reinterpret_cast<const char*>(words.data()), sizeof(words)).toHex();
}

int SandboxServer::setFault(const SandboxFault& fault)
{
    if (m_faults.size() >= MaxFaults)
        return -1;
    const int id = m_nextFaultId++;
    m_faults.append(ArmedFault {id, fault, fault.times});
    return id;
}

bool SandboxServer::removeFault(int id)
{
    return m_faults.removeIf([id](const ArmedFault& f) { return f.id == id; }) > 0;
}

void SandboxServer::clearFaults()
{
    m_faults.clear();
}

QList<SandboxFault> SandboxServer::faults() const
{
    QList<SandboxFault> list;
    for (const ArmedFault& armed : m_faults)
        list.append(armed.fault);
    return list;
}

bool SandboxServer::setVariant(const QString& name, const QString& value, QString* error)
{
    return m_options.variants.set(name, value, error);
}

void SandboxServer::setRateLimits(bool enabled)
{
    m_options.rateLimits = enabled;
    if (m_vast)
        m_vast->setRateLimits(enabled);
    if (m_spheron)
        m_spheron->setRateLimit(enabled, m_options.spheronRequestsPerWindow, m_options.spheronWindowSeconds);
}

int SandboxServer::stalledRequests() const
{
    return m_frontend ? m_frontend->parkedCount() : 0;
}

SandboxReply SandboxServer::refuseForeign(const SandboxRequest& request, bool* refused) const
{
    *refused = true;
    // A web page can send simple requests (a text/plain POST needs no preflight) and, through DNS rebinding,
    // make its own host name point here; neither may reach the sandbox. Keydeck and curl send no Origin.
    const QByteArray host = request.header("host").toLower();
    const QByteArray port = QByteArray::number(m_port);
    if (host != "127.0.0.1:" + port && host != "localhost:" + port) {
        return SandboxReply::json(
            403,
            QJsonObject {{QStringLiteral("error"),
                          QStringLiteral("The Host header must be 127.0.0.1:%1 or localhost:%1.").arg(m_port)}});
    }
    if (request.headers.contains("origin")) {
        return SandboxReply::json(
            403, QJsonObject {{QStringLiteral("error"), QStringLiteral("Requests from web pages are refused.")}});
    }
    *refused = false;
    return {};
}

SandboxReply SandboxServer::handle(const SandboxRequest& request)
{
    bool refused = false;
    SandboxReply reply = refuseForeign(request, &refused);
    if (refused) {
    } else if (request.path.startsWith(kAdminPrefix)) {
        reply = handleAdmin(request);
    } else if (request.bodyTooLarge) {
        reply = dialectError(
            request, 413, QStringLiteral("The request body is larger than %1 bytes.").arg(m_options.maxRequestBytes));
    } else {
        reply = handleApi(request);
    }
    qCDebug(lcSandbox) << request.method << request.path << reply.status;
    emit requestHandled(QString::fromLatin1(request.method), request.path, reply.status);
    return reply;
}

SandboxReply SandboxServer::dialectError(const SandboxRequest& request, int status, const QString& message) const
{
    if (isVastPath(request.path)) {
        if (status == 429)
            return SandboxReply::text(429, QByteArrayLiteral("API requests too frequent"));
        return VastDialect::error(status, status >= 500 ? QStringLiteral("server_error") : QStringLiteral("error"),
                                  message);
    }
    return SpheronDialect::error(status, reasonPhrase(status), message);
}

SandboxReply SandboxServer::handleApi(const SandboxRequest& request)
{
    for (int i = 0; i < m_faults.size(); ++i) {
        ArmedFault& armed = m_faults[i];
        if (!armed.fault.matches(request.method, request.path))
            continue;
        const SandboxFault fault = armed.fault;
        if (armed.remaining > 0 && --armed.remaining == 0)
            m_faults.removeAt(i);
        return faultReply(fault, request);
    }
    return answer(request);
}

SandboxReply SandboxServer::answer(const SandboxRequest& request)
{
    if (request.body.size() > m_options.maxRequestBytes) {
        return dialectError(request, 413,
                            QStringLiteral("The request body is larger than %1 bytes.").arg(m_options.maxRequestBytes));
    }
    if (isVastPath(request.path))
        return m_vast->handle(request, request.path.mid(kVastPrefix.size()));
    if (request.path.startsWith(kSpheronPrefix + QLatin1Char('/')))
        return m_spheron->handle(request, request.path.mid(kSpheronPrefix.size()));
    return SpheronDialect::error(404, QStringLiteral("Not Found"), QStringLiteral("Route not found"));
}

SandboxReply SandboxServer::faultReply(const SandboxFault& fault, const SandboxRequest& request)
{
    SandboxReply reply;
    switch (fault.kind) {
    case SandboxFault::Kind::Latency:
        reply = answer(request);
        reply.delayMs = qBound(0, fault.latencyMs, SandboxFault::MaxLatencyMs);
        return reply;
    case SandboxFault::Kind::Stall:
        reply.delivery = SandboxReply::Delivery::Stall;
        return reply;
    case SandboxFault::Kind::Status: {
        reply = dialectError(request, fault.status,
                             fault.message.isEmpty()
                                 ? QStringLiteral("The sandbox injected a %1 answer.").arg(fault.status)
                                 : fault.message.left(SandboxFault::MaxMessageLength));
        if (fault.retryAfterInBody && reply.contentType.startsWith("application/json")) {
            QJsonObject body = QJsonDocument::fromJson(reply.body).object();
            body.insert(QStringLiteral("retryAfter"), qMax(fault.retryAfterSeconds, 0));
            reply.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        }
        if (fault.retryAfterSeconds >= 0)
            reply.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(fault.retryAfterSeconds)});
        return reply;
    }
    case SandboxFault::Kind::MalformedJson:
        reply.body = QByteArrayLiteral("{\"success\": true, \"items\": [{\"id\": 1, \"name\": \"trunc");
        return reply;
    case SandboxFault::Kind::OversizeBody: {
        const qint64 size = qint64(qBound(1, fault.oversizeMiB, SandboxFault::MaxOversizeMiB)) * 1024 * 1024;
        reply.body.reserve(size);
        reply.body.append("{\"success\": true, \"padding\": \"");
        reply.body.append(QByteArray(size - reply.body.size() - 2, 'x'));
        reply.body.append("\"}");
        return reply;
    }
    case SandboxFault::Kind::TruncatedBody:
    case SandboxFault::Kind::DropConnection:
        // The request is processed (its side effects happen) and the answer is lost on the way, which is what
        // makes blind retries of a POST dangerous (docs/api/vast.md §1.4).
        reply = answer(request);
        reply.delivery = fault.kind == SandboxFault::Kind::TruncatedBody ? SandboxReply::Delivery::Truncate
                                                                         : SandboxReply::Delivery::Drop;
        return reply;
    }
    return reply;
}

SandboxReply SandboxServer::handleAdmin(const SandboxRequest& request)
{
    // Off unless a token was given (the demo's module gives none): faults make every later request allocate
    // and stall inside the process that holds the real keys (docs/SANDBOX.md, "Who may talk to it").
    if (m_options.adminToken.isEmpty())
        return SandboxReply::json(404, QJsonObject {{QStringLiteral("error"), QStringLiteral("Not Found")}});
    // Loopback peers only; the server binds 127.0.0.1, so this guards against a future bind change.
    if (!request.peer.isLoopback())
        return SandboxReply::json(403, QJsonObject {{QStringLiteral("error"), QStringLiteral("Forbidden")}});
    if (!tokenMatches(request.header(AdminTokenHeader), m_options.adminToken)) {
        return SandboxReply::json(
            401,
            QJsonObject {
                {QStringLiteral("error"),
                 QStringLiteral("Send the admin token printed at start in %1.").arg(QLatin1String(AdminTokenHeader))}});
    }
    if (request.bodyTooLarge)
        return SandboxReply::json(413, QJsonObject {{QStringLiteral("error"), QStringLiteral("Payload Too Large")}});
    const QString route = request.path.mid(kAdminPrefix.size());
    if (route == QLatin1String("health") && request.method == "GET") {
        return SandboxReply::json(200,
                                  QJsonObject {{QStringLiteral("status"), QStringLiteral("ok")},
                                               {QStringLiteral("port"), m_port},
                                               {QStringLiteral("schemaVersion"), schemaVersion()},
                                               {QStringLiteral("stalled"), stalledRequests()}});
    }
    if (route == QLatin1String("faults")) {
        if (request.method == "GET") {
            QJsonArray list;
            for (const ArmedFault& armed : std::as_const(m_faults)) {
                QJsonObject object = armed.fault.toJson();
                object.insert(QStringLiteral("id"), armed.id);
                object.insert(QStringLiteral("remaining"), armed.remaining);
                list.append(object);
            }
            return SandboxReply::json(200, QJsonObject {{QStringLiteral("faults"), list}});
        }
        if (request.method == "POST") {
            const QJsonDocument doc = QJsonDocument::fromJson(request.body);
            QString error;
            const SandboxFault fault = doc.isObject() ? SandboxFault::fromJson(doc.object(), &error) : SandboxFault();
            if (!doc.isObject())
                error = QStringLiteral("The body must be a JSON object.");
            if (!error.isEmpty())
                return SandboxReply::json(400, QJsonObject {{QStringLiteral("error"), error}});
            const int id = setFault(fault);
            if (id < 0) {
                return SandboxReply::json(
                    400,
                    QJsonObject {{QStringLiteral("error"),
                                  QStringLiteral("At most %1 faults can be armed at once.").arg(MaxFaults)}});
            }
            return SandboxReply::json(201, QJsonObject {{QStringLiteral("id"), id}});
        }
        if (request.method == "DELETE") {
            const int count = static_cast<int>(m_faults.size());
            clearFaults();
            return SandboxReply::json(200, QJsonObject {{QStringLiteral("cleared"), count}});
        }
    }
    if (route.startsWith(QLatin1String("faults/")) && request.method == "DELETE") {
        bool ok = false;
        const int id = route.mid(7).toInt(&ok);
        if (ok && removeFault(id))
            return SandboxReply::json(200, QJsonObject {{QStringLiteral("cleared"), 1}});
        return SandboxReply::json(404, QJsonObject {{QStringLiteral("error"), QStringLiteral("No such fault.")}});
    }
    return SandboxReply::json(404, QJsonObject {{QStringLiteral("error"), QStringLiteral("Not Found")}});
}
