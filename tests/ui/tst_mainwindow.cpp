#include "MainWindow.h"
#include "widgets/EmptyStateWidget.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void isTitledKeydeck()
    {
        // Its icon is the application's, set by Application::run (tst_application).
        MainWindow window;
        QCOMPARE(window.windowTitle(), QStringLiteral("Keydeck"));
    }

    void hasProfileSshAndApiKeyTabsInOrder()
    {
        MainWindow window;
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("mainTabs"));
        QVERIFY(tabs);
        QCOMPARE(tabs->count(), 3);
        QCOMPARE(tabs->tabText(0).remove(QLatin1Char('&')), QStringLiteral("Profile"));
        QCOMPARE(tabs->tabText(1).remove(QLatin1Char('&')), QStringLiteral("SSH Keys"));
        QCOMPARE(tabs->tabText(2).remove(QLatin1Char('&')), QStringLiteral("API Keys"));
    }

    void everyTabExplainsWhatWillBeThere_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("profile") << "profileEmptyState"
                                 << "email";
        QTest::newRow("ssh") << "sshKeysEmptyState"
                             << "SSH keys";
        QTest::newRow("api") << "apiKeysEmptyState"
                             << "API keys";
    }

    void everyTabExplainsWhatWillBeThere()
    {
        QFETCH(QString, name);
        QFETCH(QString, mentions);
        MainWindow window;
        auto* state = window.findChild<EmptyStateWidget*>(name);
        QVERIFY(state);
        QVERIFY(!state->title().isEmpty());
        QVERIFY2(state->description().contains(mentions), qPrintable(state->description()));
        auto* icon = state->findChild<QLabel*>(QStringLiteral("emptyStateIcon"));
        QVERIFY(icon);
        // Rendered when shown, not at construction: start-up shows one of the three (docs/PERFORMANCE.md).
        QVERIFY(icon->pixmap().isNull());
        window.show();
        window.findChild<QTabWidget*>(QStringLiteral("mainTabs"))->setCurrentWidget(state->parentWidget());
        QTRY_VERIFY2(!icon->pixmap().isNull(), "the SVG icon must load from resources");
    }

    void sidebarShowsNoAccountsState()
    {
        MainWindow window;
        auto* stack = window.findChild<QStackedWidget*>(QStringLiteral("accountsStack"));
        QVERIFY(stack);
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("accountsEmptyPage"));
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("accountsEmptyLabel"))
                    ->text()
                    .contains(QStringLiteral("No accounts")));
    }

    void ctrlNumberSwitchesTabs()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("mainTabs"));
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), 1);
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), 2);
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), 0);
    }

    void addAccountButtonEmitsIntent()
    {
        MainWindow window;
        QSignalSpy spy(&window, &MainWindow::addAccountRequested);
        auto* button = window.findChild<QPushButton*>(QStringLiteral("addAccountButton"));
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
    }

    // The shortcuts README.md lists ("Keyboard shortcuts"): these two belong to the window, not to a tab.
    void ctrlShiftAAddsAnAccount()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QSignalSpy spy(&window, &MainWindow::addAccountRequested);
        QTest::keyClick(&window, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(spy.count(), 1);
    }

    // Last: it runs and ends the application's event loop. Quitting is closing the last window
    // (quitOnLastWindowClosed), which ends exec() only while it runs; the watchdog ends it otherwise, with 1.
    void ctrlQQuits()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTimer::singleShot(0, &window, [&window] { QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier); });
        QTimer::singleShot(10000, qApp, [] { QCoreApplication::exit(1); });
        QCOMPARE(QCoreApplication::exec(), 0);
        QVERIFY(!window.isVisible());
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
