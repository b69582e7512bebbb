// Window geometry, splitter positions, column widths and sort orders restored across restarts (issue 22 item 7,
// issue 18 item 20): each test arranges a window, destroys it, and builds a new one on the same settings file.
#include "MainWindow.h"
#include "pages/sshkeys/SshKeysFilterModel.h"
#include "pages/sshkeys/SshKeysModel.h"
#include "pages/sshkeys/SshKeysTable.h"
#include "widgets/ViewStateKeeper.h"

#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QVBoxLayout>

#include <memory>

namespace {

/** A page as AccountPages builds them: a named page holding a sortable table of @p columns columns. */
QTableView* addPage(MainWindow& window, const QString& pageName, int columns = 3)
{
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("mainTabs"));
    auto* page = new QWidget;
    page->setObjectName(pageName);
    auto* table = new QTableView(page);
    table->setObjectName(QStringLiteral("keysTable"));
    auto* model = new QStandardItemModel(0, columns, table);
    for (const char* name : {"b", "c", "a"}) {
        QList<QStandardItem*> row;
        for (int column = 0; column < columns; ++column)
            row.append(new QStandardItem(QStringLiteral("%1%2").arg(QLatin1String(name)).arg(column)));
        model->appendRow(row);
    }
    table->setModel(model);
    table->setSortingEnabled(true);
    table->sortByColumn(0, Qt::AscendingOrder);
    table->horizontalHeader()->setStretchLastSection(true);
    (new QVBoxLayout(page))->addWidget(table);
    tabs->addTab(page, pageName);
    return table;
}

QSplitter* splitterOf(MainWindow& window)
{
    return window.findChild<QSplitter*>(QStringLiteral("mainSplitter"));
}

} // namespace

class tst_ViewStateKeeper : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<QSettings> settings() const
    {
        return std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("keydeck.ini")), QSettings::IniFormat);
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        settings()->clear();
    }

    void restoresWindowSplitterColumnsAndSortAfterARestart()
    {
        {
            MainWindow window;
            ViewStateKeeper keeper(&window, settings());
            keeper.track(&window);
            window.resize(900, 640);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            // The pages come with the account, after the window is up (AppRoot tracks again on accountOpened).
            QTableView* table = addPage(window, QStringLiteral("SshKeysPage"));
            keeper.track(&window);
            splitterOf(window)->setSizes({310, 590});
            emit splitterOf(window)->splitterMoved(310, 1); // what a drag of the handle signals
            table->horizontalHeader()->resizeSection(0, 177);
            table->horizontalHeader()->setSortIndicator(2, Qt::DescendingOrder); // a click on the third column
            QCOMPARE(table->model()->index(0, 2).data().toString(), QStringLiteral("c2"));
            window.close();
        }
        MainWindow window;
        ViewStateKeeper keeper(&window, settings());
        keeper.track(&window);
        QCOMPARE(window.size(), QSize(900, 640));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTableView* table = addPage(window, QStringLiteral("SshKeysPage"));
        QVERIFY(!ViewStateKeeper::wasRestored(table));
        keeper.track(&window);
        QVERIFY(ViewStateKeeper::wasRestored(table));
        QCOMPARE(splitterOf(window)->sizes().first(), 310);
        QCOMPARE(table->horizontalHeader()->sectionSize(0), 177);
        QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), 2);
        QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
        // The rows are in that order too, not only the indicator.
        QCOMPARE(table->model()->index(0, 2).data().toString(), QStringLiteral("c2"));
        QCOMPARE(table->model()->index(2, 2).data().toString(), QStringLiteral("a2"));
    }

    void aTableKeepsItsStateThoughItsPageWentWithItsAccount()
    {
        // Saved as it changes: the page is deleted (another account opened) long before the window closes.
        MainWindow window;
        ViewStateKeeper keeper(&window, settings());
        {
            QTableView* table = addPage(window, QStringLiteral("ApiKeysPage"));
            keeper.track(&window);
            table->horizontalHeader()->resizeSection(1, 123);
            delete table->parentWidget();
        }
        QTableView* table = addPage(window, QStringLiteral("ApiKeysPage"));
        keeper.track(&window);
        QCOMPARE(table->horizontalHeader()->sectionSize(1), 123);
    }

    void tablesOfTheSameNameOnOtherPagesOrWithOtherColumnsKeepTheirOwn()
    {
        MainWindow window;
        ViewStateKeeper keeper(&window, settings());
        QTableView* ssh = addPage(window, QStringLiteral("SshKeysPage"));
        QTableView* api = addPage(window, QStringLiteral("ApiKeysPage"));
        keeper.track(&window);
        ssh->horizontalHeader()->resizeSection(0, 150);
        api->horizontalHeader()->resizeSection(0, 90);
        delete ssh->parentWidget();
        delete api->parentWidget();

        QTableView* sshAgain = addPage(window, QStringLiteral("SshKeysPage"));
        QTableView* moreColumns = addPage(window, QStringLiteral("ApiKeysPage"), 4);
        const int defaultWidth = moreColumns->horizontalHeader()->sectionSize(0);
        keeper.track(&window);
        QCOMPARE(sshAgain->horizontalHeader()->sectionSize(0), 150);
        QVERIFY(!ViewStateKeeper::wasRestored(moreColumns));
        QCOMPARE(moreColumns->horizontalHeader()->sectionSize(0), defaultWidth);
    }

    void theSshKeyListKeepsRestoredWidthsWhenANewListArrives()
    {
        // SshKeysTable fits its columns to each new list; widths the user kept from an earlier run win over that.
        const auto build = [](MainWindow& window) {
            auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("mainTabs"));
            auto* page = new QWidget;
            page->setObjectName(QStringLiteral("SshKeysPage"));
            auto* model = new SshKeysModel(page);
            auto* table = new SshKeysTable(new SshKeysFilterModel(model, page), page);
            table->setParent(page);
            (new QVBoxLayout(page))->addWidget(table);
            tabs->addTab(page, QStringLiteral("SSH Keys"));
            return std::make_pair(model, table);
        };
        const QList<SshKey> keys = {{QStringLiteral("1"),
                                     QStringLiteral("laptop"),
                                     QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBmq laptop"),
                                     QDateTime::currentDateTimeUtc(),
                                     {},
                                     {}}};
        {
            MainWindow window;
            ViewStateKeeper keeper(&window, settings());
            auto [model, table] = build(window);
            keeper.track(&window);
            table->horizontalHeader()->resizeSection(SshKeysModel::NameColumn, 333);
        }
        MainWindow window;
        ViewStateKeeper keeper(&window, settings());
        auto [model, table] = build(window);
        keeper.track(&window);
        QCOMPARE(table->horizontalHeader()->sectionSize(SshKeysModel::NameColumn), 333);
        model->setKeys(keys);
        table->fitColumnsToNewList();
        QCOMPARE(table->horizontalHeader()->sectionSize(SshKeysModel::NameColumn), 333);
    }

    void keepsNothingButLayout()
    {
        MainWindow window;
        {
            ViewStateKeeper keeper(&window, settings());
            keeper.track(&window);
            addPage(window, QStringLiteral("SshKeysPage"))->horizontalHeader()->resizeSection(0, 140);
            keeper.track(&window);
        }
        for (const QString& key : settings()->allKeys())
            QVERIFY2(key.startsWith(QLatin1String("viewState/")), qPrintable(key));
    }
};

QTEST_MAIN(tst_ViewStateKeeper)
#include "tst_viewstatekeeper.moc"
