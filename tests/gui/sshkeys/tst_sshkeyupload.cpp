#include "MessageBoxChecks.h"
#include "SshKeysFixture.h"

#include "UiContext.h"
#include "pages/sshkeys/AddSshKeyDialog.h"
#include "pages/sshkeys/GenerateSshKeyDialog.h"
#include "pages/sshkeys/LocalKeysModel.h"
#include "pages/sshkeys/SshKeysModel.h"
#include "pages/sshkeys/SshKeysPage.h"
#include "ssh/KeyFiles.h"
#include "widgets/MessageBox.h"
#include "widgets/StatefulView.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

/**
 * Uploads from the SSH Keys tab's dialogs, as the page runs them against the sandbox: a cancelled upload (issue 18
 * item 1), the file and comment Generate and Rotate propose (item 6), same names and a rotation stopped half-way (item
 * 19).
 */
class tst_SshKeyUpload : public QObject
{
    Q_OBJECT

private:
    SshKeysFixture m_fx;
    UiContext m_context;
    std::unique_ptr<SshKeysPage> m_page;

    StatefulView* view() const { return m_page->findChild<StatefulView*>(QStringLiteral("keysView")); }

    bool openPage(const QString& dialect)
    {
        if (!m_fx.start(dialect))
            return false;
        m_page = std::make_unique<SshKeysPage>(m_fx.provider.get(), &m_context);
        m_page->resize(1000, 700);
        m_page->show();
        if (!QTest::qWaitForWindowExposed(m_page.get()))
            return false;
        m_page->refresh();
        return QTest::qWaitFor([this] { return view()->state() == StatefulView::State::Content && !m_page->isBusy(); },
                               30000);
    }

    void slowCreate(SandboxFault::Kind kind)
    {
        SandboxFault fault;
        fault.kind = kind;
        fault.method = "POST";
        fault.pattern = m_fx.createPath();
        fault.latencyMs = 4000;
        fault.times = 1;
        m_fx.sandbox.setFault(fault);
    }

    static QString labelText(QWidget* dialog, const char* name)
    {
        auto* label = dialog->findChild<QLabel*>(QString::fromLatin1(name));
        return label && label->isVisible() ? label->text() : QString();
    }

    static void addDialects()
    {
        QTest::addColumn<QString>("dialect");
        QTest::newRow("vast") << QStringLiteral("vast");
        QTest::newRow("spheron") << QStringLiteral("spheron");
    }

private slots:
    void init() { QDir(SshKeysTest::sshDir()).removeRecursively(); }

    void cleanup()
    {
        m_page.reset();
        m_fx.sandbox.clearFaults();
        KD_VERIFY_NO_PENDING_ANSWERS();
    }

    void cancellingASlowAddSaysTheKeyArrivedAndShowsIt_data() { addDialects(); }
    void cancellingASlowAddSaysTheKeyArrivedAndShowsIt()
    {
        QFETCH(QString, dialect);
        QVERIFY(openPage(dialect));
        QSignalSpy status(m_page.get(), &SshKeysPage::statusMessage);
        m_page->addKey();
        auto* dialog = m_page->findChild<AddSshKeyDialog*>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        const QString line = SshKeysTest::freshKeyLine(QStringLiteral("ada@cancelled-upload"));
        dialog->setKeyText(line);
        QVERIFY(dialog->canSubmit());
        slowCreate(SandboxFault::Kind::Latency);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("addKeyButton")), Qt::LeftButton);
        QTRY_VERIFY(m_fx.sandbox.faults().isEmpty()); // the POST reached the server, its answer is slow

        QTest::keyClick(dialog, Qt::Key_Escape);
        // Not closed silently: it says the key may still arrive, and the page reads its list again.
        QVERIFY(dialog->isVisible());
        QVERIFY2(labelText(dialog, "errorLabel").contains(QLatin1String("may still arrive")),
                 qPrintable(labelText(dialog, "errorLabel")));
        QVERIFY(!status.isEmpty());
        QVERIFY(status.last().first().toString().contains(QLatin1String("may still arrive")));
        QTRY_VERIFY_WITH_TIMEOUT(labelText(dialog, "errorLabel").contains(QLatin1String("already reached the server")),
                                 15000);
        QVERIFY(!dialog->canSubmit()); // never sent twice from this form
        QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowOfKey(PublicKey::parse(line)) >= 0, 15000);
        QVERIFY(m_fx.isRegistered(line));
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!m_page->findChild<AddSshKeyDialog*>());
    }

    void cancellingAStalledAddSaysTheKeyMayStillArrive()
    {
        QVERIFY(openPage(QStringLiteral("vast")));
        m_page->addKey();
        auto* dialog = m_page->findChild<AddSshKeyDialog*>();
        QVERIFY(dialog);
        const QString line = SshKeysTest::freshKeyLine(QStringLiteral("ada@stalled-upload"));
        dialog->setKeyText(line);
        slowCreate(SandboxFault::Kind::Stall);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("addKeyButton")), Qt::LeftButton);
        QTRY_VERIFY(m_fx.sandbox.faults().isEmpty());
        QTest::keyClick(dialog, Qt::Key_Escape);
        QVERIFY(dialog->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(labelText(dialog, "errorLabel").contains(QLatin1String("not registered now")), 15000);
        QVERIFY(labelText(dialog, "errorLabel").contains(QLatin1String("may still add it")));
        QVERIFY(!m_fx.isRegistered(line));
        auto* close = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel);
        QVERIFY(close->text().contains(QLatin1String("Close")));
        QTest::mouseClick(close, Qt::LeftButton);
        QTRY_VERIFY(!m_page->findChild<AddSshKeyDialog*>());
    }

    void cancellingASlowGeneratedUploadSaysTheKeyArrived_data() { addDialects(); }
    void cancellingASlowGeneratedUploadSaysTheKeyArrived()
    {
        QFETCH(QString, dialect);
        QVERIFY(openPage(dialect));
        QSignalSpy status(m_page.get(), &SshKeysPage::statusMessage);
        m_page->generateKey();
        auto* dialog = m_page->findChild<GenerateSshKeyDialog*>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        slowCreate(SandboxFault::Kind::Latency);
        auto* generate = dialog->findChild<QPushButton*>(QStringLiteral("generateButton"));
        QVERIFY(generate->isEnabled());
        QTest::mouseClick(generate, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->stage(), GenerateSshKeyDialog::Stage::Uploading, 15000);
        QTRY_VERIFY(m_fx.sandbox.faults().isEmpty());

        QTest::keyClick(dialog, Qt::Key_Escape);
        QVERIFY(dialog->isVisible());
        QVERIFY2(labelText(dialog, "statusLabel").contains(QLatin1String("may still arrive")),
                 qPrintable(labelText(dialog, "statusLabel")));
        QVERIFY(status.last().first().toString().contains(QLatin1String("may still arrive")));
        QTRY_COMPARE_WITH_TIMEOUT(dialog->stage(), GenerateSshKeyDialog::Stage::Done, 15000);
        QVERIFY(labelText(dialog, "statusLabel").contains(QLatin1String("already reached the server")));
        const QString line = dialog->publicKeyLine();
        QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowOfKey(PublicKey::parse(line)) >= 0, 15000);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!m_page->findChild<GenerateSshKeyDialog*>());
    }
    void generateProposesAFileNameNoOtherKeyUses()
    {
        // Issue 18 item 6: ~/.ssh/id_ed25519 belongs to another key; proposing it would move that key aside.
        QVERIFY(openPage(QStringLiteral("vast")));
        const QString other = SshKeysTest::sshDir() + QStringLiteral("/id_ed25519");
        QVERIFY(SshKeysTest::writeFile(other, "another key\n"));
        QVERIFY(SshKeysTest::writeFile(other + QStringLiteral(".pub"),
                                       SshKeysTest::freshKeyLine(QStringLiteral("other")).toUtf8()));
        m_page->generateKey();
        auto* dialog = m_page->findChild<GenerateSshKeyDialog*>();
        QVERIFY(dialog);
        const QString proposed = dialog->findChild<QLineEdit*>(QStringLiteral("fileEdit"))->text();
        QVERIFY2(proposed != QLatin1String("~/.ssh/id_ed25519"), qPrintable(proposed));
        QVERIFY(proposed.startsWith(QLatin1String("~/.ssh/id_ed25519")));
        QVERIFY(!KeyFiles::existingPair(SshKeysTest::sshDir(), QFileInfo(proposed).fileName()).any());
        dialog->reject();
    }

    void rotateProposesTheKeysNameAndAFileOfItsOwn_data() { addDialects(); }
    void rotateProposesTheKeysNameAndAFileOfItsOwn()
    {
        QFETCH(QString, dialect);
        QVERIFY(openPage(dialect));
        const QString other = SshKeysTest::sshDir() + QStringLiteral("/id_ed25519");
        QVERIFY(SshKeysTest::writeFile(other, "another key\n"));
        auto* table = m_page->findChild<QTableView*>(QStringLiteral("keysTable"));
        table->setFocus();
        table->selectRow(0);
        const QString label = table->model()->index(0, SshKeysModel::NameColumn).data().toString();
        QVERIFY(!label.isEmpty());
        m_page->rotateSelectedKey();
        auto* dialog = m_page->findChild<GenerateSshKeyDialog*>();
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("commentEdit"))->text(), label);
        if (!m_fx.isVast())
            QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->text(), label);
        const QString proposed = dialog->findChild<QLineEdit*>(QStringLiteral("fileEdit"))->text();
        QVERIFY2(proposed != QLatin1String("~/.ssh/id_ed25519"), qPrintable(proposed));
        QVERIFY(!KeyFiles::existingPair(SshKeysTest::sshDir(), QFileInfo(proposed).fileName()).any());
        dialog->reject();
    }
    void addWarnsOfASameNameWithoutRefusing_data() { addDialects(); }
    void addWarnsOfASameNameWithoutRefusing()
    {
        // Issue 18 item 19: two keys called "MacBook" cannot be told apart; say so, but let the user go on.
        QFETCH(QString, dialect);
        QVERIFY(openPage(dialect));
        const QString taken = m_page->model()->labelAt(0);
        QVERIFY(!taken.isEmpty());
        m_page->addKey();
        auto* dialog = m_page->findChild<AddSshKeyDialog*>();
        QVERIFY(dialog);
        dialog->setKeyText(SshKeysTest::freshKeyLine(m_fx.isVast() ? taken : QStringLiteral("fresh-comment")));
        if (!m_fx.isVast())
            dialog->setName(taken);
        QVERIFY2(labelText(dialog, "validationLabel").contains(QLatin1String("already called")),
                 qPrintable(labelText(dialog, "validationLabel")));
        QVERIFY(labelText(dialog, "validationLabel").contains(taken));
        QVERIFY(dialog->canSubmit());
        dialog->setKeyText(SshKeysTest::freshKeyLine(QStringLiteral("a-name-nobody-has")));
        if (!m_fx.isVast())
            dialog->setName(QStringLiteral("a-name-nobody-has"));
        QVERIFY(!labelText(dialog, "validationLabel").contains(QLatin1String("already called")));
        dialog->reject();
    }

    void generateWarnsOfASameNameWithoutRefusing_data() { addDialects(); }
    void generateWarnsOfASameNameWithoutRefusing()
    {
        QFETCH(QString, dialect);
        QVERIFY(openPage(dialect));
        const QString taken = m_page->model()->labelAt(0);
        m_page->generateKey();
        auto* dialog = m_page->findChild<GenerateSshKeyDialog*>();
        QVERIFY(dialog);
        dialog->findChild<QLineEdit*>(QStringLiteral("commentEdit"))->setText(taken);
        QVERIFY2(labelText(dialog, "statusLabel").contains(QLatin1String("already called")),
                 qPrintable(labelText(dialog, "statusLabel")));
        QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("generateButton"))->isEnabled());
        dialog->reject();
    }

    void aRotationStoppedAtTheDeleteSaysWhichKeyIsNew()
    {
        QVERIFY(openPage(QStringLiteral("vast")));
        auto* table = m_page->findChild<QTableView*>(QStringLiteral("keysTable"));
        table->setFocus();
        table->selectRow(0);
        const QString label = table->model()->index(0, SshKeysModel::NameColumn).data().toString();
        const int before = m_fx.listKeys()->size();
        QSignalSpy status(m_page.get(), &SshKeysPage::statusMessage);
        m_page->rotateSelectedKey();
        auto* dialog = m_page->findChild<GenerateSshKeyDialog*>();
        QVERIFY(dialog);
        // The new key takes the old one's name on purpose: no same-name warning for it.
        QVERIFY(!labelText(dialog, "statusLabel").contains(QLatin1String("already called")));
        MessageBox::setNextAnswer(false); // "Delete SSH Key" — not now
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("generateButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->findChild<GenerateSshKeyDialog*>(), 30000);
        QTRY_VERIFY(!status.isEmpty() && status.last().first().toString().contains(QLatin1String("two keys")));
        const QString said = status.last().first().toString();
        QVERIFY2(said.contains(label), qPrintable(said));
        QCOMPARE(m_fx.listKeys()->size(), before + 1);
        QTRY_VERIFY(
            m_page->findChild<QLabel*>(QStringLiteral("noticeBanner"))->text().contains(QLatin1String("two keys")));
        QVERIFY(said.contains(QLatin1String("the new")));
    }
    void keysOnThisComputerAppearWithoutF5()
    {
        // Issue 18 item 16: ~/.ssh is watched (here it does not exist yet when the page opens).
        QVERIFY(openPage(QStringLiteral("vast")));
        QCOMPARE(m_page->localModel()->rowCount(), 0);
        const QString dir = SshKeysTest::sshDir();
        QVERIFY(SshKeysTest::writeFile(dir + QStringLiteral("/first.pub"),
                                       SshKeysTest::freshKeyLine(QStringLiteral("first@here")).toUtf8()));
        QTRY_COMPARE_WITH_TIMEOUT(m_page->localModel()->rowCount(), 1, 5000);
        QVERIFY(SshKeysTest::writeFile(dir + QStringLiteral("/second.pub"),
                                       SshKeysTest::freshKeyLine(QStringLiteral("second@here")).toUtf8()));
        QTRY_COMPARE_WITH_TIMEOUT(m_page->localModel()->rowCount(), 2, 5000);
    }

    void keysOnThisComputerShowFourRowsAt800x600()
    {
        QVERIFY(openPage(QStringLiteral("vast")));
        m_page->resize(800, 600);
        QTest::qWait(50);
        auto* local = m_page->findChild<QTableView*>(QStringLiteral("localKeysTable"));
        QVERIFY2(local->viewport()->height() >= 4 * local->verticalHeader()->defaultSectionSize(),
                 qPrintable(QString::number(local->viewport()->height())));
    }

    void uploadingAWeakLocalKeyWarnsAsAddKeyDoes()
    {
        QVERIFY(openPage(QStringLiteral("vast")));
        const QString path = SshKeysTest::sshDir() + QStringLiteral("/id_rsa");
        QDir().mkpath(SshKeysTest::sshDir());
        QVERIFY(
            SshKeysTest::sshKeygen({QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("rsa"),
                                    QStringLiteral("-b"), QStringLiteral("2048"), QStringLiteral("-N"), QString(),
                                    QStringLiteral("-C"), QStringLiteral("weak@here"), QStringLiteral("-f"), path}));
        QTRY_COMPARE_WITH_TIMEOUT(m_page->localModel()->rowCount(), 1, 5000);
        const QString line = QString::fromUtf8(SshKeysTest::readFile(path + QStringLiteral(".pub"))).trimmed();
        auto* local = m_page->findChild<QTableView*>(QStringLiteral("localKeysTable"));
        local->setFocus();
        local->selectRow(0);
        auto* upload = m_page->findChild<QPushButton*>(QStringLiteral("uploadLocalButton"));
        QVERIFY(upload->isEnabled());
        const QString addKeyWarning = PublicKey::parse(line).warningMessages().join(QLatin1Char(' '));
        QVERIFY(addKeyWarning.contains(QLatin1String("2048")));

        MessageBox::setNextAnswer(false);
        QTest::mouseClick(upload, Qt::LeftButton);
        QVERIFY2(MessageBox::lastQuestionText().contains(addKeyWarning), qPrintable(MessageBox::lastQuestionText()));
        QTest::qWait(300);
        QVERIFY(!m_fx.isRegistered(line));

        MessageBox::setNextAnswer(true);
        QTest::mouseClick(upload, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowOfKey(PublicKey::parse(line)) >= 0, 15000);
        QVERIFY(m_fx.isRegistered(line));
    }
    void aTeamContextRefusalIsExplained_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::newRow("personal") << QStringLiteral("personal");
        QTest::newRow("team-context") << QStringLiteral("team-context");
    }
    void aTeamContextRefusalIsExplained()
    {
        // Issue 19 item 3: Vast.ai refuses SSH keys for a key working in a team; say so in words.
        QFETCH(QString, variant);
        QVERIFY(openPage(QStringLiteral("vast")));
        QVERIFY(m_fx.sandbox.setVariant(QStringLiteral("vast-ssh-create"), variant));
        m_page->addKey();
        auto* dialog = m_page->findChild<AddSshKeyDialog*>();
        QVERIFY(dialog);
        const QString line = SshKeysTest::freshKeyLine(QStringLiteral("ada@team"));
        dialog->setKeyText(line);
        QSignalSpy uploaded(dialog, &AddSshKeyDialog::keyUploaded);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("addKeyButton")), Qt::LeftButton);
        if (variant == QLatin1String("personal")) {
            QTRY_COMPARE_WITH_TIMEOUT(uploaded.count(), 1, 15000);
            QVERIFY(m_fx.isRegistered(line));
            return;
        }
        QTRY_VERIFY_WITH_TIMEOUT(!labelText(dialog, "errorLabel").isEmpty(), 15000);
        const QString said = labelText(dialog, "errorLabel");
        QVERIFY(QTest::qWaitFor([&] { return !m_page->isBusy(); }, 5000));
        QVERIFY(m_fx.sandbox.setVariant(QStringLiteral("vast-ssh-create"), QStringLiteral("personal")));
        QVERIFY2(said.contains(QLatin1String("only to a personal account")), qPrintable(said));
        QVERIFY(dialog->isVisible());
        QCOMPARE(uploaded.count(), 0);
        QVERIFY(!m_fx.isRegistered(line));
        dialog->reject();
    }
};

QTEST_MAIN(tst_SshKeyUpload)
#include "tst_sshkeyupload.moc"
