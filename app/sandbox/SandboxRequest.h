#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QString>
#include <QUrlQuery>

/** One HTTP request as the sandbox sees it, independent of the QHttpServer version that parsed it. */
struct SandboxRequest
{
    /** Upper-case method name ("GET", "POST", …). */
    QByteArray method;
    /** The decoded path, without query ("/api/v0/ssh/"). */
    QString path;
    QUrlQuery query;
    /** Header values by lower-case name. */
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
    QHostAddress peer;
    /** Arrived over TLS (the sandbox serves HTTPS, docs/SANDBOX.md "HTTPS"). */
    bool secure = false;
    /**
     * The declared Content-Length exceeds the cap: the front end answered from the headers alone and never read
     * the body (docs/SANDBOX.md, "Who may talk to it"). body is empty then.
     */
    bool bodyTooLarge = false;

    QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
};
