#include "security/FingerprintInput.h"

#include <QTest>

using Security::FingerprintInput;

/** The fingerprint typed for *Remove a Key Everywhere* (issue 23): SHA256 only, anything else refused with its kind. */
class tst_FingerprintInput : public QObject
{
    Q_OBJECT

private slots:
    void readsWhatTheUserTyped_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("fingerprint");
        const QString b64 = QStringLiteral("Nd4dW1VCWl/FLWst7swLVCTORVtU+qXHDNOUIWxkz38");
        const QString fp = QStringLiteral("SHA256:") + b64;
        const auto valid = int(FingerprintInput::Status::Valid);
        QTest::newRow("as ssh-keygen writes it") << fp << valid << fp;
        QTest::newRow("spaces around it") << QStringLiteral("  ") + fp + QStringLiteral("\n") << valid << fp;
        QTest::newRow("prefix in lower case") << QStringLiteral("sha256:") + b64 << valid << fp;
        QTest::newRow("with base64 padding") << fp + QStringLiteral("=") << valid << fp;
        QTest::newRow("empty") << QStringLiteral("   ") << int(FingerprintInput::Status::Empty) << QString();
        const auto md5 = int(FingerprintInput::Status::Md5);
        QTest::newRow("MD5 with prefix") << QStringLiteral("MD5:16:27:ac:a5:76:28:2d:36:63:1b:56:4d:eb:df:a6:48") << md5
                                         << QString();
        QTest::newRow("MD5 bare") << QStringLiteral("16:27:AC:A5:76:28:2D:36:63:1B:56:4D:EB:DF:A6:48") << md5
                                  << QString();
        const auto malformed = int(FingerprintInput::Status::Malformed);
        QTest::newRow("no prefix") << b64 << malformed << QString();
        QTest::newRow("one character short") << fp.chopped(1) << malformed << QString();
        QTest::newRow("a public key line") << QStringLiteral("ssh-ed25519 AAAA ada@laptop") << malformed << QString();
        QTest::newRow("not base64") << QStringLiteral("SHA256:") + QString(43, QLatin1Char('*')) << malformed
                                    << QString();
    }
    void readsWhatTheUserTyped()
    {
        QFETCH(QString, text);
        QFETCH(int, status);
        QFETCH(QString, fingerprint);
        const FingerprintInput input = FingerprintInput::read(text);
        QCOMPARE(int(input.status), status);
        QCOMPARE(input.fingerprint, fingerprint);
    }
};

QTEST_GUILESS_MAIN(tst_FingerprintInput)
#include "tst_fingerprintinput.moc"
