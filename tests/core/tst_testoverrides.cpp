// core/TestOverrides: KEYDECK_LIBSSH and KEYDECK_SANDBOX_MODULE load code only in test builds (docs/SECURITY.md,
// "Test-only overrides"). That the release preset leaves them off is ctest build_options_release.
#include "core/TestOverrides.h"
#include "demo/DemoSandbox.h"

#include <QScopeGuard>
#include <QTest>

class tst_TestOverrides : public QObject
{
    Q_OBJECT

private slots:
    void thisTestBuildHonoursThem()
    {
        QVERIFY(TestOverrides::honoured());
        const QByteArray before = qgetenv("KEYDECK_LIBSSH");
        const auto restore = qScopeGuard([&] {
            if (before.isNull())
                qunsetenv("KEYDECK_LIBSSH");
            else
                qputenv("KEYDECK_LIBSSH", before);
        });
        qputenv("KEYDECK_LIBSSH", "/elsewhere/libssh.so.4");
        QCOMPARE(TestOverrides::value("KEYDECK_LIBSSH"), QStringLiteral("/elsewhere/libssh.so.4"));
    }

    void aBuildWithoutTheTestSuiteIgnoresThem()
    {
        const QByteArray before = qgetenv("KEYDECK_SANDBOX_MODULE");
        const auto restore = qScopeGuard([&] { qputenv("KEYDECK_SANDBOX_MODULE", before); });
        qputenv("KEYDECK_SANDBOX_MODULE", "/tmp/evil-module.so");
        QTest::ignoreMessage(QtWarningMsg, "KEYDECK_SANDBOX_MODULE is honoured only by test builds; ignoring it.");
        QVERIFY(TestOverrides::value("KEYDECK_SANDBOX_MODULE", false).isEmpty());
        QCOMPARE(TestOverrides::value("KEYDECK_SANDBOX_MODULE", true), QStringLiteral("/tmp/evil-module.so"));
        // The demo asks through TestOverrides: here (a test build) the variable is the only candidate.
        QCOMPARE(DemoSandbox::moduleCandidates(), QStringList {QStringLiteral("/tmp/evil-module.so")});
    }
};

QTEST_GUILESS_MAIN(tst_TestOverrides)
#include "tst_testoverrides.moc"
