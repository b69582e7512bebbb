#include "pages/apikeys/KeyExpiry.h"
#include "pages/apikeys/KeyMask.h"

#include <QTest>
#include <QTranslator>

/** The expiry banner levels, the once-a-day notification rule and the key mask. */
class tst_KeyExpiry : public QObject
{
    Q_OBJECT

private slots:
    void levelFollowsThirtyAndSevenDayThresholds_data();
    void levelFollowsThirtyAndSevenDayThresholds();
    void notifiesAtMostOncePerDay();
    void neverNotifiesWithoutKnownExpiryOrFarAway();
    void clockMovedBackDoesNotNotifyAgain();
    void daysLeftTextUsesPluralForms();
    void masksSpheronKeyLikeTheConsole();
    void masksOtherAndShortKeysWithoutRevealingThem();
};

void tst_KeyExpiry::levelFollowsThirtyAndSevenDayThresholds_data()
{
    QTest::addColumn<int>("daysLeft");
    QTest::addColumn<int>("level");
    using L = KeyExpiry::Level;
    QTest::newRow("320 days") << 320 << int(L::None);
    QTest::newRow("31 days") << 31 << int(L::None);
    QTest::newRow("30 days") << 30 << int(L::Soon);
    QTest::newRow("8 days") << 8 << int(L::Soon);
    QTest::newRow("7 days") << 7 << int(L::Urgent);
    QTest::newRow("today") << 0 << int(L::Urgent);
    QTest::newRow("yesterday") << -1 << int(L::Expired);
}

void tst_KeyExpiry::levelFollowsThirtyAndSevenDayThresholds()
{
    QFETCH(int, daysLeft);
    QFETCH(int, level);
    const QDate today(2026, 11, 22);
    QCOMPARE(int(KeyExpiry::level(today, today.addDays(daysLeft))), level);
    QCOMPARE(int(KeyExpiry::level(today, QDate())), int(KeyExpiry::Level::None));
}

void tst_KeyExpiry::notifiesAtMostOncePerDay()
{
    const QDate today(2026, 11, 22);
    const QDate expiry = today.addDays(20);
    QVERIFY(KeyExpiry::shouldNotify(today, QDate(), expiry));
    QVERIFY(!KeyExpiry::shouldNotify(today, today, expiry));
    QVERIFY(KeyExpiry::shouldNotify(today.addDays(1), today, expiry));
    QVERIFY(KeyExpiry::shouldNotify(today, today.addDays(-5), today.addDays(-1))); // expired keys keep reminding
}

void tst_KeyExpiry::neverNotifiesWithoutKnownExpiryOrFarAway()
{
    const QDate today(2026, 11, 22);
    QVERIFY(!KeyExpiry::shouldNotify(today, QDate(), QDate()));
    QVERIFY(!KeyExpiry::shouldNotify(today, QDate(), today.addDays(31)));
}

void tst_KeyExpiry::clockMovedBackDoesNotNotifyAgain()
{
    const QDate today(2026, 11, 22);
    QVERIFY(!KeyExpiry::shouldNotify(today, today.addDays(3), today.addDays(10)));
}

namespace {

/** The English catalog's plural forms for the expiry label, as lrelease makes them from keydeck_en.ts. */
class EnglishExpiryPlurals : public QTranslator
{
public:
    QString translate(const char* context, const char* source, const char*, int n) const override
    {
        if (qstrcmp(context, "KeyExpiry") != 0)
            return {};
        if (qstrcmp(source, "%n day(s) left") == 0)
            return n == 1 ? QStringLiteral("%n day left") : QStringLiteral("%n days left");
        if (qstrcmp(source, "Expired %n day(s) ago") == 0)
            return n == 1 ? QStringLiteral("Expired %n day ago") : QStringLiteral("Expired %n days ago");
        return {};
    }
    bool isEmpty() const override { return false; }
};

} // namespace

void tst_KeyExpiry::daysLeftTextUsesPluralForms()
{
    const QDate today(2026, 11, 22);
    QCOMPARE(KeyExpiry::daysLeftText(today, today), QStringLiteral("Expires today"));
    QCOMPARE(KeyExpiry::daysLeftText(today, QDate()), QStringLiteral("Unknown"));
    // "5 days left" through %n and the catalog's plural forms, never "DAY(S)" (issue 18 item 18).
    EnglishExpiryPlurals english;
    QCoreApplication::installTranslator(&english);
    QCOMPARE(KeyExpiry::daysLeftText(today, today.addDays(5)), QStringLiteral("5 days left"));
    QCOMPARE(KeyExpiry::daysLeftText(today, today.addDays(1)), QStringLiteral("1 day left"));
    QCOMPARE(KeyExpiry::daysLeftText(today, today.addDays(-3)), QStringLiteral("Expired 3 days ago"));
    QCoreApplication::removeTranslator(&english);
    QVERIFY(!KeyExpiry::daysLeftText(today, today.addDays(320)).contains(QLatin1String("DAY(S)")));
    QVERIFY(KeyExpiry::bannerText(KeyExpiry::Level::None, today, today.addDays(90)).isEmpty());
    QVERIFY(KeyExpiry::bannerText(KeyExpiry::Level::Urgent, today, today.addDays(5)).contains(QLatin1String("5")));
}

void tst_KeyExpiry::masksSpheronKeyLikeTheConsole()
{
    // Not a real key: the shape of the docs' example (docs/api/spheron.md §1.2).
    const QString key = QStringLiteral("sai_pk_sEXAMPLEEXAMPLEEXAMPLE4ZPl0Gvw");
    const QString masked = KeyMask::mask(key);
    QVERIFY(masked.startsWith(QLatin1String("sai_pk_s")));
    QVERIFY(masked.endsWith(QLatin1String("4ZPl0Gvw")));
    QVERIFY(masked.contains(QString(9, QChar(0x2022))));
    QVERIFY(!masked.contains(QLatin1String("EXAMPLE")));
}

void tst_KeyExpiry::masksOtherAndShortKeysWithoutRevealingThem()
{
    const QString vast = QStringLiteral("0123456789abcdef0123456789abcdef");
    const QString masked = KeyMask::mask(vast);
    QVERIFY(masked.startsWith(QLatin1String("0123")));
    QVERIFY(masked.endsWith(QLatin1String("cdef")));
    QVERIFY(!masked.contains(QLatin1String("456789")));
    QVERIFY(!KeyMask::mask(QStringLiteral("sai_pk_short")).contains(QLatin1String("short")));
    QVERIFY(!KeyMask::mask(QStringLiteral("abc")).contains(QLatin1String("abc")));
}

QTEST_GUILESS_MAIN(tst_KeyExpiry)
#include "tst_keyexpiry.moc"
