#include "security/AccountChecks.h"

#include <QTest>

using namespace Security;

namespace {

// Real public keys (the private halves were discarded when they were made).
const QString kEd25519
    = QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHfPmEUh8iVLEEKV6VmNo5F6XDZ4rtHda2nPo+MBoK5D ada@laptop");
const QString kEd25519Other = QStringLiteral(
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDgfgTlxruOosTX4Zs9B86rNbrHxoIvHfV3pq701JICg ada@workstation");
const QString kRsa2048 = QStringLiteral(
    "ssh-rsa "
    "AAAAB3NzaC1yc2EAAAADAQABAAABAQCTeZAbor7FMsz7r8pfhzcyNka/n4rxdCLasiwdwJq8IvoxrQsX8YqNY4UOGcKOY0V6FWqymyTxa0tJy8gI"
    "tV7XoIpYjmWbFsa6AU+mARSNqlY5UT9wkTQmSOuL54HaAsW4h+mWxVVG+pon9x6Sr1VgvHjy31qXW3SpN7tioUyaJouPXH89fjgg/ZoZjF+5n/"
    "g7LAPvUPqkZkKLn7pSb29GnpNTPmvEaSNXz5KOSyItHYu2yJCcAQwCqpKjEwk9kQq/T7c1m0VcpS4NNuJknZ67hYXt/Jaz7m23tH2W0pExsIGovZ"
    "HAFSJBXG2xi0o+HdcqigUgcKxrdMJAskyQfKvZ ci@build-runner");
const QString kRsa3072 = QStringLiteral(
    "ssh-rsa "
    "AAAAB3NzaC1yc2EAAAADAQABAAABgQDjyOqcGETzVXMVgHtOghrUXkshmKMe7SC5WhAhV4mlL1tth2nEPQk634WvYmcEXseLd5zpyTKtYnIlzgau"
    "kEvkUkXE5byH/yOaBuHrnbutyMk+/DQTvVqozhQiAOqEMvHYteLCFbqx11Buy0lzIEWi1114yGtD705ZKUOYv8/"
    "TMzX7PTT+M8q5stu5X2puGU3h0ilQxKFAPQmU90nCgGSQj5BznRSLfKIC5YT+xjOLnuGs5deBD1L0HBrt+ub09z+stq572AilPFfx1DJvl5BCuIAK"
    "mfIKCX8TZ4n+xJc7OwVKCXUKVHSEx3x1Hqo7XphzkCq3ZxDVJlMEocLS/nrpNcJyPYukZHrpqo+VkLsV2ny3q6vErTRxCrzuGqDwa2HSamotp9l6QD"
    "ZgSE7DsgQKqxCk055Bnn5XpvlnxujcBqG42Ba6RKU09F7usYJmigizz2K572ZXEueC+btAkGnSb0oOCTbKRojZBqfdEcTedzcu8Z/"
    "Ukg8h42HN0plrG2M= ops@bastion");
const QString kDsa = QStringLiteral(
    "ssh-dss "
    "AAAAB3NzaC1kc3MAAACBAOmBjTHpn0PnKT5rILKsPOtPzSfvLbA+bq9fpqJ0tF6OHBvWNuPFZg8pbaHtS3EPc+Lb/3hzNnXkk9p3CjjEEljcN3vY6t"
    "jh7vqQrKxhR7eAU3bkyIQwc5liW+CDVLSm49SOaHFcJTA/"
    "YUJNl5Na6V32Fgz9iAcROFtWpmYHrRmDAAAAFQDfXBIZE7BjrN1pmEsubyg1dqRkswAAAI"
    "EAmiQ8MoY/3QfQ9a7lFsRADkU+FNeqkQm2lQeXZDl3BeYWA/GphFNAzAIseWjIBSZXN6we5Wm2QfSuep02GCEVh0+6KLcoOrfeBMlpsP6TxgmpGeCD"
    "23WKMm81goQmlAkxrlvCqNCFYjRH5iakUdnJOxUpkCUAc3Ss9QwVSSONx/EAAACAYD8xLldQ9izRLVvlJJmhNGpV8yL7U08GRye+IVxIQf3wbCelWQ"
    "cQyCqFjpbJC8/yoYzkBzYzuGVWn4A0ey2/ftvXHND2L8NghFu1otZoSpVHVDoOR5wXNN4asClHe3QFd/x6Ol9Gwitn98QEf5YDSC4vi60BOsXzyNza"
    "e5rvlyw= old@dsa");

/** The fixed "now" every date is measured from. */
const QDateTime kNow(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);

SshKey key(const QString& id, const QString& line, int ageDays, const QString& name = {})
{
    SshKey k;
    k.id = id;
    k.name = name;
    k.publicKey = line;
    if (ageDays >= 0)
        k.createdAt = kNow.addDays(-ageDays);
    return k;
}

LocalKey local(const QString& line)
{
    LocalKey k;
    k.path = QStringLiteral("/home/ada/.ssh/id.pub");
    k.key = PublicKey::parse(line);
    return k;
}

/** A Vast.ai account whose every part was asked for and read, with nothing in it. */
AccountSnapshot vastAccount(const QString& id = QStringLiteral("vast-1"))
{
    AccountSnapshot s;
    s.account.id = id;
    s.account.provider = Provider::Vast;
    s.account.label = QStringLiteral("Ada on Vast.ai");
    s.sshKeys.append(TeamKeys {});
    s.twoFactor = TwoFactorStatus {true, {}, {}};
    s.ownApiKeyId = QStringLiteral("1");
    s.asked = SnapshotPart::SshKeys | SnapshotPart::ApiKeys | SnapshotPart::TwoFactor | SnapshotPart::Sessions
        | SnapshotPart::AuditLog | SnapshotPart::Profile;
    return s;
}

QList<Finding> only(const QList<Finding>& findings, Check check)
{
    QList<Finding> out;
    for (const Finding& f : findings) {
        if (f.check == check)
            out.append(f);
    }
    return out;
}

QList<Finding> run(const AccountSnapshot& s, const QList<LocalKey>& localKeys, Check check)
{
    return only(AccountChecks::findings(s, localKeys, kNow), check);
}

AuditEvent auditEvent(const QString& method, const QString& route, int ageDays, const QString& keyId = {})
{
    AuditEvent e;
    e.method = method;
    e.route = route;
    e.time = kNow.addDays(-ageDays);
    e.apiKeyId = keyId;
    e.ip = QStringLiteral("203.0.113.9");
    return e;
}

} // namespace

class tst_AccountChecks : public QObject
{
    Q_OBJECT

private slots:
    void anSshKeyOlderThanNinetyDaysIsOld()
    {
        AccountSnapshot s = vastAccount();
        s.sshKeys[0].keys = {key(QStringLiteral("7"), kEd25519, 91), key(QStringLiteral("8"), kEd25519Other, 89),
                             key(QStringLiteral("9"), kRsa3072, -1)};
        const QList<Finding> old = run(s, {}, Check::OldSshKey);
        QCOMPARE(old.size(), 1);
        QCOMPARE(old.first().subjectId, QStringLiteral("7"));
        QCOMPARE(old.first().subject, QStringLiteral("ada@laptop"));
        QCOMPARE(old.first().action, Action::Rotate);
        QCOMPARE(old.first().when, kNow.addDays(-91));
        QCOMPARE(old.first().accountId, QStringLiteral("vast-1"));
        QVERIFY(old.first().fingerprint.startsWith(QLatin1String("SHA256:")));
    }

    void aKeyWithoutALocalCopyIsUnknown()
    {
        AccountSnapshot s = vastAccount();
        s.sshKeys[0].keys = {key(QStringLiteral("7"), kEd25519, 1), key(QStringLiteral("8"), kEd25519Other, 1)};
        // The comment does not matter: the same key with another comment is a local copy.
        const QString sameKeyOtherComment = kEd25519Other.section(u' ', 0, 1) + QStringLiteral(" me@elsewhere");
        const QList<Finding> unknown
            = run(s, {local(sameKeyOtherComment), local(QStringLiteral("garbage"))}, Check::UnknownSshKey);
        QCOMPARE(unknown.size(), 1);
        QCOMPARE(unknown.first().subjectId, QStringLiteral("7"));
        QCOMPARE(unknown.first().action, Action::Review);
        QCOMPARE(unknown.first().severity, Severity::High);
        QVERIFY(run(s, {local(kEd25519), local(kEd25519Other)}, Check::UnknownSshKey).isEmpty());
    }

    void dsaAndShortRsaKeysAreWeak()
    {
        AccountSnapshot s = vastAccount();
        s.sshKeys[0].keys = {key(QStringLiteral("1"), kRsa2048, 1), key(QStringLiteral("2"), kDsa, 1),
                             key(QStringLiteral("3"), kRsa3072, 1), key(QStringLiteral("4"), kEd25519, 1)};
        const QList<Finding> weak = run(s, {}, Check::WeakSshKey);
        QCOMPARE(weak.size(), 2);
        QCOMPARE(weak.at(0).subjectId, QStringLiteral("1"));
        QCOMPARE(weak.at(0).detail, QStringLiteral("RSA 2048"));
        QCOMPARE(weak.at(0).action, Action::Replace);
        QCOMPARE(weak.at(1).subjectId, QStringLiteral("2"));
        QCOMPARE(weak.at(1).detail, QStringLiteral("DSA 1024"));
        QCOMPARE(weak.at(1).subject, QStringLiteral("old@dsa"));
    }

    void strongKeysAreNotWeak()
    {
        AccountSnapshot s = vastAccount();
        s.sshKeys[0].keys = {key(QStringLiteral("3"), kRsa3072, 1), key(QStringLiteral("4"), kEd25519, 1),
                             key(QStringLiteral("5"), QStringLiteral("not a key at all"), 1)};
        QVERIFY(run(s, {}, Check::WeakSshKey).isEmpty());
    }

    void oneKeyUnderSeveralNamesInOneTeamIsADuplicate()
    {
        AccountSnapshot s = vastAccount();
        s.sshKeys = {TeamKeys {QStringLiteral("t1"),
                               QStringLiteral("Lab"),
                               {key(QStringLiteral("a"), kEd25519, 1, QStringLiteral("Laptop")),
                                key(QStringLiteral("b"), kEd25519.section(u' ', 0, 1), 1, QStringLiteral("Old laptop")),
                                key(QStringLiteral("c"), kEd25519Other, 1, QStringLiteral("Desk"))},
                               false,
                               {}}};
        const QList<Finding> duplicates = run(s, {}, Check::DuplicateSshKey);
        QCOMPARE(duplicates.size(), 1);
        QCOMPARE(duplicates.first().count, 2);
        QCOMPARE(duplicates.first().subject, QStringLiteral("Laptop, Old laptop"));
        QCOMPARE(duplicates.first().teamId, QStringLiteral("t1"));
        QCOMPARE(duplicates.first().teamName, QStringLiteral("Lab"));
        QCOMPARE(duplicates.first().severity, Severity::Info);
        QCOMPARE(duplicates.first().action, Action::None);
    }

    void oneKeyInTwoTeamsIsNoDuplicate()
    {
        AccountSnapshot s = vastAccount();
        s.sshKeys = {TeamKeys {QStringLiteral("t1"), {}, {key(QStringLiteral("a"), kEd25519, 1)}, false, {}},
                     TeamKeys {QStringLiteral("t2"), {}, {key(QStringLiteral("b"), kEd25519, 1)}, false, {}}};
        QVERIFY(run(s, {}, Check::DuplicateSshKey).isEmpty());
    }

    void aStoredKeyExpiringWithinThirtyDaysOrExpiredIsSaid()
    {
        AccountSnapshot s = vastAccount();
        s.account.provider = Provider::Spheron;
        s.account.keyExpiry = kNow.date().addDays(30);
        QList<Finding> f = run(s, {}, Check::ApiKeyExpiring);
        QCOMPARE(f.size(), 1);
        QCOMPARE(f.first().action, Action::RotateApiKey);
        QCOMPARE(f.first().count, 30);
        QVERIFY(run(s, {}, Check::ApiKeyExpired).isEmpty());

        s.account.keyExpiry = kNow.date().addDays(-1);
        f = run(s, {}, Check::ApiKeyExpired);
        QCOMPARE(f.size(), 1);
        QCOMPARE(f.first().severity, Severity::High);
        QVERIFY(run(s, {}, Check::ApiKeyExpiring).isEmpty());
    }

    void aStoredKeyFarFromExpiryOrWithoutOneIsFine()
    {
        AccountSnapshot s = vastAccount();
        s.account.keyExpiry = kNow.date().addDays(31);
        QVERIFY(run(s, {}, Check::ApiKeyExpiring).isEmpty());
        QVERIFY(run(s, {}, Check::ApiKeyExpired).isEmpty());
        s.account.keyExpiry = {};
        QVERIFY(run(s, {}, Check::ApiKeyExpiring).isEmpty());
        QVERIFY(run(s, {}, Check::ApiKeyExpired).isEmpty());
    }

    void anApiKeyOlderThanNinetyDaysWantsRotating()
    {
        AccountSnapshot s = vastAccount();
        ApiKeyInfo old {QStringLiteral("11"), QStringLiteral("Default key"), {}, {}, {}, {}, kNow.addDays(-91)};
        ApiKeyInfo young {QStringLiteral("12"), QStringLiteral("CI"), {}, {}, {}, {}, kNow.addDays(-89)};
        ApiKeyInfo undated {QStringLiteral("13"), QStringLiteral("?"), {}, {}, {}, {}, {}};
        s.apiKeys = {old, young, undated};
        const QList<Finding> f = run(s, {}, Check::OldApiKey);
        QCOMPARE(f.size(), 1);
        QCOMPARE(f.first().subjectId, QStringLiteral("11"));
        QCOMPARE(f.first().subject, QStringLiteral("Default key"));
        QCOMPARE(f.first().action, Action::RotateApiKey);
    }

    void twoFactorOffIsSaidOnlyWhenKnown()
    {
        AccountSnapshot s = vastAccount();
        s.twoFactor = TwoFactorStatus {false, {}, {}};
        const QList<Finding> f = run(s, {}, Check::TwoFactorOff);
        QCOMPARE(f.size(), 1);
        QCOMPARE(f.first().action, Action::SetUpTwoFactor);
        QCOMPARE(f.first().severity, Severity::High);

        s.twoFactor = TwoFactorStatus {true, {}, {}};
        QVERIFY(run(s, {}, Check::TwoFactorOff).isEmpty());
        s.twoFactor.reset();
        QVERIFY(run(s, {}, Check::TwoFactorOff).isEmpty());
    }

    void sessionsOtherThanTheCurrentOneAreCounted()
    {
        AccountSnapshot s = vastAccount();
        s.sessions = {LoginSession {QStringLiteral("1"), QStringLiteral("Keydeck"), {}, kNow.addDays(-1), {}, true},
                      LoginSession {QStringLiteral("2"),
                                    QStringLiteral("Safari on iPhone"),
                                    QStringLiteral("2a02::1"),
                                    kNow.addDays(-2),
                                    {},
                                    false},
                      LoginSession {QStringLiteral("3"),
                                    QStringLiteral("Firefox on Linux"),
                                    QStringLiteral("81.2.69.160"),
                                    kNow.addDays(-1),
                                    {},
                                    false}};
        const QList<Finding> f = run(s, {}, Check::OtherSessions);
        QCOMPARE(f.size(), 1);
        QCOMPARE(f.first().count, 2);
        QCOMPARE(f.first().subject, QStringLiteral("Firefox on Linux"));
        QCOMPARE(f.first().action, Action::ReviewSessions);

        s.sessions = {s.sessions.first()};
        QVERIFY(run(s, {}, Check::OtherSessions).isEmpty());
    }

    void recentSecurityEventsKeydeckDidNotMakeAreActivity()
    {
        AccountSnapshot s = vastAccount();
        s.auditEvents = {auditEvent(QStringLiteral("POST"), QStringLiteral("/api/v0/ssh/"), 2),
                         auditEvent({}, QStringLiteral("/api/v0/auth/apikeys/9/"), 29, QStringLiteral("5")),
                         auditEvent(QStringLiteral("POST"), QStringLiteral("/api/v0/tfa/"), 3)};
        const QList<Finding> f = run(s, {}, Check::RecentActivity);
        QCOMPARE(f.size(), 3);
        QCOMPARE(f.at(0).subject, QStringLiteral("POST /api/v0/ssh/"));
        QCOMPARE(f.at(0).detail, QStringLiteral("ssh-key"));
        QCOMPARE(f.at(0).when, kNow.addDays(-2));
        // Newest first.
        QCOMPARE(f.at(1).detail, QStringLiteral("sign-in"));
        QCOMPARE(f.at(2).detail, QStringLiteral("api-key"));
        QCOMPARE(f.first().action, Action::Review);
        // Without a server id, the time and the action name it, so Snooze holds.
        QVERIFY(!f.first().subjectId.isEmpty());
        QVERIFY(f.at(0).identity() != f.at(2).identity());
    }

    void keydecksOwnOldOrHarmlessEventsAreNoActivity()
    {
        AccountSnapshot s = vastAccount();
        AuditEvent bySession = auditEvent(QStringLiteral("DELETE"), QStringLiteral("/api/v0/ssh/3/"), 1);
        bySession.userAgent = QStringLiteral("Keydeck/0.1.0 (Qt 6.4.2; Debian GNU/Linux 12)");
        s.auditEvents = {auditEvent(QStringLiteral("POST"), QStringLiteral("/api/v0/ssh/"), 1, s.ownApiKeyId),
                         bySession,
                         auditEvent(QStringLiteral("POST"), QStringLiteral("/api/v0/ssh/"), 31),
                         auditEvent(QStringLiteral("GET"), QStringLiteral("/api/v0/ssh/"), 1),
                         auditEvent(QStringLiteral("PUT"), QStringLiteral("/api/v0/users/"), 1),
                         auditEvent(QStringLiteral("GET"), QStringLiteral("/api/v0/tfa/status/"), 1),
                         auditEvent(QStringLiteral("POST"), QStringLiteral("/api/v0/tfa/sms/"), 1)};
        QVERIFY(run(s, {}, Check::RecentActivity).isEmpty());
    }

    void recentActivityListsKeydecksEventsTooAndMarksTheOthers()
    {
        AccountSnapshot s = vastAccount();
        s.auditEvents = {auditEvent(QStringLiteral("POST"), QStringLiteral("/api/v0/ssh/"), 5, s.ownApiKeyId),
                         auditEvent(QStringLiteral("DELETE"), QStringLiteral("/api/v0/ssh/3/"), 1),
                         auditEvent(QStringLiteral("POST"), QStringLiteral("/api/v0/ssh/"), 31),
                         auditEvent(QStringLiteral("GET"), QStringLiteral("/api/v0/ssh/"), 1),
                         auditEvent(QStringLiteral("PUT"), QStringLiteral("/api/v0/users/"), 1)};
        const QList<ActivityEntry> entries = AccountChecks::recentActivity(s, kNow);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).action, QStringLiteral("DELETE /api/v0/ssh/3/"));
        QVERIFY(!entries.at(0).madeByKeydeck);
        QCOMPARE(entries.at(0).kind, EventKind::SshKey);
        QCOMPARE(entries.at(0).ip, QStringLiteral("203.0.113.9"));
        QCOMPARE(entries.at(1).action, QStringLiteral("POST /api/v0/ssh/"));
        QVERIFY(entries.at(1).madeByKeydeck);
        // Only the other one is a finding.
        QCOMPARE(run(s, {}, Check::RecentActivity).size(), 1);
        // An unread log lists nothing.
        s.failed = SnapshotPart::AuditLog;
        QVERIFY(AccountChecks::recentActivity(s, kNow).isEmpty());
    }

    void theUserAgentDecidesOnlyWhenAKeyIdCannot()
    {
        const QString keydeck = QStringLiteral("Keydeck/0.1.0 (Qt 6.4.2; Debian GNU/Linux 12)");
        AuditEvent signIn = auditEvent(QStringLiteral("POST"), QStringLiteral("/api/v0/tfa/"), 1, QStringLiteral("5"));
        signIn.userAgent = keydeck;
        // Keydeck's key id unknown (a 2FA session): its user agent says it was Keydeck.
        QVERIFY(AccountChecks::madeByKeydeck(signIn, {}));
        // Known and different: another Keydeck, with another key, is someone else.
        QVERIFY(!AccountChecks::madeByKeydeck(signIn, QStringLiteral("1")));
        QVERIFY(AccountChecks::madeByKeydeck(signIn, QStringLiteral("5")));
        signIn.userAgent = QStringLiteral("python-requests/2.32.3");
        QVERIFY(!AccountChecks::madeByKeydeck(signIn, {}));
        signIn.userAgent.clear();
        signIn.apiKeyId.clear();
        QVERIFY(!AccountChecks::madeByKeydeck(signIn, QStringLiteral("5")));
    }

    void eventKindsFollowTheRoute_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("route");
        QTest::addColumn<QString>("kind");
        QTest::newRow("ssh edit") << "PUT"
                                  << "/api/v0/ssh/4/"
                                  << "ssh-key";
        QTest::newRow("reset") << ""
                               << "/api/v0/commands/reset_apikey/"
                               << "api-key";
        QTest::newRow("sign-out") << "DELETE"
                                  << "/api/v0/auth/sessions/"
                                  << "session";
        QTest::newRow("2fa removed") << "DELETE"
                                     << "/api/v0/tfa/"
                                     << "two-factor";
        QTest::newRow("2fa, method unknown") << ""
                                             << "/api/v0/tfa/"
                                             << "two-factor";
        QTest::newRow("backup codes") << "PUT"
                                      << "/api/v0/tfa/regen-backup-codes/"
                                      << "two-factor";
        QTest::newRow("e-mail change") << ""
                                       << "/api/v0/users/current/change-email/"
                                       << "account";
        QTest::newRow("full URL, v1") << "POST"
                                      << "https://console.vast.ai/api/v1/ssh/?x=1"
                                      << "ssh-key";
        QTest::newRow("no slash") << "POST"
                                  << "/api/v0/auth/apikeys"
                                  << "api-key";
        QTest::newRow("instances") << "PUT"
                                   << "/api/v0/instances/5/"
                                   << "other";
        QTest::newRow("ssh daemon") << "PUT"
                                    << "/api/v0/ssh/daemon/"
                                    << "other";
    }
    void eventKindsFollowTheRoute()
    {
        QFETCH(QString, method);
        QFETCH(QString, route);
        QFETCH(QString, kind);
        AuditEvent e;
        e.method = method;
        e.route = route;
        QCOMPARE(AccountChecks::eventKindName(AccountChecks::eventKind(e)), kind);
    }

    void oneKeyInEveryAccountIsShared()
    {
        AccountSnapshot vast = vastAccount(QStringLiteral("vast-1"));
        vast.sshKeys[0].keys = {key(QStringLiteral("7"), kEd25519, 1), key(QStringLiteral("8"), kEd25519Other, 1)};
        AccountSnapshot spheron = vastAccount(QStringLiteral("spheron-1"));
        spheron.sshKeys = {TeamKeys {QStringLiteral("t1"), QStringLiteral("Lab"), {}, false, {}},
                           TeamKeys {QStringLiteral("t2"),
                                     QStringLiteral("Engines"),
                                     {key(QStringLiteral("x"), kEd25519, 1, QStringLiteral("Laptop"))},
                                     false,
                                     {}}};
        const QList<Finding> shared = AccountChecks::sharedKeyFindings({vast, spheron});
        QCOMPARE(shared.size(), 2);
        QCOMPARE(shared.at(0).accountId, QStringLiteral("vast-1"));
        QCOMPARE(shared.at(0).subjectId, QStringLiteral("7"));
        QCOMPARE(shared.at(1).accountId, QStringLiteral("spheron-1"));
        QCOMPARE(shared.at(1).subject, QStringLiteral("Laptop"));
        QCOMPARE(shared.at(1).teamName, QStringLiteral("Engines"));
        QCOMPARE(shared.at(1).count, 2);
        QCOMPARE(shared.at(1).severity, Severity::Info);
        QCOMPARE(shared.at(0).fingerprint, shared.at(1).fingerprint);
    }

    void aKeyMissingFromOneAccountOrAnUnreadListIsNotShared()
    {
        AccountSnapshot a = vastAccount(QStringLiteral("a"));
        a.sshKeys[0].keys = {key(QStringLiteral("7"), kEd25519, 1)};
        AccountSnapshot b = vastAccount(QStringLiteral("b"));
        b.sshKeys[0].keys = {key(QStringLiteral("8"), kEd25519Other, 1)};
        QVERIFY(AccountChecks::sharedKeyFindings({a, b}).isEmpty());
        QVERIFY(AccountChecks::sharedKeyFindings({a}).isEmpty());
        AccountSnapshot c = vastAccount(QStringLiteral("c"));
        c.sshKeys[0].keys = a.sshKeys[0].keys;
        QCOMPARE(AccountChecks::sharedKeyFindings({a, c}).size(), 2);
        c.failed |= SnapshotPart::SshKeys;
        QVERIFY(AccountChecks::sharedKeyFindings({a, c}).isEmpty());
        c.failed = {};
        c.sshKeys.append(TeamKeys {QStringLiteral("t"), {}, {}, true, {}});
        QVERIFY(AccountChecks::sharedKeyFindings({a, c}).isEmpty());
    }

    void partsThatFailedToLoadSayNothing()
    {
        AccountSnapshot s = vastAccount();
        s.sshKeys[0].keys = {key(QStringLiteral("7"), kRsa2048, 400), key(QStringLiteral("8"), kRsa2048, 400)};
        s.apiKeys = {ApiKeyInfo {QStringLiteral("11"), {}, {}, {}, {}, {}, kNow.addDays(-400)}};
        s.twoFactor = TwoFactorStatus {false, {}, {}};
        s.sessions = {LoginSession {QStringLiteral("2"), {}, {}, kNow, {}, false}};
        s.auditEvents = {auditEvent(QStringLiteral("POST"), QStringLiteral("/api/v0/ssh/"), 1)};
        QCOMPARE(AccountChecks::findings(s, {}, kNow).size(), 2 * 3 + 1 + 1 + 1 + 1 + 1);

        s.failed = SnapshotPart::SshKeys | SnapshotPart::ApiKeys | SnapshotPart::TwoFactor | SnapshotPart::Sessions
            | SnapshotPart::AuditLog;
        QVERIFY(AccountChecks::findings(s, {}, kNow).isEmpty());
        // A part never asked for (the provider lacks it) says nothing either.
        s.failed = {};
        s.asked = {};
        QVERIFY(AccountChecks::findings(s, {}, kNow).isEmpty());
        // One Spheron AI team unread: its keys say nothing, the others' do.
        s.asked = SnapshotPart::SshKeys;
        s.sshKeys = {TeamKeys {QStringLiteral("t1"), {}, {key(QStringLiteral("1"), kRsa2048, 1)}, true, {}},
                     TeamKeys {QStringLiteral("t2"), {}, {key(QStringLiteral("2"), kDsa, 1)}, false, {}}};
        const QList<Finding> weak = run(s, {}, Check::WeakSshKey);
        QCOMPARE(weak.size(), 1);
        QCOMPARE(weak.first().teamId, QStringLiteral("t2"));
    }

    void findingsNeverCarryAKeyOrTheServersArguments()
    {
        AccountSnapshot s = vastAccount();
        s.sshKeys[0].keys = {key(QStringLiteral("7"), kRsa2048, 400), key(QStringLiteral("8"), kDsa, 400),
                             key(QStringLiteral("9"), kRsa2048.section(u' ', 0, 1), 1)};
        AuditEvent e = auditEvent(QStringLiteral("POST"), QStringLiteral("/api/v0/auth/apikeys/"), 1);
        e.summary = QStringLiteral(R"({"key":"0123456789abcdef0123456789abcdef","code":"654321"})");
        s.auditEvents = {e};
        s.twoFactor = TwoFactorStatus {false, {}, {}};
        QList<Finding> all = AccountChecks::findings(s, {}, kNow);
        AccountSnapshot other = vastAccount(QStringLiteral("b"));
        other.sshKeys[0].keys = {key(QStringLiteral("1"), kRsa2048, 1)};
        all += AccountChecks::sharedKeyFindings({s, other});
        QVERIFY(all.size() > 5);
        for (const Finding& f : std::as_const(all)) {
            const QString text
                = QStringList {f.accountId, f.teamId, f.teamName, f.subject, f.subjectId, f.fingerprint, f.detail}.join(
                    u'\n');
            for (const QString& line : {kRsa2048, kDsa}) {
                const QString base64 = line.section(u' ', 1, 1);
                QVERIFY2(!text.contains(base64.mid(20, 40)), qPrintable(text));
            }
            QVERIFY(!text.contains(QLatin1String("0123456789abcdef")));
            QVERIFY(!text.contains(QLatin1String("654321")));
        }
    }
};

QTEST_GUILESS_MAIN(tst_AccountChecks)
#include "tst_accountchecks.moc"
