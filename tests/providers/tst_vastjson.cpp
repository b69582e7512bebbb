#include "providers/VastJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

/** A fixture as the server would send it (object, array or scalar). */
QJsonValue json(const char* text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + text + "]");
    Q_ASSERT(doc.isArray());
    return doc.array().first();
}

/** The fields sshKeys() fills, side by side, so that a difference names the field. */
QStringList describe(const QList<SshKey>& keys)
{
    QStringList out;
    for (const SshKey& k : keys) {
        out << QStringList {k.id,
                            k.name,
                            k.publicKey,
                            k.createdAt.toString(Qt::ISODateWithMs),
                            QString::number(k.createdAt.timeSpec()),
                            k.teamId,
                            k.serverFingerprint}
                   .join(u'|');
    }
    return out;
}

} // namespace

class tst_VastJson : public QObject
{
    Q_OBJECT

private slots:
    void parsesTheUserObject()
    {
        const auto p = VastJson::userProfile(json(R"({"id": 123456, "email": "you@example.com", "credit": 25.00,
            "balance": -1.5, "username": "ada", "fullname": "Ada Lovelace", "email_verified": true,
            "tfa_status": "disabled", "ssh_key": "ssh-rsa AAAAB3", "billaddress_city": null})"));
        QVERIFY(p);
        QCOMPARE(p->id, QStringLiteral("123456"));
        QCOMPARE(p->email, QStringLiteral("you@example.com"));
        QCOMPARE(p->credit.value_or(0), 25.0);
        QCOMPARE(p->balance.value_or(0), -1.5);
        QCOMPARE(p->fullname, QStringLiteral("Ada Lovelace"));
        QVERIFY(p->emailVerified);
        QCOMPARE(p->tfaStatus, QStringLiteral("disabled"));
    }

    void readsTheKeyIdTheRequestUsed()
    {
        const auto withKey = VastJson::userProfile(json(R"({"id": 7, "key_id": 42})"));
        QVERIFY(withKey);
        QCOMPARE(withKey->apiKeyId, QStringLiteral("42"));
        // A request made with a 2FA session key has no API key behind it.
        const auto withSession = VastJson::userProfile(json(R"({"id": 7, "key_id": null})"));
        QVERIFY(withSession);
        QVERIFY(withSession->apiKeyId.isEmpty());
        QVERIFY(!VastJson::userProfile(json(R"({"id": 7, "key_id": {"x": 1}})")));
    }

    void rejectsAUserWithoutIdOrWithWrongTypes()
    {
        QVERIFY(!VastJson::userProfile(json(R"({"email": "you@example.com"})")));
        QVERIFY(!VastJson::userProfile(json(R"({"id": 1, "email": 5})")));
        QVERIFY(!VastJson::userProfile(json(R"({"id": 1, "credit": "lots"})")));
        QVERIFY(!VastJson::userProfile(json(R"({"id": 1.5})")));
        QVERIFY(!VastJson::userProfile(json(R"([])")));
        QVERIFY(!VastJson::userProfile(json(R"("Invalid user key")")));
    }

    void parsesSshKeysAsABareList()
    {
        // vast-cli PR #498 output: a bare list with public_key.
        const auto keys = VastJson::sshKeys(json(R"([{"id": 1276050, "user_id": 9, "public_key": "ssh-ed25519 AAAA a@b",
            "created_at": "2023-01-01T12:00:00Z", "deleted_at": null}])"));
        QVERIFY(keys);
        QCOMPARE(keys->items.size(), 1);
        QCOMPARE(keys->unreadable, 0);
        QCOMPARE(keys->items.first().id, QStringLiteral("1276050"));
        QCOMPARE(keys->items.first().publicKey, QStringLiteral("ssh-ed25519 AAAA a@b"));
        QCOMPARE(keys->items.first().createdAt, QDateTime(QDate(2023, 1, 1), QTime(12, 0), Qt::UTC));
    }

    void parsesSshKeysInTheirEnvelopeWithEveryKeyField()
    {
        const auto spec
            = VastJson::sshKeys(json(R"([{"id": 1, "user_id": 2, "key": "ssh-rsa AAAA", "created_at": 1672574400}])"));
        QVERIFY(spec);
        QCOMPARE(spec->items.first().publicKey, QStringLiteral("ssh-rsa AAAA"));
        QCOMPARE(spec->items.first().createdAt.toSecsSinceEpoch(), 1672574400);
        const auto mock = VastJson::sshKeys(json(R"({"ssh_keys": [{"id": 1, "ssh_key": "ssh-rsa AAAA..."}]})"));
        QVERIFY(mock);
        QCOMPARE(mock->items.first().publicKey, QStringLiteral("ssh-rsa AAAA..."));
        QVERIFY(VastJson::sshKeys(json(R"([])"))->items.isEmpty());
    }

    void leavesOutAndCountsTheKeysItCannotRead()
    {
        // Issue 19 item 4: one odd item does not cost the user the list.
        const auto keys = VastJson::sshKeys(
            json(R"([{"id": 1, "public_key": "ssh-rsa A"}, {"id": 2}, 7, {"id": 3, "public_key": "ssh-rsa C"}])"));
        QVERIFY(keys);
        QCOMPARE(keys->items.size(), 2);
        QCOMPARE(keys->items.at(1).id, QStringLiteral("3"));
        QCOMPARE(keys->unreadable, 2);
        const auto none = VastJson::sshKeys(json(R"([{"id": "x/../1", "public_key": 3}])"));
        QVERIFY(none);
        QVERIFY(none->items.isEmpty());
        QCOMPARE(none->unreadable, 1);
    }

    void rejectsAKeyListWithoutItsEnvelope()
    {
        QVERIFY(!VastJson::sshKeys(json(R"({"keys": []})")));
        QVERIFY(!VastJson::sshKeys(json("null")));
        QVERIFY(!VastJson::sshKeys(json(R"("[]")")));
    }

    void readsABareKeyListFromTheBytesAsQJsonDocumentDoes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("server list") << QByteArray(
            "[{\"id\": 1276050, \"user_id\": 9, \"public_key\": \"ssh-ed25519 AAAA a@b\", \"created_at\": "
            "\"2023-01-01T12:00:00Z\", \"deleted_at\": null}, {\"id\": 2, \"public_key\": \"ssh-rsa B\", "
            "\"created_at\": \"2023-01-01T12:00:00.250\"}]");
        QTest::newRow("empty") << QByteArray(" [ ] \n");
        QTest::newRow("whitespace everywhere") << QByteArray("\r\n\t[ {\"id\" :\t1 ,\n\"key\":\"ssh-rsa A\" } ]\t");
        QTest::newRow("other text fields") << QByteArray("[{\"id\": 1, \"key\": \"\", \"ssh_key\": \"ssh-rsa S\"},")
                + QByteArray(" {\"id\": \"  42 \", \"public_key\": null, \"key\": \"ssh-rsa K\", \"name\": \"n\", "
                             "\"fingerprint\": \"SHA256:x\"}]");
        QTest::newRow("numbers") << QByteArray(
            "[{\"id\": 1e3, \"key\": \"a\", \"created_at\": 1672574400.5}, {\"id\": -0, \"key\": \"b\", "
            "\"created_at\": 0}, {\"id\": 9007199254740993, \"key\": \"c\"}, {\"id\": 3, \"key\": \"d\", \"size\": "
            "123456789012345678901234567890, \"x\": -1.5E-3}]");
        QTest::newRow("nested unknown fields")
            << QByteArray("[{\"meta\": {\"a\": [1, {\"b\": null}, [], {}], \"c\": \"}\"}, \"id\": 1, \"tags\": [true, "
                          "false, null, \"x\"], \"key\": \"ssh-rsa A\"}]");
        QTest::newRow("escapes") << QByteArray("[{\"id\": 1, \"key\": \"ssh-rsa A \\\"q\\\" \\\\ \\/ \\b\\f\\n\\r\\t "
                                               "\\u00e9 \\ud83d\\ude00 \\u0000\", \"name\": \"\\u004e\"}]");
        QTest::newRow("utf-8") << QByteArray(
            "[{\"id\": 1, \"key\": \"ssh-rsa A j\xc3\xbcrgen \xe2\x82\xac \xf0\x9f\x94\x91\"}]");
        QTest::newRow("fields in any order")
            << QByteArray("[{\"created_at\": 5, \"fingerprint\": \"f\", \"key\": \"k\", \"id\": 7}]");
        QTest::newRow("a bad key") << QByteArray("[{\"id\": 1, \"key\": \"a\"}, {\"id\": 2}]");
        QTest::newRow("a wrong type") << QByteArray("[{\"id\": 1, \"key\": 5}]");
        QTest::newRow("an object where text belongs") << QByteArray("[{\"id\": 1, \"key\": {\"a\": 1}}]");
        QTest::newRow("a fractional id") << QByteArray("[{\"id\": 1.5, \"key\": \"a\"}]");
    }

    void readsABareKeyListFromTheBytesAsQJsonDocumentDoes()
    {
        // VastJson::sshKeysFromBody skips the QJsonDocument tree for the 10,000-key list (docs/PERFORMANCE.md);
        // whatever it reads must equal what sshKeys() makes of the same body. A list with an unreadable item it
        // leaves to sshKeys(), which reads the rest and counts what it left out.
        QFETCH(QByteArray, body);
        QJsonParseError error {};
        const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const auto reference = VastJson::sshKeys(QJsonValue(doc.array()));
        const auto fast = VastJson::sshKeysFromBody(body);
        if (!reference || reference->unreadable > 0) {
            // The fast reader gives up, and the caller then gets sshKeys()'s reading.
            QVERIFY(!fast);
            return;
        }
        QVERIFY(fast);
        QCOMPARE(describe(*fast), describe(reference->items));
        QCOMPARE(fast->size(), reference->items.size());
    }

    void leavesOtherBodiesToQJsonDocument_data()
    {
        QTest::addColumn<QByteArray>("body");
        // Valid JSON that QJsonDocument must decide: the envelope, names with escapes, a field given twice,
        // lone surrogates and non-characters, numbers beyond double, nesting deeper than the reader goes.
        QTest::newRow("envelope") << QByteArray("{\"ssh_keys\": [{\"id\": 1, \"key\": \"a\"}]}");
        QTest::newRow("escaped name") << QByteArray("[{\"id\": 1, \"k\\u0065y\": \"a\"}]");
        QTest::newRow("non-ASCII name") << QByteArray("[{\"id\": 1, \"key\": \"a\", \"n\xc3\xa4me\": 1}]");
        QTest::newRow("field twice") << QByteArray("[{\"id\": 1, \"key\": \"a\", \"key\": \"b\"}]");
        QTest::newRow("lone high surrogate") << QByteArray("[{\"id\": 1, \"key\": \"a \\ud800 b\"}]");
        QTest::newRow("lone low surrogate") << QByteArray("[{\"id\": 1, \"key\": \"a \\udc00\"}]");
        QTest::newRow("non-character") << QByteArray("[{\"id\": 1, \"key\": \"a \xef\xb7\x90\"}]");
        QTest::newRow("escaped non-character") << QByteArray("[{\"id\": 1, \"key\": \"a \\uffff\"}]");
        QTest::newRow("huge number") << QByteArray("[{\"id\": 1, \"key\": \"a\", \"x\": 1e400}]");
        QTest::newRow("tiny number") << QByteArray("[{\"id\": 1, \"key\": \"a\", \"x\": 1e-400}]");
        QTest::newRow("deep nesting") << QByteArray("[{\"id\": 1, \"key\": \"a\", \"x\": ") + QByteArray(300, '[')
                + QByteArray(300, ']') + "}]";
        // Not JSON at all: QJsonDocument refuses these too.
        QTest::newRow("trailing comma") << QByteArray("[{\"id\": 1, \"key\": \"a\"},]");
        QTest::newRow("comma in object") << QByteArray("[{\"id\": 1, \"key\": \"a\",}]");
        QTest::newRow("garbage after") << QByteArray("[{\"id\": 1, \"key\": \"a\"}] x");
        QTest::newRow("unterminated") << QByteArray("[{\"id\": 1, \"key\": \"a");
        QTest::newRow("control character") << QByteArray("[{\"id\": 1, \"key\": \"a\tb\"}]");
        QTest::newRow("bad escape") << QByteArray("[{\"id\": 1, \"key\": \"a\\x\"}]");
        QTest::newRow("short unicode escape") << QByteArray("[{\"id\": 1, \"key\": \"a\\u12\"}]");
        QTest::newRow("leading zero") << QByteArray("[{\"id\": 01, \"key\": \"a\"}]");
        QTest::newRow("plus sign") << QByteArray("[{\"id\": +1, \"key\": \"a\"}]");
        QTest::newRow("bare fraction") << QByteArray("[{\"id\": .5, \"key\": \"a\"}]");
        QTest::newRow("dot without digits") << QByteArray("[{\"id\": 1., \"key\": \"a\"}]");
        QTest::newRow("exponent without digits") << QByteArray("[{\"id\": 1e, \"key\": \"a\"}]");
        QTest::newRow("NaN") << QByteArray("[{\"id\": NaN, \"key\": \"a\"}]");
        QTest::newRow("truncated literal") << QByteArray("[{\"id\": 1, \"key\": \"a\", \"x\": tru}]");
        QTest::newRow("misspelt null") << QByteArray("[{\"id\": 1, \"key\": \"a\", \"x\": nul|}]");
        QTest::newRow("misspelt null, last") << QByteArray("[{\"id\": 1, \"key\": \"a\", \"x\": nul}]");
        QTest::newRow("overlong UTF-8") << QByteArray("[{\"id\": 1, \"key\": \"a \xc0\xaf\"}]");
        QTest::newRow("UTF-8 surrogate") << QByteArray("[{\"id\": 1, \"key\": \"a \xed\xa0\x80\"}]");
        QTest::newRow("cut UTF-8") << QByteArray("[{\"id\": 1, \"key\": \"a \xe2\x82\"}]");
        QTest::newRow("not an object") << QByteArray("[{\"id\": 1, \"key\": \"a\"}, 7]");
        QTest::newRow("scalar") << QByteArray("7");
        QTest::newRow("empty body") << QByteArray("");
    }

    void leavesOtherBodiesToQJsonDocument()
    {
        QFETCH(QByteArray, body);
        QVERIFY(!VastJson::sshKeysFromBody(body));
    }

    void parsesTheCreatedSshKeyEnvelope()
    {
        const auto key = VastJson::sshKey(json(R"({"success": true, "key": {"id": 123, "user_id": 456,
            "public_key": "ssh-rsa AAAA...", "created_at": "2023-01-01T12:00:00Z", "deleted_at": null}})"));
        QVERIFY(key);
        QCOMPARE(key->id, QStringLiteral("123"));
        QVERIFY(!VastJson::sshKey(json(R"({"success": true})")));
    }

    void parsesApiKeysInEitherShape()
    {
        const auto keys = VastJson::apiKeys(json(R"({"apikeys": [{"id": 123, "user_id": 456, "rights": "read",
            "team_id": 789, "team_name": "Team Alpha"}]})"));
        QVERIFY(keys);
        QCOMPARE(keys->items.first().id, QStringLiteral("123"));
        QCOMPARE(keys->items.first().rights, QStringLiteral("read"));
        QCOMPARE(keys->items.first().teamId, QStringLiteral("789"));
        QCOMPARE(keys->items.first().teamName, QStringLiteral("Team Alpha"));
        const auto bare = VastJson::apiKeys(json(R"([{"id": 5, "name": "ci", "permissions": {"api": {"user_read": {}}},
            "created_at": "2024-05-01T00:00:00Z"}, {"id": 6, "permissions": false}, {"id": 7, "permissions": "{\u0022api\u0022:{}}"}])"));
        QVERIFY(bare);
        QCOMPARE(bare->items.size(), 3);
        QVERIFY(bare->items.at(0)
                    .permissions.value(QStringLiteral("api"))
                    .toObject()
                    .contains(QStringLiteral("user_read")));
        QVERIFY(bare->items.at(1).permissions.isEmpty());
        QVERIFY(bare->items.at(2).permissions.contains(QStringLiteral("api")));
        // Issue 19 item 4: "null" as an encoded object says no more than a JSON null.
        const auto encodedNull
            = VastJson::apiKeys(json(R"([{"id": 8, "permissions": "null"}, {"id": 9, "permissions": ""}])"));
        QVERIFY(encodedNull);
        QCOMPARE(encodedNull->items.size(), 2);
        QCOMPARE(encodedNull->unreadable, 0);
        QVERIFY(encodedNull->items.at(0).permissions.isEmpty());
    }

    void leavesOutAndCountsTheApiKeysItCannotRead()
    {
        QVERIFY(!VastJson::apiKeys(json(R"({"api_keys": []})")));
        const auto keys = VastJson::apiKeys(json(R"([{"id": 1, "permissions": 3}, {"id": 2, "permissions": "not json"},
            {"name": "no id"}, {"id": 4, "rights": ["read"]}, {"id": 5, "name": "fine", "rights": "read"}])"));
        QVERIFY(keys);
        QCOMPARE(keys->items.size(), 1);
        QCOMPARE(keys->items.first().name, QStringLiteral("fine"));
        QCOMPARE(keys->unreadable, 4);
    }

    void parsesTheCreatedApiKey()
    {
        const auto k
            = VastJson::createdApiKey(json(R"({"id": 12345, "key": "vast-123456789abcdef", "permissions": false})"));
        QVERIFY(k);
        QCOMPARE(k->id, QStringLiteral("12345"));
        QVERIFY(k->key == QStringLiteral("vast-123456789abcdef"));
        QVERIFY(!VastJson::createdApiKey(json(R"({"id": 12345})")));
        QVERIFY(!VastJson::createdApiKey(json(R"({"id": 12345, "key": ""})")));
    }

    void parsesEveryResetShape()
    {
        const auto current = VastJson::resetApiKey(json(R"({"success": true, "new_api_key": "abc"})"));
        QVERIFY(current && current->key == QStringLiteral("abc"));
        const auto old = VastJson::resetApiKey(json(R"({"sent": true, "key": "def"})"));
        QVERIFY(old && old->key == QStringLiteral("def"));
        // {success, msg} with no key: the reset happened, the new key is on the website (docs/api/vast-endpoints.md
        // §3.1).
        const auto none = VastJson::resetApiKey(json(R"({"success": true, "msg": "reset"})"));
        QVERIFY(none && none->key.isEmpty());
        QVERIFY(!VastJson::resetApiKey(json(R"("api-key reset ")")));
        QVERIFY(!VastJson::resetApiKey(json(R"({"new_api_key": 42})")));
    }

    void parsesMaskedEnvVars()
    {
        const auto vars
            = VastJson::envVars(json(R"({"success": true, "secrets": {"HF_TOKEN": "*****", "WANDB": "********"}})"));
        QVERIFY(vars);
        QCOMPARE(vars->items.size(), 2);
        QCOMPARE(vars->items.at(0).name, QStringLiteral("HF_TOKEN"));
        QCOMPARE(vars->items.at(0).maskedValue, QStringLiteral("*****"));
        QVERIFY(VastJson::envVars(json(R"({"secrets": {}})"))->items.isEmpty());
        QVERIFY(!VastJson::envVars(json(R"({"secrets": []})")));
        QVERIFY(!VastJson::envVars(json(R"({"success": true})")));
        // Issue 19 item 4: a null value still names a variable; a number is counted, not fatal.
        const auto odd = VastJson::envVars(json(R"({"secrets": {"A": 1, "B": null, "C": "x"}})"));
        QVERIFY(odd);
        QCOMPARE(odd->items.size(), 2);
        QCOMPARE(odd->items.at(0).name, QStringLiteral("B"));
        QVERIFY(odd->items.at(0).maskedValue.isEmpty());
        QCOMPARE(odd->unreadable, 1);
    }

    void parsesSessionsTolerantly()
    {
        const auto s = VastJson::sessions(json(R"({"success": true, "sessions": [{"id": 3, "device": "Firefox on Linux",
            "ip": "203.0.113.9", "created_at": "2026-08-01T10:00:00Z", "expires_at": "2026-08-08T10:00:00Z", "current": true}]})"));
        QVERIFY(s);
        QCOMPARE(s->items.first().id, QStringLiteral("3"));
        QCOMPARE(s->items.first().device, QStringLiteral("Firefox on Linux"));
        QVERIFY(s->items.first().current);
        QVERIFY(s->items.first().expiresAt.isValid());
        QVERIFY(VastJson::sessions(json(R"([{"id": 1}])")));
        const auto noId = VastJson::sessions(json(R"({"sessions": [{"device": "x"}, {"id": 2, "device": {}}]})"));
        QVERIFY(noId);
        QVERIFY(noId->items.isEmpty());
        QCOMPARE(noId->unreadable, 2);
        QVERIFY(!VastJson::sessions(json(R"({"sessions": "[]"})")));
    }

    void parsesTheAuditLogAsTheCliShowsIt()
    {
        // docs/api/vast-endpoints.md §3.8: the CLI's own test answers a bare list of its five columns.
        const auto e = VastJson::auditEvents(json(R"([{"ip_address": "1.2.3.4", "api_key_id": 1,
            "created_at": "2024-01-01", "api_route": "/test", "args": "{}"}])"));
        QVERIFY(e);
        QCOMPARE(e->items.size(), 1);
        QCOMPARE(e->unreadable, 0);
        const AuditEvent& event = e->items.first();
        QCOMPARE(event.ip, QStringLiteral("1.2.3.4"));
        QCOMPARE(event.apiKeyId, QStringLiteral("1"));
        QCOMPARE(event.time, QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(event.route, QStringLiteral("/test"));
        QCOMPARE(event.action(), QStringLiteral("/test"));
        QCOMPARE(event.summary, QStringLiteral("{}"));
        QVERIFY(event.id.isEmpty());
        QVERIFY(event.method.isEmpty());
    }

    void parsesAFullerAuditLogInAnEnvelope()
    {
        const auto e = VastJson::auditEvents(json(R"({"success": true, "audit_logs": [{"id": 7, "ip_address": "::1",
            "api_key_id": null, "created_at": 1767225600, "api_route": "/api/v0/ssh/12/", "method": "DELETE",
            "user_agent": "Keydeck/1.0", "args": {"id": 12}, "unknown": [1, 2]}]})"));
        QVERIFY(e);
        QCOMPARE(e->items.size(), 1);
        const AuditEvent& event = e->items.first();
        QCOMPARE(event.id, QStringLiteral("7"));
        QVERIFY(event.apiKeyId.isEmpty());
        QCOMPARE(event.time, QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC));
        QCOMPARE(event.action(), QStringLiteral("DELETE /api/v0/ssh/12/"));
        QCOMPARE(event.userAgent, QStringLiteral("Keydeck/1.0"));
        QCOMPARE(event.summary, QStringLiteral(R"({"id":12})"));
    }

    void leavesOutAndCountsTheAuditEntriesItCannotRead()
    {
        const auto e = VastJson::auditEvents(json(R"([{"api_route": 42}, {"ip_address": "1.2.3.4"}, "text",
            {"api_route": "/api/v0/ssh/", "args": 3}, {"api_route": "/api/v0/ssh/", "created_at": "2026-01-01T00:00:00Z"}])"));
        QVERIFY(e);
        QCOMPARE(e->items.size(), 1);
        QCOMPARE(e->unreadable, 4);
        QVERIFY(!VastJson::auditEvents(json(R"({"audit_logs": "[]"})")));
        QVERIFY(!VastJson::auditEvents(json(R"({"success": true})")));
    }

    void parsesTheTwoFactorLogin()
    {
        const auto t = VastJson::twoFactorSession(json(R"({"id": 7, "email": "a@b", "session_key": "sess-1",
            "backup_codes_remaining": 8})"));
        QVERIFY(t);
        QVERIFY(t->sessionKey == QStringLiteral("sess-1"));
        QCOMPARE(t->profile.id, QStringLiteral("7"));
        QVERIFY(!VastJson::twoFactorSession(json(R"({"id": 7})")));
    }

    void readsTheSuccessFlag()
    {
        QVERIFY(VastJson::reportsSuccess(json(R"({"success": true})")));
        QVERIFY(VastJson::reportsSuccess(json(R"("Successfully Deleted API Key")")));
        QVERIFY(VastJson::reportsSuccess(json("null")));
        QVERIFY(!VastJson::reportsSuccess(json(R"({"success": false, "msg": "nope"})")));
    }
};

QTEST_GUILESS_MAIN(tst_VastJson)
#include "tst_vastjson.moc"
