#include "../security/CrossAccountFixture.h"
#include "EverywhereDialogChecks.h"
#include "MessageBoxChecks.h"

#include "security/RemoveEverywhereDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

using namespace EverywhereDialogChecks;

/**
 * *Remove a Key Everywhere…* (issue 23, docs/SECURITY-OVERVIEW.md "Across accounts"), driven through its widgets:
 * a Vast.ai and a Spheron AI account in one sandbox over real HTTP, a lost device's key in both; the plan lists the
 * places, one confirmation removes each once, a fault on one account leaves it Failed with the reason, and Retry
 * removes it without a second DELETE anywhere.
 */
class tst_RemoveEverywhereDialog : public QObject
{
    Q_OBJECT

private:
    CrossAccountFixture m_fx;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<RemoveEverywhereDialog> m_dialog;
    QString m_line;
    QString m_fingerprint;
    QString m_vastId;
    QString m_spheronId;
    QString m_vastPlace;
    QString m_spheronPlace;

    void putEverywhere()
    {
        m_vastId = m_fx.put(m_fx.vastCheck.get(), m_line);
        m_spheronId = m_fx.put(m_fx.spheronCheck.get(), m_line, m_fx.demo.spheronTeamId);
    }

    RemoveEverywhereDialog* openDialog()
    {
        m_dialog = std::make_unique<RemoveEverywhereDialog>(m_fx.accounts());
        m_dialog->show();
        if (!QTest::qWaitForWindowExposed(m_dialog.get()))
            return nullptr;
        return m_dialog.get();
    }

    /** Waits until the dialog neither looks nor removes. */
    bool settled() const
    {
        return QTest::qWaitFor([&] { return !m_dialog->isWorking(); }, 30000);
    }

    int deletes() const
    {
        return m_fx.countIn(QStringLiteral("DELETE"), false) + m_fx.countIn(QStringLiteral("DELETE"), true);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fx.start(&error), qPrintable(error));
    }

    void init()
    {
        m_fx.reset();
        m_line = ProviderTest::randomEd25519Line(QStringLiteral("lost@laptop"));
        m_fingerprint = Security::fingerprintOf(m_line);
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        qputenv("HOME", QFile::encodeName(m_home->path()));
        QVERIFY(writePublicKey(m_home->path(), QStringLiteral("id_desk"),
                               ProviderTest::randomEd25519Line(QStringLiteral("ada@desk"))));
        QVERIFY(writePublicKey(m_home->path(), QStringLiteral("id_lost"), m_line));
        m_vastPlace = QStringLiteral("Vast");
        m_spheronPlace = QStringLiteral("Spheron · team Ada's Lab");
    }

    void cleanup()
    {
        m_dialog.reset();
        m_fx.sandbox.clearFaults();
        KD_VERIFY_NO_PENDING_ANSWERS();
    }

    void aLocalKeyIsFoundEverywhereAndRemovedAfterOneConfirmation()
    {
        putEverywhere();
        m_fx.handled.clear();
        RemoveEverywhereDialog* dialog = openDialog();
        QVERIFY(dialog);
        auto* combo = dialog->findChild<QComboBox*>(QStringLiteral("localKeyCombo"));
        const int lost = combo->findData(m_fingerprint);
        QVERIFY(lost >= 0);
        QVERIFY2(combo->itemText(lost).contains(u"id_lost.pub") && combo->itemText(lost).contains(m_fingerprint),
                 qPrintable(combo->itemText(lost)));
        combo->setCurrentIndex(lost);
        auto* remove = button(dialog, "removeButton");
        QVERIFY(!remove->isEnabled());

        button(dialog, "searchButton")->click();
        QVERIFY(dialog->isWorking());
        QVERIFY(dialog->findChild<QProgressBar*>(QStringLiteral("progressBar"))->isVisible());
        QVERIFY(!button(dialog, "searchButton")->isEnabled());
        QVERIFY(settled());
        QCOMPARE(results(dialog),
                 (QMap<QString, QString> {{m_vastPlace, QStringLiteral("pending")},
                                          {m_spheronPlace, QStringLiteral("pending")}}));
        QVERIFY(remove->isEnabled());
        QVERIFY(remove->isDefault());
        QCOMPARE(deletes(), 0);

        // Cancel removes nothing.
        MessageBox::setNextAnswer(false);
        remove->click();
        QCOMPARE(deletes(), 0);
        QVERIFY(!dialog->isWorking());

        // One confirmation for every place, naming them.
        MessageBox::setNextAnswer(true);
        remove->click();
        QVERIFY(MessageBox::lastQuestionText().contains(m_fingerprint));
        QVERIFY(MessageBox::lastQuestionText().contains(m_spheronPlace));
        QVERIFY(dialog->isWorking());
        QVERIFY(!remove->isEnabled());
        QVERIFY(!button(dialog, "searchButton")->isEnabled());
        QVERIFY(!button(dialog, "closeButton")->isEnabled());
        QVERIFY(settled());
        QCOMPARE(results(dialog),
                 (QMap<QString, QString> {{m_vastPlace, QStringLiteral("removed")},
                                          {m_spheronPlace, QStringLiteral("removed")}}));
        QCOMPARE(resultText(dialog, m_vastPlace), QStringLiteral("Removed"));
        QCOMPARE(m_fx.count(QStringLiteral("DELETE"), m_vastId), 1);
        QCOMPARE(m_fx.count(QStringLiteral("DELETE"), m_spheronId), 1);
        QCOMPARE(m_fx.copies(m_fx.vastCheck.get(), m_line), 0);
        QCOMPARE(m_fx.copies(m_fx.spheronCheck.get(), m_line, m_fx.demo.spheronTeamId), 0);
        QVERIFY(dialog->removedSomething());
        QVERIFY(!button(dialog, "retryButton")->isEnabled());
        QVERIFY(button(dialog, "closeButton")->isEnabled());
        QVERIFY(button(dialog, "closeButton")->isDefault());
    }

    void aFaultOnOneAccountFailsThereAndRetryRemovesItWithoutDeletingTwice()
    {
        putEverywhere();
        RemoveEverywhereDialog* dialog = openDialog();
        QVERIFY(dialog);
        // By keyboard: the fingerprint typed, Enter searches.
        auto* edit = dialog->findChild<QLineEdit*>(QStringLiteral("fingerprintEdit"));
        edit->setFocus();
        QTest::keyClicks(edit, m_fingerprint);
        QVERIFY(dialog->findChild<QRadioButton*>(QStringLiteral("fingerprintRadio"))->isChecked());
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY(settled());
        QCOMPARE(results(dialog).size(), 2);

        m_fx.sandbox.setFault(CrossAccountFixture::status(500, "DELETE", false));
        MessageBox::setNextAnswer(true);
        QTest::keyClick(edit, Qt::Key_Return); // Enter now removes (after the one confirmation)
        QVERIFY(settled());
        QCOMPARE(results(dialog),
                 (QMap<QString, QString> {{m_vastPlace, QStringLiteral("failed")},
                                          {m_spheronPlace, QStringLiteral("removed")}}));
        const QString reason = resultText(dialog, m_vastPlace);
        QVERIFY2(reason.startsWith(QStringLiteral("Failed: ")) && reason.size() > 20, qPrintable(reason));
        auto* retry = button(dialog, "retryButton");
        QVERIFY(retry->isVisible() && retry->isEnabled() && retry->isDefault());
        QCOMPARE(m_fx.count(QStringLiteral("DELETE"), m_spheronId), 1);
        QCOMPARE(m_fx.copies(m_fx.vastCheck.get(), m_line), 1);

        m_fx.sandbox.clearFaults();
        retry->click();
        QVERIFY(dialog->isWorking());
        QVERIFY(!retry->isEnabled());
        QVERIFY(settled());
        QCOMPARE(results(dialog),
                 (QMap<QString, QString> {{m_vastPlace, QStringLiteral("removed")},
                                          {m_spheronPlace, QStringLiteral("removed")}}));
        // Never twice: the place removed the first time got no second DELETE.
        QCOMPARE(m_fx.count(QStringLiteral("DELETE"), m_spheronId), 1);
        QCOMPARE(m_fx.count(QStringLiteral("DELETE"), m_vastId), 2);
        QCOMPARE(m_fx.copies(m_fx.vastCheck.get(), m_line), 0);
        QVERIFY(!retry->isEnabled());
    }

    void aListThatCannotBeReadIsNamedWithTheReason()
    {
        putEverywhere();
        m_fx.sandbox.setFault(CrossAccountFixture::status(500, "GET", false));
        RemoveEverywhereDialog* dialog = openDialog();
        QVERIFY(dialog);
        dialog->searchFingerprint(m_fingerprint);
        QVERIFY(settled());
        QCOMPARE(results(dialog), (QMap<QString, QString> {{m_spheronPlace, QStringLiteral("pending")}}));
        auto* failures = dialog->findChild<QLabel*>(QStringLiteral("failuresLabel"));
        QVERIFY2(failures->text().startsWith(QStringLiteral("The keys of “Vast” could not be read: ")),
                 qPrintable(failures->text()));
        QVERIFY(failures->text().contains(QStringLiteral("may be registered there unseen")));
        QCOMPARE(failures->textFormat(), Qt::PlainText);
    }

    void aFingerprintIsCheckedBeforeAnySearch()
    {
        RemoveEverywhereDialog* dialog = openDialog();
        QVERIFY(dialog);
        auto* edit = dialog->findChild<QLineEdit*>(QStringLiteral("fingerprintEdit"));
        auto* error = dialog->findChild<QLabel*>(QStringLiteral("keyErrorLabel"));
        auto* search = button(dialog, "searchButton");
        QTest::keyClicks(edit, QStringLiteral("ssh-ed25519"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"not a SHA256 fingerprint"), qPrintable(error->text()));
        QVERIFY(!search->isEnabled());
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(m_fx.handled.size(), 0);

        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("MD5:16:27:ac:a5:76:28:2d:36:63:1b:56:4d:eb:df:a6:48"));
        QVERIFY2(error->text().contains(u"MD5"), qPrintable(error->text()));
        QVERIFY(!search->isEnabled());

        // The prefix in any case, spaces around it: accepted.
        edit->clear();
        QTest::keyClicks(edit, QStringLiteral(" sha256:") + m_fingerprint.mid(7) + QLatin1Char(' '));
        QVERIFY(!error->isVisible());
        QVERIFY(search->isEnabled());
    }

    void closingWhileRemovingWaitsForTheSummary()
    {
        putEverywhere();
        RemoveEverywhereDialog* dialog = openDialog();
        QVERIFY(dialog);
        dialog->searchFingerprint(m_fingerprint);
        QVERIFY(settled());
        // Each delete answers slowly: Escape and the window's close come while it runs.
        SandboxFault slow = CrossAccountFixture::fault(SandboxFault::Kind::Latency, "DELETE", false);
        slow.latencyMs = 600;
        m_fx.sandbox.setFault(slow);
        MessageBox::setNextAnswer(true);
        button(dialog, "removeButton")->click();
        QVERIFY(dialog->isWorking());
        QTest::keyClick(dialog, Qt::Key_Escape);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->close());
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("statusLabel"))->text().contains(u"still removing"));
        QVERIFY(settled());
        QCOMPARE(results(dialog).values(), (QStringList {QStringLiteral("removed"), QStringLiteral("removed")}));
        QTest::keyClick(dialog, Qt::Key_Escape);
        QVERIFY(!dialog->isVisible());
    }

    void aPlanForAKeyNoLongerChosenIsNotShown()
    {
        putEverywhere();
        RemoveEverywhereDialog* dialog = openDialog();
        QVERIFY(dialog);
        auto* combo = dialog->findChild<QComboBox*>(QStringLiteral("localKeyCombo"));
        const int lost = combo->findData(m_fingerprint);
        combo->setCurrentIndex(lost);
        button(dialog, "searchButton")->click();
        QVERIFY(dialog->isWorking());
        // Another key chosen while Keydeck looks: the places it finds are not this key's.
        combo->setCurrentIndex(lost == 0 ? 1 : 0);
        QVERIFY(settled());
        QVERIFY(results(dialog).isEmpty());
        QVERIFY(!button(dialog, "removeButton")->isEnabled());
        QVERIFY(button(dialog, "searchButton")->isEnabled());
    }

    void aKeysNameFromTheServerIsShownAsPlainText()
    {
        const QString hostile = QStringLiteral("<a href=\"https://example.com\">lost</a> <b>laptop</b>");
        m_fx.put(m_fx.spheronCheck.get(), m_line, m_fx.demo.spheronTeamId, hostile);
        RemoveEverywhereDialog* dialog = openDialog();
        QVERIFY(dialog);
        dialog->searchFingerprint(m_fingerprint);
        QVERIFY(settled());
        auto* view = dialog->findChild<QTreeWidget*>(QStringLiteral("placesView"));
        QCOMPARE(view->topLevelItemCount(), 1);
        QCOMPARE(view->topLevelItem(0)->text(1), hostile);
        MessageBox::setNextAnswer(false);
        button(dialog, "removeButton")->click();
        bool named = false;
        for (const MessageBox::ShownLabel& label : MessageBox::lastQuestionLabels()) {
            QVERIFY(label.format == Qt::PlainText && !label.opensExternalLinks);
            named = named || label.text.contains(hostile);
        }
        QVERIFY(named);
    }

    void tabReachesEveryControlInOrder()
    {
        RemoveEverywhereDialog* dialog = openDialog();
        QVERIFY(dialog);
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        dialog->findChild<QWidget*>(QStringLiteral("localKeyRadio"))->setFocus();
        QStringList order {QApplication::focusWidget()->objectName()};
        for (int i = 0; i < 4; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            order << QApplication::focusWidget()->objectName();
        }
        // Tab skips the radio button not chosen (the arrow keys choose), as in every Qt group of choices.
        QCOMPARE(order,
                 (QStringList {QStringLiteral("localKeyRadio"), QStringLiteral("localKeyCombo"),
                               QStringLiteral("fingerprintEdit"), QStringLiteral("searchButton"),
                               QStringLiteral("placesView")}));
        auto* local = dialog->findChild<QRadioButton*>(QStringLiteral("localKeyRadio"));
        local->setFocus();
        QTest::keyClick(local, Qt::Key_Down);
        QVERIFY(dialog->findChild<QRadioButton*>(QStringLiteral("fingerprintRadio"))->isChecked());
    }
};

QTEST_MAIN(tst_RemoveEverywhereDialog)
#include "tst_removeeverywheredialog.moc"
