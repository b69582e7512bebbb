#include "pages/sshkeys/LocalKeysModel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kLaptop
    = QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHfPmEUh8iVLEEKV6VmNo5F6XDZ4rtHda2nPo+MBoK5D ada@laptop");
const QString kWorkstation
    = QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDgfgTlxruOosTX4Zs9B86rNbrHxoIvHfV3pq701JICg");

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

class tst_LocalKeysModel : public QObject
{
    Q_OBJECT

private slots:
    void listsRealFilesAndMarksRegisteredByBlob()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("a_laptop.pub")), kLaptop.toUtf8() + '\n'));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("b_work.pub")), kWorkstation.toUtf8() + '\n'));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("c_broken.pub")), "not a key\n"));

        LocalKeysModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLocalKeys(LocalKeys::scan({dir.path()}));
        QCOMPARE(model.rowCount(), 3);

        SshKey registered;
        registered.id = QStringLiteral("1");
        // The server may store another comment: matching is by key blob.
        registered.publicKey = kLaptop.section(QLatin1Char(' '), 0, 1) + QStringLiteral(" renamed");
        model.setRegisteredKeys({registered});

        QCOMPARE(model.index(0, LocalKeysModel::FileColumn).data().toString(), QStringLiteral("a_laptop.pub"));
        QVERIFY(model.isRegistered(0));
        QCOMPARE(model.index(0, LocalKeysModel::StatusColumn).data().toString(), QStringLiteral("Registered"));
        QVERIFY(!model.index(0, 0).data(LocalKeysModel::UploadableRole).toBool());

        QVERIFY(!model.isRegistered(1));
        QCOMPARE(model.index(1, LocalKeysModel::StatusColumn).data().toString(), QStringLiteral("Not registered"));
        QVERIFY(model.index(1, 0).data(LocalKeysModel::UploadableRole).toBool());
        QCOMPARE(model.index(1, 0).data(LocalKeysModel::PublicKeyLineRole).toString(), kWorkstation);

        QCOMPARE(model.index(2, LocalKeysModel::StatusColumn).data().toString(), QStringLiteral("Cannot be used"));
        QVERIFY(!model.index(2, 0).data(LocalKeysModel::UploadableRole).toBool());
        QVERIFY(!model.index(2, LocalKeysModel::FingerprintColumn).data().toString().isEmpty());

        model.setRegisteredKeys({});
        QVERIFY(!model.isRegistered(0));
    }

    void signalsOnlyWhatChanged()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("a_laptop.pub")), kLaptop.toUtf8() + '\n'));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("b_work.pub")), kWorkstation.toUtf8() + '\n'));
        LocalKeysModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLocalKeys(LocalKeys::scan({dir.path()}));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

        // The page scans and lists again on every reload: the same folder and list change nothing.
        model.setLocalKeys(LocalKeys::scan({dir.path()}));
        SshKey other;
        other.id = QStringLiteral("9");
        other.publicKey
            = QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKk5EuWJ5BqLr2uUx0XhQ0F2c8s1H0kH1lJ8p4FQm5dX");
        model.setRegisteredKeys({other});
        model.setRegisteredKeys({other});
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changes.count(), 0);

        // Registering the laptop key flips its row only.
        SshKey laptop;
        laptop.id = QStringLiteral("1");
        laptop.publicKey = kLaptop;
        model.setRegisteredKeys({other, laptop});
        QCOMPARE(changes.count(), 1);
        QCOMPARE(changes.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(changes.first().at(1).toModelIndex().row(), 0);
        QVERIFY(model.isRegistered(0));
        QVERIFY(!model.isRegistered(1));

        // A new file in the folder is a new table.
        QVERIFY(writeFile(dir.filePath(QStringLiteral("c_new.pub")), kLaptop.toUtf8() + '\n'));
        model.setLocalKeys(LocalKeys::scan({dir.path()}));
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.isRegistered(2));
    }

    void suggestsCommentThenFileNameAsAccountName()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("a.pub")), kLaptop.toUtf8()));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("id_work.pub")), kWorkstation.toUtf8()));
        LocalKeysModel model;
        model.setLocalKeys(LocalKeys::scan({dir.path()}));
        QCOMPARE(model.suggestedName(0), QStringLiteral("ada@laptop"));
        QCOMPARE(model.suggestedName(1), QStringLiteral("id_work"));
    }
};

QTEST_MAIN(tst_LocalKeysModel)
#include "tst_localkeysmodel.moc"
