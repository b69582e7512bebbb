#include "pages/apikeys/ApiKeyPermissions.h"
#include "providers/Dto.h"

#include <QJsonDocument>
#include <QTest>

using namespace ApiKeyPermissions;

/** The permissions editor's rules (docs/api/vast.md §4): presets, validation of the JSON editor, list summary. */
class tst_ApiKeyPermissions : public QObject
{
    Q_OBJECT

private slots:
    void presetsProduceTheApiShape();
    void presetOfRecognisesPresetsAndCustom();
    void parseAcceptsDocumentedShapes_data();
    void parseAcceptsDocumentedShapes();
    void parseRejectsInvalidInput_data();
    void parseRejectsInvalidInput();
    void summaryNamesPresetsOrCategories();
};

void tst_ApiKeyPermissions::presetsProduceTheApiShape()
{
    const QJsonObject full = fromCategories(presetCategories(Preset::FullAccess));
    QCOMPARE(full.keys(), QStringList {QStringLiteral("api")});
    QCOMPARE(full.value(QLatin1String("api")).toObject().size(), categories().size());
    const QJsonObject read = fromCategories(presetCategories(Preset::ReadOnly));
    for (const QString& c : read.value(QLatin1String("api")).toObject().keys())
        QVERIFY2(c.endsWith(QLatin1String("_read")), qPrintable(c));
    QCOMPARE(presetCategories(Preset::SshKeysOnly),
             (QStringList {QStringLiteral("user_read"), QStringLiteral("user_write")}));
    QVERIFY(fromCategories({QStringLiteral("bogus")}).value(QLatin1String("api")).toObject().isEmpty());
}

void tst_ApiKeyPermissions::presetOfRecognisesPresetsAndCustom()
{
    for (Preset p : {Preset::FullAccess, Preset::ReadOnly, Preset::SshKeysOnly})
        QCOMPARE(int(presetOf(fromCategories(presetCategories(p)))), int(p));
    QCOMPARE(int(presetOf(fromCategories({QStringLiteral("misc")}))), int(Preset::Custom));
    const auto constrained
        = parse(QStringLiteral(R"({"api": {"user_read": {"api.instance.show": {"constraints": {"id": {"eq": 1}}}}}})"),
                nullptr);
    QVERIFY(constrained);
    QVERIFY(hasConstraints(*constrained));
    QCOMPARE(int(presetOf(*constrained)), int(Preset::Custom));
}

void tst_ApiKeyPermissions::parseAcceptsDocumentedShapes_data()
{
    QTest::addColumn<QString>("json");
    QTest::newRow("one category") << R"({"api": {"user_read": {}}})";
    QTest::newRow("agents scope") << R"({"api": {"agents_read": {}}})";
    QTest::newRow("constraint eq (docs example)")
        << R"({"api": {"instance_read": {"api.instance.request_logs": {"constraints": {"id": {"eq": 1227}}}}}})";
    QTest::newRow("constraint range") << R"({"api": {"instance_write": {"api.instance.reboot": {"constraints": )"
                                         R"({"id": {"gte": 1, "lte": 9}}}}}})";
}

void tst_ApiKeyPermissions::parseAcceptsDocumentedShapes()
{
    QFETCH(QString, json);
    QString error;
    const auto parsed = parse(json, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(*parsed, QJsonDocument::fromJson(json.toUtf8()).object());
}

void tst_ApiKeyPermissions::parseRejectsInvalidInput_data()
{
    QTest::addColumn<QString>("json");
    QTest::newRow("not json") << "{api:";
    QTest::newRow("array") << "[]";
    QTest::newRow("no api key") << R"({"user_read": {}})";
    QTest::newRow("extra top-level key") << R"({"api": {"user_read": {}}, "x": 1})";
    QTest::newRow("empty api") << R"({"api": {}})";
    QTest::newRow("unknown category") << R"({"api": {"manage_instances": {}}})";
    QTest::newRow("docs' wrong boolean format") << R"({"api": {"user_read": true}})";
    QTest::newRow("bad operator") << R"({"api": {"user_read": {"op": {"constraints": {"id": {"ne": 1}}}}}})";
    QTest::newRow("constraint not object") << R"({"api": {"user_read": {"op": {"constraints": 5}}}})";
}

void tst_ApiKeyPermissions::parseRejectsInvalidInput()
{
    QFETCH(QString, json);
    QString error;
    QVERIFY(!parse(json, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!error.contains(QLatin1String("...")));
}

void tst_ApiKeyPermissions::summaryNamesPresetsOrCategories()
{
    ApiKeyInfo key;
    key.permissions = fromCategories(categories());
    QCOMPARE(summary(key), QStringLiteral("Full access"));
    key.permissions = fromCategories({QStringLiteral("misc"), QStringLiteral("team_read")});
    QCOMPARE(summary(key), QStringLiteral("Team: read, Miscellaneous"));
    key.permissions = {};
    key.rights = QStringLiteral("read");
    QCOMPARE(summary(key), QStringLiteral("Read only"));
    key.rights = QStringLiteral("full");
    QCOMPARE(summary(key), QStringLiteral("Full access"));
}

QTEST_GUILESS_MAIN(tst_ApiKeyPermissions)
#include "tst_apikeypermissions.moc"
