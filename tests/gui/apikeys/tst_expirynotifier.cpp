#include "pages/apikeys/ExpiryNotifier.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

/** The desktop notification: once a day at most, remembered across runs as a date in QSettings. */
class tst_ExpiryNotifier : public QObject
{
    Q_OBJECT

private slots:
    void notifiesOnceADayAndRemembersTheDate();
    void doesNotRememberWhenThePlatformCannotNotify();
    void staysQuietForFarOrUnknownExpiry();
};

void tst_ExpiryNotifier::notifiesOnceADayAndRemembersTheDate()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    QDate today(2026, 11, 22);
    int shown = 0;
    QString lastMessage;
    {
        ExpiryNotifier notifier(QStringLiteral("acc-1"), &settings);
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
    QCOMPARE(settings.value(QStringLiteral("apiKeys/acc-1/lastExpiryNotification")).toString(),
             QStringLiteral("2026-11-22"));
    // A second run on the same day stays quiet; the next day notifies again.
    ExpiryNotifier again(QStringLiteral("acc-1"), &settings);
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
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    ExpiryNotifier notifier(QStringLiteral("acc-2"), &settings);
    notifier.setToday([] { return QDate(2026, 11, 22); });
    notifier.setNotify([](const QString&, const QString&) { return false; });
    notifier.setExpiry(QDate(2026, 11, 25));
    QVERIFY(!notifier.lastNotified().isValid());
}

void tst_ExpiryNotifier::staysQuietForFarOrUnknownExpiry()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    int shown = 0;
    ExpiryNotifier notifier(QStringLiteral("acc-3"), &settings);
    notifier.setToday([] { return QDate(2026, 11, 22); });
    notifier.setNotify([&](const QString&, const QString&) {
        ++shown;
        return true;
    });
    notifier.setExpiry(QDate());
    notifier.setExpiry(QDate(2027, 6, 1));
    QCOMPARE(shown, 0);
}

QTEST_MAIN(tst_ExpiryNotifier)
#include "tst_expirynotifier.moc"
