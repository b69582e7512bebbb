#include "ApiKeysHarness.h"

#include "pages/apikeys/ConsoleLinks.h"
#include "pages/apikeys/KeyEntryDialog.h"
#include "pages/apikeys/RotationAssistantDialog.h"
#include "pages/apikeys/UrlOpener.h"

#include <QLabel>
#include <QPushButton>

/**
 * Opening a console page, the one rule in ConsoleLinks (issue 18 item 4): every button that opens the console says
 * what happened; when no browser opens, the address is shown to copy (plain, selectable); a demo account never links
 * to the real console. Driven through Spheron AI's Revoke…, Generate New Key and the rotation assistant.
 */
class tst_ConsoleLinks : public QObject
{
    Q_OBJECT

    enum class Desktop { Browser, NoBrowser, Demo };

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("KeydeckTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_consolelinks"));
    }
    void init()
    {
        QString error;
        QVERIFY2(m_h.startSandbox(&error), qPrintable(error));
        m_opened.clear();
        UrlOpener::setHandler([this](const QUrl& url) {
            m_opened << url;
            return m_browser;
        });
    }
    void cleanup()
    {
        m_h.reset();
        UrlOpener::setHandler({});
        KD_VERIFY_NO_PENDING_ANSWERS();
    }

    void revokeSaysWhatHappenedToTheConsolePage_data() { addDesktops(); }
    void revokeSaysWhatHappenedToTheConsolePage()
    {
        QFETCH(int, desktop);
        openSpheron(static_cast<Desktop>(desktop));
        QTRY_VERIFY(m_h.child<QPushButton>("revokeButton")->isEnabled());
        MessageBox::setNextAnswer(false); // keep the key
        QTest::mouseClick(m_h.child<QPushButton>("revokeButton"), Qt::LeftButton);
        const QString question = MessageBox::lastQuestionText();
        switch (static_cast<Desktop>(desktop)) {
        case Desktop::Browser:
            QCOMPARE(m_opened, QList<QUrl> {consoleUrl()});
            QVERIFY2(question.contains(QLatin1String("was opened in your web browser")), qPrintable(question));
            break;
        case Desktop::NoBrowser:
            QCOMPARE(m_opened, QList<QUrl> {consoleUrl()});
            // Not "Keydeck opened the console": the address to open by hand.
            QVERIFY2(question.contains(QLatin1String("No web browser opened")), qPrintable(question));
            QVERIFY(question.contains(consoleUrl().toString()));
            QVERIFY(!question.contains(QLatin1String("was opened")));
            break;
        case Desktop::Demo:
            QVERIFY(m_opened.isEmpty());
            QVERIFY2(question.contains(QLatin1String("demo account has no web console")), qPrintable(question));
            QVERIFY(!question.contains(consoleUrl().toString()));
            break;
        }
        QCOMPARE(m_h.storedKey(), m_h.demo.spheronApiKey);
    }

    void theRotationAssistantsConsoleButtonsSayWhatHappened_data() { addDesktops(); }
    void theRotationAssistantsConsoleButtonsSayWhatHappened()
    {
        QFETCH(int, desktop);
        openSpheron(static_cast<Desktop>(desktop));
        QTRY_VERIFY(m_h.child<QPushButton>("spheronRotateButton")->isEnabled());
        QTest::mouseClick(m_h.child<QPushButton>("spheronRotateButton"), Qt::LeftButton);
        auto* wizard = m_h.waitFor<RotationAssistantDialog>("rotationAssistant");
        QVERIFY(wizard);
        QTest::mouseClick(wizard->findChild<QPushButton*>(QStringLiteral("openConsoleButton")), Qt::LeftButton);
        auto* status = wizard->findChild<QLabel*>(QStringLiteral("generateStatus"));
        verifyTold(static_cast<Desktop>(desktop), status);
        wizard->reject();
    }

    void generateNewKeyShowsTheConsoleOutcomeBesideThePasteField_data() { addDesktops(); }
    void generateNewKeyShowsTheConsoleOutcomeBesideThePasteField()
    {
        QFETCH(int, desktop);
        openSpheron(static_cast<Desktop>(desktop));
        QTRY_VERIFY(m_h.child<QPushButton>("generateKeyButton")->isEnabled());
        QTest::mouseClick(m_h.child<QPushButton>("generateKeyButton"), Qt::LeftButton);
        auto* entry = m_h.waitFor<KeyEntryDialog>("keyEntryDialog");
        QVERIFY(entry);
        verifyTold(static_cast<Desktop>(desktop), entry->findChild<QLabel*>(QStringLiteral("consoleLabel")));
        entry->reject();
    }

private:
    static void addDesktops()
    {
        QTest::addColumn<int>("desktop");
        QTest::newRow("a browser opens") << static_cast<int>(Desktop::Browser);
        QTest::newRow("no browser") << static_cast<int>(Desktop::NoBrowser);
        QTest::newRow("demo account") << static_cast<int>(Desktop::Demo);
    }
    void openSpheron(Desktop desktop)
    {
        m_browser = desktop != Desktop::NoBrowser;
        QVERIFY(m_h.openPage(Provider::Spheron, m_h.demo.spheronApiKey, desktop == Desktop::Demo));
        m_h.page->refresh();
    }
    QUrl consoleUrl() const { return Providers::info(Provider::Spheron).apiKeysPageUrl; }
    void verifyTold(Desktop desktop, QLabel* label)
    {
        QVERIFY(label && label->isVisible());
        QCOMPARE(label->textFormat(), Qt::PlainText);
        QVERIFY(label->textInteractionFlags() & Qt::TextSelectableByMouse);
        const QString text = label->text();
        switch (desktop) {
        case Desktop::Browser:
            QCOMPARE(m_opened, QList<QUrl> {consoleUrl()});
            QVERIFY2(text.contains(QLatin1String("was opened in your web browser")), qPrintable(text));
            break;
        case Desktop::NoBrowser:
            QCOMPARE(m_opened, QList<QUrl> {consoleUrl()});
            QVERIFY2(text.contains(QLatin1String("No web browser opened")), qPrintable(text));
            QVERIFY(text.contains(consoleUrl().toString()));
            break;
        case Desktop::Demo:
            QVERIFY(m_opened.isEmpty());
            QVERIFY2(text.contains(QLatin1String("demo account has no web console")), qPrintable(text));
            QVERIFY(!text.contains(consoleUrl().toString()));
            break;
        }
    }

    ApiKeysHarness m_h;
    bool m_browser = true;
    QList<QUrl> m_opened;
};

QTEST_MAIN(tst_ConsoleLinks)
#include "tst_consolelinks.moc"
