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
        QCOMPARE(keys->size(), 1);
        QCOMPARE(keys->first().id, QStringLiteral("1276050"));
        QCOMPARE(keys->first().publicKey, QStringLiteral("ssh-ed25519 AAAA a@b"));
        QCOMPARE(keys->first().createdAt, QDateTime(QDate(2023, 1, 1), QTime(12, 0), Qt::UTC));
    }

    void parsesSshKeysInTheirEnvelopeWithEveryKeyField()
    {
        const auto spec
            = VastJson::sshKeys(json(R"([{"id": 1, "user_id": 2, "key": "ssh-rsa AAAA", "created_at": 1672574400}])"));
        QVERIFY(spec);
        QCOMPARE(spec->first().publicKey, QStringLiteral("ssh-rsa AAAA"));
        QCOMPARE(spec->first().createdAt.toSecsSinceEpoch(), 1672574400);
        const auto mock = VastJson::sshKeys(json(R"({"ssh_keys": [{"id": 1, "ssh_key": "ssh-rsa AAAA..."}]})"));
        QVERIFY(mock);
        QCOMPARE(mock->first().publicKey, QStringLiteral("ssh-rsa AAAA..."));
        QVERIFY(VastJson::sshKeys(json(R"([])"))->isEmpty());
    }

    void rejectsAListWithOneBadKeyWhole()
    {
        QVERIFY(!VastJson::sshKeys(json(R"([{"id": 1, "public_key": "ssh-rsa A"}, {"id": 2}])")));
        QVERIFY(!VastJson::sshKeys(json(R"([{"id": 1, "public_key": "ssh-rsa A"}, 7])")));
        QVERIFY(!VastJson::sshKeys(json(R"({"keys": []})")));
        QVERIFY(!VastJson::sshKeys(json(R"([{"id": "x/../1", "public_key": 3}])")));
        QVERIFY(!VastJson::sshKeys(json("null")));
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
        QCOMPARE(keys->first().id, QStringLiteral("123"));
        QCOMPARE(keys->first().rights, QStringLiteral("read"));
        QCOMPARE(keys->first().teamId, QStringLiteral("789"));
        QCOMPARE(keys->first().teamName, QStringLiteral("Team Alpha"));
        const auto bare = VastJson::apiKeys(json(R"([{"id": 5, "name": "ci", "permissions": {"api": {"user_read": {}}},
            "created_at": "2024-05-01T00:00:00Z"}, {"id": 6, "permissions": false}, {"id": 7, "permissions": "{\u0022api\u0022:{}}"}])"));
        QVERIFY(bare);
        QCOMPARE(bare->size(), 3);
        QVERIFY(bare->at(0).permissions.value(QStringLiteral("api")).toObject().contains(QStringLiteral("user_read")));
        QVERIFY(bare->at(1).permissions.isEmpty());
        QVERIFY(bare->at(2).permissions.contains(QStringLiteral("api")));
    }

    void rejectsMalformedApiKeys()
    {
        QVERIFY(!VastJson::apiKeys(json(R"({"api_keys": []})")));
        QVERIFY(!VastJson::apiKeys(json(R"([{"id": 1, "permissions": 3}])")));
        QVERIFY(!VastJson::apiKeys(json(R"([{"id": 1, "permissions": "not json"}])")));
        QVERIFY(!VastJson::apiKeys(json(R"([{"name": "no id"}])")));
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

    void parsesBothResetShapes()
    {
        const auto current = VastJson::resetApiKey(json(R"({"success": true, "new_api_key": "abc"})"));
        QVERIFY(current && current->key == QStringLiteral("abc"));
        const auto old = VastJson::resetApiKey(json(R"({"sent": true, "key": "def"})"));
        QVERIFY(old && old->key == QStringLiteral("def"));
        QVERIFY(!VastJson::resetApiKey(json(R"({"success": true})")));
        QVERIFY(!VastJson::resetApiKey(json(R"("api-key reset ")")));
        QVERIFY(!VastJson::resetApiKey(json(R"({"new_api_key": 42})")));
    }

    void parsesMaskedEnvVars()
    {
        const auto vars
            = VastJson::envVars(json(R"({"success": true, "secrets": {"HF_TOKEN": "*****", "WANDB": "********"}})"));
        QVERIFY(vars);
        QCOMPARE(vars->size(), 2);
        QCOMPARE(vars->at(0).name, QStringLiteral("HF_TOKEN"));
        QCOMPARE(vars->at(0).maskedValue, QStringLiteral("*****"));
        QVERIFY(VastJson::envVars(json(R"({"secrets": {}})"))->isEmpty());
        QVERIFY(!VastJson::envVars(json(R"({"secrets": []})")));
        QVERIFY(!VastJson::envVars(json(R"({"secrets": {"A": 1}})")));
        QVERIFY(!VastJson::envVars(json(R"({"success": true})")));
    }

    void parsesSessionsTolerantly()
    {
        const auto s = VastJson::sessions(json(R"({"success": true, "sessions": [{"id": 3, "device": "Firefox on Linux",
            "ip": "203.0.113.9", "created_at": "2026-08-01T10:00:00Z", "expires_at": "2026-08-08T10:00:00Z", "current": true}]})"));
        QVERIFY(s);
        QCOMPARE(s->first().id, QStringLiteral("3"));
        QCOMPARE(s->first().device, QStringLiteral("Firefox on Linux"));
        QVERIFY(s->first().current);
        QVERIFY(s->first().expiresAt.isValid());
        QVERIFY(VastJson::sessions(json(R"([{"id": 1}])")));
        QVERIFY(!VastJson::sessions(json(R"({"sessions": [{"device": "x"}]})")));
        QVERIFY(!VastJson::sessions(json(R"({"sessions": "[]"})")));
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
