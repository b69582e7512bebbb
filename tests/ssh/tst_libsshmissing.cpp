// ssh/LibSsh when libssh cannot be loaded (a broken installation; KEYDECK_LIBSSH points at a missing file): keys
// are neither passed nor refused as damaged, and the user is told what is wrong.
#include "ssh/KeyPairGenerator.h"
#include "ssh/LibSsh.h"
#include "ssh/PublicKey.h"

#include <QTest>

class tst_LibSshMissing : public QObject
{
    Q_OBJECT

private slots:
    void saysKeysCannotBeCheckedRatherThanCallingThemDamaged()
    {
        // A well-formed Ed25519 line (ssh-keygen output): only libssh's import is missing.
        const PublicKey key = PublicKey::parse(
            QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl laptop"));
        QVERIFY(!key.isValid());
        QCOMPARE(key.status(), PublicKey::Status::CheckUnavailable);
        QVERIFY2(key.errorMessage().contains(QLatin1String("libssh")), qPrintable(key.errorMessage()));
        QVERIFY(!LibSsh::get());
        QVERIFY(!LibSsh::loadError().isEmpty());
    }

    void generationFailsWithTheReason()
    {
        const KeyPair pair = KeyPairGenerator::generate(QStringLiteral("new"), QString());
        QVERIFY(!pair.isValid());
        QVERIFY2(pair.errorMessage().contains(QLatin1String("libssh")), qPrintable(pair.errorMessage()));
    }
};

int main(int argc, char* argv[])
{
    qputenv("KEYDECK_LIBSSH", "/nonexistent/libssh.so.4"); // before anything asks for libssh
    QCoreApplication app(argc, argv);
    tst_LibSshMissing test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_libsshmissing.moc"
