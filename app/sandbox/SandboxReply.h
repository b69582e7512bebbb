#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>

/** One answer of the sandbox, plus how the HTTP front end must deliver it (faults change the delivery). */
struct SandboxReply
{
    /** How the bytes reach the client. */
    enum class Delivery {
        Normal, ///< status line, headers, full body
        Stall, ///< never answer; the connection stays open until the client gives up
        Truncate, ///< a Content-Length larger than the bytes sent, then a clean close
        Drop, ///< the status line and part of the headers, then the socket is aborted
    };

    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    Delivery delivery = Delivery::Normal;
    /** Milliseconds to wait before delivering (fault Latency). */
    int delayMs = 0;

    static SandboxReply json(int status, const QJsonObject& object)
    {
        SandboxReply reply;
        reply.status = status;
        reply.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
        return reply;
    }
    static SandboxReply json(int status, const QJsonArray& array)
    {
        SandboxReply reply;
        reply.status = status;
        reply.body = QJsonDocument(array).toJson(QJsonDocument::Compact);
        return reply;
    }
    static SandboxReply text(int status, const QByteArray& body)
    {
        SandboxReply reply;
        reply.status = status;
        reply.contentType = QByteArrayLiteral("text/plain; charset=utf-8");
        reply.body = body;
        return reply;
    }
};
