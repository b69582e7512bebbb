#include "net/ErrorMapper.h"

#include <QTest>

using Kind = ApiError::Kind;

class tst_ErrorMapper : public QObject
{
    Q_OBJECT

private slots:
    void mapsStatusesToKinds_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<Kind>("kind");
        QTest::addRow("401 invalid key") << 401
                                         << QByteArray(
                                                R"({"success":false,"error":"auth_error","msg":"Invalid user key"})")
                                         << Kind::Auth;
        QTest::addRow("401 2fa") << 401 << QByteArray(R"({"msg":"This endpoint requires Two Factor Authentication"})")
                                 << Kind::TwoFactorRequired;
        QTest::addRow("404 session") << 404 << QByteArray(R"({"msg":"Session expired. Please log in again."})")
                                     << Kind::SessionExpired;
        QTest::addRow("404") << 404 << QByteArray(R"({"msg":"API Key not found."})") << Kind::NotFound;
        QTest::addRow("403") << 403 << QByteArray() << Kind::Forbidden;
        QTest::addRow("400") << 400
                             << QByteArray(R"({"success":false,"error":"no_ssh_key","msg":"No ssh key provided"})")
                             << Kind::Validation;
        QTest::addRow("400 existing") << 400
                                      << QByteArray(R"({"success":false,"error":"existing_key","msg":"Key exists"})")
                                      << Kind::Conflict;
        QTest::addRow("400 nonexistent_key")
            << 400
            << QByteArray(
                   R"({"success":false,"error":"nonexistent_key","msg":"Environment variable X does not exist."})")
            << Kind::NotFound;
        QTest::addRow("400 no_such_ssh_key")
            << 400 << QByteArray(R"({"success":false,"error":"no_such_ssh_key","msg":"No such key"})")
            << Kind::NotFound;
        QTest::addRow("400 missing_input")
            << 400 << QByteArray(R"({"success":false,"error":"missing_input","msg":"Both are required."})")
            << Kind::Validation;
        QTest::addRow("422") << 422 << QByteArray() << Kind::Validation;
        QTest::addRow("409") << 409 << QByteArray() << Kind::Conflict;
        QTest::addRow("429") << 429 << QByteArray("API requests too frequent") << Kind::RateLimited;
        QTest::addRow("500") << 500 << QByteArray() << Kind::Server;
        QTest::addRow("503") << 503 << QByteArray() << Kind::Server;
        QTest::addRow("302") << 302 << QByteArray() << Kind::Protocol;
    }
    void mapsStatusesToKinds()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(Kind, kind);
        const ApiError e = ErrorMapper::fromHttpStatus(status, body);
        QCOMPARE(ApiError::kindName(e.kind()), ApiError::kindName(kind));
        QCOMPARE(e.httpStatus(), status);
        QVERIFY(!e.userMessage().isEmpty());
    }

    void readsTheServerMessageFromEveryEnvelope_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::addRow("vast msg") << QByteArray(R"({"success":false,"error":"auth_error","msg":"Invalid user key"})")
                                  << QStringLiteral("Invalid user key");
        QTest::addRow("message") << QByteArray(
            R"({"error":"Cannot terminate instance","message":"Instance has already been terminated."})")
                                 << QStringLiteral("Instance has already been terminated.");
        QTest::addRow("error string") << QByteArray(R"({"error":"Team ID is required"})")
                                      << QStringLiteral("Team ID is required");
        QTest::addRow("error object") << QByteArray(R"({"error":{"message":"Bad key"}})") << QStringLiteral("Bad key");
        QTest::addRow("detail") << QByteArray(R"({"detail":"API requests too frequent endpoint threshold=2.0"})")
                                << QStringLiteral("API requests too frequent endpoint threshold=2.0");
        QTest::addRow("plain text") << QByteArray("API requests too frequent\n")
                                    << QStringLiteral("API requests too frequent");
        QTest::addRow("html") << QByteArray("<html><body>502</body></html>") << QString();
        QTest::addRow("empty") << QByteArray() << QString();
        QTest::addRow("json without message") << QByteArray(R"({"success":false})") << QString();
        QTest::addRow("control chars") << QByteArray("{\"msg\":\"bad\\u0007 key\\nhere\"}")
                                       << QStringLiteral("bad key here");
    }
    void readsTheServerMessageFromEveryEnvelope()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        QCOMPARE(ErrorMapper::serverMessage(body), message);
    }

    void capsLongServerMessages()
    {
        const QByteArray body = "{\"msg\":\"" + QByteArray(5000, 'x') + "\"}";
        QVERIFY(ErrorMapper::serverMessage(body).size() <= 301);
    }

    void mapsTransportFailures()
    {
        QCOMPARE(ErrorMapper::fromNetworkError(QNetworkReply::ConnectionRefusedError, false).kind(), Kind::Network);
        QCOMPARE(ErrorMapper::fromNetworkError(QNetworkReply::RemoteHostClosedError, false).kind(), Kind::Network);
        QCOMPARE(ErrorMapper::fromNetworkError(QNetworkReply::OperationCanceledError, true).kind(), Kind::Timeout);
        QCOMPARE(ErrorMapper::fromNetworkError(QNetworkReply::SslHandshakeFailedError, false).kind(), Kind::Tls);
        QCOMPARE(ErrorMapper::fromNetworkError(QNetworkReply::InsecureRedirectError, false).kind(), Kind::Redirect);
    }

    void answerLostOnlyWhenTheServerMayHaveActed()
    {
        QVERIFY(ErrorMapper::fromNetworkError(QNetworkReply::RemoteHostClosedError, false).answerLost());
        QVERIFY(ErrorMapper::fromNetworkError(QNetworkReply::OperationCanceledError, true).answerLost());
        QVERIFY(ApiError::make(Kind::Protocol, 200).answerLost()); // a 2xx with a cut or unreadable body
        QVERIFY(!ApiError::make(Kind::Protocol).answerLost()); // refused before sending
        QVERIFY(!ErrorMapper::fromHttpStatus(500, {}).answerLost());
        QVERIFY(!ErrorMapper::fromHttpStatus(400, R"({"msg":"bad"})").answerLost());
        QVERIFY(!ErrorMapper::fromHttpStatus(409, {}).answerLost());
        QVERIFY(!ApiError().answerLost());
    }

    void userMessageQuotesTheServer()
    {
        const ApiError e = ErrorMapper::fromHttpStatus(400, R"({"msg":"No ssh key provided"})");
        QVERIFY(e.userMessage().contains(QStringLiteral("No ssh key provided")));
        QCOMPARE(ApiError().userMessage(), QString());
    }
};

QTEST_GUILESS_MAIN(tst_ErrorMapper)
#include "tst_errormapper.moc"
