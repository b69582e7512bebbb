#include "pages/sshkeys/SshKeysFilterModel.h"
#include "pages/sshkeys/SshKeysModel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
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

/** Every cell's display text, keyed by key id, so two models can be compared whatever their row order. */
QMap<QString, QStringList> displayedById(const QAbstractItemModel& model)
{
    QMap<QString, QStringList> out;
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(); ++column)
            cells << model.index(row, column).data().toString();
        cells << model.index(row, 0).data(SshKeysModel::PublicKeyLineRole).toString();
        out.insert(model.index(row, 0).data(SshKeysModel::KeyIdRole).toString(), cells);
    }
    return out;
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
        // Installed by scripts/install-deps: missing or failing is a failure, not a skip (tests/ssh/SshKeygen.h).
        QVERIFY2(!theirs.isEmpty(), "ssh-keygen is missing from PATH or failed to print the fingerprint");
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

    void mergesANewListIntoTheRowsItHas()
    {
        SshKeysModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReferenceTime(m_now);
        QList<SshKey> keys;
        for (int i = 0; i < 20; ++i)
            keys << makeKey(QString::number(i), {}, i % 2 ? kLaptop : kWorkstation, i, m_now);
        model.setKeys(keys);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // The same list again (F5): nothing signals, so selections and scroll positions stay.
        model.setKeys(keys);
        QCOMPARE(reset.count() + inserted.count() + removed.count() + changed.count(), 0);

        // One key added, two removed (one run and a single row), one renamed: each signals once, no reset.
        keys << makeKey(QStringLiteral("new"), QStringLiteral("New key"), kLaptop, 0, m_now);
        keys.remove(3, 2);
        keys.removeAt(10);
        keys[0].name = QStringLiteral("Renamed");
        model.setKeys(keys);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(removed.count(), 2);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.rowCount(), keys.size());
        QCOMPARE(model.index(model.rowOfId(QStringLiteral("0")), 0).data().toString(), QStringLiteral("Renamed"));
        QCOMPARE(model.rowOfId(QStringLiteral("3")), -1);

        // What the merged model shows is what a model given the list afresh shows.
        SshKeysModel fresh;
        fresh.setReferenceTime(m_now);
        fresh.setKeys(keys);
        QCOMPARE(displayedById(model), displayedById(fresh));
        QCOMPARE(model.keys().size(), keys.size());
    }

    void resetsWhenMostOfTheListIsNew()
    {
        SshKeysModel model;
        QList<SshKey> first, second;
        for (int i = 0; i < 100; ++i) {
            first << makeKey(QStringLiteral("a%1").arg(i), {}, kLaptop, 1, m_now);
            second << makeKey(QStringLiteral("b%1").arg(i), {}, kWorkstation, 1, m_now);
        }
        model.setKeys(first);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.setKeys(second); // another team's keys: one reset, not 100 removals
        QCOMPARE(reset.count(), 1);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(model.rowCount(), 100);
    }

    void parsesEveryRowInIdleTime()
    {
        SshKeysModel model;
        QSignalSpy parsed(&model, &SshKeysModel::fullyParsed);
        QList<SshKey> keys;
        for (int i = 0; i < 600; ++i)
            keys << makeKey(QString::number(i), {}, i % 3 ? kLaptop : QStringLiteral("not a key"), i, m_now);
        model.setKeys(keys);
        // The parse runs from the event loop: nothing is parsed before it runs.
        QVERIFY(!model.isFullyParsed());
        QVERIFY(parsed.wait(30000));
        QVERIFY(model.isFullyParsed());
        // What the idle-time parse filled in is what parsing on demand gives (no event loop for this one).
        SshKeysModel onDemand;
        onDemand.setKeys(keys);
        QVERIFY(!onDemand.isFullyParsed());
        QCOMPARE(displayedById(model), displayedById(onDemand));
        QCOMPARE(model.index(0, SshKeysModel::TypeColumn).data().toString(), QStringLiteral("Unreadable"));
    }

    void sortsByCachedValuesLikeTheSortRole()
    {
        SshKeysModel model;
        model.setReferenceTime(m_now);
        model.setKeys({makeKey(QStringLiteral("1"), QStringLiteral("beta"), kLaptop, 3, m_now),
                       makeKey(QStringLiteral("2"), QStringLiteral("Alpha"), kWorkstation, 300, m_now),
                       makeKey(QStringLiteral("3"), QStringLiteral("gamma"), kWorkstation, -1, m_now)});
        SshKeysFilterModel proxy(&model);
        proxy.sort(SshKeysModel::AddedColumn, Qt::DescendingOrder);
        QStringList order;
        for (int row = 0; row < proxy.rowCount(); ++row)
            order << proxy.index(row, SshKeysModel::NameColumn).data().toString();
        // Newest first; a key without a date last, as an invalid QDateTime sorts.
        QCOMPARE(order, (QStringList {QStringLiteral("beta"), QStringLiteral("Alpha"), QStringLiteral("gamma")}));
        proxy.sort(SshKeysModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, SshKeysModel::NameColumn).data().toString(), QStringLiteral("Alpha"));
        QCOMPARE(proxy.index(2, SshKeysModel::NameColumn).data().toString(), QStringLiteral("gamma"));
    }

    void filtersOnNameCommentTypeFingerprintAndLocalState()
    {
        SshKeysModel model;
        const QString fingerprint = PublicKey::parse(kLaptop).fingerprint();
        model.setKeys({makeKey(QStringLiteral("1"), QStringLiteral("CI Runner"), kLaptop, 3, m_now),
                       makeKey(QStringLiteral("2"), {}, kWorkstation, 3, m_now),
                       makeKey(QStringLiteral("3"), {}, QStringLiteral("garbage"), 3, m_now)});
        LocalKey local;
        local.path = QStringLiteral("/home/x/.ssh/id_ed25519.pub");
        local.key = PublicKey::parse(kWorkstation);
        model.setLocalKeys({local});
        SshKeysFilterModel proxy(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto shown = [&proxy](const QString& text) {
            proxy.setFilterText(text);
            QStringList ids;
            for (int row = 0; row < proxy.rowCount(); ++row)
                ids << proxy.index(row, 0).data(SshKeysModel::KeyIdRole).toString();
            ids.sort();
            return ids.join(u',');
        };
        QCOMPARE(shown(QStringLiteral("ci run")), QStringLiteral("1")); // the name, any case
        QCOMPARE(shown(QStringLiteral("ada@laptop")), QStringLiteral("1")); // the comment behind the name
        QCOMPARE(shown(QStringLiteral("  WORKSTATION ")), QStringLiteral("2"));
        QCOMPARE(shown(fingerprint.mid(12, 10)), QStringLiteral("1"));
        QCOMPARE(shown(QStringLiteral("unreadable")), QStringLiteral("3"));
        QCOMPARE(shown(QStringLiteral("on this computer")), QStringLiteral("2"));
        QCOMPARE(shown(QStringLiteral("ed25519")), QStringLiteral("1,2"));
        QCOMPARE(shown(QString()), QStringLiteral("1,2,3"));
        QCOMPARE(proxy.filterText(), QString());
    }

    void filtersAFreshListWithoutParsingItsKeys()
    {
        // Issue 24 item 4: the first keystroke right after a long list arrives must not wait for every row's libssh
        // parse; the search text is read from each line's fields when the row is made (PublicKey::preview).
        SshKeysModel model;
        QList<SshKey> keys;
        for (int i = 0; i < 3000; ++i)
            keys << makeKey(QString::number(i), QStringLiteral("k-%1").arg(i), i % 2 ? kLaptop : kWorkstation, 1,
                            m_now);
        keys << makeKey(QStringLiteral("x"), {}, QStringLiteral("garbage"), 1, m_now);
        model.setKeys(keys);
        SshKeysFilterModel proxy(&model);
        proxy.setFilterText(QStringLiteral("k-2999"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText(PublicKey::parse(kWorkstation).fingerprint().mid(7, 12)); // every even row
        QCOMPARE(proxy.rowCount(), 1500);
        proxy.setFilterText(QStringLiteral("unreadable"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText(QStringLiteral("ada@laptop")); // the comment of every odd row
        QCOMPARE(proxy.rowCount(), 1500);
        // No event loop ran, so the idle-time parse has not either: the filter read no parsed row.
        QVERIFY(!model.isFullyParsed());
    }

    void filtersTheNewestListWhenListsFollowEachOtherQuickly()
    {
        // A long list's search texts are made on a worker; a list that replaces it before they are used must
        // never be filtered by the older list's texts.
        SshKeysModel model;
        QList<SshKey> first, second;
        for (int i = 0; i < 2000; ++i) {
            first << makeKey(QStringLiteral("a%1").arg(i), QStringLiteral("first-%1").arg(i), kLaptop, 1, m_now);
            second << makeKey(QStringLiteral("b%1").arg(i), QStringLiteral("second-%1").arg(i), kLaptop, 1, m_now);
        }
        SshKeysFilterModel proxy(&model);
        model.setKeys(first);
        model.setKeys(second); // a wholesale change: a reset, its own texts
        proxy.setFilterText(QStringLiteral("first-"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setFilterText(QStringLiteral("second-1999"));
        QCOMPARE(proxy.rowCount(), 1);
        // A short list after a long one has its texts at once.
        proxy.setFilterText(QString());
        model.setKeys(first);
        model.setKeys({makeKey(QStringLiteral("c"), QStringLiteral("third"), kWorkstation, 1, m_now)});
        proxy.setFilterText(QStringLiteral("first-"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setFilterText(QStringLiteral("third"));
        QCOMPARE(proxy.rowCount(), 1);
        // And a merge right after a long reset keeps every row's own text.
        model.setKeys(first);
        QList<SshKey> merged = first;
        merged.removeAt(0);
        merged << makeKey(QStringLiteral("d"), QStringLiteral("fourth"), kWorkstation, 1, m_now);
        model.setKeys(merged);
        proxy.setFilterText(QStringLiteral("first-1999"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(SshKeysModel::KeyIdRole).toString(), QStringLiteral("a1999"));
        proxy.setFilterText(QStringLiteral("fourth"));
        QCOMPARE(proxy.rowCount(), 1);
    }

    void filtersThousandsOfRowsAsOneLayoutChange()
    {
        SshKeysModel model;
        QList<SshKey> keys;
        for (int i = 0; i < 2000; ++i)
            keys << makeKey(QString::number(i), QStringLiteral("%1-%2").arg(i % 2 ? "odd" : "even").arg(i), kLaptop,
                            i % 97, m_now);
        model.setKeys(keys);
        SshKeysFilterModel proxy(&model);
        proxy.sort(SshKeysModel::AgeColumn);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy layout(&proxy, &QAbstractItemModel::layoutChanged);
        QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);

        proxy.setFilterText(QStringLiteral("odd")); // hides 1,000 scattered rows
        QCOMPARE(proxy.rowCount(), 1000);
        QCOMPARE(layout.count(), 1);
        QCOMPARE(removed.count(), 0);
        proxy.setFilterText(QStringLiteral("odd-1999")); // a few more rows: the usual row signals
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(layout.count(), 2);
        proxy.setFilterText(QStringLiteral("odd-199")); // widening by five rows (odd-199, odd-1991 … odd-1997)
        QCOMPARE(proxy.rowCount(), 6);
        QCOMPARE(layout.count(), 2);
        QVERIFY(inserted.count() > 0);
        proxy.setFilterText(QString());
        QCOMPARE(proxy.rowCount(), 2000);
        // Still sorted by age after the layout changes.
        for (int row = 1; row < proxy.rowCount(); ++row)
            QVERIFY(proxy.index(row - 1, SshKeysModel::AgeColumn).data(SshKeysModel::SortRole).toInt()
                    <= proxy.index(row, SshKeysModel::AgeColumn).data(SshKeysModel::SortRole).toInt());
    }

    void showsDatesInTheUiLanguage()
    {
        const QLocale saved;
        const auto restore = qScopeGuard([saved] { QLocale::setDefault(saved); });
        const QDateTime added(QDate(2025, 5, 29), QTime(12, 0), Qt::UTC);
        const auto shownWith = [&](const QLocale& uiLocale) {
            QLocale::setDefault(uiLocale);
            SshKeysModel model;
            SshKey key = makeKey(QStringLiteral("1"), {}, kLaptop, 0, m_now);
            key.createdAt = added;
            model.setKeys({key});
            return model.index(0, SshKeysModel::AddedColumn).data().toString();
        };
        const QLocale german(QLocale::German, QLocale::Germany);
        // The short format with the year in full (issue 18 item 24).
        QCOMPARE(shownWith(german), QStringLiteral("29.05.2025"));
        // LANG=C reads as US English, as everywhere else in the UI (core/LocaleFormat).
        QCOMPARE(shownWith(QLocale::c()), QStringLiteral("5/29/2025"));
    }

    void showsUnreadableServerTextWithoutCrashing()
    {
        SshKeysModel model;
        // docs/api/vast-endpoints.md §3.2: a real account listed the literal path of a .pub file as its "key".
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
