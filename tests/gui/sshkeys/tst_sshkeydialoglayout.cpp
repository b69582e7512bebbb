#include "MessageBoxChecks.h"
#include "SshKeysFixture.h"

#include "pages/sshkeys/AddSshKeyDialog.h"
#include "pages/sshkeys/GenerateSshKeyDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QTest>

/** How the SSH key dialogs hold their shape while the user types (issue 18 item 22). */
class tst_SshKeyDialogLayout : public QObject
{
    Q_OBJECT

private:
    SshKeysFixture m_fx;

private slots:
    void cleanup() { KD_VERIFY_NO_PENDING_ANSWERS(); }

    void addDialogKeepsItsWidthWhenTheFingerprintAppears()
    {
        // The dialog widened by the fingerprint's length the moment a valid key was pasted.
        QVERIFY(m_fx.start(QStringLiteral("vast")));
        AddSshKeyDialog dialog(m_fx.provider.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::qWait(20);
        const int before = dialog.width();
        auto* fingerprint = dialog.findChild<QLabel*>(QStringLiteral("fingerprintLabel"));
        QVERIFY(fingerprint);
        dialog.setKeyText(SshKeysTest::freshKeyLine(QStringLiteral("ada@laptop")));
        QTRY_VERIFY(fingerprint->text().startsWith(QLatin1String("SHA256:")));
        QTest::qWait(50);
        QCOMPARE(dialog.width(), before);
        // The whole fingerprint is still readable.
        QVERIFY(fingerprint->width()
                >= fingerprint->fontMetrics().horizontalAdvance(fingerprint->text().section(u' ', 0, 0)));
    }

    void passphraseMismatchIsAlignedWithTheFields()
    {
        // "The two passphrases do not match." showed at the dialog's edge, under the labels, not under the fields.
        QVERIFY(m_fx.start(QStringLiteral("vast")));
        GenerateSshKeyDialog dialog(m_fx.provider.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* passphrase = dialog.findChild<QLineEdit*>(QStringLiteral("passphraseEdit"));
        auto* confirm = dialog.findChild<QLineEdit*>(QStringLiteral("confirmEdit"));
        QTest::keyClicks(passphrase, QStringLiteral("correct horse battery"));
        QTest::keyClicks(confirm, QStringLiteral("correct horse"));
        QTest::qWait(20);
        QLabel* message = nullptr;
        for (QLabel* label : dialog.findChildren<QLabel*>()) {
            if (label->isVisible() && label->text() == QLatin1String("The two passphrases do not match."))
                message = label;
        }
        QVERIFY(message);
        QCOMPARE(message->mapTo(&dialog, QPoint(0, 0)).x(), confirm->mapTo(&dialog, QPoint(0, 0)).x());
        QVERIFY(message->mapTo(&dialog, QPoint(0, 0)).y() > confirm->mapTo(&dialog, QPoint(0, 0)).y());
        QTest::keyClicks(confirm, QStringLiteral(" battery"));
        QVERIFY(!message->isVisible());
    }
};

QTEST_MAIN(tst_SshKeyDialogLayout)
#include "tst_sshkeydialoglayout.moc"
