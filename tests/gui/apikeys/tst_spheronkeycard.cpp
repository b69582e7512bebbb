#include "ApiKeysHarness.h"

#include "pages/apikeys/SpheronKeyCard.h"

#include <QLabel>
#include <QPushButton>

using namespace std::chrono_literals;

/**
 * Spheron AI's stored key on the API Keys tab (issue 18 item 18): a revealed key hides again by itself, after the
 * reveal timeout and as soon as the window loses focus.
 */
class tst_SpheronKeyCard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("KeydeckTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_spheronkeycard"));
    }
    void init()
    {
        QString error;
        QVERIFY2(m_h.startSandbox(&error), qPrintable(error));
        QVERIFY(m_h.openPage(Provider::Spheron, m_h.demo.spheronApiKey));
        m_h.page->refresh();
        QTRY_VERIFY(m_h.child<QPushButton>("revealButton")->isEnabled());
    }
    void cleanup()
    {
        m_h.reset();
        KD_VERIFY_NO_PENDING_ANSWERS();
    }

    void aRevealedKeyHidesAfterTheTimeout()
    {
        auto* card = m_h.page->findChild<SpheronKeyCard*>(QStringLiteral("spheronPage"));
        QVERIFY(card);
        card->setRevealTimeout(300ms);
        reveal();
        QTRY_VERIFY_WITH_TIMEOUT(!shown(), 3000);
        QVERIFY(!m_h.child<QPushButton>("revealButton")->isChecked());
    }

    void aRevealedKeyHidesWhenTheWindowLosesFocus()
    {
        reveal();
        QEvent deactivate(QEvent::WindowDeactivate);
        QApplication::sendEvent(m_h.page.get(), &deactivate);
        QVERIFY(!shown());
        QVERIFY(!m_h.child<QPushButton>("revealButton")->isChecked());
    }

    void theDefaultTimeoutIsThirtySeconds()
    {
        reveal();
        auto* timer = m_h.page->findChild<SpheronKeyCard*>(QStringLiteral("spheronPage"))
                          ->findChild<QTimer*>(QStringLiteral("revealTimer"));
        QVERIFY(timer && timer->isActive());
        QCOMPARE(timer->interval(), 30000);
    }

private:
    bool shown() const { return m_h.child<QLabel>("keyValueLabel")->text() == m_h.demo.spheronApiKey; }
    void reveal()
    {
        QTest::mouseClick(m_h.child<QPushButton>("revealButton"), Qt::LeftButton);
        QVERIFY(shown());
    }

    ApiKeysHarness m_h;
};

QTEST_MAIN(tst_SpheronKeyCard)
#include "tst_spheronkeycard.moc"
