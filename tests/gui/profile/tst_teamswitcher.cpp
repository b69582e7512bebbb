#include "net/ApiTransport.h"
#include "pages/profile/TeamSwitcher.h"
#include "providers/SpheronProvider.h"
#include "sandbox/SandboxServer.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

class tst_TeamSwitcher : public QObject
{
    Q_OBJECT

private:
    QComboBox* combo() { return m_switcher->findChild<QComboBox*>(QStringLiteral("teamCombo")); }

    SandboxServer m_sandbox;
    SandboxDemo m_demo;
    ApiTransport* m_transport = nullptr;
    SpheronProvider* m_provider = nullptr;
    TeamSwitcher* m_switcher = nullptr;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start(SandboxServer::Options(), &error), qPrintable(error));
    }

    void init()
    {
        m_demo = m_sandbox.seedDemo();
        m_sandbox.clearFaults();
        m_transport = new ApiTransport(this);
        m_provider = new SpheronProvider(m_transport, this);
        m_provider->setBaseUrl(m_sandbox.baseUrl());
        m_provider->setCredentials({m_demo.spheronApiKey, {}});
        m_switcher = new TeamSwitcher;
        m_switcher->setProvider(m_provider);
        m_switcher->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_switcher));
    }

    void cleanup()
    {
        delete m_switcher;
        delete m_provider;
        delete m_transport;
    }

    void selectsTheServersCurrentTeamFirst()
    {
        QSignalSpy selected(m_switcher, &TeamSwitcher::teamSelected);
        m_switcher->refresh();
        QTRY_COMPARE(selected.count(), 1);
        QCOMPARE(selected.first().at(0).toString(), m_demo.spheronTeamId);
        QCOMPARE(selected.first().at(1).toString(), QStringLiteral("owner"));
        QCOMPARE(combo()->count(), 2);
        QVERIFY(combo()->isEnabled());
        QCOMPARE(combo()->currentText(), QStringLiteral("Ada's Lab (Owner)"));
        QCOMPARE(m_switcher->findChild<QLabel*>(QStringLiteral("teamLabel"))->buddy(), combo());
    }

    void switchingTeamsEmitsTheRole()
    {
        m_switcher->refresh();
        QTRY_COMPARE(combo()->count(), 2);
        QSignalSpy selected(m_switcher, &TeamSwitcher::teamSelected);
        combo()->setFocus();
        QTest::keyClick(combo(), Qt::Key_Down);
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.first().at(0).toString(), m_demo.spheronMemberTeamId);
        QCOMPARE(selected.first().at(1).toString(), QStringLiteral("member"));
        QCOMPARE(m_switcher->currentRole(), QStringLiteral("member"));
        QVERIFY(!TeamSwitcher::canManageSshKeys(m_switcher->currentRole()));
        const QString reason
            = TeamSwitcher::sshKeysRestriction(m_switcher->currentRole(), m_switcher->currentTeam()->name);
        QVERIFY(reason.contains(QStringLiteral("Analytical Engines")));
        QVERIFY(reason.contains(QStringLiteral("owners and admins")));

        // A reload keeps the user's choice instead of jumping back to the server's current team.
        m_switcher->refresh();
        QTest::qWait(300);
        QCOMPARE(m_switcher->currentTeamId(), m_demo.spheronMemberTeamId);
        QCOMPARE(selected.count(), 1);
    }

    void honoursTheStoredTeam()
    {
        m_switcher->setPreferredTeamId(m_demo.spheronMemberTeamId);
        QSignalSpy selected(m_switcher, &TeamSwitcher::teamSelected);
        m_switcher->refresh();
        QTRY_COMPARE(selected.count(), 1);
        QCOMPARE(selected.first().at(0).toString(), m_demo.spheronMemberTeamId);
    }

    void ignoresAStoredTeamThatNoLongerExists()
    {
        m_switcher->setPreferredTeamId(QStringLiteral("gone"));
        QSignalSpy selected(m_switcher, &TeamSwitcher::teamSelected);
        m_switcher->refresh();
        QTRY_COMPARE(selected.count(), 1);
        QCOMPARE(selected.first().at(0).toString(), m_demo.spheronTeamId);
    }

    void ownersAndAdminsManageKeys()
    {
        QVERIFY(TeamSwitcher::canManageSshKeys(QStringLiteral("owner")));
        QVERIFY(TeamSwitcher::canManageSshKeys(QStringLiteral("Admin")));
        QVERIFY(!TeamSwitcher::canManageSshKeys(QStringLiteral("member")));
        QVERIFY(TeamSwitcher::sshKeysRestriction(QStringLiteral("admin"), QStringLiteral("X")).isEmpty());
    }

    void reportsLoadFailures()
    {
        SandboxFault fault;
        fault.kind = SandboxFault::Kind::Status;
        fault.pattern = QStringLiteral("/api/balance");
        fault.status = 401;
        m_sandbox.setFault(fault);
        QSignalSpy failed(m_switcher, &TeamSwitcher::loadFailed);
        QSignalSpy selected(m_switcher, &TeamSwitcher::teamSelected);
        m_switcher->refresh();
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(!failed.first().at(0).toString().isEmpty());
        QCOMPARE(selected.count(), 0);
        QVERIFY(!combo()->isEnabled());
    }

    void oneTeamNeedsNoChoice()
    {
        Team only;
        only.id = QStringLiteral("t1");
        only.name = QStringLiteral("Solo");
        only.role = QStringLiteral("owner");
        QSignalSpy selected(m_switcher, &TeamSwitcher::teamSelected);
        m_switcher->setTeams({only});
        QCOMPARE(selected.count(), 1);
        QVERIFY(!combo()->isEnabled());
        QVERIFY(!combo()->toolTip().isEmpty());
    }
};

QTEST_MAIN(tst_TeamSwitcher)
#include "tst_teamswitcher.moc"
