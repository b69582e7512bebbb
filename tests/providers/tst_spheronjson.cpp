#include "providers/SpheronJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

QJsonValue json(const char* text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + text + "]");
    Q_ASSERT(doc.isArray());
    return doc.array().first();
}

} // namespace

class tst_SpheronJson : public QObject
{
    Q_OBJECT

private slots:
    void parsesSshKeysAsABareList()
    {
        const auto keys
            = SpheronJson::sshKeys(json(R"([{"id": "k1", "name": "laptop", "publicKey": "ssh-ed25519 AAAA c",
            "fingerprint": "SHA256:bogus", "createdAt": "2026-05-06T09:30:00.000Z", "teamId": "t1"}])"));
        QVERIFY(keys);
        QCOMPARE(keys->items.size(), 1);
        QCOMPARE(keys->unreadable, 0);
        const SshKey& k = keys->items.first();
        QCOMPARE(k.id, QStringLiteral("k1"));
        QCOMPARE(k.name, QStringLiteral("laptop"));
        QCOMPARE(k.publicKey, QStringLiteral("ssh-ed25519 AAAA c"));
        QCOMPARE(k.serverFingerprint, QStringLiteral("SHA256:bogus"));
        QCOMPARE(k.teamId, QStringLiteral("t1"));
        QCOMPARE(k.createdAt, QDateTime(QDate(2026, 5, 6), QTime(9, 30), Qt::UTC));
    }

    void parsesTheWrappedVariantsAndUnderscoreId()
    {
        const auto a = SpheronJson::sshKeys(json(R"({"sshKeys": [{"_id": "x", "name": "n"}]})"));
        QVERIFY(a);
        QCOMPARE(a->items.first().id, QStringLiteral("x"));
        QVERIFY(a->items.first().publicKey.isEmpty()); // the list may omit publicKey (docs/api/spheron.md §2.1)
        const auto b = SpheronJson::sshKeys(json(R"({"data": []})"));
        QVERIFY(b && b->items.isEmpty());
    }

    void rejectsAKeyListWithoutItsEnvelope()
    {
        QVERIFY(!SpheronJson::sshKeys(json(R"({"keys": []})")));
        QVERIFY(!SpheronJson::sshKeys(json(R"("ok")")));
    }

    void leavesOutAndCountsTheKeysItCannotRead()
    {
        // Issue 19 item 4: an object teamId, a list as key text, no id, a bare string: left out and counted.
        const auto keys = SpheronJson::sshKeys(json(R"([{"name": "no id"}, {"id": "a", "publicKey": ["x"]}, "b",
            {"id": "c", "teamId": {"id": "t1"}}, {"id": "d", "name": "fine", "teamId": "t1"}])"));
        QVERIFY(keys);
        QCOMPARE(keys->items.size(), 1);
        QCOMPARE(keys->items.first().name, QStringLiteral("fine"));
        QCOMPARE(keys->unreadable, 4);
    }

    void parsesTheCreatedKey()
    {
        const auto k = SpheronJson::sshKey(json(R"({"id": "new1", "name": "n", "publicKey": "ssh-ed25519 AAAA"})"));
        QVERIFY(k);
        QCOMPARE(k->id, QStringLiteral("new1"));
        QVERIFY(!SpheronJson::sshKey(json(R"({"message": "created"})")));
    }

    void parsesTheBalanceAndTeams()
    {
        const auto b = SpheronJson::balance(json(R"({"teams": [
            {"teamId": "t1", "teamName": "Research", "balance": 123.45, "isCurrentTeam": true, "role": "owner"},
            {"id": "t2", "teamName": "Side", "balance": 0, "isCurrentTeam": false, "role": "member"}],
            "currency": "USD"})"));
        QVERIFY(b);
        QCOMPARE(b->currency, QStringLiteral("USD"));
        QCOMPARE(b->teams.size(), 2);
        QCOMPARE(b->teams.at(0).id, QStringLiteral("t1"));
        QCOMPARE(b->teams.at(0).name, QStringLiteral("Research"));
        QCOMPARE(b->teams.at(0).role, QStringLiteral("owner"));
        QVERIFY(b->teams.at(0).isCurrent);
        QCOMPARE(b->teams.at(1).id, QStringLiteral("t2"));
        QCOMPARE(b->credit.value_or(-1), 123.45);
    }

    void defaultsTheCurrencyToUsd()
    {
        const auto b = SpheronJson::balance(json(R"({"teams": []})"));
        QVERIFY(b);
        QCOMPARE(b->currency, QStringLiteral("USD"));
        QVERIFY(!b->credit);
    }

    void rejectsMalformedBalances()
    {
        QVERIFY(!SpheronJson::balance(json(R"({"balance": 5})")));
        QVERIFY(!SpheronJson::balance(json(R"({"teams": [{"teamName": "no id"}]})")));
        QVERIFY(!SpheronJson::balance(json(R"({"teams": [{"teamId": "t", "balance": "lots"}]})")));
        QVERIFY(!SpheronJson::balance(json(R"({"teams": [{"teamId": "t", "isCurrentTeam": "yes"}]})")));
        QVERIFY(!SpheronJson::balance(json(R"({"teams": {}})")));
        QVERIFY(!SpheronJson::balance(json(R"([])")));
    }
};

QTEST_GUILESS_MAIN(tst_SpheronJson)
#include "tst_spheronjson.moc"
