#include "net/ApiTransport.h"
#include "providers/SpheronProvider.h"
#include "providers/VastProvider.h"
#include "sandbox/SandboxServer.h"
#include "security/SecurityScan.h"

#include "TestTls.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Security;

namespace {

QList<Finding> only(const QList<Finding>& findings, Check check)
{
    QList<Finding> out;
    for (const Finding& f : findings) {
        if (f.check == check)
            out.append(f);
    }
    return out;
}

} // namespace

/**
 * SecurityScan against the sandbox over HTTP (issue 23): a Vast.ai and a Spheron AI demo account, every first request
 * at once, findings per account as each arrives, a failing part marked while the rest still counts.
 */
class tst_SecurityScan : public QObject
{
    Q_OBJECT

private:
    SandboxServer m_sandbox;
    SandboxDemo m_demo;
    std::unique_ptr<ApiTransport> m_transport;
    std::unique_ptr<VastProvider> m_vast;
    std::unique_ptr<SpheronProvider> m_spheron;
    Account m_vastAccount = Account::create(Provider::Vast, QStringLiteral("Ada on Vast.ai"));
    Account m_spheronAccount = Account::create(Provider::Spheron, QStringLiteral("Ada on Spheron AI"));

    QList<SecurityScan::Target> targets() const
    {
        return {{m_vastAccount, m_vast.get(), {}}, {m_spheronAccount, m_spheron.get(), {}}};
    }

    void armFault(const QByteArray& method, const QString& path, int status, int times = 0)
    {
        SandboxFault f;
        f.kind = SandboxFault::Kind::Status;
        f.method = method;
        f.pattern = path;
        f.status = status;
        f.times = times;
        QVERIFY(m_sandbox.setFault(f) >= 0);
    }

    struct Outcome
    {
        QHash<QString, AccountSnapshot> snapshots;
        QHash<QString, QList<Finding>> findings;
        QList<Finding> shared;
        int finishedCount = 0;
        QStringList order;
    };

    /** Runs one scan to its end; the test fails when it does not finish. */
    Outcome scan(SecurityScan& scanner, const QList<SecurityScan::Target>& list)
    {
        Outcome out;
        QObject guard;
        connect(&scanner, &SecurityScan::accountScanned, &guard,
                [&out](const AccountSnapshot& s, const QList<Finding>& f) {
                    out.snapshots.insert(s.account.id, s);
                    out.findings.insert(s.account.id, f);
                    out.order.append(s.account.id);
                });
        connect(&scanner, &SecurityScan::finished, &guard, [&out](const QList<Finding>& shared) {
            out.shared = shared;
            ++out.finishedCount;
        });
        scanner.start(list, {});
        [&] { QTRY_VERIFY_WITH_TIMEOUT(out.finishedCount > 0, 30000); }();
        QTest::qWait(20);
        return out;
    }

private slots:
    void initTestCase()
    {
        QString error;
        SandboxServer::Options options;
        options.tls = TestTls::sandboxTls(); // the *_https run (docs/SANDBOX.md, "HTTPS")
        QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
        QCOMPARE(m_sandbox.baseUrl().scheme(),
                 TestTls::httpsRequested() ? QStringLiteral("https") : QStringLiteral("http"));
        m_transport = std::make_unique<ApiTransport>();
        m_vast = std::make_unique<VastProvider>(m_transport.get());
        m_vast->setBaseUrl(m_sandbox.baseUrl());
        m_spheron = std::make_unique<SpheronProvider>(m_transport.get());
        m_spheron->setBaseUrl(m_sandbox.baseUrl());
    }

    void init()
    {
        m_demo = m_sandbox.seedDemo();
        m_sandbox.clearFaults();
        m_vast->setCredentials({m_demo.vastApiKey, {}});
        m_spheron->setCredentials({m_demo.spheronApiKey, {}});
    }

    void cleanupTestCase()
    {
        m_vast.reset();
        m_spheron.reset();
        m_transport.reset();
    }

    void theDemoAccountsCarryEveryServerSideFinding()
    {
        SecurityScan scanner;
        const Outcome out = scan(scanner, targets());
        QCOMPARE(out.finishedCount, 1);
        QCOMPARE(out.snapshots.size(), 2);
        QVERIFY(!scanner.isRunning());

        const AccountSnapshot vast = out.snapshots.value(m_vastAccount.id);
        QCOMPARE(vast.failed, SnapshotParts());
        QVERIFY(vast.has(SnapshotPart::AuditLog));
        QVERIFY(!vast.ownApiKeyId.isEmpty());
        const QList<Finding> v = out.findings.value(m_vastAccount.id);
        QVERIFY(!only(v, Check::OldSshKey).isEmpty());
        QCOMPARE(only(v, Check::UnknownSshKey).size(), 5); // no local keys in this test
        const QList<Finding> weak = only(v, Check::WeakSshKey);
        QCOMPARE(weak.size(), 1);
        QCOMPARE(weak.first().detail, QStringLiteral("RSA 2048"));
        QCOMPARE(weak.first().subject, QStringLiteral("ci@build-runner"));
        QVERIFY(!only(v, Check::OldApiKey).isEmpty());
        QCOMPARE(only(v, Check::TwoFactorOff).size(), 1);
        QCOMPARE(only(v, Check::OtherSessions).size(), 1);
        QCOMPARE(only(v, Check::OtherSessions).first().count, 3);
        // The browser's three recent events; the one made with Keydeck's key and the 45-day-old one are not.
        const QList<Finding> activity = only(v, Check::RecentActivity);
        QCOMPARE(activity.size(), 3);
        QVERIFY(activity.first().subject.endsWith(QLatin1String("/api/v0/ssh/")));

        const AccountSnapshot spheron = out.snapshots.value(m_spheronAccount.id);
        QCOMPARE(spheron.failed, SnapshotParts());
        QCOMPARE(spheron.sshKeys.size(), 2); // both teams the balance lists
        const QList<Finding> s = out.findings.value(m_spheronAccount.id);
        const QList<Finding> duplicates = only(s, Check::DuplicateSshKey);
        QCOMPARE(duplicates.size(), 1);
        QCOMPARE(duplicates.first().subject, QStringLiteral("Bastion, Ops bastion"));
        QCOMPARE(duplicates.first().teamName, QStringLiteral("Analytical Engines"));
        QVERIFY(!only(s, Check::OldSshKey).isEmpty());
        QVERIFY(!only(s, Check::WeakSshKey).isEmpty());
        QVERIFY(only(s, Check::TwoFactorOff).isEmpty()); // Spheron AI has no 2FA API

        // ada@laptop, ada@macbook and ci@build-runner are registered on both: one finding each, per account.
        QCOMPARE(out.shared.size(), 6);
        QCOMPARE(out.shared.first().check, Check::SharedSshKey);

        // Never a key in a finding.
        QList<Finding> all = v + s + out.shared;
        for (const Finding& f : std::as_const(all)) {
            const QString text = QStringList {f.subject, f.subjectId, f.detail, f.fingerprint}.join(u'\n');
            QVERIFY(!text.contains(m_demo.vastApiKey));
            QVERIFY(!text.contains(m_demo.spheronApiKey));
            QVERIFY(!text.contains(QLatin1String("AAAA")));
        }
    }

    void anAccountWhoseKeyListFailsStillGivesTheRest()
    {
        armFault("GET", QStringLiteral("/api/v0/ssh/"), 500);
        SecurityScan scanner;
        const Outcome out = scan(scanner, targets());
        QCOMPARE(out.snapshots.size(), 2);
        const AccountSnapshot vast = out.snapshots.value(m_vastAccount.id);
        QCOMPARE(vast.failed, SnapshotParts(SnapshotPart::SshKeys));
        QCOMPARE(vast.errors.value(SnapshotPart::SshKeys).kind(), ApiError::Kind::Server);
        const QList<Finding> v = out.findings.value(m_vastAccount.id);
        QVERIFY(only(v, Check::OldSshKey).isEmpty());
        QVERIFY(only(v, Check::UnknownSshKey).isEmpty());
        QCOMPARE(only(v, Check::TwoFactorOff).size(), 1);
        QCOMPARE(only(v, Check::OtherSessions).size(), 1);
        // The other account is whole; "in every account" cannot be said without the first one's keys.
        QCOMPARE(out.snapshots.value(m_spheronAccount.id).failed, SnapshotParts());
        QCOMPARE(only(out.findings.value(m_spheronAccount.id), Check::DuplicateSshKey).size(), 1);
        QVERIFY(out.shared.isEmpty());
    }

    void oneSpheronTeamFailingMarksThatTeamOnly()
    {
        armFault("GET", QStringLiteral("/api/ssh-keys"), 500, 1);
        SecurityScan scanner;
        const Outcome out = scan(scanner, {{m_spheronAccount, m_spheron.get(), {}}});
        const AccountSnapshot spheron = out.snapshots.value(m_spheronAccount.id);
        QCOMPARE(spheron.sshKeys.size(), 2);
        QCOMPARE(int(spheron.sshKeys.at(0).failed) + int(spheron.sshKeys.at(1).failed), 1);
        QVERIFY(spheron.has(SnapshotPart::SshKeys));
        QVERIFY(!out.findings.value(m_spheronAccount.id).isEmpty());
    }

    void aTeamListThatFailsMarksTheKeysUnchecked()
    {
        armFault("GET", QStringLiteral("/api/balance"), 500);
        SecurityScan scanner;
        const Outcome out = scan(scanner, targets());
        const AccountSnapshot spheron = out.snapshots.value(m_spheronAccount.id);
        QVERIFY(spheron.failed.testFlag(SnapshotPart::SshKeys));
        QVERIFY(out.findings.value(m_spheronAccount.id).isEmpty());
        QVERIFY(!out.findings.value(m_vastAccount.id).isEmpty());
    }

    void aNewerScanReplacesAnOlderOne()
    {
        SandboxFault slow;
        slow.kind = SandboxFault::Kind::Latency;
        slow.pattern = QStringLiteral("/api/");
        slow.match = SandboxFault::Match::Prefix;
        slow.latencyMs = 300;
        slow.times = 9; // the first scan's requests (six for Vast.ai, the balance for Spheron AI), and two more
        QVERIFY(m_sandbox.setFault(slow) >= 0);

        SecurityScan scanner;
        QSignalSpy scanned(&scanner, &SecurityScan::accountScanned);
        QSignalSpy finished(&scanner, &SecurityScan::finished);
        scanner.start(targets(), {});
        QVERIFY(scanner.isRunning());
        scanner.start({{m_vastAccount, m_vast.get(), {}}}, {});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QTest::qWait(600); // the first scan's answers arrive and must change nothing
        QCOMPARE(finished.size(), 1);
        QCOMPARE(scanned.size(), 1);
        QCOMPARE(scanned.first().first().value<AccountSnapshot>().account.id, m_vastAccount.id);
        QVERIFY(!scanner.isRunning());
    }

    void keydecksOwnTwoFactorSessionIsKnownByItsUserAgentOrItsKeyId_data()
    {
        QTest::addColumn<QString>("shape");
        QTest::addColumn<bool>("passKeyId");
        QTest::addColumn<int>("activity");
        // The CLI's columns carry no user agent: Keydeck's own session changes show, its sign-in only without the id.
        QTest::newRow("CLI's columns") << QStringLiteral("cli") << false << 2;
        QTest::newRow("CLI's columns, key id known") << QStringLiteral("cli") << true << 1;
        QTest::newRow("with user agents") << QStringLiteral("detailed") << false << 0;
    }
    void keydecksOwnTwoFactorSessionIsKnownByItsUserAgentOrItsKeyId()
    {
        QFETCH(QString, shape);
        QFETCH(bool, passKeyId);
        QFETCH(int, activity);
        QVERIFY(m_sandbox.setVariant(QStringLiteral("vast-audit-log"), shape));
        VastProvider grace(m_transport.get());
        grace.setBaseUrl(m_sandbox.baseUrl());
        grace.setCredentials({m_demo.vastTfaApiKey, {}});
        bool signedIn = false;
        QObject context;
        grace.twoFactorLogin(m_demo.vastTfaCode, &context, [&](ApiResult<TwoFactorSession> r) { signedIn = r.ok(); });
        QTRY_VERIFY(signedIn);
        bool added = false;
        grace.addSshKey(
            {},
            QStringLiteral(
                "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHfPmEUh8iVLEEKV6VmNo5F6XDZ4rtHda2nPo+MBoK5D grace@new"),
            {}, &context, [&](ApiResult<SshKey> r) { added = r.ok(); });
        QTRY_VERIFY(added);
        QString keyId;
        grace.listApiKeys(&context, [&](ApiResult<QList<ApiKeyInfo>> r) {
            if (r.ok() && r.value->size() == 1)
                keyId = r.value->first().id;
        });
        QTRY_VERIFY(!keyId.isEmpty());

        Account account = Account::create(Provider::Vast, QStringLiteral("Grace"));
        SecurityScan scanner;
        const Outcome out = scan(scanner, {{account, &grace, passKeyId ? keyId : QString()}});
        QVERIFY(m_sandbox.setVariant(QStringLiteral("vast-audit-log"), QStringLiteral("cli")));
        QCOMPARE(out.snapshots.value(account.id).failed, SnapshotParts());
        QVERIFY(out.snapshots.value(account.id).twoFactor->enabled);
        const QList<Finding> found = only(out.findings.value(account.id), Check::RecentActivity);
        QCOMPARE(found.size(), activity);
    }

    void anEmptyListFinishesAtOnce()
    {
        SecurityScan scanner;
        QSignalSpy finished(&scanner, &SecurityScan::finished);
        scanner.start({}, {});
        QCOMPARE(finished.size(), 0); // never synchronously
        QTRY_COMPARE(finished.size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_SecurityScan)
#include "tst_securityscan.moc"
