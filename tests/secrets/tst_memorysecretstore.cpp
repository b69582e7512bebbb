// MemorySecretStore: the memory-only store; asynchronous like the keychain, and able to simulate failures.
#include "secrets/MemorySecretStore.h"

#include <QTest>

class tst_MemorySecretStore : public QObject
{
    Q_OBJECT

private slots:
    void answersAsynchronously()
    {
        MemorySecretStore store;
        bool called = false;
        store.write(QStringLiteral("a"), SecretKind::ApiKey, QStringLiteral("k"), this,
                    [&called](const SecretError&) { called = true; });
        QVERIFY(!called); // never inside the call
        QTRY_VERIFY(called);
    }

    void writesReadsOverwritesAndRemoves()
    {
        MemorySecretStore store;
        const QString first = QStringLiteral("first-secret");
        const QString second = QStringLiteral("second-secret");
        int done = 0;
        store.write(QStringLiteral("a"), SecretKind::ApiKey, first, this, [&](const SecretError& e) {
            QVERIFY(e.isOk());
            ++done;
        });
        store.write(QStringLiteral("a"), SecretKind::ApiKey, second, this, [&](const SecretError& e) {
            QVERIFY(e.isOk());
            ++done;
        });
        QTRY_COMPARE(done, 2);
        QCOMPARE(store.count(), 1);

        QString got;
        store.read(QStringLiteral("a"), SecretKind::ApiKey, this, [&](const SecretError& e, const QString& s) {
            QVERIFY(e.isOk());
            got = s;
            ++done;
        });
        QTRY_COMPARE(done, 3);
        QVERIFY(got == second);

        store.remove(QStringLiteral("a"), SecretKind::ApiKey, this, [&](const SecretError& e) {
            QVERIFY(e.isOk());
            ++done;
        });
        QTRY_COMPARE(done, 4);
        QCOMPARE(store.count(), 0);

        SecretError error;
        store.read(QStringLiteral("a"), SecretKind::ApiKey, this, [&](const SecretError& e, const QString& s) {
            error = e;
            got = s;
            ++done;
        });
        QTRY_COMPARE(done, 5);
        QCOMPARE(error.kind(), SecretError::Kind::NotFound);
        QVERIFY(got.isEmpty());
    }

    void keepsKindsApart()
    {
        MemorySecretStore store;
        int done = 0;
        auto ok = [&](const SecretError& e) {
            QVERIFY(e.isOk());
            ++done;
        };
        store.write(QStringLiteral("a"), SecretKind::ApiKey, QStringLiteral("api"), this, ok);
        store.write(QStringLiteral("a"), SecretKind::SessionKey, QStringLiteral("session"), this, ok);
        QTRY_COMPARE(done, 2);
        QString api, session;
        store.read(QStringLiteral("a"), SecretKind::ApiKey, this, [&](const SecretError&, const QString& s) {
            api = s;
            ++done;
        });
        store.read(QStringLiteral("a"), SecretKind::SessionKey, this, [&](const SecretError&, const QString& s) {
            session = s;
            ++done;
        });
        QTRY_COMPARE(done, 4);
        QVERIFY(api == QStringLiteral("api"));
        QVERIFY(session == QStringLiteral("session"));
    }

    void injectedFailureFailsEveryOperationAndKeepsData()
    {
        MemorySecretStore store;
        int done = 0;
        store.write(QStringLiteral("a"), SecretKind::ApiKey, QStringLiteral("kept"), this,
                    [&](const SecretError&) { ++done; });
        QTRY_COMPARE(done, 1);

        store.setFailure(SecretError::make(SecretError::Kind::Locked));
        SecretError writeError, readError, removeError, probeError;
        store.write(QStringLiteral("a"), SecretKind::ApiKey, QStringLiteral("other"), this, [&](const SecretError& e) {
            writeError = e;
            ++done;
        });
        store.read(QStringLiteral("a"), SecretKind::ApiKey, this, [&](const SecretError& e, const QString& s) {
            readError = e;
            QVERIFY(s.isEmpty());
            ++done;
        });
        store.remove(QStringLiteral("a"), SecretKind::ApiKey, this, [&](const SecretError& e) {
            removeError = e;
            ++done;
        });
        store.probe(this, [&](const SecretError& e) {
            probeError = e;
            ++done;
        });
        QTRY_COMPARE(done, 5);
        QCOMPARE(writeError.kind(), SecretError::Kind::Locked);
        QCOMPARE(readError.kind(), SecretError::Kind::Locked);
        QCOMPARE(removeError.kind(), SecretError::Kind::Locked);
        QCOMPARE(probeError.kind(), SecretError::Kind::Locked);

        store.setFailure(SecretError());
        QString got;
        store.read(QStringLiteral("a"), SecretKind::ApiKey, this, [&](const SecretError&, const QString& s) {
            got = s;
            ++done;
        });
        QTRY_COMPARE(done, 6);
        QVERIFY(got == QStringLiteral("kept"));
    }

    void skipsCallbackWhenContextIsGone()
    {
        MemorySecretStore store;
        bool called = false;
        auto* context = new QObject;
        store.probe(context, [&called](const SecretError&) { called = true; });
        delete context;
        bool after = false;
        store.probe(this, [&after](const SecretError&) { after = true; });
        QTRY_VERIFY(after);
        QVERIFY(!called);
    }

    void isNotPersistent()
    {
        MemorySecretStore store;
        QVERIFY(!store.isPersistent());
    }
};

QTEST_GUILESS_MAIN(tst_MemorySecretStore)
#include "tst_memorysecretstore.moc"
