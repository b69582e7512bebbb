// A full account lifecycle against the real keyring (support/with-keyring.sh) and the real settings file:
// add with a key, use it (read, session key, last used), rename, remove. Afterwards, and in between, no
// file under the test HOME (settings and keyring files included) contains the key.
#include "SecretScan.h"
#include "TestSupport.h"
#include "secrets/AccountsRegistry.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretsService.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

class tst_AccountLifecycle : public QObject
{
    Q_OBJECT

private:
    template <typename Start>
    SecretError waitDone(Start start)
    {
        SecretError result = SecretError::make(SecretError::Kind::Timeout);
        bool done = false;
        start([&](const SecretError& e) {
            result = e;
            done = true;
        });
        (void)QTest::qWaitFor([&] { return done; }, 20000);
        return result;
    }

    std::pair<SecretError, QString> readSync(SecretStore* store, const QString& id, SecretKind kind)
    {
        std::pair<SecretError, QString> result {SecretError::make(SecretError::Kind::Timeout), {}};
        bool done = false;
        store->read(id, kind, this, [&](const SecretError& e, const QString& s) {
            result = {e, s};
            done = true;
        });
        (void)QTest::qWaitFor([&] { return done; }, 20000);
        return result;
    }

private slots:
    void initTestCase()
    {
        if (!TestSupport::hasPrivateKeyring())
            QFAIL("no private keyring: run through ctest, which wraps this test in support/with-keyring.sh");
        // The application's real settings location, as Application::run() sets it up.
        QCoreApplication::setOrganizationName(QStringLiteral("Keydeck"));
        QCoreApplication::setApplicationName(QStringLiteral("keydeck"));
    }

    void scannerFindsAPlantedKey()
    {
        // The scan below is only worth something if it can find a key: plant one and look for it.
        const QString key = QStringLiteral("planted-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        const QString path = QDir::home().filePath(QStringLiteral(".local/share/planted.bin"));
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("prefix" + key.toUtf8().toBase64() + "suffix");
        file.close();
        QCOMPARE(SecretScan::filesContaining(QDir::homePath(), key), QStringList {path});
        QVERIFY(file.remove());
        QCOMPARE(SecretScan::filesContaining(QDir::homePath(), key), QStringList());
    }

    void fullLifecycleLeavesNoKeyOnDisk()
    {
        const QString apiKey = QStringLiteral("vast-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        const QString sessionKey = QStringLiteral("tfa-%1").arg(QUuid::createUuid().toString(QUuid::Id128));

        SecretsService secrets(std::make_unique<KeychainSecretStore>());
        QSignalSpy probed(&secrets, &SecretsService::probeFinished);
        secrets.probe();
        QVERIFY(probed.wait(20000));
        QCOMPARE(secrets.availability(), SecretsService::Availability::Available);

        AccountsRegistry registry(&secrets);
        const QString settingsFile = QSettings().fileName();
        QVERIFY(settingsFile.startsWith(QDir::homePath()));

        // Add
        const Account account = Account::create(Provider::Vast, QStringLiteral("Work"));
        SecretError error = waitDone([&](auto done) { registry.addWithApiKey(account, apiKey, this, done); });
        QVERIFY2(error.isOk(), qPrintable(error.message()));
        QVERIFY(registry.find(account.id));
        QVERIFY(QFile::exists(settingsFile));

        // Use: read the key back, store a 2FA session key, record the use
        SecretStore* store = registry.storeFor(*registry.find(account.id));
        QCOMPARE(store, secrets.keychainStore());
        auto [readError, readKey] = readSync(store, account.id, SecretKind::ApiKey);
        QVERIFY2(readError.isOk(), qPrintable(readError.message()));
        QVERIFY(readKey == apiKey);
        error = waitDone([&](auto done) { store->write(account.id, SecretKind::SessionKey, sessionKey, this, done); });
        QVERIFY(error.isOk());
        QVERIFY(readSync(store, account.id, SecretKind::SessionKey).second == sessionKey);
        QVERIFY(registry.markUsed(account.id));
        QCOMPARE(registry.lastUsedAccountId(), account.id);

        // Rename
        QVERIFY(registry.rename(account.id, QStringLiteral("Work (renamed)")));
        QCOMPARE(AccountsRegistry(&secrets).find(account.id)->label, QStringLiteral("Work (renamed)"));

        // While the account exists, the keys are only in the keyring (its file is encrypted).
        QCOMPARE(SecretScan::filesContaining(QDir::homePath(), apiKey), QStringList());
        QCOMPARE(SecretScan::filesContaining(QDir::homePath(), sessionKey), QStringList());

        // Remove: the registry entry and both keychain entries go
        QSignalSpy removed(&registry, &AccountsRegistry::accountRemoved);
        error = waitDone([&](auto done) { registry.remove(account.id, this, done); });
        QVERIFY2(error.isOk(), qPrintable(error.message()));
        QCOMPARE(removed.count(), 1);
        QVERIFY(!registry.find(account.id));
        QCOMPARE(readSync(store, account.id, SecretKind::ApiKey).first.kind(), SecretError::Kind::NotFound);
        QCOMPARE(readSync(store, account.id, SecretKind::SessionKey).first.kind(), SecretError::Kind::NotFound);

        QSettings settings;
        settings.sync();
        QVERIFY(!settings.allKeys().join(QLatin1Char(' ')).contains(account.id));
        QVERIFY(!AccountsRegistry(&secrets).find(account.id));

        // And nowhere on disk, settings included.
        QCOMPARE(SecretScan::filesContaining(QDir::homePath(), apiKey), QStringList());
        QCOMPARE(SecretScan::filesContaining(QDir::homePath(), sessionKey), QStringList());
    }
};

QTEST_GUILESS_MAIN(tst_AccountLifecycle)
#include "tst_accountlifecycle.moc"
