#include "../security/CrossAccountFixture.h"
#include "EverywhereDialogChecks.h"
#include "MessageBoxChecks.h"

#include "security/AddEverywhereDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace EverywhereDialogChecks;

/**
 * *Add a Key to Every Account…* (issue 23, docs/SECURITY-OVERVIEW.md "Across accounts"), driven through its widgets:
 * a Vast.ai and a Spheron AI account in one sandbox over real HTTP; a new device's key is added where it is missing,
 * under the name given, and a lost answer never makes a second copy.
 */
class tst_AddEverywhereDialog : public QObject
{
    Q_OBJECT

private:
    CrossAccountFixture m_fx;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<AddEverywhereDialog> m_dialog;
    QString m_line;
    QString m_vastPlace;
    QString m_spheronPlace;

    /** Opens the dialog with the new key chosen. */
    AddEverywhereDialog* openDialog()
    {
        m_dialog = std::make_unique<AddEverywhereDialog>(m_fx.accounts());
        m_dialog->show();
        if (!QTest::qWaitForWindowExposed(m_dialog.get()))
            return nullptr;
        auto* combo = m_dialog->findChild<QComboBox*>(QStringLiteral("localKeyCombo"));
        for (int i = 0; i < combo->count(); ++i) {
            if (combo->itemText(i).startsWith(QLatin1String("id_new.pub")))
                combo->setCurrentIndex(i);
        }
        return m_dialog.get();
    }

    bool settled() const
    {
        return QTest::qWaitFor([&] { return !m_dialog->isWorking(); }, 30000);
    }

    int vastCopies() { return m_fx.copies(m_fx.vastCheck.get(), m_line); }
    int spheronCopies() { return m_fx.copies(m_fx.spheronCheck.get(), m_line, m_fx.demo.spheronTeamId); }
    int posts(bool spheronDialect) const { return m_fx.countIn(QStringLiteral("POST"), spheronDialect); }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fx.start(&error), qPrintable(error));
    }

    void init()
    {
        m_fx.reset();
        m_line = ProviderTest::randomEd25519Line(QStringLiteral("ada@new-desk"));
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        qputenv("HOME", QFile::encodeName(m_home->path()));
        QVERIFY(writePublicKey(m_home->path(), QStringLiteral("id_a_old"),
                               ProviderTest::randomEd25519Line(QStringLiteral("ada@old"))));
        QVERIFY(writePublicKey(m_home->path(), QStringLiteral("id_new"), m_line));
        m_vastPlace = QStringLiteral("Vast");
        // The account's current team (Account::teamId): its name is not read for adding.
        m_spheronPlace = QStringLiteral("Spheron");
    }

    void cleanup()
    {
        m_dialog.reset();
        m_fx.sandbox.clearFaults();
        KD_VERIFY_NO_PENDING_ANSWERS();
    }

    void addsTheKeyWhereItIsMissingUnderTheNameGiven()
    {
        m_fx.put(m_fx.vastCheck.get(), m_line);
        m_fx.handled.clear();
        AddEverywhereDialog* dialog = openDialog();
        QVERIFY(dialog);
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
        QCOMPARE(name->text(), QStringLiteral("ada@new-desk")); // the key's comment
        auto* add = button(dialog, "addButton");
        QVERIFY(!add->isEnabled());

        button(dialog, "searchButton")->click();
        QVERIFY(dialog->isWorking());
        QVERIFY(!button(dialog, "searchButton")->isEnabled());
        QVERIFY(settled());
        // Where it is there already, and where it is missing.
        QCOMPARE(results(dialog),
                 (QMap<QString, QString> {{m_vastPlace, QStringLiteral("alreadyThere")},
                                          {m_spheronPlace, QStringLiteral("pending")}}));
        QCOMPARE(resultText(dialog, m_spheronPlace), QStringLiteral("Missing"));
        QVERIFY(add->isEnabled() && add->isDefault());
        QCOMPARE(posts(false) + posts(true), 0);

        name->clear();
        QTest::keyClicks(name, QStringLiteral("New desk"));
        QTest::keyClick(name, Qt::Key_Return); // Enter adds
        QVERIFY(dialog->isWorking());
        QVERIFY(!add->isEnabled());
        QVERIFY(!button(dialog, "closeButton")->isEnabled());
        QVERIFY(settled());
        QCOMPARE(results(dialog),
                 (QMap<QString, QString> {{m_vastPlace, QStringLiteral("alreadyThere")},
                                          {m_spheronPlace, QStringLiteral("added")}}));
        QCOMPARE(posts(false), 0);
        QCOMPARE(posts(true), 1);
        QCOMPARE(vastCopies(), 1);
        QCOMPARE(spheronCopies(), 1);
        bool named = false;
        for (const SshKey& key : m_fx.keys(m_fx.spheronCheck.get(), m_fx.demo.spheronTeamId))
            named = named
                || (key.name == QLatin1String("New desk")
                    && Security::fingerprintOf(key.publicKey) == Security::fingerprintOf(m_line));
        QVERIFY(named);
        QVERIFY(dialog->addedSomething());
        QVERIFY(button(dialog, "closeButton")->isDefault());
    }

    void aFaultOnOneAccountFailsThereAndRetryAddsIt()
    {
        AddEverywhereDialog* dialog = openDialog();
        QVERIFY(dialog);
        button(dialog, "searchButton")->click();
        QVERIFY(settled());
        m_fx.sandbox.setFault(CrossAccountFixture::status(500, "POST", true));
        button(dialog, "addButton")->click();
        QVERIFY(settled());
        QCOMPARE(results(dialog),
                 (QMap<QString, QString> {{m_vastPlace, QStringLiteral("added")},
                                          {m_spheronPlace, QStringLiteral("failed")}}));
        const QString reason = resultText(dialog, m_spheronPlace);
        QVERIFY2(reason.startsWith(QStringLiteral("Failed: ")) && reason.size() > 20, qPrintable(reason));
        auto* retry = button(dialog, "retryButton");
        QVERIFY(retry->isVisible() && retry->isEnabled());

        m_fx.sandbox.clearFaults();
        retry->click();
        QVERIFY(settled());
        QCOMPARE(results(dialog),
                 (QMap<QString, QString> {{m_vastPlace, QStringLiteral("added")},
                                          {m_spheronPlace, QStringLiteral("added")}}));
        QCOMPARE(posts(false), 1);
        QCOMPARE(vastCopies(), 1);
        QCOMPARE(spheronCopies(), 1);
    }

    void aLostAnswerNeverMakesTwoCopies()
    {
        AddEverywhereDialog* dialog = openDialog();
        QVERIFY(dialog);
        button(dialog, "searchButton")->click();
        QVERIFY(settled());
        // Vast.ai stores the key and drops the answer, and its list cannot be read again: nobody knows.
        m_fx.sandbox.setFault(CrossAccountFixture::fault(SandboxFault::Kind::DropConnection, "POST", false));
        m_fx.sandbox.setFault(CrossAccountFixture::status(500, "GET", false));
        button(dialog, "addButton")->click();
        QVERIFY(settled());
        QCOMPARE(results(dialog),
                 (QMap<QString, QString> {{m_vastPlace, QStringLiteral("unknown")},
                                          {m_spheronPlace, QStringLiteral("added")}}));
        QVERIFY2(resultText(dialog, m_vastPlace).startsWith(QStringLiteral("Unknown: ")),
                 qPrintable(resultText(dialog, m_vastPlace)));

        m_fx.sandbox.clearFaults();
        button(dialog, "retryButton")->click();
        QVERIFY(settled());
        // The retry looked first and found the upload that had arrived: nothing was sent again.
        QCOMPARE(results(dialog).value(m_vastPlace), QStringLiteral("added"));
        QCOMPARE(posts(false), 1);
        QCOMPARE(vastCopies(), 1);
        QCOMPARE(spheronCopies(), 1);
    }

    void closingWhileAddingWaitsForTheSummary()
    {
        AddEverywhereDialog* dialog = openDialog();
        QVERIFY(dialog);
        button(dialog, "searchButton")->click();
        QVERIFY(settled());
        SandboxFault slow = CrossAccountFixture::fault(SandboxFault::Kind::Latency, "POST", false);
        slow.latencyMs = 600;
        m_fx.sandbox.setFault(slow);
        button(dialog, "addButton")->click();
        QVERIFY(dialog->isWorking());
        QTest::keyClick(dialog, Qt::Key_Escape);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->close());
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("statusLabel"))->text().contains(u"still adding"));
        QVERIFY(settled());
        QCOMPARE(results(dialog).values(), (QStringList {QStringLiteral("added"), QStringLiteral("added")}));
        QTest::keyClick(dialog, Qt::Key_Escape);
        QVERIFY(!dialog->isVisible());
    }
};

QTEST_MAIN(tst_AddEverywhereDialog)
#include "tst_addeverywheredialog.moc"
