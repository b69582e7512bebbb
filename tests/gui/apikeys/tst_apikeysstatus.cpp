#include "ApiKeysHarness.h"

#include "AccountPages.h"
#include "pages/apikeys/ApiKeysModel.h"
#include "widgets/StatefulView.h"

#include <QPushButton>
#include <QStatusBar>
#include <QTableView>

/**
 * The status bar after an action on the API Keys tab (issue 18, status messages): the list's count that follows a
 * reload never replaces what the action did. The rule is AccountPages::showStatus, the one place that writes a page's
 * words into the status bar.
 */
class tst_ApiKeysStatus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("KeydeckTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_apikeysstatus"));
    }
    void cleanup()
    {
        m_h.reset();
        KD_VERIFY_NO_PENDING_ANSWERS();
    }

    void aNoteNeverReplacesAnActionsMessage()
    {
        QStatusBar bar;
        AccountPages::showStatus(&bar, QStringLiteral("4 API keys."), true);
        QCOMPARE(bar.currentMessage(), QStringLiteral("4 API keys."));
        AccountPages::showStatus(&bar, QStringLiteral("3 API keys."), true); // a newer count replaces the older
        QCOMPARE(bar.currentMessage(), QStringLiteral("3 API keys."));
        AccountPages::showStatus(&bar, QStringLiteral("The API key \"CI\" was deleted."), false);
        AccountPages::showStatus(&bar, QStringLiteral("2 API keys."), true);
        QCOMPARE(bar.currentMessage(), QStringLiteral("The API key \"CI\" was deleted."));
        bar.clearMessage(); // the action's message timed out: notes show again
        AccountPages::showStatus(&bar, QStringLiteral("2 API keys."), true);
        QCOMPARE(bar.currentMessage(), QStringLiteral("2 API keys."));
    }

    void afterADeleteTheStatusBarSaysWhatWasDeleted()
    {
        QString error;
        QVERIFY2(m_h.startSandbox(&error), qPrintable(error));
        QVERIFY(m_h.openPage(Provider::Vast, m_h.demo.vastApiKey));
        QStatusBar bar;
        connect(m_h.page.get(), &ApiKeysPage::statusMessage, &bar,
                [&bar](const QString& text) { AccountPages::showStatus(&bar, text, false); });
        connect(m_h.page.get(), &ApiKeysPage::statusNote, &bar,
                [&bar](const QString& text) { AccountPages::showStatus(&bar, text, true); });
        m_h.page->refresh();
        auto* table = m_h.child<QTableView>("keysTable");
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 1, 10000);
        QTRY_VERIFY(bar.currentMessage().contains(QLatin1String("API key")));
        const int rows = table->model()->rowCount();
        int row = -1;
        for (int i = 0; i < rows; ++i) {
            if (table->model()->index(i, ApiKeysModel::NameColumn).data().toString() == QLatin1String("Billing export"))
                row = i;
        }
        QVERIFY(row >= 0);
        table->selectRow(row);
        MessageBox::setNextAnswer(true);
        QTest::mouseClick(m_h.child<QPushButton>("deleteKeyButton"), Qt::LeftButton);
        // The list is read again after the delete (and the own key checked): its count arrives last.
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), rows - 1, 10000);
        QTest::qWait(500);
        QCOMPARE(bar.currentMessage(), QStringLiteral("The API key “Billing export” was deleted."));
    }

private:
    ApiKeysHarness m_h;
};

QTEST_MAIN(tst_ApiKeysStatus)
#include "tst_apikeysstatus.moc"
