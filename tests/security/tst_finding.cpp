#include "security/Finding.h"

#include <QTest>

using Security::Check;
using Security::Finding;

class tst_Finding : public QObject
{
    Q_OBJECT

private slots:
    void identityIgnoresFactsThatChangeOverTime()
    {
        Finding a;
        a.check = Check::OldSshKey;
        a.accountId = QStringLiteral("acc");
        a.subjectId = QStringLiteral("42");
        a.when = QDateTime::fromSecsSinceEpoch(1000);
        a.count = 1;
        Finding b = a;
        b.when = QDateTime::fromSecsSinceEpoch(2000);
        b.count = 3;
        QCOMPARE(a.identity(), b.identity());
    }

    void identityDiffersByCheckAccountTeamAndSubject()
    {
        Finding a;
        a.check = Check::OldSshKey;
        a.accountId = QStringLiteral("acc");
        a.subjectId = QStringLiteral("42");
        Finding other = a;
        other.check = Check::WeakSshKey;
        QVERIFY(a.identity() != other.identity());
        other = a;
        other.accountId = QStringLiteral("acc2");
        QVERIFY(a.identity() != other.identity());
        other = a;
        other.teamId = QStringLiteral("t");
        QVERIFY(a.identity() != other.identity());
        other = a;
        other.subjectId = QStringLiteral("43");
        QVERIFY(a.identity() != other.identity());
    }

    void aFindingWithoutAnIdIsKnownByItsFingerprint()
    {
        Finding a;
        a.check = Check::SharedSshKey;
        a.fingerprint = QStringLiteral("SHA256:abc");
        Finding b = a;
        b.fingerprint = QStringLiteral("SHA256:def");
        QVERIFY(a.identity() != b.identity());
    }
};

QTEST_GUILESS_MAIN(tst_Finding)
#include "tst_finding.moc"
