// Reconcile::findCreatedApiKey: which listed key a create whose answer was lost made, if any. The whole recovery
// (re-list, ask, delete) runs against the sandbox in tst_apikeyspage and tst_faultmatrix.
#include "providers/Reconcile.h"

#include <QTest>

namespace {

ApiKeyInfo key(const char* id, const char* name, const QDateTime& createdAt)
{
    ApiKeyInfo k;
    k.id = QString::fromLatin1(id);
    k.name = QString::fromLatin1(name);
    k.createdAt = createdAt;
    return k;
}

const QDateTime SentAt(QDate(2026, 11, 23), QTime(2, 0), Qt::UTC);

} // namespace

class tst_LostKeyRecovery : public QObject
{
    Q_OBJECT

private slots:
    void findsTheKeyThatWasNotListedBefore()
    {
        const QList<ApiKeyInfo> before {key("1", "ci", SentAt.addDays(-30))};
        const QList<ApiKeyInfo> after {before.first(), key("2", "ci", SentAt.addSecs(1)), key("3", "other", SentAt)};
        const auto found = Reconcile::findCreatedApiKey(after, before, QStringLiteral("ci"), SentAt);
        QVERIFY(found);
        QCOMPARE(found->id, QStringLiteral("2"));
        // Known before, whatever its date: never the one the lost create made.
        QVERIFY(!Reconcile::findCreatedApiKey(before, before, QStringLiteral("ci"), SentAt));
    }

    void takesTheNewestOfSeveralNewKeys()
    {
        const QList<ApiKeyInfo> after {key("5", "ci", SentAt.addSecs(2)), key("6", "ci", SentAt.addSecs(9)),
                                       key("7", "ci", SentAt.addSecs(4))};
        QCOMPARE(Reconcile::findCreatedApiKey(after, QList<ApiKeyInfo>(), QStringLiteral("ci"), SentAt)->id,
                 QStringLiteral("6"));
    }

    void neverTakesAnOlderKeyOfTheSameNameWhenTheListWasNotKnown()
    {
        // The page had not listed the keys (the rotation assistant opened first): an older key named alike exists
        // and must not be offered for deletion as the one just created.
        const QList<ApiKeyInfo> after {key("1", "ci", SentAt.addDays(-30)), key("4", "ci", QDateTime())};
        QVERIFY(!Reconcile::findCreatedApiKey(after, std::nullopt, QStringLiteral("ci"), SentAt));
        // A key dated after the request, or within the clock skew allowed before it, is the new one.
        const QDateTime skewed = SentAt.addSecs(-Reconcile::ClockSkewSeconds + 5);
        const QList<ApiKeyInfo> withNew = after + QList<ApiKeyInfo> {key("9", "ci", skewed)};
        const auto found = Reconcile::findCreatedApiKey(withNew, std::nullopt, QStringLiteral("ci"), SentAt);
        QVERIFY(found);
        QCOMPARE(found->id, QStringLiteral("9"));
        const QList<ApiKeyInfo> tooEarly {key("8", "ci", SentAt.addSecs(-Reconcile::ClockSkewSeconds - 5))};
        QVERIFY(!Reconcile::findCreatedApiKey(tooEarly, std::nullopt, QStringLiteral("ci"), SentAt));
    }

    void matchesTheNameExactly()
    {
        const QList<ApiKeyInfo> after {key("2", "CI", SentAt.addSecs(1)), key("3", "ci ", SentAt.addSecs(1))};
        QVERIFY(!Reconcile::findCreatedApiKey(after, QList<ApiKeyInfo>(), QStringLiteral("ci"), SentAt));
    }
};

QTEST_GUILESS_MAIN(tst_LostKeyRecovery)
#include "tst_lostkeyrecovery.moc"
