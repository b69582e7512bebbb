// Help → Keyboard Shortcuts and Help → About Keydeck (issue 22 item 6): the sheet is read from the window's own
// actions and shortcuts, and About shows the versions --version prints.
#include "MainWindow.h"
#include "core/AppInfo.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QMenu>
#include <QShortcut>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

struct Row
{
    QString keys;
    QString where;
    QString does;
};

QList<Row> rowsOf(QTreeWidget* list)
{
    QList<Row> rows;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = list->topLevelItem(i);
        rows.append({item->text(0), item->text(1), item->text(2)});
    }
    return rows;
}

QString dump(const QList<Row>& rows)
{
    QString text;
    for (const Row& row : rows)
        text += row.keys + QStringLiteral(" | ") + row.where + QStringLiteral(" | ") + row.does + QLatin1Char('\n');
    return text;
}

const Row* find(const QList<Row>& rows, const QKeySequence& keys, const QString& does = {})
{
    const QString text = keys.toString(QKeySequence::NativeText);
    for (const Row& row : rows) {
        if (row.keys.split(QStringLiteral(" / ")).contains(text) && (does.isEmpty() || row.does == does))
            return &row;
    }
    return nullptr;
}

QString plain(QString text)
{
    return text.remove(QLatin1Char('&'));
}

} // namespace

class tst_HelpMenu : public QObject
{
    Q_OBJECT

private:
    /** Opens Help → Keyboard Shortcuts through its menu action and returns the rows it lists. */
    static QList<Row> openSheet(MainWindow& window)
    {
        auto* action = window.findChild<QAction*>(QStringLiteral("keyboardShortcutsAction"));
        if (!action)
            return {};
        action->trigger();
        auto* dialog = window.findChild<QDialog*>(QStringLiteral("shortcutsDialog"));
        auto* list = dialog ? dialog->findChild<QTreeWidget*>(QStringLiteral("shortcutsList")) : nullptr;
        return list ? rowsOf(list) : QList<Row> {};
    }

private slots:
    void helpMenuHasShortcutsNetworkLogAndAbout()
    {
        MainWindow window;
        auto* help = window.findChild<QMenu*>(QStringLiteral("helpMenu"));
        QVERIFY(help);
        QStringList names;
        for (QAction* action : help->actions())
            names.append(action->objectName());
        names.removeAll(QString()); // the separator
        QCOMPARE(names,
                 (QStringList {QStringLiteral("keyboardShortcutsAction"), QStringLiteral("networkLogAction"),
                               QStringLiteral("aboutAction")}));
    }

    void sheetListsEveryActionWithAShortcutInTheWindow()
    {
        MainWindow window;
        const QList<Row> rows = openSheet(window);
        QVERIFY(!rows.isEmpty());
        int withShortcut = 0;
        for (QAction* action : window.findChildren<QAction*>()) {
            if (action->shortcut().isEmpty() || !action->isVisible())
                continue;
            ++withShortcut;
            const Row* row = find(rows, action->shortcut(), plain(action->text()));
            QVERIFY2(row, qPrintable(action->objectName() + QStringLiteral(" missing from:\n") + dump(rows)));
        }
        QVERIFY(withShortcut >= 7); // Ctrl+1…3, Ctrl+Shift+A, F2, Del, Ctrl+Q, Ctrl+Shift+L
        const Row* log = find(rows, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
        QVERIFY2(log && log->does == QStringLiteral("Network Log") && log->where == QStringLiteral("Window"),
                 qPrintable(dump(rows)));
        // The sidebar's F2 acts on the accounts list only: the sheet says so.
        const Row* rename = find(rows, QKeySequence(Qt::Key_F2));
        QVERIFY2(rename && rename->where == QStringLiteral("Accounts"), qPrintable(dump(rows)));
        // Ctrl+4 and Ctrl+5 are hidden without an account that has those tabs, and so are off: not listed.
        QVERIFY2(!find(rows, QKeySequence(Qt::CTRL | Qt::Key_4)), qPrintable(dump(rows)));
    }

    void anActionAddedToTheWindowAppearsInTheSheet()
    {
        MainWindow window;
        const QKeySequence keys(Qt::CTRL | Qt::SHIFT | Qt::Key_Y);
        QVERIFY(!find(openSheet(window), keys));
        auto* action = new QAction(QStringLiteral("&Frobnicate"), &window);
        action->setShortcut(keys);
        window.addAction(action);
        const QList<Row> rows = openSheet(window);
        const Row* row = find(rows, keys);
        QVERIFY2(row && row->does == QStringLiteral("Frobnicate") && row->where == QStringLiteral("Window"),
                 qPrintable(dump(rows)));
        action->setVisible(false);
        QVERIFY(!find(openSheet(window), keys));
    }

    void pageShortcutsAreListedUnderTheirTab()
    {
        // A page as AccountPages builds them: QShortcuts from standard keys on the page, and a widget-scoped action
        // on its list; a shortcut's whatsThis describes it when set.
        MainWindow window;
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("mainTabs"));
        QVERIFY(tabs);
        auto* page = new QWidget;
        auto* list = new QTreeWidget(page);
        list->setAccessibleName(QStringLiteral("Thing list"));
        (new QVBoxLayout(page))->addWidget(list);
        new QShortcut(QKeySequence::Refresh, page);
        auto* find1 = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J), page);
        find1->setWhatsThis(QStringLiteral("Jump to the newest thing"));
        auto* remove = new QAction(QStringLiteral("&Delete Thing"), page);
        remove->setShortcut(QKeySequence(Qt::Key_Delete));
        remove->setShortcutContext(Qt::WidgetShortcut);
        list->addAction(remove);
        auto* off = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K), page);
        off->setEnabled(false);
        tabs->addTab(page, QStringLiteral("&Things"));

        QList<Row> rows = openSheet(window);
        const Row* refresh = find(rows, QKeySequence(QKeySequence::Refresh));
        QVERIFY2(refresh && refresh->where == QStringLiteral("Things") && refresh->does == QStringLiteral("Refresh"),
                 qPrintable(dump(rows)));
        const Row* jump = find(rows, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
        QVERIFY2(jump && jump->does == QStringLiteral("Jump to the newest thing"), qPrintable(dump(rows)));
        const Row* del = find(rows, QKeySequence(Qt::Key_Delete), QStringLiteral("Delete Thing"));
        QVERIFY2(del && del->where == QStringLiteral("Things: Thing list"), qPrintable(dump(rows)));
        QVERIFY2(!find(rows, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K)), qPrintable(dump(rows)));

        // A hidden tab's shortcuts do nothing, so they are not listed.
        tabs->setTabVisible(tabs->indexOf(page), false);
        rows = openSheet(window);
        QVERIFY2(!find(rows, QKeySequence(QKeySequence::Refresh)), qPrintable(dump(rows)));
    }

    void aboutShowsVersionLicenceLibrariesAndHomepage()
    {
        MainWindow window;
        auto* action = window.findChild<QAction*>(QStringLiteral("aboutAction"));
        QVERIFY(action);
        action->trigger();
        auto* dialog = window.findChild<QDialog*>(QStringLiteral("aboutDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        auto label = [dialog](const char* name) { return dialog->findChild<QLabel*>(QLatin1String(name)); };
        QVERIFY(label("aboutHeading") && label("aboutLicence") && label("aboutVersions") && label("aboutLinks"));
        QVERIFY(label("aboutHeading")->text().contains(AppInfo::version()));
        QVERIFY(label("aboutLicence")->text().contains(AppInfo::licence()));
        // The same lines as --version (AppInfo::components): Qt's run-time version, libssh's and QtKeychain's.
        const QString versions = label("aboutVersions")->text();
        QVERIFY2(versions.contains(QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion()))), qPrintable(versions));
        for (const AppInfo::Component& component : AppInfo::components())
            QVERIFY2(versions.contains(component.name + QLatin1Char(' ') + component.version), qPrintable(versions));
        QVERIFY2(versions.contains(QStringLiteral("libssh 0.")), qPrintable(versions));
        QVERIFY(label("aboutLinks")->text().contains(AppInfo::homepage().toHtmlEscaped()));
        QVERIFY(label("aboutLinks")->openExternalLinks());
        // Everything but the link is plain text.
        for (QLabel* l : dialog->findChildren<QLabel*>()) {
            if (l != label("aboutLinks"))
                QVERIFY2(l->textFormat() == Qt::PlainText, qPrintable(l->objectName()));
        }
        // Asking again shows the same dialog.
        action->trigger();
        QCOMPARE(window.findChildren<QDialog*>(QStringLiteral("aboutDialog")).size(), 1);
    }
};

QTEST_MAIN(tst_HelpMenu)
#include "tst_helpmenu.moc"
