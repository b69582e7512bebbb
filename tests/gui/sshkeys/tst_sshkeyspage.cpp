#include "MessageBoxChecks.h"
#include "SshKeysFixture.h"

#include "UiContext.h"
#include "pages/sshkeys/AddSshKeyDialog.h"
#include "pages/sshkeys/GenerateSshKeyDialog.h"
#include "pages/sshkeys/LocalKeysModel.h"
#include "pages/sshkeys/SshKeysModel.h"
#include "pages/sshkeys/SshKeysPage.h"
#include "widgets/MessageBox.h"
#include "widgets/StatefulView.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

class tst_SshKeysPage : public QObject
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
    StatefulView* view() const { return child<StatefulView>("keysView"); }

    /** Starts the sandbox in @p dialect, shows the page and waits for the first list. */
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
        return QTest::qWaitFor([this] { return view()->state() == StatefulView::State::Content; }, 30000);
    }

    /** Selects the row whose name column is @p label; false when there is none. */
    bool selectKey(const QString& label)
    {
        auto* model = table()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, SshKeysModel::NameColumn).data().toString() == label) {
                table()->setFocus();
                table()->selectRow(row);
                return true;
            }
        }
        return false;
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

    void listsKeysWithCountChip_data() { addDialects(); }
    void listsKeysWithCountChip()
    {
        QFETCH(QString, dialect);
        QVERIFY(openPage(dialect));
        const auto keys = m_fx.listKeys();
        QVERIFY(keys);
        QVERIFY(!keys->isEmpty());
        QCOMPARE(table()->model()->rowCount(), keys->size());
        QVERIFY(child<QLabel>("countChip")->text().startsWith(QString::number(keys->size())));
        for (int row = 0; row < table()->model()->rowCount(); ++row)
            QVERIFY(table()
                        ->model()
                        ->index(row, SshKeysModel::FingerprintColumn)
                        .data()
                        .toString()
                        .startsWith(QLatin1String("SHA256:")));
        if (!m_fx.isVast()) {
            QCOMPARE(m_page->teamId(), m_fx.demo.spheronTeamId);
            QVERIFY(child<QLabel>("teamLabel")->isVisible());
            QVERIFY(m_page->canManageKeys());
        }
        // The seeded Vast keys are up to 371 days old: the hygiene notice says so.
        if (m_fx.isVast())
            QVERIFY(child<QLabel>("noticeBanner")->text().contains(QLatin1String("90 days")));
    }

    void filtersAsYouTypeAndFocusesWithCtrlF()
    {
        QVERIFY(openPage(QStringLiteral("vast")));
        auto* filter = child<QLineEdit>("filterEdit");
        table()->setFocus();
        QTest::keyClick(m_page.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(filter->hasFocus());
        QTest::keyClicks(filter, QStringLiteral("workstation"));
        QCOMPARE(table()->model()->rowCount(), 1);
        QVERIFY(child<QLabel>("countChip")->text().startsWith(QLatin1String("1 of 5")));
        filter->clear();
        QCOMPARE(table()->model()->rowCount(), 5);
    }

    void copiesPublicKeyWithCtrlC()
    {
        QVERIFY(openPage(QStringLiteral("vast")));
        QVERIFY(selectKey(QStringLiteral("ada@workstation")));
        QGuiApplication::clipboard()->clear();
        QTest::keyClick(table(), Qt::Key_C, Qt::ControlModifier);
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY(copied.startsWith(QLatin1String("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDgfgTlx")));
        QVERIFY(copied.endsWith(QLatin1String("ada@workstation")));
        // The button does the same.
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(child<QPushButton>("copyButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), copied);
    }

    void deletesAfterConfirmationNamingKeyAndFingerprint_data() { addDialects(); }
    void deletesAfterConfirmationNamingKeyAndFingerprint()
    {
        QFETCH(QString, dialect);
        QVERIFY(openPage(dialect));
        const int before = table()->model()->rowCount();
        table()->setFocus();
        table()->selectRow(0);
        const QString label = table()->model()->index(0, SshKeysModel::NameColumn).data().toString();
        const QString fingerprint = table()->model()->index(0, SshKeysModel::FingerprintColumn).data().toString();

        // Cancel first: nothing is deleted.
        MessageBox::setNextAnswer(false);
        QTest::mouseClick(child<QPushButton>("deleteButton"), Qt::LeftButton);
        QVERIFY(MessageBox::lastQuestionText().contains(label));
        QVERIFY(MessageBox::lastQuestionText().contains(fingerprint));
        QTest::qWait(200);
        QCOMPARE(m_fx.listKeys()->size(), before);

        // Then confirm with the Del key (the click moved the focus to the button).
        table()->setFocus();
        QTRY_VERIFY(table()->hasFocus());
        MessageBox::setNextAnswer(true);
        QTest::keyClick(table(), Qt::Key_Delete);
        QVERIFY(MessageBox::lastQuestionText().contains(label));
        QTRY_COMPARE_WITH_TIMEOUT(table()->model()->rowCount(), before - 1, 15000);
        QCOMPARE(m_fx.listKeys()->size(), before - 1);
    }

    void deleteWithALostAnswerSaysTheKeyWasDeleted()
    {
        // The sandbox deletes the key, then drops the connection, and drops the transport's retries too.
        QVERIFY(openPage(QStringLiteral("vast")));
        QVERIFY(selectKey(QStringLiteral("ada@workstation")));
        const int before = table()->model()->rowCount();
        SandboxFault fault;
        fault.kind = SandboxFault::Kind::DropConnection;
        fault.method = "DELETE";
        fault.match = SandboxFault::Match::Prefix;
        fault.pattern = QStringLiteral("/api/v0/ssh/");
        m_fx.sandbox.setFault(fault);
        QSignalSpy status(m_page.get(), &SshKeysPage::statusMessage);
        MessageBox::setNextAnswer(true);
        QTest::mouseClick(child<QPushButton>("deleteButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(table()->model()->rowCount(), before - 1, 15000);
        QTRY_VERIFY(!status.isEmpty());
        QCOMPARE(status.last().at(0).toString(),
                 QStringLiteral("No readable answer came back from the server, but “ada@workstation” was deleted."));
        QCOMPARE(m_fx.listKeys()->size(), before - 1);
    }

    void deletingAKeyAlreadyGoneSaysSo_data() { addDialects(); }
    void deletingAKeyAlreadyGoneSaysSo()
    {
        // Deleted elsewhere (the web console) after the page listed it: the server answers 404.
        QFETCH(QString, dialect);
        QVERIFY(openPage(dialect));
        table()->setFocus();
        table()->selectRow(0);
        const QString label = table()->model()->index(0, SshKeysModel::NameColumn).data().toString();
        const QString id = table()->model()->index(0, 0).data(SshKeysModel::KeyIdRole).toString();
        const int before = table()->model()->rowCount();
        bool gone = false;
        QObject context;
        m_fx.provider->deleteSshKey(id, &context, [&](ApiResult<void> r) { gone = r.ok(); });
        QTRY_VERIFY(gone);
        QCOMPARE(table()->model()->rowCount(), before); // the page still shows it
        QSignalSpy status(m_page.get(), &SshKeysPage::statusMessage);
        MessageBox::setNextAnswer(true); // the confirmation; a warning would take a real dialog and hang
        QTest::mouseClick(child<QPushButton>("deleteButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(table()->model()->rowCount(), before - 1, 15000);
        QTRY_VERIFY(!status.isEmpty());
        QCOMPARE(status.last().at(0).toString(), QStringLiteral("“%1” no longer exists on the server.").arg(label));
    }

    void keepsTheSelectedKeyAcrossF5()
    {
        QVERIFY(openPage(QStringLiteral("vast")));
        QVERIFY(selectKey(QStringLiteral("ada@workstation")));
        const int rows = table()->model()->rowCount();
        QSignalSpy busy(m_page.get(), &SshKeysPage::busyChanged);
        QTest::keyClick(table(), Qt::Key_F5);
        QTRY_VERIFY(busy.count() >= 2 && !m_page->isBusy());
        QCOMPARE(table()->model()->rowCount(), rows);
        // The list came back unchanged: the same key is still selected, ready for Del or Ctrl+C.
        const QModelIndexList selected = table()->selectionModel()->selectedRows(SshKeysModel::NameColumn);
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data().toString(), QStringLiteral("ada@workstation"));
        QVERIFY(child<QPushButton>("deleteButton")->isEnabled());
    }

    void keepsTheListOnScreenWhileReloading()
    {
        QVERIFY(openPage(QStringLiteral("vast")));
        const int rows = table()->model()->rowCount();
        QTest::keyClick(table(), Qt::Key_F5);
        // Busy (the window shows its busy indicator, changes wait), but the keys stay readable meanwhile.
        QVERIFY(m_page->isBusy());
        QCOMPARE(view()->state(), StatefulView::State::Content);
        QVERIFY(view()->currentWidget()->isAncestorOf(table()));
        QTRY_VERIFY(!m_page->isBusy());
        QCOMPARE(view()->state(), StatefulView::State::Content);
        QCOMPARE(table()->model()->rowCount(), rows);
    }

    void aRefreshReplacesTheListStillLoading()
    {
        // Issue 17 point 5 (core/RequestTracker.h): a newer list replaces one still loading. The older answer is
        // never shown, and the page is not busy waiting for it.
        QVERIFY(openPage(QStringLiteral("vast")));
        const int before = table()->model()->rowCount();
        SandboxFault slow;
        slow.kind = SandboxFault::Kind::Latency;
        slow.method = "GET";
        slow.pattern = m_fx.listPath();
        slow.latencyMs = 2000;
        slow.times = 1; // only the first reload is slow
        m_fx.sandbox.setFault(slow);
        QTest::keyClick(table(), Qt::Key_F5);
        QVERIFY(m_page->isBusy());
        // The sandbox composes the slow answer when the request arrives: without the key added next.
        QTRY_VERIFY(m_fx.sandbox.faults().isEmpty());
        const QString line = SshKeysTest::freshKeyLine(QStringLiteral("ada@newer-list"));
        bool added = false;
        QObject context;
        m_fx.provider->addSshKey({}, line, {}, &context, [&](ApiResult<SshKey> r) { added = r.ok(); });
        QTRY_VERIFY(added);

        QTest::keyClick(table(), Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowOfKey(PublicKey::parse(line)) >= 0, 15000);
        QVERIFY(!m_page->isBusy());
        QCOMPARE(table()->model()->rowCount(), before + 1);
        // Past the slow answer's arrival: the older list did not replace the newer one.
        QTest::qWait(slow.latencyMs + 500);
        QVERIFY(!m_page->isBusy());
        QCOMPARE(table()->model()->rowCount(), before + 1);
        QVERIFY(m_page->model()->rowOfKey(PublicKey::parse(line)) >= 0);
    }

    void aTeamSwitchReplacesTheTeamLookup()
    {
        // Spheron AI: the list of a page without a team starts with the team lookup (docs/api/spheron.md §2). A
        // team chosen meanwhile replaces the lookup and the list after it.
        QVERIFY(m_fx.start(QStringLiteral("spheron")));
        m_page = std::make_unique<SshKeysPage>(m_fx.provider.get(), &m_context);
        m_page->resize(1000, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        SandboxFault slow;
        slow.kind = SandboxFault::Kind::Latency;
        slow.method = "GET";
        slow.pattern = QStringLiteral("/api/balance");
        slow.latencyMs = 2000;
        m_fx.sandbox.setFault(slow);
        m_page->refresh();
        QVERIFY(m_page->isBusy());
        m_page->setTeam(m_fx.demo.spheronMemberTeamId, QStringLiteral("member"), QStringLiteral("Analytical Engines"));
        const auto keys = m_fx.listKeys(m_fx.demo.spheronMemberTeamId);
        QVERIFY(keys);
        QTRY_COMPARE_WITH_TIMEOUT(view()->state(), StatefulView::State::Content, 30000);
        QTRY_VERIFY(!m_page->isBusy());
        QTest::qWait(slow.latencyMs + 500);
        QCOMPARE(m_page->teamId(), m_fx.demo.spheronMemberTeamId);
        QCOMPARE(m_page->role(), QStringLiteral("member"));
        QCOMPARE(table()->model()->rowCount(), keys->size());
        QVERIFY(!m_page->isBusy());
    }

    void showsLoadingStateForAnotherTeam()
    {
        QVERIFY(openPage(QStringLiteral("spheron")));
        // Another team's keys are another list: the first team's keys are not left on screen meanwhile.
        m_page->setTeam(m_fx.demo.spheronMemberTeamId, QStringLiteral("member"), QStringLiteral("Analytical Engines"));
        QCOMPARE(view()->state(), StatefulView::State::Loading);
        QTRY_COMPARE_WITH_TIMEOUT(view()->state(), StatefulView::State::Content, 30000);
        QCOMPARE(table()->model()->rowCount(), m_fx.listKeys(m_fx.demo.spheronMemberTeamId)->size());
    }

    void showsErrorStateThenRecoversOnF5_data() { addDialects(); }
    void showsErrorStateThenRecoversOnF5()
    {
        QFETCH(QString, dialect);
        QVERIFY(openPage(dialect));
        SandboxFault fault;
        fault.kind = SandboxFault::Kind::Status;
        fault.status = 500;
        fault.method = "GET";
        fault.pattern = m_fx.listPath();
        const int id = m_fx.sandbox.setFault(fault);
        QTest::keyClick(table(), Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(view()->state(), StatefulView::State::Error, 30000);
        QVERIFY(!view()->stateText().isEmpty());
        m_fx.sandbox.removeFault(id);
        QTest::keyClick(m_page.get(), Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(view()->state(), StatefulView::State::Content, 30000);
    }

    void addsKeyAndNotesVastPropagation_data() { addDialects(); }
    void addsKeyAndNotesVastPropagation()
    {
        QFETCH(QString, dialect);
        QVERIFY(openPage(dialect));
        const QString line = SshKeysTest::freshKeyLine(QStringLiteral("ada@new-laptop"));
        QTest::keyClick(table(), Qt::Key_N, Qt::ControlModifier);
        AddSshKeyDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_page->findChild<AddSshKeyDialog*>()) != nullptr);
        QGuiApplication::clipboard()->setText(line);
        auto* keyEdit = dialog->findChild<QPlainTextEdit*>(QStringLiteral("keyEdit"));
        keyEdit->setFocus();
        QTest::keyClick(keyEdit, Qt::Key_V, Qt::ControlModifier);
        auto* fingerprint = dialog->findChild<QLabel*>(QStringLiteral("fingerprintLabel"));
        QVERIFY(fingerprint->text().contains(PublicKey::parse(line).fingerprint()));
        if (!m_fx.isVast()) // the name defaults to the comment
            QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->text(),
                     QStringLiteral("ada@new-laptop"));
        auto* add = dialog->findChild<QPushButton*>(QStringLiteral("addKeyButton"));
        QVERIFY(add->isEnabled());
        QTest::mouseClick(add, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->findChild<AddSshKeyDialog*>(), 15000);
        QVERIFY(m_fx.isRegistered(line));
        QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowOfKey(PublicKey::parse(line)) >= 0, 15000);
        const QString notice = child<QLabel>("noticeBanner")->text();
        QCOMPARE(notice.contains(QLatin1String("only instances created")), m_fx.isVast());
    }

    void vastEditReplacesKeyText()
    {
        QVERIFY(openPage(QStringLiteral("vast")));
        QVERIFY(selectKey(QStringLiteral("ada@workstation")));
        const QString id = table()->currentIndex().data(SshKeysModel::KeyIdRole).toString();
        QTest::mouseClick(child<QPushButton>("editButton"), Qt::LeftButton);
        AddSshKeyDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_page->findChild<AddSshKeyDialog*>()) != nullptr);
        auto* save = dialog->findChild<QPushButton*>(QStringLiteral("addKeyButton"));
        QVERIFY(!save->isEnabled()); // unchanged text: nothing to save
        const QString line = SshKeysTest::freshKeyLine(QStringLiteral("ada@workstation-2"));
        dialog->setKeyText(line);
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->findChild<AddSshKeyDialog*>(), 15000);
        const auto keys = m_fx.listKeys();
        bool replaced = false;
        for (const SshKey& key : *keys)
            replaced |= key.id == id && PublicKey::parse(key.publicKey).sameKeyAs(PublicKey::parse(line));
        QVERIFY(replaced);
    }

    void spheronEditAddsReplacementThenDeletesOld()
    {
        QVERIFY(openPage(QStringLiteral("spheron")));
        table()->setFocus();
        table()->selectRow(0);
        const QString oldId = table()->currentIndex().data(SshKeysModel::KeyIdRole).toString();
        const QString line = SshKeysTest::freshKeyLine(QStringLiteral("replacement"));
        MessageBox::setNextAnswer(true); // "cannot edit: add a replacement?"
        QTest::mouseClick(child<QPushButton>("editButton"), Qt::LeftButton);
        QVERIFY(MessageBox::lastQuestionText().contains(QLatin1String("cannot change")));
        AddSshKeyDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_page->findChild<AddSshKeyDialog*>()) != nullptr);
        dialog->setKeyText(line);
        MessageBox::setNextAnswer(true); // then "delete the old key?"
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("addKeyButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_fx.isRegistered(line), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const auto keys = m_fx.listKeys();
                return keys && std::none_of(keys->begin(), keys->end(), [&](const SshKey& k) { return k.id == oldId; });
            }(),
            15000);
    }

    void spheronMemberCannotAddOrDelete()
    {
        QVERIFY(openPage(QStringLiteral("spheron")));
        m_page->setTeam(m_fx.demo.spheronMemberTeamId, QStringLiteral("member"), QStringLiteral("Analytical Engines"));
        QTRY_COMPARE_WITH_TIMEOUT(view()->state(), StatefulView::State::Content, 30000);
        const auto keys = m_fx.listKeys(m_fx.demo.spheronMemberTeamId);
        QVERIFY(keys);
        QTRY_COMPARE(table()->model()->rowCount(), keys->size());
        QVERIFY(child<QLabel>("countChip")->text().startsWith(QString::number(keys->size())));
        table()->setFocus();
        table()->selectRow(0);
        QVERIFY(!child<QPushButton>("addButton")->isEnabled());
        QVERIFY(!child<QPushButton>("generateButton")->isEnabled());
        QVERIFY(!child<QPushButton>("deleteButton")->isEnabled());
        QVERIFY(child<QPushButton>("copyButton")->isEnabled());
        auto* banner = child<QLabel>("permissionBanner");
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QLatin1String("Analytical Engines")));
        QTest::keyClick(table(), Qt::Key_Delete); // nothing asked, nothing deleted
        QTest::qWait(200);
        QCOMPARE(m_fx.listKeys(m_fx.demo.spheronMemberTeamId)->size(), keys->size());

        m_page->setTeam(m_fx.demo.spheronTeamId, QStringLiteral("owner"));
        QVERIFY(child<QPushButton>("addButton")->isEnabled());
        QVERIFY(!banner->isVisible());
    }

    void localKeysPanelMarksAndUploadsInOneClick_data() { addDialects(); }
    void localKeysPanelMarksAndUploadsInOneClick()
    {
        QFETCH(QString, dialect);
        QVERIFY(m_fx.start(dialect));
        const auto registered = m_fx.listKeys();
        QVERIFY(registered && !registered->isEmpty());
        const QString fresh = SshKeysTest::freshKeyLine(QStringLiteral("ada@desk"));
        // One registered key (with a different comment: matched by blob) and one new key.
        const PublicKey known = PublicKey::parse(registered->first().publicKey);
        QVERIFY(SshKeysTest::writeFile(SshKeysTest::sshDir() + QStringLiteral("/a_known.pub"),
                                       known.authorizedKeysLine(QStringLiteral("renamed")).toUtf8() + '\n'));
        QVERIFY(SshKeysTest::writeFile(SshKeysTest::sshDir() + QStringLiteral("/b_desk.pub"), fresh.toUtf8() + '\n'));
        QVERIFY(openPage(dialect));

        auto* localTable = child<QTableView>("localKeysTable");
        QCOMPARE(localTable->model()->rowCount(), 2);
        QVERIFY(localTable->model()->index(0, 0).data(LocalKeysModel::RegisteredRole).toBool());
        QVERIFY(!localTable->model()->index(1, 0).data(LocalKeysModel::RegisteredRole).toBool());
        // Registered keys without a local .pub are marked.
        const int knownRow = m_page->model()->rowOfKey(known);
        QVERIFY(m_page->model()->index(knownRow, 0).data(SshKeysModel::HasLocalCopyRole).toBool());
        int missing = 0;
        for (int row = 0; row < m_page->model()->rowCount(); ++row)
            missing += m_page->model()->index(row, 0).data(SshKeysModel::HasLocalCopyRole).toBool() ? 0 : 1;
        QCOMPARE(missing, m_page->model()->rowCount() - 1);

        auto* upload = child<QPushButton>("uploadLocalButton");
        localTable->selectRow(0);
        QVERIFY(!upload->isEnabled()); // already registered
        localTable->selectRow(1);
        QVERIFY(upload->isEnabled());
        QTest::mouseClick(upload, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_fx.isRegistered(fresh), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(localTable->model()->index(1, 0).data(LocalKeysModel::RegisteredRole).toBool(), 15000);
    }

    void rotatesStaleKeyGenerateUploadThenDelete()
    {
        QVERIFY(openPage(QStringLiteral("vast")));
        // The oldest seeded key (371 days) is stale.
        QVERIFY(selectKey(QStringLiteral("ada@laptop")));
        QVERIFY(table()->currentIndex().data(SshKeysModel::StaleRole).toBool());
        const QString oldId = table()->currentIndex().data(SshKeysModel::KeyIdRole).toString();
        QTest::mouseClick(child<QPushButton>("rotateButton"), Qt::LeftButton);
        GenerateSshKeyDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_page->findChild<GenerateSshKeyDialog*>()) != nullptr);
        QVERIFY(dialog->windowTitle().contains(QLatin1String("Rotate")));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("passphraseEdit")), QStringLiteral("pw"));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("confirmEdit")), QStringLiteral("pw"));
        MessageBox::setNextAnswer(true); // delete the old key afterwards
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("generateButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->findChild<GenerateSshKeyDialog*>(), 30000);
        const QString line
            = QString::fromUtf8(SshKeysTest::readFile(SshKeysTest::sshDir() + "/id_ed25519.pub")).trimmed();
        QVERIFY(!line.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const auto keys = m_fx.listKeys();
                return keys && std::none_of(keys->begin(), keys->end(), [&](const SshKey& k) { return k.id == oldId; });
            }(),
            15000);
        QVERIFY(m_fx.isRegistered(line));
    }
};

QTEST_MAIN(tst_SshKeysPage)
#include "tst_sshkeyspage.moc"
