#include "core/LocaleFormat.h"
#include "core/Translations.h"

#include <QCoreApplication>
#include <QTest>

/** Translations::install: Keydeck's catalog and the default locale that makes dates and money follow the UI. */
class tst_Translations : public QObject
{
    Q_OBJECT

private slots:
    void uiLocaleMatchesTheCatalogsLanguage_data()
    {
        QTest::addColumn<QString>("requested");
        QTest::addColumn<QString>("catalog");
        QTest::addColumn<QString>("expected");
        QTest::newRow("German UI") << "de"
                                   << "de_DE"
                                   << "de_DE";
        QTest::newRow("Austrian keeps its region") << "de_AT"
                                                   << "de_DE"
                                                   << "de_AT";
        QTest::newRow("British English") << "en_GB"
                                         << "en"
                                         << "en_GB";
        QTest::newRow("C reads as US English") << "C"
                                               << "en"
                                               << "en_US";
        // No Japanese catalog: the texts are English, so are the dates.
        QTest::newRow("no catalog") << "ja_JP"
                                    << ""
                                    << "en_US";
        QTest::newRow("no catalog, C") << "C"
                                       << ""
                                       << "en_US";
    }

    void uiLocaleMatchesTheCatalogsLanguage()
    {
        QFETCH(QString, requested);
        QFETCH(QString, catalog);
        QFETCH(QString, expected);
        QCOMPARE(Translations::uiLocale(QLocale(requested), catalog).name(), expected);
    }

    void germanUiWritesGermanDatesAndMoney()
    {
        // As with `keydeck --lang de` on a system whose LANG is C (the screenshots run so).
        QLocale::setDefault(QLocale::c());
        QVERIFY(Translations::install(QCoreApplication::instance(), QLocale(QStringLiteral("de"))));
        QCOMPARE(QLocale().language(), QLocale::German);
        QCOMPARE(QCoreApplication::translate("ProfilePage", "Profile loaded."), QStringLiteral("Profil geladen."));
        QCOMPARE(LocaleFormat::money(-3.21), QStringLiteral("-3,21\u00A0$"));
        QCOMPARE(LocaleFormat::date(QDate(2026, 3, 4), QLocale::LongFormat), QStringLiteral("Mittwoch, 4. März 2026"));
    }

    void cLocaleWritesUsEnglish()
    {
        QVERIFY(Translations::install(QCoreApplication::instance(), QLocale::c()));
        QCOMPARE(QLocale().name(), QStringLiteral("en_US"));
        QCOMPARE(QLocale().toCurrencyString(3.21, QStringLiteral("$")), QStringLiteral("$3.21"));
    }
};

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
