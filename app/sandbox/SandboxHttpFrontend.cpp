#include "sandbox/SandboxHttpFrontend.h"

#include "sandbox/SandboxLog.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

// Every QHttpServer call of the sandbox lives in this file (docs/LIBRARIES.md §5.3: Qt 6.8 replaced listen()
// with bind(QTcpServer*) and changed the handler signatures). No QHttpServer routes are registered: every
// request reaches the missing handler, which in 6.4 already hands over a QHttpServerResponder&&, and the
// sandbox's own router matches paths. That keeps the two dialects' 404 shapes, their different trailing-slash
// rules and path-based fault injection independent of QHttpServer's router, whose API also changes in 6.8.

struct SandboxHttpFrontend::Parked
{
    explicit Parked(QHttpServerResponder&& r)
        : responder(std::move(r))
        , socket(responder.socket())
    { }
    QHttpServerResponder responder;
    // The server deletes the socket when the client goes away; the responder keeps a raw pointer.
    QPointer<QTcpSocket> socket;
};

SandboxHttpFrontend::SandboxHttpFrontend(Handler handler, QObject* parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_server(std::make_unique<QHttpServer>())
{
    m_server->setMissingHandler([this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        SandboxRequest r;
        switch (request.method()) {
        case QHttpServerRequest::Method::Get:
            r.method = "GET";
            break;
        case QHttpServerRequest::Method::Put:
            r.method = "PUT";
            break;
        case QHttpServerRequest::Method::Delete:
            r.method = "DELETE";
            break;
        case QHttpServerRequest::Method::Post:
            r.method = "POST";
            break;
        case QHttpServerRequest::Method::Head:
            r.method = "HEAD";
            break;
        case QHttpServerRequest::Method::Options:
            r.method = "OPTIONS";
            break;
        case QHttpServerRequest::Method::Patch:
            r.method = "PATCH";
            break;
        default:
            r.method = "OTHER";
            break;
        }
        r.path = request.url().path();
        r.query = request.query();
        const auto headers = request.headers();
        for (const auto& header : headers)
            r.headers.insert(header.first.toLower(), header.second);
        r.body = request.body();
        r.peer = request.remoteAddress();
        dispatch(std::move(r), std::move(responder));
    });
}

SandboxHttpFrontend::~SandboxHttpFrontend()
{
    // Parked responders first: they point into the server's sockets.
    m_parked.clear();
    m_server.reset();
}

quint16 SandboxHttpFrontend::listen(quint16 port, QString* error)
{
    const quint16 bound = m_server->listen(QHostAddress::LocalHost, port);
    if (bound == 0 && error)
        *error = QStringLiteral("Cannot listen on 127.0.0.1:%1.").arg(port);
    return bound;
}

quint64 SandboxHttpFrontend::park(QHttpServerResponder&& responder)
{
    const quint64 id = m_nextParkId++;
    auto parked = std::make_unique<Parked>(std::move(responder));
    if (parked->socket) {
        // Forget the responder as soon as the client hangs up, so nothing writes to a dead socket.
        connect(parked->socket, &QObject::destroyed, this, [this, id] { m_parked.erase(id); });
    }
    m_parked.emplace(id, std::move(parked));
    return id;
}

void SandboxHttpFrontend::dispatch(SandboxRequest request, QHttpServerResponder&& responder)
{
    const SandboxReply reply = m_handler(request);
    if (reply.delivery == SandboxReply::Delivery::Stall) {
        park(std::move(responder));
        return;
    }
    if (reply.delayMs > 0) {
        const quint64 id = park(std::move(responder));
        QTimer::singleShot(reply.delayMs, this, [this, id, reply] {
            const auto it = m_parked.find(id);
            if (it == m_parked.end())
                return;
            std::unique_ptr<Parked> parked = std::move(it->second);
            m_parked.erase(it);
            if (parked->socket)
                deliver(reply, parked->responder);
        });
        return;
    }
    deliver(reply, responder);
}

void SandboxHttpFrontend::deliver(const SandboxReply& reply, QHttpServerResponder& responder)
{
    const auto status = static_cast<QHttpServerResponder::StatusCode>(reply.status);
    QTcpSocket* socket = responder.socket();
    switch (reply.delivery) {
    case SandboxReply::Delivery::Normal:
    case SandboxReply::Delivery::Stall:
        responder.writeStatusLine(status);
        responder.writeHeader("Content-Type", reply.contentType);
        responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
        for (const auto& header : reply.headers)
            responder.writeHeader(header.first, header.second);
        responder.writeBody(reply.body);
        return;
    case SandboxReply::Delivery::Truncate:
        // Announce the whole body, send half of it, then close: the client sees the connection end early.
        responder.writeStatusLine(status);
        responder.writeHeader("Content-Type", reply.contentType);
        responder.writeHeader("Content-Length", QByteArray::number(qMax<qsizetype>(reply.body.size(), 2)));
        responder.writeBody(reply.body.left(reply.body.size() / 2));
        socket->disconnectFromHost();
        return;
    case SandboxReply::Delivery::Drop:
        responder.writeStatusLine(status);
        responder.writeHeader("Content-Type", reply.contentType);
        socket->flush();
        socket->abort();
        return;
    }
}
