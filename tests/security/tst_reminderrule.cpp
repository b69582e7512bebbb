#include "secrets/AccountsRegistry.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretsService.h"
#include "security/ReminderRule.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using Security::Finding;
using Security::ReminderRule;

/**
 * The daily security check's rule (issue 23, docs/SECURITY-OVERVIEW.md "Reminders"): due at most once a calendar
 * day, new findings are the ones the previous check did not see and that are neither ignored nor snoozed, and both
 * survive a restart (a new registry over the same settings file). The clock is fixed.
 */
class tst_ReminderRule : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void dueOnceACalendarDay();
    void dueWhenTheClockWasSetBack();
    void firstCheckFindsEveryFindingNew();
    void secondStartTheSameDayIsNotDue();
    void nextDayOnlyTheNewFindingIsNew();
    void ignoredOrSnoozedFindingIsNeverNew();
    void aFindingThatWentAndCameBackIsNewAgain();
    void anIncompleteCheckKeepsWhatWasSeen();
    void thisComputersFindingsAreRememberedToo();
    void removingTheAccountForgetsWhatWasSeen();
    void theSettingsFileHoldsNoNamesOrPaths();

private:
    std::unique_ptr<AccountsRegistry> openRegistry() const
    {
        return std::make_unique<AccountsRegistry>(m_secrets.get(),
                                                  std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat));
    }
    QString settingsPath() const { return m_dir->filePath(QStringLiteral("s.ini")); }
    Finding finding(const QString& keyId, const QString& accountId = {}) const
    {
        Finding f;
        f.check = Security::Check::UnknownSshKey;
        f.severity = Security::Severity::High;
        f.accountId = accountId.isEmpty() ? m_accountId : accountId;
        f.subject = QStringLiteral("laptop of ") + keyId;
        f.subjectId = keyId;
        return f;
    }
    static QStringList ids(const QList<Finding>& findings)
    {
        QStringList out;
        for (const Finding& f : findings)
            out.append(f.subjectId);
        return out;
    }

    // Monday 9 March 2026, 09:00 local time: the fixed "now".
    const QDateTime m_monday {QDate(2026, 3, 9), QTime(9, 0)};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SecretsService> m_secrets;
    std::unique_ptr<AccountsRegistry> m_accounts;
    QString m_accountId;
};

void tst_ReminderRule::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_secrets = std::make_unique<SecretsService>(std::make_unique<MemorySecretStore>());
    m_accounts = openRegistry();
    const Account account = Account::create(Provider::Vast, QStringLiteral("Ada"));
    QVERIFY(m_accounts->add(account));
    m_accountId = account.id;
}

void tst_ReminderRule::cleanup()
{
    m_accounts.reset();
    m_secrets.reset();
    m_dir.reset();
}

void tst_ReminderRule::dueOnceACalendarDay()
{
    QVERIFY(ReminderRule::isDue(QDateTime(), m_monday));
    QVERIFY(!ReminderRule::isDue(m_monday, m_monday.addSecs(14 * 3600))); // 23:00 the same day
    QVERIFY(ReminderRule::isDue(m_monday.addSecs(14 * 3600), m_monday.addSecs(16 * 3600))); // 23:00, then 01:00
    QVERIFY(ReminderRule::isDue(m_monday, m_monday.addDays(1)));
}

void tst_ReminderRule::dueWhenTheClockWasSetBack()
{
    // A last check "tomorrow" (a clock that was wrong) must not stop the checks until then.
    QVERIFY(ReminderRule::isDue(m_monday.addDays(1), m_monday));
}

void tst_ReminderRule::firstCheckFindsEveryFindingNew()
{
    ReminderRule rule(m_accounts.get());
    QVERIFY(rule.isDue(m_monday));
    const QList<Finding> fresh = rule.record({{m_accountId, {finding("k1"), finding("k2")}}}, m_monday);
    QCOMPARE(ids(fresh), (QStringList {"k1", "k2"}));
    QVERIFY(!rule.isDue(m_monday.addSecs(3600)));
}

void tst_ReminderRule::secondStartTheSameDayIsNotDue()
{
    ReminderRule(m_accounts.get()).record({{m_accountId, {finding("k1")}}}, m_monday);
    m_accounts.reset();
    m_accounts = openRegistry(); // Keydeck started again
    ReminderRule rule(m_accounts.get());
    QVERIFY(!rule.isDue(m_monday.addSecs(5 * 3600)));
    QVERIFY(rule.isDue(m_monday.addDays(1)));
}

void tst_ReminderRule::nextDayOnlyTheNewFindingIsNew()
{
    ReminderRule(m_accounts.get()).record({{m_accountId, {finding("k1"), finding("k2")}}}, m_monday);
    m_accounts.reset();
    m_accounts = openRegistry();
    ReminderRule rule(m_accounts.get());
    Finding older = finding("k1");
    older.count = 3; // facts change without making it new (Finding::identity)
    older.when = m_monday.addDays(-100);
    const QList<Finding> fresh
        = rule.record({{m_accountId, {older, finding("k3"), finding("k2")}}}, m_monday.addDays(1));
    QCOMPARE(ids(fresh), QStringList {"k3"});
    QCOMPARE(m_accounts->lastSecurityCheck(), m_monday.addDays(1));
}

void tst_ReminderRule::ignoredOrSnoozedFindingIsNeverNew()
{
    ReminderRule rule(m_accounts.get());
    AccountsRegistry::FindingMark ignored;
    ignored.ignored = true;
    AccountsRegistry::FindingMark snoozed;
    snoozed.snoozedUntil = m_monday.addDays(7);
    AccountsRegistry::FindingMark snoozeOver;
    snoozeOver.snoozedUntil = m_monday.addDays(-1);
    QVERIFY(m_accounts->setFindingMark(m_accountId, finding("ignored").identity(), ignored));
    QVERIFY(m_accounts->setFindingMark(m_accountId, finding("snoozed").identity(), snoozed));
    QVERIFY(m_accounts->setFindingMark(m_accountId, finding("over").identity(), snoozeOver));
    const QList<Finding> all {finding("ignored"), finding("snoozed"), finding("over")};
    QCOMPARE(ids(rule.record({{m_accountId, all}}, m_monday)), QStringList {"over"});
    // Once the snooze ends the finding was seen before: still no reminder.
    QCOMPARE(ids(rule.record({{m_accountId, all}}, m_monday.addDays(8))), QStringList());
}

void tst_ReminderRule::aFindingThatWentAndCameBackIsNewAgain()
{
    ReminderRule rule(m_accounts.get());
    rule.record({{m_accountId, {finding("k1")}}}, m_monday);
    QCOMPARE(ids(rule.record({{m_accountId, {}}}, m_monday.addDays(1))), QStringList());
    QCOMPARE(ids(rule.record({{m_accountId, {finding("k1")}}}, m_monday.addDays(2))), QStringList {"k1"});
}

void tst_ReminderRule::anIncompleteCheckKeepsWhatWasSeen()
{
    ReminderRule rule(m_accounts.get());
    rule.record({{m_accountId, {finding("k1"), finding("k2")}}}, m_monday);
    // The account's lists could not be read: nothing found says nothing about what went.
    QCOMPARE(ids(rule.record({{m_accountId, {finding("k3")}, false}}, m_monday.addDays(1))), QStringList {"k3"});
    QCOMPARE(ids(rule.record({{m_accountId, {finding("k1"), finding("k2"), finding("k3")}}}, m_monday.addDays(2))),
             QStringList());
}

void tst_ReminderRule::thisComputersFindingsAreRememberedToo()
{
    Finding local;
    local.check = Security::Check::SshDirectoryMode;
    local.subject = QStringLiteral("/home/ada/.ssh");
    local.subjectId = local.subject;
    ReminderRule rule(m_accounts.get());
    QCOMPARE(rule.record({{QString(), {local}}}, m_monday).size(), 1);
    m_accounts.reset();
    m_accounts = openRegistry();
    QCOMPARE(ReminderRule(m_accounts.get()).record({{QString(), {local}}}, m_monday.addDays(1)).size(), 0);
}

void tst_ReminderRule::removingTheAccountForgetsWhatWasSeen()
{
    ReminderRule(m_accounts.get()).record({{m_accountId, {finding("k1")}}}, m_monday);
    QVERIFY(m_accounts->wasFindingSeen(m_accountId, finding("k1").identity()));
    bool done = false;
    m_accounts->remove(m_accountId, this, [&](const SecretError&) { done = true; });
    QTRY_VERIFY(done);
    QSettings settings(settingsPath(), QSettings::IniFormat);
    for (const QString& key : settings.allKeys())
        QVERIFY2(!key.contains(m_accountId), qPrintable(key));
    QVERIFY(!m_accounts->wasFindingSeen(m_accountId, finding("k1").identity()));
}

void tst_ReminderRule::theSettingsFileHoldsNoNamesOrPaths()
{
    Finding local;
    local.check = Security::Check::PlaintextKeyExport;
    local.subject = QStringLiteral("/home/ada/.bashrc");
    local.subjectId = QStringLiteral("/home/ada/.bashrc#VAST_API_KEY");
    ReminderRule(m_accounts.get()).record({{m_accountId, {finding("k1")}}, {QString(), {local}}}, m_monday);
    QFile file(settingsPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("seenFindings"));
    for (const char* word : {"laptop", "k1", ".bashrc", "VAST_API_KEY", "/home"})
        QVERIFY2(!text.contains(word), word);
}

QTEST_GUILESS_MAIN(tst_ReminderRule)
#include "tst_reminderrule.moc"
