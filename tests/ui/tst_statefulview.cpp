#include "widgets/EmptyStateWidget.h"
#include "widgets/MessageBox.h"
#include "widgets/StatefulView.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

class tst_StatefulView : public QObject
{
    Q_OBJECT

private slots:
    void startsLoadingAndSwitchesToContent()
    {
        StatefulView view;
        auto* content = new QLabel(QStringLiteral("rows"));
        view.setContentWidget(content);
        view.showLoading(QStringLiteral("Loading SSH keys…"));
        QCOMPARE(view.state(), StatefulView::State::Loading);
        QCOMPARE(view.stateText(), QStringLiteral("Loading SSH keys…"));
        view.showContent();
        QCOMPARE(view.state(), StatefulView::State::Content);
        QVERIFY(view.currentWidget()->isAncestorOf(content));
    }

    void saysHowManyItemsCouldNotBeRead()
    {
        // Issue 19 item 4: a list shown without its unreadable items says so, over the rows and in the empty state.
        StatefulView view;
        auto* content = new QLabel(QStringLiteral("rows"));
        view.setContentWidget(content);
        view.resize(400, 300);
        view.show();
        auto* notice = view.findChild<QLabel*>(QStringLiteral("unreadableNotice"));
        QVERIFY(notice);
        view.setUnreadableItems(2);
        view.showContent();
        QVERIFY(notice->isVisible());
        QCOMPARE(notice->textFormat(), Qt::PlainText);
        // The English plural forms come from the en catalog, which this test does not load.
        QVERIFY(view.stateText().startsWith(QStringLiteral("2 item")));
        QVERIFY(view.stateText().contains(QStringLiteral("could not be read")));
        view.setUnreadableItems(1);
        view.showEmpty(QStringLiteral("No SSH keys yet"), QStringLiteral("Add one."));
        QVERIFY(view.stateText().startsWith(QStringLiteral("No SSH keys yet\nAdd one.\n1 item")));
        // The next clean list takes the sentence away.
        view.setUnreadableItems(0);
        QCOMPARE(view.stateText(), QStringLiteral("No SSH keys yet\nAdd one."));
        view.showContent();
        QVERIFY(!notice->isVisible());
        QVERIFY(view.noticeText().isEmpty());
    }

    void errorOffersRetryOnlyWhenRetryable()
    {
        StatefulView view;
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy retry(&view, &StatefulView::retryRequested);
        view.showError(QStringLiteral("The server answered 500."));
        QCOMPARE(view.stateText(), QStringLiteral("The server answered 500."));
        auto* error = view.findChild<EmptyStateWidget*>(QStringLiteral("errorState"));
        auto* button = error->findChild<QPushButton*>(QStringLiteral("emptyStateAction"));
        QVERIFY(!button->isHidden());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(retry.count(), 1);

        view.showError(QStringLiteral("Not allowed."), false);
        QVERIFY(button->isHidden());
    }

    void aLongErrorInAShortViewScrollsInsteadOfBeingCut()
    {
        // Seen at 800×600: under the SSH Keys splitter the error's last line was cut off.
        StatefulView view;
        view.resize(420, 150);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.showError(QStringLiteral("This account uses two-factor authentication. Enter a code from your "
                                      "authenticator app to continue. The server said: “Two Factor Authentication is "
                                      "enabled for this account: log in with a 2FA code (POST /api/v0/tfa/) and use "
                                      "the session key.”"));
        QApplication::processEvents();
        auto* error = view.findChild<QWidget*>(QStringLiteral("errorState"));
        QVERIFY(error);
        auto* description = error->findChild<QLabel*>(QStringLiteral("emptyStateDescription"));
        QVERIFY(description);
        const auto isVisibleHere = [&] { return description->isVisibleTo(&view); };
        QTRY_VERIFY(isVisibleHere());
        // Whole in the view, or in a scroll area that reaches it: never cut off below the view's edge.
        const QRect inView(description->mapTo(&view, QPoint(0, 0)), description->size());
        auto* scroll = qobject_cast<QScrollArea*>(view.currentWidget());
        const bool reachable = scroll && scroll->verticalScrollBar()->maximum() > 0;
        QVERIFY2(view.rect().contains(inView) || reachable,
                 qPrintable(QStringLiteral("text at %1..%2 in a view %3 px high")
                                .arg(inView.top())
                                .arg(inView.bottom())
                                .arg(view.height())));
        QVERIFY(description->height() >= description->heightForWidth(description->width()));
    }

    void emptyStateCarriesItsAction()
    {
        StatefulView view;
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy action(&view, &StatefulView::emptyActionTriggered);
        view.showEmpty(QStringLiteral("No SSH keys"), QStringLiteral("Add one."), QStringLiteral("&Add SSH Key…"));
        QCOMPARE(view.state(), StatefulView::State::Empty);
        QVERIFY(view.stateText().contains(QStringLiteral("No SSH keys")));
        auto* empty = view.findChild<EmptyStateWidget*>(QStringLiteral("emptyState"));
        QTest::mouseClick(empty->findChild<QPushButton*>(QStringLiteral("emptyStateAction")), Qt::LeftButton);
        QCOMPARE(action.count(), 1);
    }

    void messageBoxSeamAnswersWithoutADialog()
    {
        const int asked = MessageBox::questionsAsked();
        QCOMPARE(MessageBox::pendingAnswers(), 0);
        MessageBox::setNextAnswer(true);
        MessageBox::setNextAnswer(false);
        QCOMPARE(MessageBox::pendingAnswers(), 2);
        QVERIFY(MessageBox::confirm(nullptr, QStringLiteral("Delete key"), QStringLiteral("Delete “ada”?"),
                                    QStringLiteral("Delete")));
        QVERIFY(MessageBox::lastQuestionText().contains(QStringLiteral("ada")));
        QVERIFY(!MessageBox::confirm(nullptr, QStringLiteral("Delete key"), QStringLiteral("Delete “bob”?"),
                                     QStringLiteral("Delete")));
        QVERIFY(MessageBox::lastQuestionText().contains(QStringLiteral("bob")));
        QCOMPARE(MessageBox::pendingAnswers(), 0);
        QCOMPARE(MessageBox::questionsAsked() - asked, 2);
        // A warning takes a programmed answer too, and counts as a question.
        MessageBox::setNextAnswer(true);
        MessageBox::warning(nullptr, QStringLiteral("Not deleted"), QStringLiteral("The key “ada” is still there."));
        QCOMPARE(MessageBox::pendingAnswers(), 0);
        QCOMPARE(MessageBox::questionsAsked() - asked, 3);
    }
};

QTEST_MAIN(tst_StatefulView)
#include "tst_statefulview.moc"
