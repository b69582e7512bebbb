#include "SandboxHttp.h"

#include "sandbox/SandboxServer.h"

#include <QDateTime>
#include <QTest>

#include <memory>

/**
 * Contract tests of the sandbox's two-factor routes (issue 20, docs/api/vast-endpoints.md §3.7) over real HTTP, with
 * bodies as vast-cli sends them, under every value of the variants tfa-refusal and tfa-status.
 */
class tst_VastTfa : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxHttp> m_http;
    SandboxDemo m_demo;
    int m_refusalStatus = 400;

    static QString v0(const QString& path) { return QStringLiteral("/api/v0/") + path; }
    static QByteArray json(const QJsonObject& o) { return SandboxHttp::json(o); }

    HttpResult post(const QString& path, const QString& key, const QJsonObject& body)
    {
        return m_http->send("POST", v0(path), key, json(body));
    }
    HttpResult put(const QString& path, const QString& key, const QJsonObject& body)
    {
        return m_http->send("PUT", v0(path), key, json(body));
    }

    /** The 2FA user's methods by type (read with a session: works under both tfa-status values). */
    QHash<QString, qint64> methodIds(const QString& key)
    {
        QHash<QString, qint64> ids;
        const HttpResult r = m_http->send("GET", v0(QStringLiteral("tfa/status/")), key);
        const QJsonArray methods = r.object().value(QLatin1String("methods")).toArray();
        for (const QJsonValue& m : methods)
            ids.insert(m[QLatin1String("method")].toString(), m[QLatin1String("id")].toInteger());
        return ids;
    }

    QString signIn(const QString& apiKey, const QJsonObject& body)
    {
        const HttpResult r = post(QStringLiteral("tfa/"), apiKey, body);
        if (r.status != 200)
            qWarning("sign-in refused: %s", r.body.constData());
        return r.object().value(QLatin1String("session_key")).toString();
    }

    void startUnder(const QString& refusal, const QString& status)
    {
        m_server = std::make_unique<SandboxServer>();
        QString error;
        QVERIFY2(m_server->start(SandboxServer::Options(), &error), qPrintable(error));
        QVERIFY(m_server->setVariant(QStringLiteral("tfa-refusal"), refusal));
        QVERIFY(m_server->setVariant(QStringLiteral("tfa-status"), status));
        m_refusalStatus = refusal.toInt();
        m_demo = m_server->seedDemo();
        m_http = std::make_unique<SandboxHttp>(m_server->baseUrl());
    }

    static void variants()
    {
        QTest::addColumn<QString>("refusal");
        QTest::addColumn<QString>("status");
        for (const char* refusal : {"400", "401"}) {
            for (const char* status : {"open", "session-only"}) {
                QTest::addRow("refusal=%s status=%s", refusal, status)
                    << QString::fromLatin1(refusal) << QString::fromLatin1(status);
            }
        }
    }

private slots:
    void cleanup()
    {
        m_http.reset();
        m_server.reset();
    }

    void signsInWithEachMethod_data() { variants(); }
    void signsInWithEachMethod()
    {
        QFETCH(QString, refusal);
        QFETCH(QString, status);
        startUnder(refusal, status);
        const QString key = m_demo.vastTfaApiKey;

        // The method list before signing in: the variant decides.
        HttpResult r = m_http->send("GET", v0(QStringLiteral("tfa/status/")), key);
        if (status == QLatin1String("open")) {
            QCOMPARE(r.status, 200);
            const QJsonObject o = r.object();
            QCOMPARE(o.value(QLatin1String("tfa_enabled")).toBool(), true);
            QCOMPARE(o.value(QLatin1String("backup_codes_remaining")).toInt(), 10);
            const QJsonArray methods = o.value(QLatin1String("methods")).toArray();
            QCOMPARE(methods.size(), 3);
            const QJsonObject first = methods.first().toObject();
            QCOMPARE(first.value(QLatin1String("method")).toString(), QStringLiteral("totp"));
            QCOMPARE(first.value(QLatin1String("is_primary")).toBool(), true);
            QVERIFY(first.value(QLatin1String("created_at")).isDouble());
            QVERIFY(!first.value(QLatin1String("label")).toString().isEmpty());
        } else {
            QCOMPARE(r.status, 401);
            QVERIFY(r.object().value(QLatin1String("msg")).toString().contains(QLatin1String("Two Factor")));
        }

        // TOTP, as `vastai tfa login --method-type totp -c CODE` sends it.
        const QString totpSession = signIn(
            key,
            {{QStringLiteral("tfa_method"), QStringLiteral("totp")}, {QStringLiteral("code"), m_demo.vastTfaCode}});
        QVERIFY(!totpSession.isEmpty());
        const QHash<QString, qint64> ids = methodIds(totpSession);
        QCOMPARE(ids.size(), 3);

        // SMS: send, resend, sign in with the code and the secret; the secret then is used up.
        r = post(QStringLiteral("tfa/sms/"), key, {});
        QCOMPARE(r.status, 200);
        const QString smsSecret = r.object().value(QLatin1String("secret")).toString();
        QVERIFY(!smsSecret.isEmpty());
        r = post(QStringLiteral("tfa/sms/resend/"), key, {{QStringLiteral("secret"), smsSecret}});
        QCOMPARE(r.status, 200);
        const QJsonObject smsBody {{QStringLiteral("tfa_method"), QStringLiteral("sms")},
                                   {QStringLiteral("code"), m_demo.vastTfaCode},
                                   {QStringLiteral("secret"), smsSecret}};
        QVERIFY(!signIn(key, smsBody).isEmpty());
        r = post(QStringLiteral("tfa/"), key, smsBody);
        QCOMPARE(r.status, m_refusalStatus);
        QCOMPARE(r.object().value(QLatin1String("error")).toString(), QStringLiteral("2fa_verification_failed"));
        // An SMS code without its secret is refused before it counts.
        r = post(QStringLiteral("tfa/"), key,
                 {{QStringLiteral("tfa_method"), QStringLiteral("sms")}, {QStringLiteral("code"), m_demo.vastTfaCode}});
        QCOMPARE(r.status, 400);

        // E-mail, choosing the method by id as `--method-id` does (a string from the command line).
        r = post(QStringLiteral("tfa/email/"), key, {});
        const QString emailSecret = r.object().value(QLatin1String("secret")).toString();
        QVERIFY(!emailSecret.isEmpty());
        QVERIFY(!signIn(key,
                        {{QStringLiteral("tfa_method_id"), QString::number(ids.value(QStringLiteral("email")))},
                         {QStringLiteral("code"), m_demo.vastTfaCode},
                         {QStringLiteral("secret"), emailSecret}})
                     .isEmpty());

        // A backup code works once; the answer counts what is left.
        const QString backup = m_demo.vastTfaBackupCodes.first();
        r = post(QStringLiteral("tfa/"), key, {{QStringLiteral("backup_code"), backup.toLower()}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QLatin1String("backup_codes_remaining")).toInt(), 9);
        r = post(QStringLiteral("tfa/"), key, {{QStringLiteral("backup_code"), backup}});
        QCOMPARE(r.status, m_refusalStatus);
    }

    void repeatedFailuresLockTheMethod_data() { variants(); }
    void repeatedFailuresLockTheMethod()
    {
        QFETCH(QString, refusal);
        QFETCH(QString, status);
        startUnder(refusal, status);
        const QJsonObject wrong {{QStringLiteral("tfa_method"), QStringLiteral("totp")},
                                 {QStringLiteral("code"), QStringLiteral("000000")}};
        for (int i = 1; i <= 4; ++i) {
            const HttpResult r = post(QStringLiteral("tfa/"), m_demo.vastTfaApiKey, wrong);
            QCOMPARE(r.status, m_refusalStatus);
            QCOMPARE(r.object().value(QLatin1String("error")).toString(), QStringLiteral("2fa_verification_failed"));
            QCOMPARE(r.object().value(QLatin1String("fail_count")).toInt(), i);
        }
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        HttpResult r = post(QStringLiteral("tfa/"), m_demo.vastTfaApiKey, wrong);
        QCOMPARE(r.object().value(QLatin1String("error")).toString(), QStringLiteral("tfa_locked"));
        QCOMPARE(r.object().value(QLatin1String("fail_count")).toInt(), 5);
        const qint64 until = r.object().value(QLatin1String("locked_until")).toInteger();
        QVERIFY(until >= before + 15 * 60 && until <= before + 15 * 60 + 5);
        // Locked: even the right code is refused until then.
        r = post(
            QStringLiteral("tfa/"), m_demo.vastTfaApiKey,
            {{QStringLiteral("tfa_method"), QStringLiteral("totp")}, {QStringLiteral("code"), m_demo.vastTfaCode}});
        QCOMPARE(r.status, m_refusalStatus);
        QCOMPARE(r.object().value(QLatin1String("error")).toString(), QStringLiteral("tfa_locked"));
        QCOMPARE(r.object().value(QLatin1String("locked_until")).toInteger(), until);
    }

    void managesMethodsFromFirstSetupToRemoval_data() { variants(); }
    void managesMethodsFromFirstSetupToRemoval()
    {
        QFETCH(QString, refusal);
        QFETCH(QString, status);
        startUnder(refusal, status);
        const QString key = m_demo.vastApiKey; // Ada, no 2FA yet
        HttpResult r = m_http->send("GET", v0(QStringLiteral("tfa/status/")), key);
        QCOMPARE(r.object().value(QLatin1String("tfa_enabled")).toBool(), false);

        // Confirming a new method needs an authorization first.
        r = post(QStringLiteral("tfa/totp-setup/"), key, {});
        QCOMPARE(r.status, 200);
        QString totpSecret = r.object().value(QLatin1String("secret")).toString();
        const QString uri = r.object().value(QLatin1String("provisioning_uri")).toString();
        QVERIFY(uri.startsWith(QLatin1String("otpauth://totp/")));
        QVERIFY(uri.contains(QStringLiteral("secret=") + totpSecret));
        const QJsonObject confirm {{QStringLiteral("tfa_method"), QStringLiteral("totp")},
                                   {QStringLiteral("code"), m_demo.vastTfaCode},
                                   {QStringLiteral("secret"), totpSecret},
                                   {QStringLiteral("label"), QStringLiteral("Pixel")}};
        r = post(QStringLiteral("tfa/confirm-new/"), key, confirm);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.object().value(QLatin1String("error")).toString(), QStringLiteral("tfa_not_authorized"));

        // `vastai tfa auth-new` (e-mail by default), then the PUT with secret and code.
        r = post(QStringLiteral("tfa/authorize-new-method/"), key,
                 {{QStringLiteral("tfa_method"), QStringLiteral("email")}});
        QCOMPARE(r.status, 200);
        const QString authSecret = r.object().value(QLatin1String("secret")).toString();
        QVERIFY(!authSecret.isEmpty());
        r = put(QStringLiteral("tfa/authorize-new-method/"), key,
                {{QStringLiteral("secret"), authSecret}, {QStringLiteral("code"), m_demo.vastTfaCode}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QLatin1String("msg")).toString(), QStringLiteral("Authorization successful."));

        // A wrong code does not activate; the right one does, with backup codes on the first method.
        QJsonObject wrong = confirm;
        wrong.insert(QStringLiteral("code"), QStringLiteral("111111"));
        r = post(QStringLiteral("tfa/confirm-new/"), key, wrong);
        QCOMPARE(r.status, m_refusalStatus);
        r = post(QStringLiteral("tfa/confirm-new/"), key, confirm);
        QCOMPARE(r.status, 200);
        QStringList firstCodes;
        for (const QJsonValue& c : r.object().value(QLatin1String("backup_codes")).toArray())
            firstCodes.append(c.toString());
        QCOMPARE(firstCodes.size(), 10);
        const qint64 totpId
            = r.object().value(QLatin1String("method")).toObject().value(QLatin1String("id")).toInteger();
        QCOMPARE(r.object().value(QLatin1String("method")).toObject().value(QLatin1String("label")).toString(),
                 QStringLiteral("Pixel"));

        // 2FA is on: the plain key stops working except to sign in.
        r = m_http->send("GET", v0(QStringLiteral("users/current/")), key);
        QCOMPARE(r.status, 401);
        const QString session = signIn(
            key,
            {{QStringLiteral("tfa_method"), QStringLiteral("totp")}, {QStringLiteral("code"), m_demo.vastTfaCode}});
        QVERIFY(!session.isEmpty());

        // Add SMS: authorize with the authenticator, send to a number, confirm with its secret.
        r = post(QStringLiteral("tfa/authorize-new-method/"), session,
                 {{QStringLiteral("tfa_method_id"), QString::number(totpId)}});
        r = put(QStringLiteral("tfa/authorize-new-method/"), session,
                {{QStringLiteral("secret"), r.object().value(QLatin1String("secret"))},
                 {QStringLiteral("code"), m_demo.vastTfaCode}});
        QCOMPARE(r.status, 200);
        r = post(QStringLiteral("tfa/sms/"), session, {{QStringLiteral("phone_number"), QStringLiteral("5550100")}});
        QCOMPARE(r.status, 400); // not E.164
        r = post(QStringLiteral("tfa/sms/"), session,
                 {{QStringLiteral("phone_number"), QStringLiteral("+15555550100")}});
        QCOMPARE(r.status, 200);
        r = post(QStringLiteral("tfa/confirm-new/"), session,
                 {{QStringLiteral("tfa_method"), QStringLiteral("sms")},
                  {QStringLiteral("code"), m_demo.vastTfaCode},
                  {QStringLiteral("secret"), r.object().value(QLatin1String("secret"))},
                  {QStringLiteral("phone_number"), QStringLiteral("+15555550100")}});
        QCOMPARE(r.status, 200);
        QVERIFY(!r.object().contains(QLatin1String("backup_codes")));
        const qint64 smsId
            = r.object().value(QLatin1String("method")).toObject().value(QLatin1String("id")).toInteger();

        // Rename and make primary, as `vastai tfa update` sends it.
        r = put(QStringLiteral("tfa/update/"), session,
                {{QStringLiteral("tfa_method_id"), smsId},
                 {QStringLiteral("label"), QStringLiteral("Desk phone")},
                 {QStringLiteral("is_primary"), true}});
        QCOMPARE(r.status, 200);
        r = m_http->send("GET", v0(QStringLiteral("tfa/status/")), session);
        const QJsonArray methods = r.object().value(QLatin1String("methods")).toArray();
        QCOMPARE(methods.size(), 2);
        QCOMPARE(methods.first()[QLatin1String("id")].toInteger(), smsId);
        QCOMPARE(methods.first()[QLatin1String("label")].toString(), QStringLiteral("Desk phone"));
        QCOMPARE(methods.first()[QLatin1String("phone_number")].toString(), QStringLiteral("+15555550100"));
        r = put(QStringLiteral("tfa/update/"), session, {{QStringLiteral("tfa_method_id"), smsId}});
        QCOMPARE(r.status, 400);

        // Regenerate backup codes (verified with a code): the old ones stop working.
        r = put(QStringLiteral("tfa/regen-backup-codes/"), session,
                {{QStringLiteral("tfa_method_id"), totpId}, {QStringLiteral("code"), QStringLiteral("999999")}});
        QCOMPARE(r.status, m_refusalStatus);
        r = put(QStringLiteral("tfa/regen-backup-codes/"), session,
                {{QStringLiteral("tfa_method_id"), totpId}, {QStringLiteral("code"), m_demo.vastTfaCode}});
        QCOMPARE(r.status, 200);
        const QJsonArray newCodes = r.object().value(QLatin1String("backup_codes")).toArray();
        QCOMPARE(newCodes.size(), 10);
        r = post(QStringLiteral("tfa/"), key, {{QStringLiteral("backup_code"), firstCodes.first()}});
        QCOMPARE(r.status, m_refusalStatus);

        // Remove the SMS method with a backup code, then the authenticator with its own code: 2FA is off.
        r = m_http->send(
            "DELETE", v0(QStringLiteral("tfa/")), session,
            json({{QStringLiteral("backup_code"), newCodes.at(0).toString()}, {QStringLiteral("target_id"), smsId}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QLatin1String("remaining_methods")).toInt(), 1);
        r = m_http->send("DELETE", v0(QStringLiteral("tfa/")), session,
                         json({{QStringLiteral("tfa_method"), QStringLiteral("totp")},
                               {QStringLiteral("code"), m_demo.vastTfaCode}}));
        QCOMPARE(r.status, 200);
        QVERIFY(!r.object().contains(QLatin1String("remaining_methods")));
        r = m_http->send("GET", v0(QStringLiteral("users/current/")), key);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QLatin1String("tfa_status")).toString(), QStringLiteral("disabled"));
    }
};

QTEST_GUILESS_MAIN(tst_VastTfa)
#include "tst_vasttfa.moc"
