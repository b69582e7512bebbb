#include "sandbox/SandboxSeeder.h"

#include "sandbox/SandboxKeys.h"
#include "sandbox/SandboxStore.h"
#include "sandbox/VastDialect.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// Real public keys generated once with ssh-keygen (the private halves were discarded).
const char* const kAdaLaptop
    = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHfPmEUh8iVLEEKV6VmNo5F6XDZ4rtHda2nPo+MBoK5D ada@laptop";
const char* const kAdaWorkstation
    = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDgfgTlxruOosTX4Zs9B86rNbrHxoIvHfV3pq701JICg ada@workstation";
const char* const kAdaMacbook
    = "ecdsa-sha2-nistp256 "
      "AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBO8IUI3YHI9T53bYKVbRxSVq6HVT5MauLW38ZY41QUA+HFIxZ1Ot1/"
      "aH8RXdJTKcsFx4Ksm+14rmgKBuum/G1ZI= ada@macbook";
// RSA 2048: a weak key for the security overview's demo (issue 23: Replace).
const char* const kCiRunner
    = "ssh-rsa "
      "AAAAB3NzaC1yc2EAAAADAQABAAABAQCTeZAbor7FMsz7r8pfhzcyNka/n4rxdCLasiwdwJq8IvoxrQsX8YqNY4UOGcKOY0V6FWqymyTxa0tJy8gI"
      "tV7XoIpYjmWbFsa6AU+mARSNqlY5UT9wkTQmSOuL54HaAsW4h+mWxVVG+pon9x6Sr1VgvHjy31qXW3SpN7tioUyaJouPXH89fjgg/ZoZjF+5n/"
      "g7LAPvUPqkZkKLn7pSb29GnpNTPmvEaSNXz5KOSyItHYu2yJCcAQwCqpKjEwk9kQq/T7c1m0VcpS4NNuJknZ67hYXt/Jaz7m23tH2W0pExsIGovZ"
      "HAFSJBXG2xi0o+HdcqigUgcKxrdMJAskyQfKvZ ci@build-runner";
const char* const kDeployGpuBox
    = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKx982Uk+p2ndPcFjvDnulg95IiABKegEHl2SWg6yyCW deploy@gpu-box";
const char* const kGraceThinkpad
    = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILLwLa+dtei4pKgdoBZpyD4J30+97x9Tsqwd47O0ytAl grace@thinkpad";
const char* const kOpsBastion
    = "ssh-rsa "
      "AAAAB3NzaC1yc2EAAAADAQABAAABgQDjyOqcGETzVXMVgHtOghrUXkshmKMe7SC5WhAhV4mlL1tth2nEPQk634WvYmcEXseLd5zpyTKtYnIlzgau"
      "kEvkUkXE5byH/yOaBuHrnbutyMk+/DQTvVqozhQiAOqEMvHYteLCFbqx11Buy0lzIEWi1114yGtD705ZKUOYv8/"
      "TMzX7PTT+M8q5stu5X2puGU3h0ilQxKFAPQmU90nCgGSQj5BznRSLfKIC5YT+xjOLnuGs5deBD1L0HBrt+ub09z+"
      "stq572AilPFfx1DJvl5BCuIAK"
      "mfIKCX8TZ4n+xJc7OwVKCXUKVHSEx3x1Hqo7XphzkCq3ZxDVJlMEocLS/"
      "nrpNcJyPYukZHrpqo+VkLsV2ny3q6vErTRxCrzuGqDwa2HSamotp9l6QD"
      "ZgSE7DsgQKqxCk055Bnn5XpvlnxujcBqG42Ba6RKU09F7usYJmigizz2K572ZXEueC+btAkGnSb0oOCTbKRojZBqfdEcTedzcu8Z/"
      "Ukg8h42HN0plrG2M= ops@bastion";
QString daysAgo(int days, int hours = 0)
{
    return SandboxKeys::isoSeconds(QDateTime::currentDateTimeUtc().addDays(-days).addSecs(-hours * 3600));
}

QString daysAgoMs(int days)
{
    return SandboxKeys::isoMillis(QDateTime::currentDateTimeUtc().addDays(-days).addSecs(-days * 517));
}

QString json(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject scopes(const QStringList& names)
{
    QJsonObject api;
    for (const QString& name : names)
        api.insert(name, QJsonObject());
    return QJsonObject {{QStringLiteral("api"), api}};
}

void wipe(SandboxStore& store)
{
    for (const char* table :
         {"vast_audit_logs", "vast_tfa_methods", "vast_tfa_backup_codes", "vast_tfa_challenges", "vast_tfa_grants",
          "vast_sessions", "vast_api_keys", "vast_ssh_keys", "vast_secrets", "vast_users", "spheron_ssh_keys",
          "spheron_api_keys", "spheron_members", "spheron_teams", "spheron_users"})
        store.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table)));
}

QString addVastKey(SandboxStore& store, qint64 user, const QString& name, const QJsonObject& permissions, bool main,
                   int ageDays)
{
    const QString key = SandboxKeys::vastKey();
    store.insert(QStringLiteral("INSERT INTO vast_api_keys (user_id, name, key_hash, permissions, is_main, created_at) "
                                "VALUES (?, ?, ?, ?, ?, ?)"),
                 {user, name, SandboxKeys::hash(key), permissions.isEmpty() ? QVariant() : QVariant(json(permissions)),
                  main ? 1 : 0, daysAgo(ageDays)});
    return key;
}

QString addVastSession(SandboxStore& store, qint64 user, const QString& device, const QString& ip, int ageHours)
{
    const QString key = SandboxKeys::vastKey();
    const QDateTime created = QDateTime::currentDateTimeUtc().addSecs(-qint64(ageHours) * 3600);
    store.insert(QStringLiteral("INSERT INTO vast_sessions (user_id, key_hash, device, ip, created_at, expires_at) "
                                "VALUES (?, ?, ?, ?, ?, ?)"),
                 {user, SandboxKeys::hash(key), device, ip, SandboxKeys::isoSeconds(created),
                  SandboxKeys::isoSeconds(created.addDays(7))});
    return key;
}

void addSpheronKey(SandboxStore& store, const QString& team, qint64 user, const QString& name, const char* key,
                   int ageDays)
{
    const QString publicKey = QString::fromLatin1(key);
    store.insert(QStringLiteral("INSERT INTO spheron_ssh_keys (id, team_id, user_id, name, public_key, fingerprint, "
                                "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                 {SandboxKeys::objectId(), team, user, name, publicKey,
                  SandboxKeys::spheronServerFingerprint(publicKey), daysAgoMs(ageDays)});
}

QString addSpheronApiKey(SandboxStore& store, qint64 user, const QString& name, int ageDays, int expiresInDays,
                         bool revoked)
{
    const QString key = SandboxKeys::spheronKey();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    store.insert(QStringLiteral("INSERT INTO spheron_api_keys (user_id, name, key_hash, created_at, expires_at, "
                                "revoked_at) VALUES (?, ?, ?, ?, ?, ?)"),
                 {user, name, SandboxKeys::hash(key), SandboxKeys::isoMillis(now.addDays(-ageDays)),
                  SandboxKeys::isoMillis(now.addDays(expiresInDays)),
                  revoked ? QVariant(SandboxKeys::isoMillis(now.addDays(-2))) : QVariant()});
    return key;
}

qint64 keyId(SandboxStore& store, const QString& key)
{
    return store.scalar(QStringLiteral("SELECT id FROM vast_api_keys WHERE key_hash = ?"), {SandboxKeys::hash(key)})
        .toLongLong();
}

void addAudit(SandboxStore& store, qint64 user, const QVariant& apiKeyId, const char* method, const QString& route,
              const QString& args, const char* ip, const char* agent, int ageHours)
{
    store.insert(
        QStringLiteral("INSERT INTO vast_audit_logs (user_id, api_key_id, method, api_route, args, ip_address, "
                       "user_agent, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {user, apiKeyId, QString::fromLatin1(method), route, args, QString::fromLatin1(ip), QString::fromLatin1(agent),
         QDateTime::currentSecsSinceEpoch() - qint64(ageHours) * 3600});
}

/**
 * Ada's audit log (issue 23, docs/SANDBOX.md): recent security events made from her browser sessions (no API key),
 * one made with her main key (Keydeck's, in the demo), and older or ordinary ones that are no finding.
 */
void seedAdaAudit(SandboxStore& store, qint64 ada, qint64 mainKey)
{
    const char* firefox = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";
    const char* chrome = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/537.36 Chrome/126.0 Safari/537.36";
    const char* cli = "python-requests/2.32.3";
    addAudit(store, ada, {}, "POST", QStringLiteral("/api/v0/ssh/"), QStringLiteral("{}"), "81.2.69.192", chrome, 6);
    addAudit(store, ada, {}, "DELETE", QStringLiteral("/api/v0/auth/apikeys/9/"), QStringLiteral("{\"id\":9}"),
             "81.2.69.192", chrome, 30);
    addAudit(store, ada, mainKey, "POST", QStringLiteral("/api/v0/ssh/"), QStringLiteral("{}"), "81.2.69.160",
             "Keydeck/1.0", 4 * 24);
    addAudit(store, ada, {}, "PUT", QStringLiteral("/api/v0/users/"), QStringLiteral("{\"fullname\":\"Ada Lovelace\"}"),
             "81.2.69.160", firefox, 5 * 24);
    addAudit(store, ada, {}, "POST", QStringLiteral("/api/v0/auth/apikeys/"),
             QStringLiteral("{\"name\":\"Billing export\"}"), "81.2.69.160", firefox, 12 * 24);
    addAudit(store, ada, mainKey, "PUT", QStringLiteral("/api/v0/commands/reset_apikey/"),
             QStringLiteral("{\"client_id\":\"me\"}"), "203.0.113.77", cli, 45 * 24);
}

} // namespace

namespace SandboxSeeder {

SandboxDemo seedDemo(SandboxStore& store)
{
    SandboxDemo demo;
    store.transaction();
    wipe(store);

    // Vast.ai: Ada (full demo) and Grace (2FA on).
    const QJsonObject adaProfile {
        {QStringLiteral("balance"), -3.21},
        {QStringLiteral("credit"), 125.5},
        {QStringLiteral("balance_threshold"), 10.0},
        {QStringLiteral("balance_threshold_enabled"), true},
        {QStringLiteral("billaddress_line1"), QStringLiteral("12 St James's Square")},
        {QStringLiteral("billaddress_city"), QStringLiteral("London")},
        {QStringLiteral("billaddress_zip"), QStringLiteral("SW1Y 4JH")},
        {QStringLiteral("billaddress_country"), QStringLiteral("GB")},
        {QStringLiteral("email_verified"), true},
        {QStringLiteral("has_billing"), true},
        {QStringLiteral("has_payout"), false},
        {QStringLiteral("can_pay"), true},
        {QStringLiteral("got_signup_credit"), true},
        {QStringLiteral("billing_creditonly"), false},
        {QStringLiteral("last4"), QStringLiteral("4242")},
        {QStringLiteral("paypal_email"), QString()},
        {QStringLiteral("password_resettable"), true},
        {QStringLiteral("ssh_key"), QString::fromLatin1(kAdaLaptop)},
        {QStringLiteral("user"), QStringLiteral("ada")},
    };
    const qint64 ada = store.insert(
        QStringLiteral("INSERT INTO vast_users (username, email, fullname, tfa_enabled, profile, created_at) VALUES "
                       "(?, ?, ?, 0, ?, ?)"),
        {QStringLiteral("ada"), QStringLiteral("ada.lovelace@example.com"), QStringLiteral("Ada Lovelace"),
         json(adaProfile), daysAgo(612)});
    demo.vastUserId = ada;
    demo.vastApiKey = addVastKey(store, ada, QStringLiteral("Default key"), {}, true, 540);
    demo.vastReadOnlyKey = addVastKey(store, ada, QStringLiteral("Grafana read-only"),
                                      scopes({QStringLiteral("user_read")}), false, 210);
    addVastKey(store, ada, QStringLiteral("Training launcher"),
               scopes({QStringLiteral("instance_read"), QStringLiteral("instance_write")}), false, 95);
    addVastKey(store, ada, QStringLiteral("Billing export"), scopes({QStringLiteral("billing_read")}), false, 12);

    const QList<QPair<const char*, int>> adaSsh
        = {{kAdaLaptop, 371}, {kAdaWorkstation, 240}, {kCiRunner, 133}, {kAdaMacbook, 47}, {kDeployGpuBox, 4}};
    for (const auto& [key, age] : adaSsh) {
        store.insert(QStringLiteral("INSERT INTO vast_ssh_keys (user_id, public_key, created_at) VALUES (?, ?, ?)"),
                     {ada, QString::fromLatin1(key), daysAgo(age, 3)});
    }
    const QList<QPair<const char*, const char*>> env = {
        {"HF_TOKEN", "hf_kQzXrTbLmWvNcPdYsJgHuEaFiOtRyBn"},
        {"WANDB_API_KEY", "3f9c1e7a5b2d4f608a1c9e3b7d5f2a4c6e8b0d1f"},
        {"MODEL_NAME", "meta-llama-3.1-8b-instruct"},
        {"HF_HUB_ENABLE_HF_TRANSFER", "1"},
    };
    for (const auto& [name, value] : env) {
        store.insert(QStringLiteral("INSERT INTO vast_secrets (user_id, name, value, created_at) VALUES (?, ?, ?, ?)"),
                     {ada, QString::fromLatin1(name), QString::fromLatin1(value), daysAgo(30)});
    }
    demo.vastSessionKey
        = addVastSession(store, ada, QStringLiteral("Firefox 128 on Linux"), QStringLiteral("81.2.69.160"), 20);
    addVastSession(store, ada, QStringLiteral("Chrome 126 on macOS"), QStringLiteral("81.2.69.192"), 70);
    addVastSession(store, ada, QStringLiteral("Safari on iPhone"), QStringLiteral("2a02:c7f:7e26:3d00::1"), 140);
    demo.vastExpiredSessionKey
        = addVastSession(store, ada, QStringLiteral("Edge 125 on Windows"), QStringLiteral("81.2.69.142"), 24 * 10);
    seedAdaAudit(store, ada, keyId(store, demo.vastApiKey));

    const qint64 grace = store.insert(
        QStringLiteral("INSERT INTO vast_users (username, email, fullname, tfa_enabled, profile, created_at) VALUES "
                       "(?, ?, ?, 1, ?, ?)"),
        {QStringLiteral("grace"), QStringLiteral("grace.hopper@example.com"), QStringLiteral("Grace Hopper"),
         json(QJsonObject {{QStringLiteral("credit"), 310.0}, {QStringLiteral("email_verified"), true}}),
         daysAgo(300)});
    demo.vastTfaApiKey = addVastKey(store, grace, QStringLiteral("Default key"), {}, true, 300);
    store.insert(QStringLiteral("INSERT INTO vast_ssh_keys (user_id, public_key, created_at) VALUES (?, ?, ?)"),
                 {grace, QString::fromLatin1(kGraceThinkpad), daysAgo(180)});
    demo.vastTfaCode = QString::fromLatin1(VastDialect::kDemoTfaCode);
    // Her methods (issue 20): an authenticator (primary), a phone for SMS codes and her e-mail address.
    const qint64 created = QDateTime::currentSecsSinceEpoch() - 300LL * 24 * 3600;
    const QList<std::tuple<const char*, const char*, const char*, int>> methods = {
        {"totp", "Phone authenticator", nullptr, 1},
        {"sms", "Work phone", "+442079460958", 0},
        {"email", "grace.hopper@example.com", nullptr, 0},
    };
    for (int i = 0; i < methods.size(); ++i) {
        const auto& [type, label, phone, primary] = methods.at(i);
        store.insert(QStringLiteral("INSERT INTO vast_tfa_methods (user_id, method, label, phone_number, is_primary, "
                                    "created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                     {grace, QString::fromLatin1(type), QString::fromLatin1(label),
                      phone ? QVariant(QString::fromLatin1(phone)) : QVariant(), primary, created + i * 86400});
    }
    for (int i = 0; i < 10; ++i) {
        const QString code = SandboxKeys::tfaBackupCode();
        store.insert(QStringLiteral("INSERT INTO vast_tfa_backup_codes (user_id, code_hash) VALUES (?, ?)"),
                     {grace, SandboxKeys::hash(code)});
        demo.vastTfaBackupCodes.append(code);
    }
    demo.vastTfaExpiredSessionKey
        = addVastSession(store, grace, QStringLiteral("Firefox 127 on Linux"), QStringLiteral("81.2.69.171"), 24 * 9);

    // Spheron AI: Ada owns "Ada's Lab" (current) and is a member of Analytical Engines, owned by Charles.
    const qint64 sAda = store.insert(QStringLiteral("INSERT INTO spheron_users (email, name) VALUES (?, ?)"),
                                     {QStringLiteral("ada.lovelace@example.com"), QStringLiteral("Ada Lovelace")});
    const qint64 sCharles = store.insert(QStringLiteral("INSERT INTO spheron_users (email, name) VALUES (?, ?)"),
                                         {QStringLiteral("charles@example.com"), QStringLiteral("Charles Babbage")});
    demo.spheronTeamId = SandboxKeys::objectId();
    demo.spheronMemberTeamId = SandboxKeys::objectId();
    store.insert(QStringLiteral("INSERT INTO spheron_teams (id, name, balance) VALUES (?, ?, ?)"),
                 {demo.spheronTeamId, QStringLiteral("Ada's Lab"), 87.4});
    store.insert(QStringLiteral("INSERT INTO spheron_teams (id, name, balance) VALUES (?, ?, ?)"),
                 {demo.spheronMemberTeamId, QStringLiteral("Analytical Engines"), 1520.0});
    const QString member
        = QStringLiteral("INSERT INTO spheron_members (user_id, team_id, role, is_current) VALUES (?, ?, ?, ?)");
    store.insert(member, {sAda, demo.spheronTeamId, QStringLiteral("owner"), 1});
    store.insert(member, {sAda, demo.spheronMemberTeamId, QStringLiteral("member"), 0});
    store.insert(member, {sCharles, demo.spheronMemberTeamId, QStringLiteral("owner"), 1});

    addSpheronKey(store, demo.spheronTeamId, sAda, QStringLiteral("Laptop"), kAdaLaptop, 402);
    addSpheronKey(store, demo.spheronTeamId, sAda, QStringLiteral("MacBook"), kAdaMacbook, 61);
    addSpheronKey(store, demo.spheronTeamId, sAda, QStringLiteral("CI runner"), kCiRunner, 9);
    addSpheronKey(store, demo.spheronMemberTeamId, sCharles, QStringLiteral("Grace ThinkPad"), kGraceThinkpad, 150);
    addSpheronKey(store, demo.spheronMemberTeamId, sCharles, QStringLiteral("Bastion"), kOpsBastion, 290);
    // The same key under a second name (issue 23: DuplicateSshKey).
    addSpheronKey(store, demo.spheronMemberTeamId, sCharles, QStringLiteral("Ops bastion"), kOpsBastion, 33);

    demo.spheronApiKey = addSpheronApiKey(store, sAda, QStringLiteral("Keydeck"), 45, 320, false);
    demo.spheronExpiredKey = addSpheronApiKey(store, sAda, QStringLiteral("Old laptop"), 375, -10, false);
    demo.spheronRevokedKey = addSpheronApiKey(store, sAda, QStringLiteral("Leaked in CI log"), 90, 275, true);
    demo.spheronMemberTeamOwnerKey = addSpheronApiKey(store, sCharles, QStringLiteral("Charles"), 20, 345, false);

    store.commit();
    return demo;
}

int seedSshKeys(SandboxStore& store, SandboxAccount account, int count, int minAgeDays)
{
    if (count <= 0)
        return 0;
    const bool vast = account == SandboxAccount::VastDemo;
    QVariant owner = vast ? store.scalar(QStringLiteral("SELECT id FROM vast_users ORDER BY id LIMIT 1"))
                          : store.scalar(QStringLiteral("SELECT user_id FROM spheron_members WHERE is_current = 1 AND "
                                                        "role = 'owner' ORDER BY user_id LIMIT 1"));
    if (!owner.isValid()) {
        seedDemo(store);
        return seedSshKeys(store, account, count, minAgeDays);
    }
    QString team;
    if (!vast) {
        team = store
                   .scalar(QStringLiteral("SELECT team_id FROM spheron_members WHERE user_id = ? AND is_current = 1"),
                           {owner})
                   .toString();
    }
    store.transaction();
    for (int i = 0; i < count; ++i) {
        const QString key = SandboxKeys::randomEd25519PublicKey(QStringLiteral("bench-%1@sandbox").arg(i + 1));
        const int age = minAgeDays + i % 400;
        if (vast) {
            store.insert(QStringLiteral("INSERT INTO vast_ssh_keys (user_id, public_key, created_at) VALUES (?, ?, ?)"),
                         {owner, key, daysAgo(age)});
        } else {
            store.insert(QStringLiteral("INSERT INTO spheron_ssh_keys (id, team_id, user_id, name, public_key, "
                                        "fingerprint, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                         {SandboxKeys::objectId(), team, owner, QStringLiteral("Bench key %1").arg(i + 1), key,
                          SandboxKeys::spheronServerFingerprint(key), daysAgoMs(age)});
        }
    }
    store.commit();
    return count;
}

} // namespace SandboxSeeder
