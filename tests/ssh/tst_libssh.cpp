// ssh/LibSsh: libssh is opened when the first key is checked, not when Keydeck starts (docs/PERFORMANCE.md,
// start-up), and checking and generating keys work through it.
#include "ssh/KeyPairGenerator.h"
#include "ssh/LibSsh.h"
#include "ssh/PublicKey.h"

#include "SshKeygen.h"
#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class tst_LibSsh : public QObject
{
    Q_OBJECT

private slots:
    void isNotLoadedUntilAKeyIsChecked()
    {
        // The test executable links keydeck_core like the app does: nothing has needed libssh yet.
        QVERIFY(!TestSupport::isMapped("/libssh.so"));
        const PublicKey notAKey = PublicKey::parse(QStringLiteral("ssh-ed25519 not-base64!"));
        QCOMPARE(notAKey.status(), PublicKey::Status::MalformedBlob);
        QVERIFY(!TestSupport::isMapped("/libssh.so")); // refused by Keydeck's own checks before libssh is needed
    }

    void checksAndGeneratesKeysThroughIt()
    {
        QTemporaryDir dir;
        const QString path = SshKeygen::generate(dir.path(), QStringLiteral("k"), QStringLiteral("ed25519"), 0,
                                                 QStringLiteral("laptop"));
        QVERIFY(!path.isEmpty());
        const PublicKey key = PublicKey::parse(QString::fromLatin1(SshKeygen::readFile(path + QStringLiteral(".pub"))));
        QVERIFY2(key.isValid(), qPrintable(key.errorMessage()));
        QVERIFY(TestSupport::isMapped("/libssh.so"));
        QVERIFY(LibSsh::get());
        QVERIFY(LibSsh::loadError().isEmpty());
        const KeyPair pair = KeyPairGenerator::generate(QStringLiteral("new"), QString());
        QVERIFY2(pair.isValid(), qPrintable(pair.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(tst_LibSsh)
#include "tst_libssh.moc"
