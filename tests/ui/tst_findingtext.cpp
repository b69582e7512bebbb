#include "core/LocaleFormat.h"
#include "security/Finding.h"
#include "security/FindingText.h"

#include <QSet>
#include <QTest>

/** The security overview's words (issue 23, ui/security/FindingText): one sentence per check, one label per action. */
class tst_FindingText : public QObject
{
    Q_OBJECT

private slots:
    void everyCheckHasASentenceAndEveryActionALabel();
    void aKeyWithoutANameIsNamedByItsFingerprintOrId_data();
    void aKeyWithoutANameIsNamedByItsFingerprintOrId();
};

void tst_FindingText::everyCheckHasASentenceAndEveryActionALabel()
{
    Security::Finding finding;
    finding.subject = QStringLiteral("ada@laptop");
    finding.detail = QStringLiteral("ssh-key");
    finding.when = QDateTime(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC);
    finding.count = 2;
    finding.line = 12;
    QSet<QString> sentences;
    for (int check = int(Security::Check::OldSshKey); check <= int(Security::Check::RecentActivity); ++check) {
        finding.check = Security::Check(check);
        const QString sentence = FindingText::sentence(finding);
        QVERIFY2(sentence.endsWith(u'.') && !sentence.contains(u'%'), qPrintable(sentence));
        sentences.insert(sentence);
    }
    QCOMPARE(sentences.size(), int(Security::Check::RecentActivity) + 1);
    QVERIFY(FindingText::sentence(finding).contains(QLatin1String("a change to the SSH keys")));
    // Four-digit years, as every other date in Keydeck (seen as "06.12.26" in the running app).
    QVERIFY2(FindingText::sentence(finding).contains(LocaleFormat::date(QDate(2026, 1, 2), QLocale::ShortFormat)),
             qPrintable(FindingText::sentence(finding)));
    QVERIFY(LocaleFormat::date(QDate(2026, 1, 2), QLocale::ShortFormat).contains(QLatin1String("2026")));
    QVERIFY(FindingText::actionLabel(Security::Action::None).isEmpty());
    for (int action = int(Security::Action::Rotate); action <= int(Security::Action::ReviewSessions); ++action)
        QVERIFY(!FindingText::actionLabel(Security::Action(action)).isEmpty());
}

void tst_FindingText::aKeyWithoutANameIsNamedByItsFingerprintOrId_data()
{
    QTest::addColumn<Security::Check>("check");
    for (auto check : {Security::Check::OldSshKey, Security::Check::UnknownSshKey, Security::Check::WeakSshKey,
                       Security::Check::SharedSshKey, Security::Check::OldApiKey})
        QTest::newRow(QByteArray::number(int(check)).constData()) << check;
}

void tst_FindingText::aKeyWithoutANameIsNamedByItsFingerprintOrId()
{
    // The servers allow keys without a name; the overview once read "The API key “” was created on…".
    QFETCH(Security::Check, check);
    Security::Finding finding;
    finding.check = check;
    finding.when = QDateTime(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC);
    finding.detail = QStringLiteral("RSA 2048");
    finding.count = 2;
    finding.subjectId = QStringLiteral("4711");
    QString sentence = FindingText::sentence(finding);
    QVERIFY2(!sentence.contains(QStringLiteral("“”")), qPrintable(sentence));
    QVERIFY2(sentence.contains(QStringLiteral("without a name (ID 4711)")), qPrintable(sentence));

    finding.fingerprint = QStringLiteral("SHA256:abc");
    sentence = FindingText::sentence(finding);
    QVERIFY2(sentence.contains(QStringLiteral("without a name (SHA256:abc)")), qPrintable(sentence));

    finding.subject = QStringLiteral("ada@laptop");
    sentence = FindingText::sentence(finding);
    QVERIFY2(sentence.contains(QStringLiteral("“ada@laptop”")), qPrintable(sentence));
}

QTEST_MAIN(tst_FindingText)
#include "tst_findingtext.moc"
