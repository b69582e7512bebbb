#include "ApiKeysHarness.h"

#include <QPlainTextEdit>

/**
 * The Quick Reference card's curl example is the request Keydeck itself sends to check a key, path for path (issue 19
 * item 6: the CLI sends users/current without a trailing slash): both come from ConsoleProvider::verifyKeyUrl().
 */
class tst_QuickReference : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("KeydeckTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_quickreference"));
    }
    void cleanup()
    {
        m_h.reset();
        KD_VERIFY_NO_PENDING_ANSWERS();
    }

    void theExampleShowsThePathTheProviderSends_data()
    {
        QTest::addColumn<bool>("vast");
        QTest::addColumn<QString>("path");
        QTest::newRow("vast") << true << QStringLiteral("/api/v0/users/current");
        QTest::newRow("spheron") << false << QStringLiteral("/api/balance");
    }
    void theExampleShowsThePathTheProviderSends()
    {
        QFETCH(bool, vast);
        QFETCH(QString, path);
        QString error;
        QVERIFY2(m_h.startSandbox(&error), qPrintable(error));
        QVERIFY(m_h.openPage(vast ? Provider::Vast : Provider::Spheron,
                             vast ? m_h.demo.vastApiKey : m_h.demo.spheronApiKey));
        // What the provider sends to check its key, as the server saw it.
        QStringList sent;
        connect(m_h.sandbox.get(), &SandboxServer::requestHandled, this,
                [&sent](const QString& method, const QString& p, int) {
                    if (method == QLatin1String("GET"))
                        sent << p;
                });
        std::optional<bool> ok;
        m_h.provider->verifyKey(this, [&](ApiResult<void> r) { ok = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(ok.has_value(), 10000);
        QVERIFY(*ok);
        QCOMPARE(sent, QStringList {path});

        const QString curl = m_h.page->findChild<QPlainTextEdit*>(QStringLiteral("curlEdit"))->toPlainText();
        const QString url = m_h.sandbox->baseUrl().toString(QUrl::StripTrailingSlash) + path;
        QVERIFY2(curl.contains(QLatin1Char('"') + url + QLatin1Char('"')), qPrintable(curl));
        QVERIFY(!curl.contains(path + QLatin1Char('/')));
        disconnect(m_h.sandbox.get(), nullptr, this, nullptr);
    }

private:
    ApiKeysHarness m_h;
};

QTEST_MAIN(tst_QuickReference)
#include "tst_quickreference.moc"
