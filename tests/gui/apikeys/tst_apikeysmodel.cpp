#include "pages/apikeys/ApiKeysModel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

/** The Vast.ai key list model: columns, the own-key marker, and the model checker. */
class tst_ApiKeysModel : public QObject
{
    Q_OBJECT

private slots:
    void showsColumnsOfTheListedKeys();
    void marksKeydecksOwnKey();
    void findsRowsById();
    void writesDatesInTheUiLanguage();
};

namespace {

QList<ApiKeyInfo> sampleKeys()
{
    ApiKeyInfo a;
    a.id = QStringLiteral("11");
    a.name = QStringLiteral("laptop");
    a.rights = QStringLiteral("full");
    a.createdAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC);
    ApiKeyInfo b;
    b.id = QStringLiteral("12");
    b.teamName = QStringLiteral("Team Alpha");
    b.permissions = QJsonObject {{QStringLiteral("api"), QJsonObject {{QStringLiteral("user_read"), QJsonObject()}}}};
    return {a, b};
}

} // namespace

void tst_ApiKeysModel::showsColumnsOfTheListedKeys()
{
    ApiKeysModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setKeys(sampleKeys());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(ApiKeysModel::ColumnCount));
    QCOMPARE(model.index(0, ApiKeysModel::IdColumn).data().toString(), QStringLiteral("11"));
    QCOMPARE(model.index(0, ApiKeysModel::NameColumn).data().toString(), QStringLiteral("laptop"));
    QCOMPARE(model.index(0, ApiKeysModel::PermissionsColumn).data().toString(), QStringLiteral("Full access"));
    QCOMPARE(model.index(0, ApiKeysModel::TeamColumn).data().toString(), QStringLiteral("Personal"));
    QVERIFY(!model.index(0, ApiKeysModel::CreatedColumn).data().toString().isEmpty());
    QCOMPARE(model.index(1, ApiKeysModel::NameColumn).data().toString(), QStringLiteral("(unnamed)"));
    QCOMPARE(model.index(1, ApiKeysModel::PermissionsColumn).data().toString(),
             QStringLiteral("Account and keys: read"));
    QCOMPARE(model.index(1, ApiKeysModel::TeamColumn).data().toString(), QStringLiteral("Team Alpha"));
    QCOMPARE(model.index(1, ApiKeysModel::CreatedColumn).data().toString(), QStringLiteral("Unknown"));
}

void tst_ApiKeysModel::marksKeydecksOwnKey()
{
    ApiKeysModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setKeys(sampleKeys());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setOwnKeyId(QStringLiteral("11"));
    QCOMPARE(changed.count(), 1);
    QVERIFY(model.index(0, 0).data(ApiKeysModel::IsOwnKeyRole).toBool());
    QVERIFY(!model.index(1, 0).data(ApiKeysModel::IsOwnKeyRole).toBool());
    QVERIFY(model.index(0, ApiKeysModel::NameColumn).data().toString().contains(QLatin1String("Keydeck")));
    QVERIFY(model.index(0, ApiKeysModel::NameColumn).data(Qt::FontRole).value<QFont>().bold());
    model.setOwnKeyId(QStringLiteral("11"));
    QCOMPARE(changed.count(), 1);
}

void tst_ApiKeysModel::writesDatesInTheUiLanguage()
{
    ApiKeysModel model;
    model.setKeys(sampleKeys());
    const QDate local = sampleKeys().first().createdAt.toLocalTime().date();
    const QModelIndex created = model.index(0, ApiKeysModel::CreatedColumn);
    QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
    const QString german = created.data().toString();
    const QString germanTip = created.data(Qt::ToolTipRole).toString();
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    const QString english = created.data().toString();
    QLocale::setDefault(QLocale::system());
    QCOMPARE(german, local.toString(QStringLiteral("dd.MM.yyyy")));
    QCOMPARE(english, QStringLiteral("%1/%2/2026").arg(local.month()).arg(local.day()));
    QVERIFY2(germanTip.contains(QStringLiteral("Januar 2026")), qPrintable(germanTip));
}

void tst_ApiKeysModel::findsRowsById()
{
    ApiKeysModel model;
    model.setKeys(sampleKeys());
    QCOMPARE(model.rowOf(QStringLiteral("12")), 1);
    QCOMPARE(model.rowOf(QStringLiteral("99")), -1);
    QVERIFY(model.keyAt(2) == nullptr);
    QCOMPARE(model.keyAt(1)->id, QStringLiteral("12"));
}

QTEST_MAIN(tst_ApiKeysModel)
#include "tst_apikeysmodel.moc"
