#include "MessageBoxChecks.h"
#include "SshKeysFixture.h"

#include "UiContext.h"
#include "pages/sshkeys/SshKeysModel.h"
#include "pages/sshkeys/SshKeysPage.h"
#include "widgets/FilterField.h"
#include "widgets/MessageBox.h"
#include "widgets/StatefulView.h"

#include <QAccessible>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QToolButton>

/**
 * How the SSH Keys list reads (issue 18 item 24): the Name column keeps its width before the fingerprint, Esc empties
 * the filter, a filter that hides every row says so, a key added today says "today", dates carry four-digit years;
 * and its question titles follow the other tabs' (item 23).
 */
class tst_SshKeysList : public QObject
{
    Q_OBJECT

private:
    SshKeysFixture m_fx;
    UiContext m_context;
    std::unique_ptr<SshKeysPage> m_page;

    template <typename T>
    T* child(const char* name) const
    {
        return m_page->findChild<T*>(QString::fromLatin1(name));
    }
    QTableView* table() const { return child<QTableView>("keysTable"); }
    QLineEdit* filter() const { return child<QLineEdit>("filterEdit"); }

    /** Shows the page at @p width; @p seed starts the sandbox afresh (false: keep what a test added). */
    bool openPage(int width, bool seed = true)
    {
        if (seed && !m_fx.start(QStringLiteral("vast")))
            return false;
        m_page = std::make_unique<SshKeysPage>(m_fx.provider.get(), &m_context);
        m_page->resize(width, 600);
        m_page->show();
        if (!QTest::qWaitForWindowExposed(m_page.get()))
            return false;
        m_page->refresh();
        return QTest::qWaitFor(
            [this] { return child<StatefulView>("keysView")->state() == StatefulView::State::Content; }, 30000);
    }

    int rowOf(const QString& label) const
    {
        for (int row = 0; row < table()->model()->rowCount(); ++row) {
            if (table()->model()->index(row, SshKeysModel::NameColumn).data().toString() == label)
                return row;
        }
        return -1;
    }

private slots:
    void init() { QDir(SshKeysTest::sshDir()).removeRecursively(); }
    void cleanup()
    {
        m_page.reset();
        KD_VERIFY_NO_PENDING_ANSWERS();
    }

    void nameKeepsItsWidthBeforeTheFingerprint()
    {
        // "tester…enamed": a key added to the list shown had its name elided while the fingerprint took the width.
        QVERIFY(openPage(760));
        QTest::qWait(50);
        const QString longName = QStringLiteral("tester-laptop-renamed-for-the-lab");
        QObject context;
        bool added = false;
        m_fx.provider->addSshKey(longName, SshKeysTest::freshKeyLine(longName), {}, &context,
                                 [&](ApiResult<SshKey> r) { added = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(added, 30000);
        QTest::keyClick(m_page.get(), Qt::Key_F5);
        QTRY_VERIFY(rowOf(longName) >= 0);
        QTest::qWait(50);
        const int row = rowOf(longName);
        const int nameWidth = table()->horizontalHeader()->sectionSize(SshKeysModel::NameColumn);
        const int needed = table()->sizeHintForIndex(table()->model()->index(row, SshKeysModel::NameColumn)).width();
        QVERIFY2(nameWidth >= needed, qPrintable(QStringLiteral("name %1 px, needs %2 px").arg(nameWidth).arg(needed)));
        // The fingerprint still shows enough to tell keys apart.
        QVERIFY(table()->horizontalHeader()->sectionSize(SshKeysModel::FingerprintColumn)
                >= table()->fontMetrics().horizontalAdvance(QStringLiteral("SHA256:abcdefghijkl")));
    }

    void escapeEmptiesTheFilterAndNoMatchesSaysSo()
    {
        QVERIFY(openPage(1000));
        const int all = table()->model()->rowCount();
        QVERIFY(all > 0);
        auto* noMatches = child<QLabel>("noMatchesLabel");
        QVERIFY(noMatches);
        QVERIFY(!noMatches->isVisible());
        filter()->setFocus();
        QTest::keyClicks(filter(), QStringLiteral("<b>nothing</b>"));
        QCOMPARE(table()->model()->rowCount(), 0);
        // Said in words, the filter's text as typed (plain text: no bold "nothing").
        QVERIFY(noMatches->isVisible());
        QCOMPARE(noMatches->textFormat(), Qt::PlainText);
        QVERIFY2(noMatches->text().contains(QStringLiteral("“<b>nothing</b>”")), qPrintable(noMatches->text()));
        QTest::keyClick(filter(), Qt::Key_Escape);
        QCOMPARE(filter()->text(), QString());
        QCOMPARE(table()->model()->rowCount(), all);
        QVERIFY(!noMatches->isVisible());
    }

    void filterClearButtonHasAName()
    {
        QVERIFY(openPage(1000));
        QTest::keyClicks(filter(), QStringLiteral("ada"));
        const auto buttons = filter()->findChildren<QToolButton*>();
        QVERIFY(!buttons.isEmpty());
        for (QToolButton* button : buttons) {
            QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(button);
            QVERIFY(accessible);
            QCOMPARE(accessible->text(QAccessible::Name), FilterField::clearButtonName());
        }
    }

    void newKeySaysTodayAndDatesHaveFullYears()
    {
        const QString name = QStringLiteral("made-today");
        QObject context;
        bool added = false;
        QVERIFY(m_fx.start(QStringLiteral("vast")));
        m_fx.provider->addSshKey(name, SshKeysTest::freshKeyLine(name), {}, &context,
                                 [&](ApiResult<SshKey> r) { added = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(added, 30000);
        QVERIFY(openPage(1000, false));
        const int row = rowOf(name);
        QVERIFY(row >= 0);
        QCOMPARE(table()->model()->index(row, SshKeysModel::AgeColumn).data().toString(), QStringLiteral("today"));
        const QString added_ = table()->model()->index(row, SshKeysModel::AddedColumn).data().toString();
        QVERIFY2(added_.contains(QString::number(QDate::currentDate().year())), qPrintable(added_));
    }

    void deleteQuestionTitleHasNoQuestionMark()
    {
        // Issue 18 item 23: "Delete SSH Key?" on this tab, "Delete API Key" on the next; titles name the action.
        QVERIFY(openPage(1000));
        table()->setFocus();
        table()->selectRow(0);
        MessageBox::setNextAnswer(false);
        QTest::keyClick(table(), Qt::Key_Delete);
        const QString title = MessageBox::lastQuestionText().section(QLatin1Char('\n'), 0, 0);
        QCOMPARE(title, QStringLiteral("Delete SSH Key"));
    }
};

QTEST_MAIN(tst_SshKeysList)
#include "tst_sshkeyslist.moc"
