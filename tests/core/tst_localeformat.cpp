#include "core/LocaleFormat.h"

#include <QTest>

/** Money and dates in the UI language's formats, checked for English, German and French and the C locale. */
class tst_LocaleFormat : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QLocale::setDefault(QLocale::system()); }

    void writesDollarsAsEachLanguageDoes_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<double>("amount");
        QTest::addColumn<QString>("expected");
        const QString nbsp(QChar(0x00A0));
        QTest::newRow("en positive") << "en_US" << 3.21 << "$3.21";
        QTest::newRow("en grouped") << "en_US" << 1234.5 << "$1,234.50";
        // Qt's CLDR data would say "($3.21)": a debt must read as one in every language.
        QTest::newRow("en negative") << "en_US" << -3.21 << "-$3.21";
        QTest::newRow("de positive") << "de_DE" << 3.21 << "3,21" + nbsp + "$";
        QTest::newRow("de grouped") << "de_DE" << 1234.5 << "1.234,50" + nbsp + "$";
        QTest::newRow("de negative") << "de_DE" << -3.21 << "-3,21" + nbsp + "$";
        QTest::newRow("fr negative") << "fr_FR" << -3.21 << "-3,21" + nbsp + "$";
        // LANG=C gave "-3.21$".
        QTest::newRow("C negative") << "C" << -3.21 << "-$3.21";
        QTest::newRow("rounds to zero") << "en_US" << -0.001 << "$0.00";
    }

    void writesDollarsAsEachLanguageDoes()
    {
        QFETCH(QString, locale);
        QFETCH(double, amount);
        QFETCH(QString, expected);
        QCOMPARE(LocaleFormat::money(amount, QStringLiteral("USD"), QLocale(locale)), expected);
        // The default currency is the dollar, and the default locale is QLocale()'s.
        QLocale::setDefault(QLocale(locale));
        QCOMPARE(LocaleFormat::money(amount), expected);
    }

    void writesOtherCurrenciesAfterTheNumber()
    {
        const QString nbsp(QChar(0x00A0));
        QCOMPARE(LocaleFormat::money(3.21, QStringLiteral("eur"), QLocale(QStringLiteral("en_US"))),
                 "3.21" + nbsp + "EUR");
        QCOMPARE(LocaleFormat::money(-3.21, QStringLiteral("EUR"), QLocale(QStringLiteral("de_DE"))),
                 "-3,21" + nbsp + "EUR");
    }

    void neverBreaksAnAmountAcrossLines()
    {
        for (const char* name : {"en_US", "de_DE", "fr_FR", "nl_NL"})
            QVERIFY2(!LocaleFormat::money(-1234.5, {}, QLocale(QLatin1String(name))).contains(u' '), name);
    }

    void writesDatesInTheLanguagesFormats()
    {
        const QDate date(2026, 3, 4);
        const QLocale de(QStringLiteral("de_DE"));
        const QLocale en(QStringLiteral("en_US"));
        // Four-digit years in the short format: "04.03.26" could be any century (issue 18 item 24).
        QCOMPARE(LocaleFormat::date(date, QLocale::ShortFormat, en), QStringLiteral("3/4/2026"));
        QCOMPARE(LocaleFormat::date(date, QLocale::LongFormat, en), QStringLiteral("Wednesday, March 4, 2026"));
        QCOMPARE(LocaleFormat::date(date, QLocale::ShortFormat, de), QStringLiteral("04.03.2026"));
        QCOMPARE(LocaleFormat::date(date, QLocale::ShortFormat, QLocale(QStringLiteral("fr_FR"))),
                 QStringLiteral("04/03/2026"));
        QCOMPARE(LocaleFormat::date(date, QLocale::LongFormat, de), QStringLiteral("Mittwoch, 4. März 2026"));
        QCOMPARE(LocaleFormat::date(date, QLocale::ShortFormat, QLocale::c()), QStringLiteral("3/4/2026"));
        QLocale::setDefault(de);
        QCOMPARE(LocaleFormat::date(date, QLocale::LongFormat), QStringLiteral("Mittwoch, 4. März 2026"));
    }

    void writesMomentsInLocalTime()
    {
        const QDateTime utc(QDate(2026, 3, 4), QTime(23, 30), Qt::UTC);
        const QLocale de(QStringLiteral("de_DE"));
        QCOMPARE(LocaleFormat::dateTime(utc, QLocale::ShortFormat, de),
                 de.toString(utc.toLocalTime(), QStringLiteral("dd.MM.yyyy HH:mm")));
    }
};

QTEST_GUILESS_MAIN(tst_LocaleFormat)
#include "tst_localeformat.moc"
