// A source guard for "no code path can write a secret anywhere but the keychain": no Keydeck source may
// enable QtKeychain's plaintext fallback or hand QtKeychain a QSettings (docs/LIBRARIES.md §2.1).
#include "TestSupport.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace {

// Calls, not mentions in comments.
const QRegularExpression kForbidden(QStringLiteral(R"(^\s*[^/\s*].*\b(setInsecureFallback|setSettings)\s*\()"),
                                    QRegularExpression::MultilineOption);

QStringList offendingLines(const QString& source)
{
    QStringList lines;
    auto it = kForbidden.globalMatch(source);
    while (it.hasNext())
        lines.append(it.next().captured(0).trimmed());
    return lines;
}

} // namespace

class tst_SecretsGuard : public QObject
{
    Q_OBJECT

private slots:
    void guardRecognisesTheForbiddenCalls()
    {
        QCOMPARE(offendingLines(QStringLiteral("    job->setInsecureFallback(true);\n")).size(), 1);
        QCOMPARE(offendingLines(QStringLiteral("    job.setSettings(&settings);\n")).size(), 1);
        QCOMPARE(offendingLines(QStringLiteral("    // never call setInsecureFallback(true)\n")).size(), 0);
        QCOMPARE(offendingLines(QStringLiteral("    job->setKey(key);\n")).size(), 0);
    }

    void noSourceEnablesThePlaintextFallback()
    {
        const QString root = TestSupport::sourceDir();
        QVERIFY2(!root.isEmpty(), "KEYDECK_SOURCE_DIR is not set: run through ctest");
        int scanned = 0;
        QStringList offences;
        for (const char* dir : {"app", "ui"}) {
            QDirIterator it(root + QLatin1Char('/') + QLatin1String(dir),
                            {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                ++scanned;
                for (const QString& line : offendingLines(QString::fromUtf8(file.readAll())))
                    offences.append(file.fileName() + QStringLiteral(": ") + line);
            }
        }
        QVERIFY(scanned > 10);
        QCOMPARE(offences, QStringList());
    }
};

QTEST_GUILESS_MAIN(tst_SecretsGuard)
#include "tst_secretsguard.moc"
