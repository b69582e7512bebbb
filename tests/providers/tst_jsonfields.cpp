#include "providers/JsonFields.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>

namespace {

/** What JsonFields::parseDate did before its fast path: every date must still come out the same. */
QDateTime referenceParse(const QString& text)
{
    QDateTime d = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!d.isValid())
        d = QDateTime::fromString(text, Qt::ISODate);
    if (!d.isValid())
        d = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (d.isValid() && d.timeSpec() == Qt::LocalTime)
        d.setTimeSpec(Qt::UTC);
    return d;
}

/** Equal as the UI uses them: both invalid, or the same instant. */
bool sameDate(const QDateTime& a, const QDateTime& b)
{
    return a.isValid() == b.isValid() && (!a.isValid() || a.toMSecsSinceEpoch() == b.toMSecsSinceEpoch());
}

} // namespace

class tst_JsonFields : public QObject
{
    Q_OBJECT

private slots:
    void readsTheServersDateFormats_data()
    {
        QTest::addColumn<QString>("text");
        for (const char* text :
             {"2025-11-16T20:02:29Z", "2025-11-16T20:02:29", "2025-11-16T20:02:29.123Z", "2025-11-16T20:02:29.123",
              "2024-02-29T00:00:00Z", "1999-12-31T23:59:59Z", "2025-11-16T20:02:29+02:00", "2025-11-16T20:02:29-05:30",
              "2025-11-16 20:02:29", "2025-11-16T20:02:29.5Z", "2025-11-16T20:02:29.123456Z", "2025-11-16T24:00:00Z",
              "2025-11-16T20:02Z", "2025-11-16"})
            QTest::newRow(text) << QString::fromLatin1(text);
    }
    void readsTheServersDateFormats()
    {
        QFETCH(QString, text);
        const QDateTime ours = JsonFields::parseDate(text);
        QVERIFY2(ours.isValid(), qPrintable(text));
        QVERIFY2(sameDate(ours, referenceParse(text)), qPrintable(ours.toString(Qt::ISODateWithMs)));
        QCOMPARE(ours.offsetFromUtc(), referenceParse(text).offsetFromUtc());
    }

    void refusesWhatIsNotADate_data()
    {
        QTest::addColumn<QString>("text");
        for (const char* text :
             {"", "garbage", "2025-02-29T00:00:00Z", "2025-13-01T00:00:00Z", "2025-11-31T00:00:00Z",
              "2025-11-16T25:00:00Z", "2025-11-16T20:60:00Z", "2025-1a-16T20:02:29Z", "2025-11-16X20:02:29Z",
              "2025-11-16T20:02:29.12aZ", "-025-11-16T20:02:29Z", "0000-01-01T00:00:00Z"})
            QTest::newRow(text) << QString::fromLatin1(text);
    }
    void refusesWhatIsNotADate()
    {
        QFETCH(QString, text);
        QVERIFY2(!JsonFields::parseDate(text).isValid(), qPrintable(text));
        QVERIFY(!referenceParse(text).isValid());
    }

    void agreesWithQDateTimeOnRandomInput()
    {
        // Valid dates in the servers' shapes, and near-misses built from the same characters.
        QRandomGenerator rng(42);
        const QString alphabet = QStringLiteral("0123456789-T:.Z+ ");
        for (int i = 0; i < 20000; ++i) {
            QString text;
            if (i % 2) {
                const QDateTime when
                    = QDateTime::fromMSecsSinceEpoch(qint64(rng.bounded(4102444800.0) * 1000), Qt::UTC);
                text = when.toString(i % 4 == 1 ? Qt::ISODateWithMs : Qt::ISODate);
                if (i % 8 == 3)
                    text.chop(1); // no zone
            } else {
                text = QStringLiteral("2025-11-16T20:02:29.123Z");
                for (int n = rng.bounded(1, 4); n > 0; --n)
                    text[rng.bounded(int(text.size()))] = alphabet[rng.bounded(int(alphabet.size()))];
            }
            QVERIFY2(sameDate(JsonFields::parseDate(text), referenceParse(text)), qPrintable(text));
        }
    }
};

QTEST_GUILESS_MAIN(tst_JsonFields)
#include "tst_jsonfields.moc"
