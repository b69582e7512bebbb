#include "ApiKeysHarness.h"

#include "pages/apikeys/KeyEntryDialog.h"
#include "pages/apikeys/NewKeyDialog.h"
#include "pages/apikeys/UrlOpener.h"
#include "widgets/StatefulView.h"

#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

/**
 * Reset Keydeck's API key through the tab's widgets under every reading of the real server (issue 19 item 1;
 * docs/api/vast-endpoints.md §3.1; sandbox variants reset-answer and reset-rotates): the user is told one of "new key
 * stored and verified", "reset, but the server sent no key" (console link and paste field, the stored key kept until a
 * pasted one works) or "another key was reset" (Keydeck never adopts it).
 */
class tst_ResetApiKey : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("KeydeckTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_resetapikey"));
    }
    void init()
    {
        QString error;
        QVERIFY2(m_h.startSandbox(&error), qPrintable(error));
        m_browserOpens = true;
        m_opened.clear();
        UrlOpener::setHandler([this](const QUrl& url) {
            m_opened << url;
            return m_browserOpens;
        });
    }
    void cleanup()
    {
        m_h.reset();
        UrlOpener::setHandler({});
        KD_VERIFY_NO_PENDING_ANSWERS();
    }

    void ownKeyResetIsStoredCheckedAndShown_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::addColumn<QString>("rotates");
        for (const char* answer : {"new_api_key", "key"}) {
            for (const char* rotates : {"caller", "main"})
                QTest::addRow("%s, rotates %s", answer, rotates) << answer << rotates;
        }
    }
    void ownKeyResetIsStoredCheckedAndShown()
    {
        QFETCH(QString, answer);
        QFETCH(QString, rotates);
        setVariants(answer, rotates);
        QVERIFY(openVast(m_h.demo.vastApiKey));
        resetThroughTheButton();
        auto* shown = m_h.waitFor<NewKeyDialog>("newKeyDialog");
        QVERIFY(shown);
        const QString newKey = shown->findChild<QLineEdit*>(QStringLiteral("keyEdit"))->text();
        QVERIFY(!newKey.isEmpty());
        QVERIFY(newKey != m_h.demo.vastApiKey);
        QTRY_VERIFY_WITH_TIMEOUT(
            shown->findChild<QLabel*>(QStringLiteral("statusLabel"))->text().contains(QLatin1String("Stored")), 10000);
        QCOMPARE(m_h.storedKey(), newKey);
        QVERIFY(!m_h.vastKeyWorks(m_h.demo.vastApiKey));
        QVERIFY(m_h.vastKeyWorks(newKey));
        shown->accept();
        QTest::keyClick(m_h.page.get(), Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(m_h.child<StatefulView>("keysView")->state(), StatefulView::State::Content, 10000);
        QVERIFY(!m_h.child<QFrame>("authBanner")->isVisible());
    }

    void aResetWithoutAKeyOffersTheConsoleAndKeepsTheStoredKeyUntilAPastedOneWorks_data()
    {
        QTest::addColumn<QString>("rotates");
        QTest::newRow("rotates caller") << QStringLiteral("caller");
        QTest::newRow("rotates main") << QStringLiteral("main");
    }
    void aResetWithoutAKeyOffersTheConsoleAndKeepsTheStoredKeyUntilAPastedOneWorks()
    {
        QFETCH(QString, rotates);
        setVariants(QStringLiteral("none"), rotates);
        QVERIFY(openVast(m_h.demo.vastApiKey));
        resetThroughTheButton();
        auto* entry = m_h.waitFor<KeyEntryDialog>("keyEntryDialog");
        QVERIFY2(entry, "no dialog asks for the new key");
        // Not "not reset": the reset happened, the key is in the console.
        auto* message = entry->findChild<QLabel*>(QStringLiteral("messageLabel"));
        QVERIFY2(message->text().contains(QLatin1String("did not send the new key")), qPrintable(message->text()));
        QVERIFY(!m_h.vastKeyWorks(m_h.demo.vastApiKey));
        auto* console = entry->findChild<QPushButton*>(QStringLiteral("openConsoleButton"));
        QVERIFY(console && console->isVisible());
        // No browser: the address is shown, plain and selectable, to copy.
        m_browserOpens = false;
        QTest::mouseClick(console, Qt::LeftButton);
        auto* consoleLabel = entry->findChild<QLabel*>(QStringLiteral("consoleLabel"));
        QVERIFY(consoleLabel->isVisible());
        const QString url = m_h.provider->info().apiKeysPageUrl.toString();
        QVERIFY2(consoleLabel->text().contains(url), qPrintable(consoleLabel->text()));
        QCOMPARE(consoleLabel->textFormat(), Qt::PlainText);
        QVERIFY(consoleLabel->textInteractionFlags() & Qt::TextSelectableByMouse);
        // The stored key stays until a pasted one works: a wrong one changes nothing.
        auto* keyEdit = entry->findChild<QLineEdit*>(QStringLiteral("keyEdit"));
        QTest::keyClicks(keyEdit, QStringLiteral("not-a-key"));
        QTest::mouseClick(entry->findChild<QPushButton*>(QStringLiteral("verifyButton")), Qt::LeftButton);
        auto* status = entry->findChild<QLabel*>(QStringLiteral("statusLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(status->isVisible() && !status->text().contains(QLatin1String("Checking")), 10000);
        QCOMPARE(m_h.storedKey(), m_h.demo.vastApiKey);
        // A key that works replaces it (the seeded read-only key stands in for the one copied from the console).
        keyEdit->clear();
        QTest::keyClicks(keyEdit, m_h.demo.vastReadOnlyKey);
        QTest::mouseClick(entry->findChild<QPushButton*>(QStringLiteral("verifyButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_h.storedKey(), m_h.demo.vastReadOnlyKey, 10000);
        QTRY_VERIFY(!m_h.child<QFrame>("authBanner")->isVisible());
    }

    void aRestrictedKeyThatResetTheMainKeyNeverAdoptsIt_data()
    {
        QTest::addColumn<QString>("answer");
        for (const char* answer : {"new_api_key", "key", "none"})
            QTest::newRow(answer) << QString::fromLatin1(answer);
    }
    void aRestrictedKeyThatResetTheMainKeyNeverAdoptsIt()
    {
        QFETCH(QString, answer);
        setVariants(answer, QStringLiteral("main"));
        const QString restricted = m_h.vastRestrictedWriterKey();
        QVERIFY(!restricted.isEmpty());
        QVERIFY(openVast(restricted));
        QSignalSpy status(m_h.page.get(), &ApiKeysPage::statusMessage);
        if (answer == QLatin1String("none"))
            MessageBox::setNextAnswer(true); // the warning that says another key changed
        resetThroughTheButton();
        const QString expected = QStringLiteral("not the one Keydeck uses");
        if (answer == QLatin1String("none")) {
            QTRY_VERIFY_WITH_TIMEOUT(MessageBox::lastQuestionText().contains(expected), 10000);
        } else {
            auto* shown = m_h.waitFor<NewKeyDialog>("newKeyDialog");
            QVERIFY(shown);
            const QString mainKey = shown->findChild<QLineEdit*>(QStringLiteral("keyEdit"))->text();
            QVERIFY(m_h.vastKeyWorks(mainKey));
            // Shown once for the applications that use it, never offered as Keydeck's own.
            QVERIFY(!shown->findChild<QPushButton*>(QStringLiteral("useKeyButton"))->isVisible());
            QVERIFY(shown->findChild<QLabel*>(QStringLiteral("statusLabel"))->text().contains(expected));
            shown->findChild<QPushButton*>(QStringLiteral("copyKeyButton"))->click();
            shown->accept();
            // The main key changes again elsewhere: had Keydeck taken it up, its next call would be refused.
            VastProvider elsewhere(m_h.transport.get());
            elsewhere.setBaseUrl(m_h.sandbox->baseUrl());
            elsewhere.setCredentials(ProviderCredentials {mainKey, {}});
            std::optional<bool> rotated;
            elsewhere.resetApiKey(this, [&](ApiResult<CreatedApiKey> r) { rotated = r.ok(); });
            QTRY_VERIFY_WITH_TIMEOUT(rotated.value_or(false), 10000);
            m_h.clipboard->clearIfOurs();
        }
        m_h.page->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(m_h.child<StatefulView>("keysView")->state() != StatefulView::State::Loading, 10000);
        QCOMPARE(m_h.child<StatefulView>("keysView")->state(), StatefulView::State::Content);
        QCOMPARE(m_h.storedKey(), restricted);
        QVERIFY(m_h.vastKeyWorks(restricted));
        QVERIFY(!m_h.vastKeyWorks(m_h.demo.vastApiKey));
        QVERIFY(!m_h.child<QFrame>("authBanner")->isVisible());
        bool told = false;
        for (const QList<QVariant>& args : status)
            told = told || args.value(0).toString().contains(expected);
        QVERIFY(told);
    }

    void aResetKeydeckCannotCheckShowsTheKeyAndLetsTheUserChoose()
    {
        QVERIFY(openVast(m_h.demo.vastApiKey));
        SandboxFault check;
        check.kind = SandboxFault::Kind::Status;
        check.status = 500;
        check.method = "GET";
        check.pattern = QStringLiteral("/api/v0/users/current");
        m_h.sandbox->setFault(check);
        resetThroughTheButton();
        auto* shown = m_h.waitFor<NewKeyDialog>("newKeyDialog");
        QVERIFY(shown);
        QVERIFY(shown->findChild<QLabel*>(QStringLiteral("statusLabel"))
                    ->text()
                    .contains(QLatin1String("could not "
                                            "check")));
        // Not adopted unasked: the stored key stays, and "Use This Key" is the user's choice.
        QCOMPARE(m_h.storedKey(), m_h.demo.vastApiKey);
        auto* use = shown->findChild<QPushButton*>(QStringLiteral("useKeyButton"));
        QVERIFY(use->isVisible());
        m_h.sandbox->clearFaults();
        const QString newKey = shown->findChild<QLineEdit*>(QStringLiteral("keyEdit"))->text();
        QTest::mouseClick(use, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_h.storedKey(), newKey, 10000);
        shown->accept(); // stored: closes without asking
    }

private:
    void setVariants(const QString& answer, const QString& rotates)
    {
        QVERIFY(m_h.sandbox->setVariant(QStringLiteral("reset-answer"), answer));
        QVERIFY(m_h.sandbox->setVariant(QStringLiteral("reset-rotates"), rotates));
    }
    bool openVast(const QString& key)
    {
        if (!m_h.openPage(Provider::Vast, key))
            return false;
        m_h.page->refresh();
        return QTest::qWaitFor(
            [&] { return m_h.child<StatefulView>("keysView")->state() == StatefulView::State::Content; }, 10000);
    }
    void resetThroughTheButton()
    {
        MessageBox::setNextAnswer(true); // "Reset Keydeck's API key?"
        QTest::mouseClick(m_h.child<QPushButton>("resetKeyButton"), Qt::LeftButton);
    }

    ApiKeysHarness m_h;
    bool m_browserOpens = true;
    QList<QUrl> m_opened;
};

QTEST_MAIN(tst_ResetApiKey)
#include "tst_resetapikey.moc"
