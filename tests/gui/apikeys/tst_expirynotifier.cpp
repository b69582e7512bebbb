#include "pages/apikeys/ExpiryNotifier.h"
#include "secrets/AccountsRegistry.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretsService.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

/** The desktop notification: once a day at most, remembered across runs as a date kept with the account. */
class tst_ExpiryNotifier : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void notifiesOnceADayAndRemembersTheDate();
    void doesNotRememberWhenThePlatformCannotNotify();
    void staysQuietForFarOrUnknownExpiry();
    void withoutARegisteredAccountRemembersForThisRunOnly();

private:
    std::unique_ptr<AccountsRegistry> openRegistry()
    {
        return std::make_unique<AccountsRegistry>(
            m_secrets.get(),
            std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("s.ini")), QSettings::IniFormat));
    }
    QString addAccount()
    {
        const Account account = Account::create(Provider::Vast, QStringLiteral("Work"));
        return m_accounts->add(account) ? account.id : QString();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SecretsService> m_secrets;
    std::unique_ptr<AccountsRegistry> m_accounts;
};

void tst_ExpiryNotifier::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_secrets = std::make_unique<SecretsService>(std::make_unique<MemorySecretStore>());
    m_accounts = openRegistry();
}

void tst_ExpiryNotifier::cleanup()
{
    m_accounts.reset();
    m_secrets.reset();
    m_dir.reset();
}

void tst_ExpiryNotifier::notifiesOnceADayAndRemembersTheDate()
{
    const QString id = addAccount();
    QDate today(2026, 11, 22);
    int shown = 0;
    QString lastMessage;
    {
        ExpiryNotifier notifier(m_accounts.get(), id);
        notifier.setToday([&today] { return today; });
        notifier.setNotify([&](const QString&, const QString& message) {
            ++shown;
            lastMessage = message;
            return true;
        });
        notifier.setExpiry(today.addDays(6));
        QCOMPARE(shown, 1);
        QVERIFY(lastMessage.contains(QLatin1String("6")));
        QVERIFY(!notifier.check());
        QCOMPARE(shown, 1);
        QCOMPARE(notifier.lastNotified(), today);
    }
    // A second run on the same day stays quiet; the next day notifies again.
    m_accounts = openRegistry();
    QCOMPARE(m_accounts->lastExpiryNotification(id), QDate(2026, 11, 22));
    ExpiryNotifier again(m_accounts.get(), id);
    again.setToday([&today] { return today; });
    again.setNotify([&](const QString&, const QString&) {
        ++shown;
        return true;
    });
    again.setExpiry(today.addDays(6));
    QCOMPARE(shown, 1);
    today = today.addDays(1);
    QVERIFY(again.check());
    QCOMPARE(shown, 2);
}

void tst_ExpiryNotifier::doesNotRememberWhenThePlatformCannotNotify()
{
    const QString id = addAccount();
    ExpiryNotifier notifier(m_accounts.get(), id);
    notifier.setToday([] { return QDate(2026, 11, 22); });
    notifier.setNotify([](const QString&, const QString&) { return false; });
    notifier.setExpiry(QDate(2026, 11, 25));
    QVERIFY(!notifier.lastNotified().isValid());
    QVERIFY(!m_accounts->lastExpiryNotification(id).isValid());
}

void tst_ExpiryNotifier::staysQuietForFarOrUnknownExpiry()
{
    int shown = 0;
    ExpiryNotifier notifier(m_accounts.get(), addAccount());
    notifier.setToday([] { return QDate(2026, 11, 22); });
    notifier.setNotify([&](const QString&, const QString&) {
        ++shown;
        return true;
    });
    notifier.setExpiry(QDate());
    notifier.setExpiry(QDate(2027, 6, 1));
    QCOMPARE(shown, 0);
}

void tst_ExpiryNotifier::withoutARegisteredAccountRemembersForThisRunOnly()
{
    int shown = 0;
    ExpiryNotifier notifier(m_accounts.get(), QStringLiteral("not-an-account"));
    notifier.setToday([] { return QDate(2026, 11, 22); });
    notifier.setNotify([&](const QString&, const QString&) {
        ++shown;
        return true;
    });
    notifier.setExpiry(QDate(2026, 11, 25));
    QVERIFY(!notifier.check());
    QCOMPARE(shown, 1);
    QCOMPARE(notifier.lastNotified(), QDate(2026, 11, 22));
    QVERIFY(QSettings(m_dir->filePath(QStringLiteral("s.ini")), QSettings::IniFormat).allKeys().isEmpty());
}

QTEST_MAIN(tst_ExpiryNotifier)
#include "tst_expirynotifier.moc"
