// The harness's own proof that a real keyring answers inside support/with-keyring.sh:
// QtKeychain write, read back, delete, then not-found, against gnome-keyring over D-Bus.
#include "TestSupport.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>
#include <qt6keychain/keychain.h>

class tst_KeychainRoundTrip : public QObject
{
    Q_OBJECT

private:
    const QString m_service = QStringLiteral("KeydeckHarness");

    template <typename Job>
    static QKeychain::Error runJob(Job& job)
    {
        QSignalSpy spy(&job, &QKeychain::Job::finished);
        job.start();
        if (!spy.wait(15000))
            return QKeychain::OtherError;
        return job.error();
    }

private slots:
    void initTestCase()
    {
        if (!TestSupport::hasPrivateKeyring())
            QFAIL("no private keyring: run through ctest, which wraps this test in support/with-keyring.sh");
    }

    void writeReadDeleteRoundTrip()
    {
        const QString key = QStringLiteral("api-key/harness");
        const QString secret = QStringLiteral("harness-%1").arg(QDateTime::currentMSecsSinceEpoch());

        QKeychain::WritePasswordJob write(m_service);
        write.setAutoDelete(false);
        write.setKey(key);
        write.setTextData(secret);
        QCOMPARE(runJob(write), QKeychain::NoError);

        QKeychain::ReadPasswordJob read(m_service);
        read.setAutoDelete(false);
        read.setKey(key);
        QCOMPARE(runJob(read), QKeychain::NoError);
        QVERIFY(read.textData() == secret); // QVERIFY: a failing QCOMPARE would print the secret

        QKeychain::DeletePasswordJob remove(m_service);
        remove.setAutoDelete(false);
        remove.setKey(key);
        QCOMPARE(runJob(remove), QKeychain::NoError);

        QKeychain::ReadPasswordJob again(m_service);
        again.setAutoDelete(false);
        again.setKey(key);
        QCOMPARE(runJob(again), QKeychain::EntryNotFound);
    }
};

QTEST_GUILESS_MAIN(tst_KeychainRoundTrip)
#include "tst_keychainroundtrip.moc"
