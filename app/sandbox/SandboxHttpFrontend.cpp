#include "sandbox/SandboxHttpFrontend.h"

#include "sandbox/SandboxLog.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <functional>

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

/**
 * Follows the byte stream of one connection ahead of QHttpServer: connected to readyRead before QHttpServer is, it
 * peeks at exactly the bytes QHttpServer is about to read, finds each request's header block and Content-Length,
 * and stops a request whose declared body exceeds the cap (or that has no length, or headers over MaxHeaderBytes)
 * before QHttpServer buffers it (docs/SANDBOX.md, "Who may talk to it").
 */
class SandboxHttpFrontend::SizeGuard : public QObject
{
public:
    using Refuse = std::function<void(QTcpSocket*, const QByteArray& head)>;

    SizeGuard(QTcpSocket* socket, qint64 maxBodyBytes, Refuse refuse)
        : QObject(socket)
        , m_socket(socket)
        , m_maxBodyBytes(maxBodyBytes)
        , m_refuse(std::move(refuse))
    {
        connect(socket, &QTcpSocket::readyRead, this, &SizeGuard::inspect);
    }

private:
    enum class State { Head, Body, Discard };

    void inspect()
    {
        if (m_state == State::Discard) {
            discard();
            return;
        }
        const QByteArray data = m_socket->peek(m_socket->bytesAvailable());
        qsizetype pos = 0;
        while (pos < data.size()) {
            if (m_state == State::Body) {
                const qint64 take = qMin<qint64>(m_remaining, data.size() - pos);
                m_remaining -= take;
                pos += take;
                if (m_remaining == 0)
                    m_state = State::Head;
                continue;
            }
            const qsizetype before = m_head.size();
            m_head.append(data.constData() + pos, data.size() - pos);
            const qsizetype end = m_head.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_head.size() > MaxHeaderBytes)
                    return stop(431, QByteArrayLiteral("Request Header Fields Too Large"));
                return;
            }
            pos += end + 4 - before;
            m_head.truncate(end + 4);
            const QByteArray head = m_head;
            m_head.clear();
            if (!startBody(head))
                return;
        }
    }

    /** Reads the header block's length; false when the request was stopped. */
    bool startBody(const QByteArray& head)
    {
        qint64 length = 0;
        const QList<QByteArray> lines = head.split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "transfer-encoding") {
                // A chunked body has no length to check up front; no client of the sandbox sends one.
                stop(411, QByteArrayLiteral("Length Required"));
                return false;
            }
            if (name == "content-length") {
                bool ok = false;
                length = value.toLongLong(&ok);
                if (!ok || length < 0) {
                    stop(400, QByteArrayLiteral("Bad Request"));
                    return false;
                }
            }
        }
        if (length > m_maxBodyBytes) {
            m_remaining = qMin<qint64>(length, kMaxDiscardBytes);
            m_state = State::Discard;
            m_refuse(m_socket, head);
            discard();
            return false;
        }
        m_remaining = length;
        m_state = length > 0 ? State::Body : State::Head;
        return true;
    }

    /** A plain answer and close, for requests too malformed to hand to the sandbox. */
    void stop(int status, const QByteArray& reason)
    {
        m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
                        + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        m_remaining = kMaxDiscardBytes;
        m_state = State::Discard;
        discard();
    }

    /**
     * Reads and drops what the client still sends (up to kMaxDiscardBytes, for at most kDiscardMs), so that
     * closing with unread data does not reset the connection before the client has read the answer. Nothing of
     * it reaches QHttpServer: its pending transaction is committed empty-handed and the bytes are consumed here.
     */
    void discard()
    {
        if (!m_discardTimer) {
            m_discardTimer = new QTimer(this);
            m_discardTimer->setSingleShot(true);
            connect(m_discardTimer, &QTimer::timeout, m_socket, &QTcpSocket::abort);
            m_discardTimer->start(kDiscardMs);
        }
        if (m_socket->isTransactionStarted())
            m_socket->commitTransaction();
        const qint64 available = m_socket->bytesAvailable();
        m_socket->skip(available);
        m_remaining -= available;
        if (m_remaining <= 0)
            m_socket->disconnectFromHost();
    }

    static constexpr qint64 kMaxDiscardBytes = 16 * 1024 * 1024;
    static constexpr int kDiscardMs = 5000;

    QTcpSocket* m_socket;
    qint64 m_maxBodyBytes;
    Refuse m_refuse;
    State m_state = State::Head;
    QByteArray m_head;
    qint64 m_remaining = 0;
    QTimer* m_discardTimer = nullptr;
};

/**
 * A QTcpServer whose sockets get a SizeGuard before QHttpServer connects to them. With a TLS configuration each
 * socket is a QSslSocket that starts the server handshake at once; QHttpServer and the guard then see only the
 * decrypted bytes, and a client that refuses the handshake never gets as far as a request (docs/SANDBOX.md, "HTTPS").
 */
class SandboxHttpFrontend::GuardedTcpServer : public QTcpServer
{
public:
    GuardedTcpServer(qint64 maxBodyBytes, SizeGuard::Refuse refuse, std::optional<QSslConfiguration> tls)
        : m_maxBodyBytes(maxBodyBytes)
        , m_refuse(std::move(refuse))
        , m_tls(std::move(tls))
    { }

protected:
    void incomingConnection(qintptr handle) override
    {
        QTcpSocket* socket = nullptr;
        if (m_tls) {
            auto* ssl = new QSslSocket(this);
            // A failed handshake is left to QSslSocket, which sends the alert and closes; closing it from its own
            // errorOccurred crashed Qt 6.4's OpenSSL backend mid-handshake.
            ssl->setSslConfiguration(*m_tls);
            socket = ssl;
        } else {
            socket = new QTcpSocket(this);
        }
        if (!socket->setSocketDescriptor(handle)) {
            delete socket;
            return;
        }
        if (auto* ssl = qobject_cast<QSslSocket*>(socket))
            ssl->startServerEncryption();
        new SizeGuard(socket, m_maxBodyBytes, m_refuse);
        addPendingConnection(socket);
    }

private:
    qint64 m_maxBodyBytes;
    SizeGuard::Refuse m_refuse;
    std::optional<QSslConfiguration> m_tls;
};

SandboxHttpFrontend::SandboxHttpFrontend(Handler handler, qint64 maxBodyBytes, QObject* parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_maxBodyBytes(maxBodyBytes)
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
        r.secure = request.url().scheme() == QLatin1String("https");
        dispatch(std::move(r), std::move(responder));
    });
}

SandboxHttpFrontend::~SandboxHttpFrontend()
{
    // Parked responders first: they point into the server's sockets.
    m_parked.clear();
    m_server.reset();
}

quint16 SandboxHttpFrontend::listen(quint16 port, const std::optional<QSslConfiguration>& tls, QString* error)
{
    auto tcp = std::make_unique<GuardedTcpServer>(
        m_maxBodyBytes, [this](QTcpSocket* socket, const QByteArray& head) { refuseOversize(socket, head); }, tls);
    if (!tcp->listen(QHostAddress::LocalHost, port)) {
        if (error)
            *error = QStringLiteral("Cannot listen on 127.0.0.1:%1.").arg(port);
        return 0;
    }
    const quint16 bound = tcp->serverPort();
    m_server->bind(tcp.release()); // the server takes ownership
    return bound;
}

void SandboxHttpFrontend::refuseOversize(QTcpSocket* socket, const QByteArray& head)
{
    SandboxRequest r;
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    r.method = requestLine.value(0).toUpper();
    r.path = QUrl::fromEncoded(requestLine.value(1)).path();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            r.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    r.peer = socket->peerAddress();
    r.secure = qobject_cast<QSslSocket*>(socket) != nullptr;
    r.bodyTooLarge = true;
    const SandboxReply reply = m_handler(r);
    const QByteArray reason = reply.status == 413 ? QByteArrayLiteral("Payload Too Large")
        : reply.status == 403                     ? QByteArrayLiteral("Forbidden")
                                                  : QByteArrayLiteral("Error");
    QByteArray bytes = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reason + "\r\n";
    bytes += "Content-Type: " + reply.contentType + "\r\n";
    bytes += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    for (const auto& header : reply.headers)
        bytes += header.first + ": " + header.second + "\r\n";
    bytes += "Connection: close\r\n\r\n" + reply.body;
    socket->write(bytes);
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
