#include "MessageBoxChecks.h"
#include "SshKeysFixture.h"

#include "UiContext.h"
#include "core/RequestTracker.h"
#include "pages/apikeys/VastKeysPanel.h"
#include "pages/sshkeys/SshKeysModel.h"
#include "pages/sshkeys/SshKeysPage.h"
#include "widgets/StatefulView.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

/**
 * Issue 18 item 2: Tab moves between controls on every page, never from cell to cell, and never drags the selection
 * with it (Del would then delete another key); the arrows move within a table.
 */
class tst_TabBetweenControls : public QObject
{
    Q_OBJECT

private:
    SshKeysFixture m_fx;
    UiContext m_context;

    static QString focusName()
    {
        QWidget* focus = QApplication::focusWidget();
        return focus ? focus->objectName() : QString();
    }

    static void pressTab()
    {
        QWidget* focus = QApplication::focusWidget();
        QVERIFY(focus);
        QTest::keyClick(focus, Qt::Key_Tab);
    }

    static QString selectedName(QTableView* table)
    {
        const QModelIndexList rows = table->selectionModel()->selectedRows(SshKeysModel::NameColumn);
        return rows.size() == 1 ? rows.first().data().toString() : QString();
    }

private slots:
    void init() { QDir(SshKeysTest::sshDir()).removeRecursively(); }

    void cleanup()
    {
        m_fx.sandbox.clearFaults();
        KD_VERIFY_NO_PENDING_ANSWERS();
    }

    void sshKeysTabReachesTheButtonsAfterTheTable()
    {
        QVERIFY(m_fx.start(QStringLiteral("vast")));
        SshKeysPage page(m_fx.provider.get(), &m_context);
        page.resize(1000, 700);
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.refresh();
        auto* view = page.findChild<StatefulView*>(QStringLiteral("keysView"));
        QTRY_COMPARE_WITH_TIMEOUT(view->state(), StatefulView::State::Content, 30000);
        QTRY_VERIFY(!page.isBusy());
        auto* table = page.findChild<QTableView*>(QStringLiteral("keysTable"));
        table->setFocus();
        table->selectRow(1);
        const QString selected = selectedName(table);
        QVERIFY(!selected.isEmpty());

        page.findChild<QLineEdit*>(QStringLiteral("filterEdit"))->setFocus();
        QTRY_COMPARE(focusName(), QStringLiteral("filterEdit"));
        QStringList chain;
        // Once round the page: back at the filter.
        for (int press = 0; press < 30 && (chain.isEmpty() || chain.last() != QLatin1String("filterEdit")); ++press) {
            pressTab();
            chain << focusName();
        }
        QCOMPARE(chain.last(), QStringLiteral("filterEdit"));
        // One stop for the table, then the toolbar, then the local keys: the old table took six presses per row.
        QCOMPARE(chain.count(QStringLiteral("keysTable")), 1);
        QCOMPARE(chain.value(0), QStringLiteral("keysTable"));
        QCOMPARE(chain.value(1), QStringLiteral("addButton"));
        for (const char* name : {"generateButton", "editButton", "deleteButton", "copyButton", "rotateButton",
                                 "refreshButton", "localKeysTable"})
            QVERIFY2(chain.contains(QString::fromLatin1(name)), qPrintable(chain.join(QLatin1Char(' '))));
        QCOMPARE(chain.count(QStringLiteral("localKeysTable")), 1);
        QCOMPARE(selectedName(table), selected);

        // Within the table the arrows move the selection, one row at a time.
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Down);
        QVERIFY(selectedName(table) != selected);
        QTest::keyClick(table, Qt::Key_Up);
        QCOMPARE(selectedName(table), selected);
        // Shift+Tab leaves backwards, to the filter.
        QTest::keyClick(table, Qt::Key_Backtab);
        QCOMPARE(focusName(), QStringLiteral("filterEdit"));
        QCOMPARE(selectedName(table), selected);
    }

    void apiKeysTableLeavesOnTab()
    {
        QVERIFY(m_fx.start(QStringLiteral("vast")));
        RequestTracker requests;
        VastKeysPanel panel(m_fx.provider.get(), &m_context, &requests);
        panel.resize(900, 500);
        panel.show();
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        panel.loadKeys();
        auto* view = panel.findChild<StatefulView*>(QStringLiteral("keysView"));
        QTRY_COMPARE_WITH_TIMEOUT(view->state(), StatefulView::State::Content, 30000);
        auto* table = panel.findChild<QTableView*>(QStringLiteral("keysTable"));
        QVERIFY(table->model()->rowCount() > 0);
        table->setFocus();
        table->selectRow(0);
        const QModelIndex before = table->selectionModel()->selectedRows().value(0);
        QTRY_COMPARE(focusName(), QStringLiteral("keysTable"));
        pressTab();
        QVERIFY2(focusName() != QLatin1String("keysTable"), qPrintable(focusName()));
        QCOMPARE(table->selectionModel()->selectedRows().value(0), before);
        // Shift+Tab comes back to the table in one press.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        QCOMPARE(focusName(), QStringLiteral("keysTable"));
    }
};

QTEST_MAIN(tst_TabBetweenControls)
#include "tst_tabbetweencontrols.moc"
