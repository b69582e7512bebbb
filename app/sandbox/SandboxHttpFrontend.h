#pragma once

#include "sandbox/SandboxReply.h"
#include "sandbox/SandboxRequest.h"

#include <QObject>

#include <functional>
#include <map>
#include <memory>

class QHttpServer;
class QHttpServerResponder;

/**
 * The only place that touches QHttpServer (its API changed in Qt 6.8, docs/LIBRARIES.md §5.3): listens on
 * 127.0.0.1, turns each request into a SandboxRequest and delivers the SandboxReply, including the faulty
 * deliveries (delay, stall, truncated body, dropped connection).
 */
class SandboxHttpFrontend : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<SandboxReply(const SandboxRequest&)>;

    explicit SandboxHttpFrontend(Handler handler, QObject* parent = nullptr);
    ~SandboxHttpFrontend() override;

    /** Listens on 127.0.0.1:@p port (0 = a free port). @return the port, or 0 with @p error set. */
    quint16 listen(quint16 port, QString* error);

    /** Requests whose answer is parked (stalled or delayed) right now. */
    int parkedCount() const { return static_cast<int>(m_parked.size()); }

private:
    struct Parked;

    void dispatch(SandboxRequest request, QHttpServerResponder&& responder);
    void deliver(const SandboxReply& reply, QHttpServerResponder& responder);
    quint64 park(QHttpServerResponder&& responder);

    Handler m_handler;
    std::unique_ptr<QHttpServer> m_server;
    std::map<quint64, std::unique_ptr<Parked>> m_parked;
    quint64 m_nextParkId = 1;
};
