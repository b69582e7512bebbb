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
        QTest::newRow("common long") << QStringLiteral("correcthorsebatterystaple") << Level::Weak;
        QTest::newRow("repeated character") << QStringLiteral("aaaaaaaaaaaaaaaaaaaa") << Level::Weak;
        QTest::newRow("eight lowercase") << QStringLiteral("sunrisez") << Level::Weak;
        QTest::newRow("ten lowercase") << QStringLiteral("bluemarker") << Level::Fair;
        QTest::newRow("nine, three classes") << QStringLiteral("Tiger7!xq") << Level::Fair;
        QTest::newRow("twelve, three classes") << QStringLiteral("Tiger7!xqLmn") << Level::Strong;
        QTest::newRow("words") << QStringLiteral("velvet canyon orbit lamp") << Level::Strong;
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

    void eachLevelHasItsOwnSentence()
    {
        QStringList messages;
        for (const QString& p : {QString(), QStringLiteral("abc"), QStringLiteral("bluemarker"),
                                 QStringLiteral("velvet canyon orbit lamp")})
            messages << PassphraseStrength::evaluate(p).message;
        messages.removeDuplicates();
        QCOMPARE(messages.size(), 4);
    }
};

QTEST_GUILESS_MAIN(tst_PassphraseStrength)
#include "tst_passphrasestrength.moc"
