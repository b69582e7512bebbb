#include "SandboxHttp.h"

#include "sandbox/SandboxServer.h"

#include <QRegularExpression>
#include <QTest>

#include <memory>

/** Contract tests of the Vast.ai dialect (/api/v0/…) over real HTTP. */
class tst_VastDialect : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxHttp> m_http;
    SandboxDemo m_demo;

    static QString v0(const QString& path) { return QStringLiteral("/api/v0/") + path; }

    /** Checks the Vast error envelope and returns its `error` code. */
    static QString errorCode(const HttpResult& r)
    {
        const QJsonObject o = r.object();
        if (o.value(QLatin1String("success")) != QJsonValue(false) || !o.value(QLatin1String("msg")).isString())
            return QStringLiteral("<not a Vast error: %1>").arg(QString::fromUtf8(r.body.left(200)));
        return o.value(QLatin1String("error")).toString();
    }

    /** Creates a key with @p scopes through the API and returns its value. */
    QString createKey(const QStringList& scopes, qint64* id = nullptr)
    {
        QJsonObject api;
        for (const QString& s : scopes)
            api.insert(s, QJsonObject());
        const HttpResult r = m_http->send(
            "POST", v0(QStringLiteral("auth/apikeys/")), m_demo.vastApiKey,
            SandboxHttp::json({{QStringLiteral("name"), QStringLiteral("test key")},
                               {QStringLiteral("permissions"), QJsonObject {{QStringLiteral("api"), api}}}}));
        if (id)
            *id = r.object().value(QLatin1String("id")).toInteger();
        return r.object().value(QLatin1String("key")).toString();
    }

private slots:
    void init()
    {
        m_server = std::make_unique<SandboxServer>();
        QString error;
        QVERIFY2(m_server->start(SandboxServer::Options(), &error), qPrintable(error));
        m_demo = m_server->seedDemo();
        m_http = std::make_unique<SandboxHttp>(m_server->baseUrl());
    }

    void cleanup()
    {
        m_http.reset();
        m_server.reset();
    }

    void userCurrentAnswersWithAndWithoutTrailingSlash()
    {
        for (const QString& path : {v0(QStringLiteral("users/current")), v0(QStringLiteral("users/current/"))}) {
            const HttpResult r = m_http->send("GET", path, m_demo.vastApiKey);
            QCOMPARE(r.status, 200);
            const QJsonObject user = r.object();
            QCOMPARE(user.value(QLatin1String("email")).toString(), QStringLiteral("ada.lovelace@example.com"));
            QCOMPARE(user.value(QLatin1String("id")).toInteger(), m_demo.vastUserId);
            QVERIFY(!user.contains(QLatin1String("api_key")));
            QVERIFY(!r.body.contains(m_demo.vastApiKey.toUtf8()));
        }
    }

    void rejectsMissingGarbageAndDeletedKeys()
    {
        HttpResult r = m_http->send("GET", v0(QStringLiteral("users/current")));
        QCOMPARE(r.status, 401);
        QCOMPARE(errorCode(r), QStringLiteral("auth_error"));

        r = m_http->send("GET", v0(QStringLiteral("ssh/")), QStringLiteral("not-a-key"));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.object().value(QLatin1String("msg")).toString(), QStringLiteral("Invalid user key"));

        // Only the Bearer scheme authenticates.
        r = m_http->sendWithAuthorization("GET", v0(QStringLiteral("ssh/")), "Token " + m_demo.vastApiKey.toUtf8());
        QCOMPARE(r.status, 401);
    }

    void updatesUserFieldsAndRejectsInvalidOnes()
    {
        HttpResult r = m_http->send("PUT", v0(QStringLiteral("users/")), m_demo.vastApiKey,
                                    SandboxHttp::json({{QStringLiteral("fullname"), QStringLiteral("Augusta Ada King")},
                                                       {QStringLiteral("balance_threshold"), 25.0}}));
        QCOMPARE(r.status, 200);
        r = m_http->send("GET", v0(QStringLiteral("users/current/")), m_demo.vastApiKey);
        QCOMPARE(r.object().value(QLatin1String("fullname")).toString(), QStringLiteral("Augusta Ada King"));
        QCOMPARE(r.object().value(QLatin1String("balance_threshold")).toDouble(), 25.0);

        r = m_http->send("PUT", v0(QStringLiteral("users/")), m_demo.vastApiKey,
                         SandboxHttp::json({{QStringLiteral("balance_threshold"), QStringLiteral("lots")}}));
        QCOMPARE(r.status, 400);
        QCOMPARE(errorCode(r), QStringLiteral("invalid_field"));
        r = m_http->send("PUT", v0(QStringLiteral("users/")), m_demo.vastApiKey,
                         SandboxHttp::json({{QStringLiteral("email"), QStringLiteral("no-at-sign")}}));
        QCOMPARE(errorCode(r), QStringLiteral("invalid_email"));
        r = m_http->send("PUT", v0(QStringLiteral("users/")), m_demo.vastReadOnlyKey,
                         SandboxHttp::json({{QStringLiteral("fullname"), QStringLiteral("X")}}));
        QCOMPARE(r.status, 403);
    }

    void sshKeysListCreateUpdateDelete()
    {
        HttpResult r = m_http->send("GET", v0(QStringLiteral("ssh/")), m_demo.vastApiKey);
        QCOMPARE(r.status, 200);
        const int before = static_cast<int>(r.array().size());
        QCOMPARE(before, 5);
        QVERIFY(
            r.array().at(0).toObject().value(QLatin1String("public_key")).toString().startsWith(QLatin1String("ssh-")));

        // The real server stores whatever text it is given (docs/api/vast.md §5).
        const QString text = QStringLiteral("~/.ssh/id_ed25519.pub");
        r = m_http->send("POST", v0(QStringLiteral("ssh/")), m_demo.vastApiKey,
                         SandboxHttp::json({{QStringLiteral("ssh_key"), text}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QLatin1String("success")).toBool(), true);
        const QJsonObject key = r.object().value(QLatin1String("key")).toObject();
        QCOMPARE(key.value(QLatin1String("public_key")).toString(), text);
        const QString id = QString::number(key.value(QLatin1String("id")).toInteger());

        r = m_http->send("PUT", v0(QStringLiteral("ssh/%1/").arg(id)), m_demo.vastApiKey,
                         SandboxHttp::json({{QStringLiteral("id"), id.toInt()},
                                            {QStringLiteral("ssh_key"), QStringLiteral("ssh-ed25519 AAAA new")}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QLatin1String("key")).toObject().value(QLatin1String("public_key")).toString(),
                 QStringLiteral("ssh-ed25519 AAAA new"));

        r = m_http->send("DELETE", v0(QStringLiteral("ssh/%1/").arg(id)), m_demo.vastApiKey, "{}");
        QCOMPARE(r.status, 200);
        r = m_http->send("GET", v0(QStringLiteral("ssh/")), m_demo.vastApiKey);
        QCOMPARE(r.array().size(), before);
        r = m_http->send("DELETE", v0(QStringLiteral("ssh/%1/").arg(id)), m_demo.vastApiKey, "{}");
        QCOMPARE(r.status, 404);
        r = m_http->send("PUT", v0(QStringLiteral("ssh/999999/")), m_demo.vastApiKey,
                         SandboxHttp::json({{QStringLiteral("ssh_key"), QStringLiteral("ssh-ed25519 AAAA")}}));
        QCOMPARE(r.status, 404);
    }

    void sshKeyCreateWithoutKeyIsRejected()
    {
        const HttpResult r = m_http->send("POST", v0(QStringLiteral("ssh/")), m_demo.vastApiKey, "{}");
        QCOMPARE(r.status, 400);
        QCOMPARE(errorCode(r), QStringLiteral("no_ssh_key"));
        QCOMPARE(r.object().value(QLatin1String("msg")).toString(), QStringLiteral("No ssh key provided"));
    }

    void readOnlyKeyCanReadButNotWrite()
    {
        QCOMPARE(m_http->send("GET", v0(QStringLiteral("ssh/")), m_demo.vastReadOnlyKey).status, 200);
        QCOMPARE(m_http->send("GET", v0(QStringLiteral("auth/apikeys/")), m_demo.vastReadOnlyKey).status, 200);
        QCOMPARE(m_http->send("GET", v0(QStringLiteral("secrets/")), m_demo.vastReadOnlyKey).status, 200);
        HttpResult r
            = m_http->send("POST", v0(QStringLiteral("ssh/")), m_demo.vastReadOnlyKey,
                           SandboxHttp::json({{QStringLiteral("ssh_key"), QStringLiteral("ssh-ed25519 AAAA")}}));
        QCOMPARE(r.status, 403);
        QCOMPARE(errorCode(r), QStringLiteral("permission_denied"));
        QCOMPARE(m_http->send("DELETE", v0(QStringLiteral("ssh/1/")), m_demo.vastReadOnlyKey, "{}").status, 403);
        QCOMPARE(m_http->send("DELETE", v0(QStringLiteral("auth/apikeys/1/")), m_demo.vastReadOnlyKey, "{}").status,
                 403);
        QCOMPARE(m_http
                     ->send("POST", v0(QStringLiteral("secrets/")), m_demo.vastReadOnlyKey,
                            SandboxHttp::json({{QStringLiteral("key"), QStringLiteral("A")},
                                               {QStringLiteral("value"), QStringLiteral("b")}}))
                     .status,
                 403);
        // The key itself still works after refusals.
        QCOMPARE(m_http->send("GET", v0(QStringLiteral("users/current")), m_demo.vastReadOnlyKey).status, 200);
    }

    void apiKeyCreatedShownOnceAndDeletedKeyStopsAtOnce()
    {
        qint64 id = 0;
        const QString key = createKey({QStringLiteral("user_read")}, &id);
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(key).hasMatch());
        QVERIFY(id > 0);

        HttpResult r = m_http->send("GET", v0(QStringLiteral("auth/apikeys/")), m_demo.vastApiKey);
        QCOMPARE(r.status, 200);
        QVERIFY(r.object().value(QLatin1String("apikeys")).isArray());
        QVERIFY(!r.body.contains(key.toUtf8()));
        bool listed = false;
        for (const QJsonValue v : r.object().value(QLatin1String("apikeys")).toArray())
            listed = listed || v.toObject().value(QLatin1String("id")).toInteger() == id;
        QVERIFY(listed);

        r = m_http->send("GET", v0(QStringLiteral("users/current")), key);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QLatin1String("key_id")).toInteger(), id);

        r = m_http->send("GET", v0(QStringLiteral("auth/apikeys/%1/").arg(id)), m_demo.vastApiKey);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QLatin1String("apikey_id")).toInteger(), id);
        QVERIFY(!r.body.contains(key.toUtf8()));

        r = m_http->send("DELETE", v0(QStringLiteral("auth/apikeys/%1/").arg(id)), m_demo.vastApiKey, "{}");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("\"Successfully Deleted API Key\""));
        r = m_http->send("GET", v0(QStringLiteral("users/current")), key);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.object().value(QLatin1String("msg")).toString(), QStringLiteral("Invalid user key"));
        QCOMPARE(m_http->send("GET", v0(QStringLiteral("auth/apikeys/%1/").arg(id)), m_demo.vastApiKey).status, 404);
        QCOMPARE(m_http->send("DELETE", v0(QStringLiteral("auth/apikeys/%1/").arg(id)), m_demo.vastApiKey, "{}").status,
                 404);
    }

    void apiKeyCreateValidatesPermissions()
    {
        HttpResult r = m_http->send("POST", v0(QStringLiteral("auth/apikeys/")), m_demo.vastApiKey,
                                    SandboxHttp::json({{QStringLiteral("name"), QStringLiteral("x")}}));
        QCOMPARE(r.status, 400);
        QCOMPARE(errorCode(r), QStringLiteral("missing_permissions"));
        r = m_http->send("POST", v0(QStringLiteral("auth/apikeys/")), m_demo.vastApiKey,
                         SandboxHttp::json({{QStringLiteral("name"), QJsonValue::Null},
                                            {QStringLiteral("permissions"),
                                             QJsonObject {{QStringLiteral("manage_instances"), true}}}}));
        QCOMPARE(errorCode(r), QStringLiteral("invalid_permissions"));
        // The CLI always sends the name, null when unnamed: the sandbox refuses a body without it.
        r = m_http->send(
            "POST", v0(QStringLiteral("auth/apikeys/")), m_demo.vastApiKey,
            SandboxHttp::json(
                {{QStringLiteral("permissions"),
                  QJsonObject {{QStringLiteral("api"), QJsonObject {{QStringLiteral("user_read"), QJsonObject()}}}}}}));
        QCOMPARE(errorCode(r), QStringLiteral("missing_name"));
        r = m_http->send("POST", v0(QStringLiteral("auth/apikeys/")), m_demo.vastApiKey,
                         SandboxHttp::json({{QStringLiteral("name"), QJsonValue::Null},
                                            {QStringLiteral("permissions"),
                                             QJsonObject {{QStringLiteral("api"),
                                                           QJsonObject {{QStringLiteral("root"), QJsonObject()}}}}}}));
        QCOMPARE(errorCode(r), QStringLiteral("invalid_permissions"));
    }

    void resetApiKeyStopsTheOldKeyAtOnce()
    {
        const QString oldKey = createKey({QStringLiteral("user_read"), QStringLiteral("user_write")});
        HttpResult r = m_http->send("PUT", v0(QStringLiteral("commands/reset_apikey/")), oldKey,
                                    SandboxHttp::json({{QStringLiteral("client_id"), QStringLiteral("you")}}));
        QCOMPARE(r.status, 400);
        r = m_http->send("PUT", v0(QStringLiteral("commands/reset_apikey/")), oldKey,
                         SandboxHttp::json({{QStringLiteral("client_id"), QStringLiteral("me")}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QLatin1String("success")).toBool(), true);
        const QString newKey = r.object().value(QLatin1String("new_api_key")).toString();
        QVERIFY(newKey.size() == 64 && newKey != oldKey);
        QCOMPARE(m_http->send("GET", v0(QStringLiteral("ssh/")), oldKey).status, 401);
        QCOMPARE(m_http->send("GET", v0(QStringLiteral("ssh/")), newKey).status, 200);
        QCOMPARE(m_http
                     ->send("PUT", v0(QStringLiteral("commands/reset_apikey/")), m_demo.vastReadOnlyKey,
                            SandboxHttp::json({{QStringLiteral("client_id"), QStringLiteral("me")}}))
                     .status,
                 403);
    }

    void envVarsAreUpperCasedMaskedAndValidated()
    {
        const auto body = [](const QString& key, const QString& value) {
            return SandboxHttp::json({{QStringLiteral("key"), key}, {QStringLiteral("value"), value}});
        };
        HttpResult r = m_http->send("POST", v0(QStringLiteral("secrets/")), m_demo.vastApiKey,
                                    body(QStringLiteral("my_token"), QStringLiteral("s3cr3t-value")));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QLatin1String("msg")).toString(),
                 QStringLiteral("Environment variable added successfully"));
        r = m_http->send("GET", v0(QStringLiteral("secrets/")), m_demo.vastApiKey);
        const QJsonObject secrets = r.object().value(QLatin1String("secrets")).toObject();
        QVERIFY(secrets.contains(QLatin1String("MY_TOKEN")));
        QVERIFY(!secrets.contains(QLatin1String("my_token")));
        QVERIFY(!r.body.contains("s3cr3t-value"));
        QCOMPARE(secrets.value(QLatin1String("MY_TOKEN")).toString(), QStringLiteral("********"));

        r = m_http->send("POST", v0(QStringLiteral("secrets/")), m_demo.vastApiKey,
                         body(QStringLiteral("MY_TOKEN"), QStringLiteral("again")));
        QCOMPARE(errorCode(r), QStringLiteral("existing_key"));
        r = m_http->send("POST", v0(QStringLiteral("secrets/")), m_demo.vastApiKey,
                         SandboxHttp::json({{QStringLiteral("key"), QStringLiteral("ONLY_KEY")}}));
        QCOMPARE(errorCode(r), QStringLiteral("missing_input"));
        r = m_http->send("POST", v0(QStringLiteral("secrets/")), m_demo.vastApiKey,
                         body(QStringLiteral("1BAD NAME"), QStringLiteral("v")));
        QCOMPARE(errorCode(r), QStringLiteral("invalid_characters"));

        r = m_http->send("PUT", v0(QStringLiteral("secrets/")), m_demo.vastApiKey,
                         body(QStringLiteral("my_token"), QStringLiteral("rotated")));
        QCOMPARE(r.status, 200);
        r = m_http->send("PUT", v0(QStringLiteral("secrets/")), m_demo.vastApiKey,
                         body(QStringLiteral("NOPE"), QStringLiteral("v")));
        QCOMPARE(errorCode(r), QStringLiteral("nonexistent_key"));

        r = m_http->send("DELETE", v0(QStringLiteral("secrets/")), m_demo.vastApiKey,
                         SandboxHttp::json({{QStringLiteral("key"), QStringLiteral("my_token")}}));
        QCOMPARE(r.status, 200);
        r = m_http->send("DELETE", v0(QStringLiteral("secrets/")), m_demo.vastApiKey,
                         SandboxHttp::json({{QStringLiteral("key"), QStringLiteral("my_token")}}));
        QCOMPARE(errorCode(r), QStringLiteral("nonexistent_key"));
        r = m_http->send("DELETE", v0(QStringLiteral("secrets/")), m_demo.vastApiKey, "{}");
        QCOMPARE(errorCode(r), QStringLiteral("missing_input"));
    }

    void envVarsStopAtTheLimit()
    {
        HttpResult r;
        for (int i = 0; i < 100 && r.status != 400; ++i) {
            r = m_http->send("POST", v0(QStringLiteral("secrets/")), m_demo.vastApiKey,
                             SandboxHttp::json({{QStringLiteral("key"), QStringLiteral("VAR_%1").arg(i)},
                                                {QStringLiteral("value"), QStringLiteral("v")}}));
        }
        QCOMPARE(r.status, 400);
        QCOMPARE(errorCode(r), QStringLiteral("max_secrets"));
    }

    void sessionsListAndSignOut()
    {
        HttpResult r = m_http->send("GET", v0(QStringLiteral("auth/sessions/")), m_demo.vastSessionKey);
        QCOMPARE(r.status, 200);
        const QJsonArray sessions = r.object().value(QLatin1String("sessions")).toArray();
        QCOMPARE(sessions.size(), 3);
        qint64 otherId = 0;
        int current = 0;
        for (const QJsonValue v : sessions) {
            const QJsonObject s = v.toObject();
            QVERIFY(s.contains(QLatin1String("device")) && s.contains(QLatin1String("ip"))
                    && s.contains(QLatin1String("expires_at")));
            if (s.value(QLatin1String("current")).toBool())
                ++current;
            else
                otherId = s.value(QLatin1String("id")).toInteger();
        }
        QCOMPARE(current, 1);

        r = m_http->send("DELETE", v0(QStringLiteral("auth/sessions/")), m_demo.vastSessionKey,
                         SandboxHttp::json({{QStringLiteral("id"), otherId}}));
        QCOMPARE(r.status, 200);
        r = m_http->send("DELETE", v0(QStringLiteral("auth/sessions/")), m_demo.vastSessionKey,
                         SandboxHttp::json({{QStringLiteral("id"), otherId}}));
        QCOMPARE(r.status, 404);
        r = m_http->send("DELETE", v0(QStringLiteral("auth/sessions/")), m_demo.vastSessionKey, "{}");
        QCOMPARE(errorCode(r), QStringLiteral("missing_input"));
        r = m_http->send("DELETE", v0(QStringLiteral("auth/sessions/")), m_demo.vastSessionKey,
                         SandboxHttp::json({{QStringLiteral("all_except_current"), true}}));
        QCOMPARE(r.object().value(QLatin1String("deleted")).toInt(), 1);
        r = m_http->send("GET", v0(QStringLiteral("auth/sessions/")), m_demo.vastSessionKey);
        QCOMPARE(r.object().value(QLatin1String("sessions")).toArray().size(), 1);
        QCOMPARE(m_http
                     ->send("DELETE", v0(QStringLiteral("auth/sessions/")), m_demo.vastReadOnlyKey,
                            SandboxHttp::json({{QStringLiteral("id"), 1}}))
                     .status,
                 403);
    }

    void expiredSessionKeyGets404SessionExpired()
    {
        const HttpResult r = m_http->send("GET", v0(QStringLiteral("users/current")), m_demo.vastExpiredSessionKey);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.object().value(QLatin1String("msg")).toString(),
                 QStringLiteral("Session expired. Please log in again."));
    }

    void twoFactorUserLogsInWithCodeAndSignsOut()
    {
        HttpResult r = m_http->send("GET", v0(QStringLiteral("users/current")), m_demo.vastTfaApiKey);
        QCOMPARE(r.status, 401);
        QVERIFY(r.object().value(QLatin1String("msg")).toString().contains(QLatin1String("Two Factor Authentication")));

        r = m_http->send("POST", v0(QStringLiteral("tfa/")), m_demo.vastTfaApiKey,
                         SandboxHttp::json({{QStringLiteral("tfa_method"), QStringLiteral("totp")},
                                            {QStringLiteral("code"), QStringLiteral("000000")}}));
        QCOMPARE(r.status, 400); // variant tfa-refusal's default; tst_vasttfa runs both
        QCOMPARE(errorCode(r), QStringLiteral("2fa_verification_failed"));
        r = m_http->send("POST", v0(QStringLiteral("tfa/")), m_demo.vastTfaApiKey, "{}");
        QCOMPARE(errorCode(r), QStringLiteral("missing_input"));

        r = m_http->send("POST", v0(QStringLiteral("tfa/")), m_demo.vastTfaApiKey,
                         SandboxHttp::json({{QStringLiteral("tfa_method"), QStringLiteral("totp")},
                                            {QStringLiteral("code"), m_demo.vastTfaCode}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QLatin1String("email")).toString(), QStringLiteral("grace.hopper@example.com"));
        const QString session = r.object().value(QLatin1String("session_key")).toString();
        QVERIFY(!session.isEmpty() && session != m_demo.vastTfaApiKey);

        r = m_http->send("GET", v0(QStringLiteral("users/current")), session);
        QCOMPARE(r.status, 200);
        r = m_http->send("GET", v0(QStringLiteral("auth/sessions/")), session);
        const QJsonArray sessions = r.object().value(QLatin1String("sessions")).toArray();
        QCOMPARE(sessions.size(), 1);
        QCOMPARE(sessions.at(0).toObject().value(QLatin1String("device")).toString(),
                 QStringLiteral("Keydeck-tests/1.0"));
        const qint64 id = sessions.at(0).toObject().value(QLatin1String("id")).toInteger();
        r = m_http->send("DELETE", v0(QStringLiteral("auth/sessions/")), session,
                         SandboxHttp::json({{QStringLiteral("id"), id}}));
        QCOMPARE(r.status, 200);
        r = m_http->send("GET", v0(QStringLiteral("users/current")), session);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.object().value(QLatin1String("msg")).toString(),
                 QStringLiteral("Session expired. Please log in again."));

        // A user without 2FA cannot start a 2FA login.
        r = m_http->send("POST", v0(QStringLiteral("tfa/")), m_demo.vastApiKey,
                         SandboxHttp::json({{QStringLiteral("tfa_method"), QStringLiteral("totp")},
                                            {QStringLiteral("code"), m_demo.vastTfaCode}}));
        QCOMPARE(errorCode(r), QStringLiteral("tfa_not_enabled"));
    }

    void malformedJsonGets400InVastShape()
    {
        const HttpResult r = m_http->send("POST", v0(QStringLiteral("ssh/")), m_demo.vastApiKey, "{\"ssh_key\": ");
        QCOMPARE(r.status, 400);
        QCOMPARE(errorCode(r), QStringLiteral("invalid_json"));
    }

    void unknownRoutesGet404InVastShape()
    {
        for (const QString& path : {v0(QStringLiteral("nothing/here/")), v0(QStringLiteral("ssh")),
                                    v0(QStringLiteral("ssh/abc/")), QStringLiteral("/api/v0")}) {
            const HttpResult r = m_http->send("GET", path, m_demo.vastApiKey);
            QCOMPARE(r.status, 404);
            QCOMPARE(errorCode(r), QStringLiteral("not_found"));
        }
        QCOMPARE(m_http->send("PATCH", v0(QStringLiteral("ssh/")), m_demo.vastApiKey, "{}").status, 405);
    }

    void minimumIntervalAnswers429PlainText()
    {
        m_server->setRateLimits(true);
        const QByteArray body = SandboxHttp::json({{QStringLiteral("ssh_key"), QStringLiteral("ssh-ed25519 AAAA")}});
        QCOMPARE(m_http->send("POST", v0(QStringLiteral("ssh/")), m_demo.vastApiKey, body).status, 200);
        const HttpResult r = m_http->send("POST", v0(QStringLiteral("ssh/")), m_demo.vastApiKey, body);
        QCOMPARE(r.status, 429);
        QVERIFY(r.body.startsWith("API requests too frequent"));
        QVERIFY(!r.headers.contains("retry-after"));
        // Another identity is not limited by the first one's calls.
        QCOMPARE(m_http->send("GET", v0(QStringLiteral("auth/apikeys/")), m_demo.vastApiKey).status, 200);
        QCOMPARE(m_http->send("GET", v0(QStringLiteral("auth/apikeys/")), m_demo.vastReadOnlyKey).status, 200);
        QCOMPARE(m_http->send("GET", v0(QStringLiteral("auth/apikeys/")), m_demo.vastApiKey).status, 429);
    }
};

QTEST_GUILESS_MAIN(tst_VastDialect)
#include "tst_vastdialect.moc"
