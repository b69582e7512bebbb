#include "ssh/PassphraseStrength.h"

#include <QTest>

using Level = PassphraseStrength::Level;
Q_DECLARE_METATYPE(PassphraseStrength::Level)

class tst_PassphraseStrength : public QObject
{
    Q_OBJECT

private slots:
    void ratesPassphrases_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<Level>("level");
        QTest::newRow("empty") << QString() << Level::Empty;
        QTest::newRow("short") << QStringLiteral("aB3$") << Level::Weak;
        QTest::newRow("common") << QStringLiteral("password") << Level::Weak;
        QTest::newRow("common, other case, digits") << QStringLiteral("Password123!") << Level::Weak;
        QTest::newRow("famous example") << QStringLiteral("correcthorsebatterystaple") << Level::Weak;
        QTest::newRow("repeated character") << QStringLiteral("aaaaaaaaaaaaaaaaaaaa") << Level::Weak;
        QTest::newRow("two dictionary words") << QStringLiteral("bluemarker") << Level::Weak;
        // Long, with several classes and many distinct characters, yet patterns zxcvbn knows.
        QTest::newRow("keyboard row and digits") << QStringLiteral("qwertyuiop123456") << Level::Weak;
        QTest::newRow("repeated word and year") << QStringLiteral("Summer2024Summer2024") << Level::Weak;
        QTest::newRow("three classes, twelve") << QStringLiteral("Tiger7!xqLmn") << Level::Weak;
        QTest::newRow("the app's own name") << QStringLiteral("Keydeck2024!") << Level::Weak;
        QTest::newRow("three words") << QStringLiteral("zebra-lantern-quartz") << Level::Fair;
        QTest::newRow("four words") << QStringLiteral("velvet canyon orbit lamp") << Level::Strong;
        QTest::newRow("random twelve") << QStringLiteral("mK9#vQ2$pL7x") << Level::Strong;
        QTest::newRow("non-ascii words") << QStringLiteral("größere äpfel für öfen") << Level::Strong;
    }

    void ratesPassphrases()
    {
        QFETCH(QString, passphrase);
        QFETCH(Level, level);
        const auto r = PassphraseStrength::evaluate(passphrase);
        QCOMPARE(r.level, level);
        QVERIFY(!r.message.isEmpty());
    }

    void saysHowLongAGuessWouldTake()
    {
        const auto weak = PassphraseStrength::evaluate(QStringLiteral("password"));
        QVERIFY2(weak.message.contains(QLatin1String("less than a second")), qPrintable(weak.message));
        const auto fair = PassphraseStrength::evaluate(QStringLiteral("zebra-lantern-quartz"));
        QVERIFY(fair.entropyBits > 40);
        QVERIFY2(fair.message.contains(PassphraseStrength::durationText(fair.secondsToGuess)),
                 qPrintable(fair.message));
        QVERIFY2(fair.message.contains(QLatin1String("day")), qPrintable(fair.message));
        const auto strong = PassphraseStrength::evaluate(QStringLiteral("velvet canyon orbit lamp"));
        QVERIFY2(strong.message.contains(QLatin1String("more than a thousand years")), qPrintable(strong.message));
        // The guess time follows the stated attack: 2^bits guesses at GuessesPerSecond.
        QCOMPARE(strong.secondsToGuess, std::exp2(strong.entropyBits) / PassphraseStrength::GuessesPerSecond);
    }

    void durationsUsePluralsAndUnits_data()
    {
        QTest::addColumn<double>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("0.2 s") << 0.2 << QStringLiteral("less than a second");
        QTest::newRow("1 s") << 1.0 << QStringLiteral("about 1 second");
        QTest::newRow("42 s") << 42.0 << QStringLiteral("about 42 second");
        QTest::newRow("5 min") << 300.0 << QStringLiteral("about 5 minute");
        QTest::newRow("1 h") << 3600.0 << QStringLiteral("about 1 hour");
        QTest::newRow("3 days") << 3 * 86400.0 << QStringLiteral("about 3 day");
        QTest::newRow("2 months") << 61 * 86400.0 << QStringLiteral("about 2 month");
        QTest::newRow("7 years") << 7 * 365 * 86400.0 << QStringLiteral("about 7 year");
        QTest::newRow("millennia") << 5000 * 365 * 86400.0 << QStringLiteral("more than a thousand years");
    }

    void durationsUsePluralsAndUnits()
    {
        QFETCH(double, seconds);
        QFETCH(QString, text);
        // Without a catalog loaded the plural reads "second(s)": compare the count and the unit.
        const QString actual = PassphraseStrength::durationText(seconds);
        QVERIFY2(actual.startsWith(text), qPrintable(actual));
    }

    void eachLevelHasItsOwnSentence()
    {
        QStringList messages;
        for (const QString& p : {QString(), QStringLiteral("abc"), QStringLiteral("zebra-lantern-quartz"),
                                 QStringLiteral("velvet canyon orbit lamp")})
            messages << PassphraseStrength::evaluate(p).message.section(QLatin1Char(':'), 0, 0);
        messages.removeDuplicates();
        QCOMPARE(messages.size(), 4);
    }
};

QTEST_GUILESS_MAIN(tst_PassphraseStrength)
#include "tst_passphrasestrength.moc"
