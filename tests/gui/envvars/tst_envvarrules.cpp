#include "pages/envvars/EnvVarRules.h"

#include <QTest>

class tst_EnvVarRules : public QObject
{
    Q_OBJECT

private slots:
    void acceptsPosixNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("upper") << QStringLiteral("HF_TOKEN");
        QTest::newRow("lower is upper-cased by the server") << QStringLiteral("my_var");
        QTest::newRow("leading underscore") << QStringLiteral("_PRIVATE1");
        QTest::newRow("surrounding spaces are trimmed") << QStringLiteral("  PATH_X ");
        QTest::newRow("255 characters") << QString(255, u'A');
    }
    void acceptsPosixNames()
    {
        QFETCH(QString, name);
        QCOMPARE(EnvVarRules::nameProblem(name), QString());
    }

    void rejectsNamesTheServerRefuses_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QString() << QStringLiteral("Enter a name");
        QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("Enter a name");
        QTest::newRow("digit first") << QStringLiteral("1ABC") << QStringLiteral("start with a letter");
        QTest::newRow("dash") << QStringLiteral("MY-VAR") << QStringLiteral("only letters");
        QTest::newRow("inner space") << QStringLiteral("MY VAR") << QStringLiteral("only letters");
        QTest::newRow("non-ascii letter") << QStringLiteral("ÄPFEL") << QStringLiteral("start with a letter");
        QTest::newRow("256 characters") << QString(256, u'A') << QStringLiteral("too long");
    }
    void rejectsNamesTheServerRefuses()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        const QString problem = EnvVarRules::nameProblem(name);
        QVERIFY2(problem.contains(expected), qPrintable(problem));
    }

    void acceptsAnyValueButAnEmptyOne()
    {
        // Issue 19 point 10: only names have rules (docs/api/vast-endpoints.md §3.3); the server says if it refuses a
        // value.
        QVERIFY(EnvVarRules::valueProblem(QString()).contains(QStringLiteral("Enter a value")));
        for (const QString& value : {QStringLiteral("hf_abc-1.2"), QStringLiteral("has space"), QStringLiteral("a=b"),
                                     QStringLiteral("quote\" 'and' $dollar"), QStringLiteral("ünïcødé ✓")})
            QCOMPARE(EnvVarRules::valueProblem(value), QString());
    }

    void normalizesLikeTheServer()
    {
        QCOMPARE(EnvVarRules::normalizedName(QStringLiteral(" my_Var ")), QStringLiteral("MY_VAR"));
    }
};

QTEST_GUILESS_MAIN(tst_EnvVarRules)
#include "tst_envvarrules.moc"
