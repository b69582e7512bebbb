// SecretsService without any keychain: this test runs in support/isolated-home.sh, which provides no
// session bus, so the real QtKeychain/libsecret backend fails. The probe must retry once, then report
// "no keychain" with a clear message, and memory-only mode must be offered, not taken silently.
#include "SecretScan.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretsService.h"

#include <QDir>

#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

class tst_SecretsService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Without these, libdbus could autolaunch a bus on an X display and find a real keyring.
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DISPLAY");
        qunsetenv("WAYLAND_DISPLAY");
    }

    void probeWithoutKeychainRetriesOnceThenReportsNoKeychain()
    {
        auto keychain = std::make_unique<KeychainSecretStore>();
        keychain->setRetryDelay(50ms);
        keychain->setTimeout(10000ms);
        QSignalSpy retries(keychain.get(), &KeychainSecretStore::retryScheduled);
        SecretsService service(std::move(keychain));
        QSignalSpy finished(&service, &SecretsService::probeFinished);
        QSignalSpy availability(&service, &SecretsService::availabilityChanged);
        QSignalSpy memoryOnly(&service, &SecretsService::memoryOnlyChanged);

        service.probe();
        QVERIFY(finished.wait(30000));
        QCOMPARE(retries.count(), 1);
        const SecretError error = finished.first().first().value<SecretError>();
        QCOMPARE(error.kind(), SecretError::Kind::NoKeychain);
        QCOMPARE(error.message(), SecretError::messageFor(SecretError::Kind::NoKeychain));
        QCOMPARE(service.availability(), SecretsService::Availability::Unavailable);
        QCOMPARE(service.lastError().kind(), SecretError::Kind::NoKeychain);
        QCOMPARE(availability.count(), 2); // Probing, then Unavailable

        // Saying so is the service's job; switching to memory is the user's decision.
        QVERIFY(!service.isMemoryOnly());
        QCOMPARE(memoryOnly.count(), 0);
        QCOMPARE(service.activeStore(), service.keychainStore());
        QVERIFY(SecretsService::unavailableExplanation(error).contains(error.message()));
    }

    void writeWithoutKeychainFailsAndNothingIsStoredElsewhere()
    {
        KeychainSecretStore store;
        store.setRetryDelay(10ms);
        SecretError error;
        bool done = false;
        store.write(QStringLiteral("acct"), SecretKind::ApiKey, QStringLiteral("never-stored"), this,
                    [&](const SecretError& e) {
                        error = e;
                        done = true;
                    });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QCOMPARE(error.kind(), SecretError::Kind::NoKeychain);
        QVERIFY(!error.message().isEmpty());
        QVERIFY(!error.message().contains(QStringLiteral("never-stored")));
        // No plaintext fallback: QtKeychain's insecure fallback would have written a QSettings file.
        QCOMPARE(SecretScan::filesContaining(QDir::homePath(), QStringLiteral("never-stored")), QStringList());
    }

    void memoryOnlyModeUsesMemoryAndIsVisible()
    {
        SecretsService service(std::make_unique<KeychainSecretStore>());
        QSignalSpy memoryOnly(&service, &SecretsService::memoryOnlyChanged);
        service.enableMemoryOnly();
        QVERIFY(service.isMemoryOnly());
        QCOMPARE(memoryOnly.count(), 1);
        QCOMPARE(memoryOnly.first().first().toBool(), true);
        QCOMPARE(service.activeStore(), static_cast<SecretStore*>(service.memoryStore()));
        QVERIFY(!service.activeStore()->isPersistent());
        QVERIFY(!SecretsService::memoryOnlyExplanation().isEmpty());

        bool written = false;
        service.activeStore()->write(QStringLiteral("acct"), SecretKind::ApiKey, QStringLiteral("in-memory"), this,
                                     [&](const SecretError& e) { written = e.isOk(); });
        QTRY_VERIFY(written);
        QCOMPARE(service.memoryStore()->count(), 1);

        service.enableMemoryOnly(); // no second signal
        QCOMPARE(memoryOnly.count(), 1);
        service.disableMemoryOnly();
        QVERIFY(!service.isMemoryOnly());
        QCOMPARE(memoryOnly.count(), 2);
        QCOMPARE(service.memoryStore()->count(), 0); // memory keys are wiped on leaving the mode
    }
};

QTEST_GUILESS_MAIN(tst_SecretsService)
#include "tst_secretsservice.moc"
