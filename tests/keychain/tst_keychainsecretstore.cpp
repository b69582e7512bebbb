// KeychainSecretStore against a real gnome-keyring in a private D-Bus session (support/with-keyring.sh):
// write, read, overwrite, delete, not-found, the deadline, and a locked keyring that fails fast.
#include "TestSupport.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretsService.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace std::chrono_literals;

namespace {

struct Outcome
{
    int calls = 0;
    SecretError error;
    QString secret;
};

QString newAccountId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString uniqueSecret()
{
    return QStringLiteral("test-secret-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
}

} // namespace

class tst_KeychainSecretStore : public QObject
{
    Q_OBJECT

private:
    Outcome read(SecretStore& store, const QString& id, SecretKind kind = SecretKind::ApiKey)
    {
        Outcome out;
        store.read(id, kind, this, [&out](const SecretError& e, const QString& s) {
            ++out.calls;
            out.error = e;
            out.secret = s;
        });
        (void)QTest::qWaitFor([&] { return out.calls > 0; }, 20000); // callers check out.calls
        return out;
    }

    Outcome write(SecretStore& store, const QString& id, const QString& secret, SecretKind kind = SecretKind::ApiKey)
    {
        Outcome out;
        store.write(id, kind, secret, this, [&out](const SecretError& e) {
            ++out.calls;
            out.error = e;
        });
        (void)QTest::qWaitFor([&] { return out.calls > 0; }, 20000); // callers check out.calls
        return out;
    }

    Outcome remove(SecretStore& store, const QString& id, SecretKind kind = SecretKind::ApiKey)
    {
        Outcome out;
        store.remove(id, kind, this, [&out](const SecretError& e) {
            ++out.calls;
            out.error = e;
        });
        (void)QTest::qWaitFor([&] { return out.calls > 0; }, 20000); // callers check out.calls
        return out;
    }

private slots:
    void initTestCase()
    {
        if (!TestSupport::hasPrivateKeyring())
            QFAIL("no private keyring: run through ctest, which wraps this test in support/with-keyring.sh");
    }

    void writesAndReadsBack()
    {
        KeychainSecretStore store;
        const QString id = newAccountId();
        const QString secret = uniqueSecret();
        const Outcome written = write(store, id, secret);
        QCOMPARE(written.calls, 1);
        QVERIFY2(written.error.isOk(), qPrintable(written.error.message()));

        const Outcome got = read(store, id);
        QCOMPARE(got.calls, 1);
        QVERIFY2(got.error.isOk(), qPrintable(got.error.message()));
        QVERIFY(got.secret == secret); // QVERIFY: QCOMPARE would print the secret
    }

    void storesUnderServiceKeydeckWithEntryKey()
    {
        // Ask the keyring itself, not our code: the item must be service "Keydeck", key "api-key/<id>".
        KeychainSecretStore store;
        const QString id = newAccountId();
        const QString secret = uniqueSecret();
        QVERIFY(write(store, id, secret).error.isOk());

        QProcess lookup;
        lookup.start(QStringLiteral("secret-tool"),
                     {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("Keydeck"),
                      QStringLiteral("user"), QStringLiteral("api-key/%1").arg(id)});
        QVERIFY(lookup.waitForFinished(10000));
        QCOMPARE(lookup.exitCode(), 0);
        QVERIFY(QString::fromUtf8(lookup.readAllStandardOutput()).trimmed() == secret);
    }

    void overwriteReplacesTheSecret()
    {
        KeychainSecretStore store;
        const QString id = newAccountId();
        const QString first = uniqueSecret();
        const QString second = uniqueSecret();
        QVERIFY(write(store, id, first).error.isOk());
        QVERIFY(write(store, id, second).error.isOk());
        const Outcome got = read(store, id);
        QVERIFY(got.error.isOk());
        QVERIFY(got.secret == second);
        QVERIFY(got.secret != first);
    }

    void keepsApiKeyAndSessionKeyApart()
    {
        KeychainSecretStore store;
        const QString id = newAccountId();
        const QString apiKey = uniqueSecret();
        const QString sessionKey = uniqueSecret();
        QVERIFY(write(store, id, apiKey, SecretKind::ApiKey).error.isOk());
        QVERIFY(write(store, id, sessionKey, SecretKind::SessionKey).error.isOk());
        QVERIFY(read(store, id, SecretKind::ApiKey).secret == apiKey);
        QVERIFY(read(store, id, SecretKind::SessionKey).secret == sessionKey);
        QVERIFY(remove(store, id, SecretKind::SessionKey).error.isOk());
        QCOMPARE(read(store, id, SecretKind::SessionKey).error.kind(), SecretError::Kind::NotFound);
        QVERIFY(read(store, id, SecretKind::ApiKey).secret == apiKey);
    }

    void removeDeletesTheEntry()
    {
        KeychainSecretStore store;
        const QString id = newAccountId();
        QVERIFY(write(store, id, uniqueSecret()).error.isOk());
        const Outcome removed = remove(store, id);
        QCOMPARE(removed.calls, 1);
        QVERIFY2(removed.error.isOk(), qPrintable(removed.error.message()));
        const Outcome got = read(store, id);
        QCOMPARE(got.error.kind(), SecretError::Kind::NotFound);
        QVERIFY(got.secret.isEmpty());
    }

    void readOfMissingEntryIsNotFoundWithMessage()
    {
        KeychainSecretStore store;
        const Outcome got = read(store, newAccountId());
        QCOMPARE(got.calls, 1);
        QCOMPARE(got.error.kind(), SecretError::Kind::NotFound);
        QCOMPARE(got.error.message(), SecretError::messageFor(SecretError::Kind::NotFound));
        QVERIFY(!got.error.message().isEmpty());
    }

    void removeOfMissingEntrySucceeds()
    {
        KeychainSecretStore store;
        const Outcome removed = remove(store, newAccountId());
        QCOMPARE(removed.calls, 1);
        QVERIFY(removed.error.isOk() || removed.error.kind() == SecretError::Kind::NotFound);
    }

    void probeFindsTheKeychainAvailable()
    {
        SecretsService service(std::make_unique<KeychainSecretStore>());
        QSignalSpy finished(&service, &SecretsService::probeFinished);
        service.probe();
        QCOMPARE(service.availability(), SecretsService::Availability::Probing);
        QVERIFY(finished.wait(20000));
        QCOMPARE(service.availability(), SecretsService::Availability::Available);
        QVERIFY(finished.first().first().value<SecretError>().isOk());
        QVERIFY(!service.isMemoryOnly());
        QCOMPARE(service.activeStore(), service.keychainStore());
    }

    void deadlineReportsTimeoutOnceAndKeepsTheJob()
    {
        KeychainSecretStore store;
        store.setTimeout(1ms); // far shorter than a D-Bus round trip to the keyring
        const QString id = newAccountId();
        const QString secret = uniqueSecret();
        Outcome out;
        store.write(id, SecretKind::ApiKey, secret, this, [&out](const SecretError& e) {
            ++out.calls;
            out.error = e;
        });
        QTRY_COMPARE_WITH_TIMEOUT(out.calls, 1, 5000);
        QCOMPARE(out.error.kind(), SecretError::Kind::Timeout);
        QVERIFY(!out.error.message().isEmpty());

        // The job was not deleted: it still completes (QtKeychain runs jobs one at a time, so the next job
        // answering proves the first one finished) and its late answer is not reported a second time.
        store.setTimeout(KeychainSecretStore::DefaultTimeout);
        const Outcome got = read(store, id);
        QVERIFY2(got.error.isOk(), qPrintable(got.error.message()));
        QVERIFY(got.secret == secret);
        QCOMPARE(out.calls, 1);
    }

    void skipsCallbackWhenContextIsGone()
    {
        KeychainSecretStore store;
        int calls = 0;
        auto* context = new QObject;
        store.read(newAccountId(), SecretKind::ApiKey, context,
                   [&calls](const SecretError&, const QString&) { ++calls; });
        delete context;
        // A second job queued behind the first proves the first one has finished.
        const Outcome after = read(store, newAccountId());
        QCOMPARE(after.calls, 1);
        QCOMPARE(calls, 0);
    }

    void survivesDestructionWithAJobPending()
    {
        // The QtKeychain job outlives the store (it is never deleted by us); its late answer must reach no one.
        int calls = 0;
        auto* doomed = new KeychainSecretStore;
        doomed->write(newAccountId(), SecretKind::ApiKey, uniqueSecret(), this,
                      [&calls](const SecretError&) { ++calls; });
        delete doomed;
        KeychainSecretStore store;
        const Outcome after = read(store, newAccountId()); // queued behind the orphaned job
        QCOMPARE(after.calls, 1);
        QCOMPARE(after.error.kind(), SecretError::Kind::NotFound);
        QCOMPARE(calls, 0);
    }

    // Last: it leaves the login collection locked (the keyring is thrown away after this process).
    void lockedKeyringFailsFastWithLockedMessage()
    {
        KeychainSecretStore store;
        const QString id = newAccountId();
        const QString secret = uniqueSecret();
        QVERIFY(write(store, id, secret).error.isOk());

        QDBusMessage lock = QDBusMessage::createMethodCall(
            QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
            QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("Lock"));
        lock << QVariant::fromValue(
            QList<QDBusObjectPath> {QDBusObjectPath(QStringLiteral("/org/freedesktop/secrets/collection/login"))});
        const QDBusMessage reply = QDBusConnection::sessionBus().call(lock, QDBus::Block, 10000);
        QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(reply.errorMessage()));

        QElapsedTimer clock;
        clock.start();
        const Outcome written = write(store, newAccountId(), uniqueSecret());
        QCOMPARE(written.calls, 1);
        // Fails on its own, well before the 15 s app deadline: no hang on an invisible unlock prompt.
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
        // libsecret reports SECRET_ERROR_IS_LOCKED, which QtKeychain 0.13.2 maps to AccessDenied and we to Locked.
        QCOMPARE(written.error.kind(), SecretError::Kind::Locked);
        QCOMPARE(written.error.message(), SecretError::messageFor(written.error.kind()));

        // A locked keyring does not hand out the stored key either.
        const Outcome got = read(store, id);
        QCOMPARE(got.calls, 1);
        QVERIFY(!got.error.isOk());
        QVERIFY(got.secret.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_KeychainSecretStore)
#include "tst_keychainsecretstore.moc"
