#include "models/SshKeysModel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Real keys from ssh-keygen (private halves discarded); also seeded in the sandbox.
const QString kLaptop
    = QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHfPmEUh8iVLEEKV6VmNo5F6XDZ4rtHda2nPo+MBoK5D ada@laptop");
const QString kWorkstation = QStringLiteral(
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDgfgTlxruOosTX4Zs9B86rNbrHxoIvHfV3pq701JICg ada@workstation");

SshKey makeKey(const QString& id, const QString& name, const QString& line, int ageDays, const QDateTime& now)
{
    SshKey key;
    key.id = id;
    key.name = name;
    key.publicKey = line;
    key.createdAt = ageDays < 0 ? QDateTime() : now.addDays(-ageDays);
    return key;
}

/** Runs `ssh-keygen -l -f <file>` and returns the fingerprint field (the second word). */
QString sshKeygenFingerprint(const QString& line)
{
    const QString keygen = QStandardPaths::findExecutable(QStringLiteral("ssh-keygen"));
    if (keygen.isEmpty())
        return {};
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("k.pub"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(line.toUtf8() + '\n');
    file.close();
    QProcess process;
    process.start(keygen, {QStringLiteral("-l"), QStringLiteral("-f"), path});
    process.waitForFinished(10000);
    return QString::fromLatin1(process.readAllStandardOutput()).split(QLatin1Char(' ')).value(1);
}

} // namespace

class tst_SshKeysModel : public QObject
{
    Q_OBJECT

private:
    const QDateTime m_now = QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);

private slots:
    void passesModelTesterThroughResetsAndLocalUpdates()
    {
        SshKeysModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReferenceTime(m_now);
        model.setKeys({makeKey(QStringLiteral("1"), {}, kLaptop, 371, m_now),
                       makeKey(QStringLiteral("2"), QStringLiteral("Workstation"), kWorkstation, 4, m_now)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(SshKeysModel::ColumnCount));
        LocalKey local;
        local.path = QStringLiteral("/tmp/id_ed25519.pub");
        local.key = PublicKey::parse(kWorkstation);
        model.setLocalKeys({local});
        model.setKeys({});
        QCOMPARE(model.rowCount(), 0);
    }

    void fingerprintMatchesSshKeygen()
    {
        SshKeysModel model;
        model.setKeys({makeKey(QStringLiteral("7"), {}, kLaptop, 1, m_now)});
        const QString ours = model.index(0, SshKeysModel::FingerprintColumn).data().toString();
        const QString theirs = sshKeygenFingerprint(kLaptop);
        if (theirs.isEmpty())
            QSKIP("ssh-keygen is not installed");
        QCOMPARE(ours, theirs);
        QCOMPARE(model.index(0, 0).data(SshKeysModel::FingerprintRole).toString(), theirs);
    }

    void namesFallBackToCommentThenFingerprint()
    {
        SshKeysModel model;
        const QString bare = kLaptop.section(QLatin1Char(' '), 0, 1);
        model.setKeys({makeKey(QStringLiteral("1"), QStringLiteral("  CI runner "), kLaptop, 1, m_now),
                       makeKey(QStringLiteral("2"), {}, kWorkstation, 1, m_now),
                       makeKey(QStringLiteral("3"), {}, bare, 1, m_now)});
        QCOMPARE(model.index(0, SshKeysModel::NameColumn).data().toString(), QStringLiteral("CI runner"));
        QCOMPARE(model.index(1, SshKeysModel::NameColumn).data().toString(), QStringLiteral("ada@workstation"));
        QVERIFY(model.index(2, SshKeysModel::NameColumn).data().toString().startsWith(QLatin1String("SHA256:")));
    }

    void flagsKeysOlderThanNinetyDays()
    {
        SshKeysModel model;
        model.setReferenceTime(m_now);
        model.setKeys({makeKey(QStringLiteral("1"), {}, kLaptop, 91, m_now),
                       makeKey(QStringLiteral("2"), {}, kWorkstation, 90, m_now),
                       makeKey(QStringLiteral("3"), {}, kWorkstation, -1, m_now)});
        QVERIFY(model.isStale(0));
        QVERIFY(!model.isStale(1));
        QVERIFY(!model.isStale(2));
        QCOMPARE(model.staleCount(), 1);
        QCOMPARE(model.ageInDays(0), std::optional<int>(91));
        QCOMPARE(model.ageInDays(2), std::nullopt);
        QVERIFY(model.index(0, 0).data(SshKeysModel::StaleRole).toBool());
        // Without an English plural catalog, "%n day(s)" shows as "91 day(s)"; assert on the number and the flag.
        const QString stale = model.index(0, SshKeysModel::AgeColumn).data().toString();
        QVERIFY2(stale.startsWith(QLatin1String("91 day")) && stale.contains(QLatin1String("rotate")),
                 qPrintable(stale));
        const QString fresh = model.index(1, SshKeysModel::AgeColumn).data().toString();
        QVERIFY2(fresh.startsWith(QLatin1String("90 day")) && !fresh.contains(QLatin1String("rotate")),
                 qPrintable(fresh));
        QCOMPARE(model.index(2, SshKeysModel::AgeColumn).data().toString(), QStringLiteral("Unknown"));
        QVERIFY(!model.index(0, SshKeysModel::AgeColumn).data(Qt::DecorationRole).isNull());
    }

    void sortRoleOrdersDatesChronologically()
    {
        SshKeysModel model;
        model.setKeys({makeKey(QStringLiteral("1"), {}, kLaptop, 3, m_now),
                       makeKey(QStringLiteral("2"), {}, kWorkstation, 300, m_now)});
        const QDateTime a = model.index(0, SshKeysModel::AddedColumn).data(SshKeysModel::SortRole).toDateTime();
        const QDateTime b = model.index(1, SshKeysModel::AddedColumn).data(SshKeysModel::SortRole).toDateTime();
        QVERIFY(b < a);
    }

    void marksKeysWithoutLocalCopyByBlobNotComment()
    {
        SshKeysModel model;
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setKeys({makeKey(QStringLiteral("1"), {}, kLaptop, 3, m_now),
                       makeKey(QStringLiteral("2"), {}, kWorkstation, 3, m_now)});
        LocalKey local;
        local.path = QStringLiteral("/home/x/.ssh/renamed.pub");
        // Same blob, other comment: still the same key.
        local.key = PublicKey::parse(kLaptop.section(QLatin1Char(' '), 0, 1) + QStringLiteral(" other@comment"));
        model.setLocalKeys({local});
        QCOMPARE(changed.count(), 1);
        QVERIFY(model.index(0, 0).data(SshKeysModel::HasLocalCopyRole).toBool());
        QVERIFY(!model.index(1, 0).data(SshKeysModel::HasLocalCopyRole).toBool());
        QCOMPARE(model.index(1, SshKeysModel::LocalColumn).data().toString(), QStringLiteral("No local copy"));
    }

    void findsRegisteredKeysByBlob()
    {
        SshKeysModel model;
        model.setKeys({makeKey(QStringLiteral("10"), {}, kLaptop, 3, m_now),
                       makeKey(QStringLiteral("11"), {}, kWorkstation, 3, m_now)});
        QCOMPARE(model.rowOfId(QStringLiteral("11")), 1);
        QCOMPARE(model.rowOfId(QStringLiteral("12")), -1);
        const PublicKey sameAsLaptop
            = PublicKey::parse(kLaptop.section(QLatin1Char(' '), 0, 1) + QStringLiteral(" pasted"));
        QCOMPARE(model.rowOfKey(sameAsLaptop), 0);
        QCOMPARE(model.rowOfKey(PublicKey()), -1);
    }

    void showsUnreadableServerTextWithoutCrashing()
    {
        SshKeysModel model;
        // vast-api.md §3.2: a real account listed the literal path of a .pub file as its "key".
        model.setKeys({makeKey(QStringLiteral("5"), {}, QStringLiteral("~/.ssh/id_rsa.pub"), 3, m_now),
                       makeKey(QStringLiteral("6"), {}, QString(), 3, m_now)});
        QCOMPARE(model.index(0, SshKeysModel::TypeColumn).data().toString(), QStringLiteral("Unreadable"));
        QVERIFY(model.index(0, 0).data(SshKeysModel::FingerprintRole).toString().isEmpty());
        QVERIFY(!model.index(0, SshKeysModel::TypeColumn).data(Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(model.index(1, SshKeysModel::NameColumn).data().toString(), QStringLiteral("Key 6"));
    }
};

QTEST_MAIN(tst_SshKeysModel)
#include "tst_sshkeysmodel.moc"
