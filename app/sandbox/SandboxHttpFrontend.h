#pragma once

#include "sandbox/SandboxReply.h"
#include "sandbox/SandboxRequest.h"

#include <QObject>
#include <QSslConfiguration>

#include <functional>
#include <map>
#include <memory>
#include <optional>

class QHttpServer;
class QHttpServerResponder;
class QTcpSocket;

/**
 * The only place that touches QHttpServer (its API changed in Qt 6.8, docs/LIBRARIES.md §5.3): listens on
 * 127.0.0.1, turns each request into a SandboxRequest and delivers the SandboxReply, including the faulty
 * deliveries (delay, stall, truncated body, dropped connection). QHttpServer 6.4 buffers a whole body before any
 * handler sees it, so a guard on each socket reads the headers first and refuses a body over the cap unread.
 */
class SandboxHttpFrontend : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<SandboxReply(const SandboxRequest&)>;

    /** @p maxBodyBytes: a request that declares a larger body is answered from its headers, the body unread. */
    explicit SandboxHttpFrontend(Handler handler, qint64 maxBodyBytes, QObject* parent = nullptr);
    ~SandboxHttpFrontend() override;

    /**
     * Listens on 127.0.0.1:@p port (0 = a free port), speaking HTTPS with @p tls when given.
     * @return the port, or 0 with @p error set.
     */
    quint16 listen(quint16 port, const std::optional<QSslConfiguration>& tls, QString* error);

    /** Requests whose answer is parked (stalled or delayed) right now. */
    int parkedCount() const { return static_cast<int>(m_parked.size()); }

    /** Header blocks larger than this are refused (431) before more is read. */
    static constexpr qint64 MaxHeaderBytes = 64 * 1024;

private:
    struct Parked;
    class SizeGuard;
    class GuardedTcpServer;

    void dispatch(SandboxRequest request, QHttpServerResponder&& responder);
    void deliver(const SandboxReply& reply, QHttpServerResponder& responder);
    quint64 park(QHttpServerResponder&& responder);
    /** Answers a request the SizeGuard stopped (its body too large) with the handler's reply, written raw. */
    void refuseOversize(QTcpSocket* socket, const QByteArray& head);

    Handler m_handler;
    qint64 m_maxBodyBytes;
    std::unique_ptr<QHttpServer> m_server;
    std::map<quint64, std::unique_ptr<Parked>> m_parked;
    quint64 m_nextParkId = 1;
};
