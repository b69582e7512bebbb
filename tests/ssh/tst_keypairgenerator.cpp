#include "ssh/KeyPairGenerator.h"
#include "ssh/SshWorkers.h"

#include "SshKeygen.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

Q_DECLARE_METATYPE(std::shared_ptr<KeyPair>)

class tst_KeyPairGenerator : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_fileCounter = 0;

    /** Writes @p pair's private key to a fresh 0600 file for ssh-keygen. */
    QString writePrivateKey(const KeyPair& pair)
    {
        const QString path = m_dir.filePath(QStringLiteral("key%1").arg(++m_fileCounter));
        if (!SshKeygen::writeFile(path, pair.privateKeyPem()))
            return {};
        return path;
    }

    /** The public line without its comment, as `ssh-keygen -y` prints it. */
    static QString withoutComment(const KeyPair& pair)
    {
        return pair.publicKey().type() + u' ' + pair.publicKey().base64();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!SshKeygen::program().isEmpty(), "ssh-keygen (openssh-client) is required");
        QVERIFY(m_dir.isValid());
    }

    void generatesUnencryptedEd25519Pair()
    {
        const KeyPair pair = KeyPairGenerator::generate(QStringLiteral("me@keydeck"), QString());
        QVERIFY2(pair.isValid(), qPrintable(pair.errorMessage()));
        QVERIFY(pair.errorMessage().isEmpty());
        QVERIFY(!pair.isEncrypted());
        QVERIFY(pair.privateKeyPem().startsWith("-----BEGIN OPENSSH PRIVATE KEY-----\n"));
        QVERIFY(pair.privateKeyPem().trimmed().endsWith("-----END OPENSSH PRIVATE KEY-----"));
        QCOMPARE(pair.publicKey().type(), QStringLiteral("ssh-ed25519"));
        QCOMPARE(pair.publicKey().comment(), QStringLiteral("me@keydeck"));
        QCOMPARE(pair.publicKeyLine(), withoutComment(pair) + QStringLiteral(" me@keydeck"));

        const QString path = writePrivateKey(pair);
        QVERIFY(!path.isEmpty());
        const auto r
            = SshKeygen::run({QStringLiteral("-y"), QStringLiteral("-P"), QString(), QStringLiteral("-f"), path});
        QVERIFY(r.started);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QString::fromUtf8(r.out).trimmed(), withoutComment(pair));
    }

    void generatesEncryptedPairThatSshKeygenOpens()
    {
        const QString passphrase = QStringLiteral("correct horse 42 ünïcode");
        const KeyPair pair = KeyPairGenerator::generate(QStringLiteral("enc"), passphrase);
        QVERIFY2(pair.isValid(), qPrintable(pair.errorMessage()));
        QVERIFY(pair.isEncrypted());
        const QString path = writePrivateKey(pair);
        QVERIFY(!path.isEmpty());

        const auto ok
            = SshKeygen::run({QStringLiteral("-y"), QStringLiteral("-P"), passphrase, QStringLiteral("-f"), path});
        QVERIFY(ok.started);
        QCOMPARE(ok.exitCode, 0);
        QCOMPARE(QString::fromUtf8(ok.out).trimmed(), withoutComment(pair));

        const auto wrong = SshKeygen::run(
            {QStringLiteral("-y"), QStringLiteral("-P"), QStringLiteral("wrong"), QStringLiteral("-f"), path});
        QVERIFY(wrong.started);
        QCOMPARE(wrong.exitCode, 255);
        QVERIFY(wrong.err.contains("incorrect passphrase"));

        const auto none
            = SshKeygen::run({QStringLiteral("-y"), QStringLiteral("-P"), QString(), QStringLiteral("-f"), path});
        QCOMPARE(none.exitCode, 255);
    }

    void fingerprintEqualsSshKeygen()
    {
        const KeyPair pair = KeyPairGenerator::generate(QStringLiteral("fp-check"), QStringLiteral("pass phrase"));
        QVERIFY(pair.isValid());
        const QString pubPath = m_dir.filePath(QStringLiteral("fp.pub"));
        QVERIFY(SshKeygen::writeFile(pubPath, pair.publicKeyLine().toUtf8() + '\n'));
        QCOMPARE(SshKeygen::fingerprintLine(pubPath),
                 QStringLiteral("256 %1 fp-check (ED25519)").arg(pair.publicKey().fingerprint()));
        // And from the private key, which carries no comment (pitfalls §1.2).
        const QString privPath = writePrivateKey(pair);
        const auto r = SshKeygen::run({QStringLiteral("-l"), QStringLiteral("-P"), QStringLiteral("pass phrase"),
                                       QStringLiteral("-f"), privPath});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QString::fromUtf8(r.out).startsWith(QStringLiteral("256 %1 ").arg(pair.publicKey().fingerprint())));
    }

    void sanitisesTheComment()
    {
        const KeyPair pair = KeyPairGenerator::generate(QStringLiteral("line\nbreak\x01"), QString());
        QVERIFY(pair.isValid());
        QCOMPARE(pair.publicKey().comment(), QStringLiteral("linebreak"));
        const KeyPair noComment = KeyPairGenerator::generate(QString(), QString());
        QVERIFY(noComment.isValid());
        QCOMPARE(noComment.publicKeyLine(), withoutComment(noComment));
    }

    void everyPairIsNew()
    {
        const KeyPair a = KeyPairGenerator::generate(QStringLiteral("a"), QString());
        const KeyPair b = KeyPairGenerator::generate(QStringLiteral("a"), QString());
        QVERIFY(a.isValid() && b.isValid());
        QVERIFY(!a.publicKey().sameKeyAs(b.publicKey()));
        QVERIFY(a.privateKeyPem() != b.privateKeyPem());
    }

    void wipeZeroesThePrivateKeyBuffer()
    {
        KeyPair pair = KeyPairGenerator::generate(QStringLiteral("w"), QString());
        QVERIFY(pair.isValid());
        // A copy sharing the buffer sees what the wipe did to the one real allocation.
        const QByteArray shared = pair.privateKeyPem();
        QVERIFY(shared.startsWith("-----BEGIN"));
        pair.wipe();
        QVERIFY(pair.privateKeyPem().isEmpty());
        QVERIFY(!pair.isValid());
        QVERIFY(pair.publicKey().isValid());
        QVERIFY(!shared.isEmpty());
        QVERIFY(std::all_of(shared.cbegin(), shared.cend(), [](char c) { return c == 0; }));
    }

    void movingHandsOverThePrivateKey()
    {
        KeyPair a = KeyPairGenerator::generate(QStringLiteral("m"), QString());
        const QString fp = a.publicKey().fingerprint();
        KeyPair b = std::move(a);
        QVERIFY(b.isValid());
        QCOMPARE(b.publicKey().fingerprint(), fp);
        QVERIFY(a.privateKeyPem().isEmpty()); // NOLINT(bugprone-use-after-move): moved-from state is specified
    }

    void defaultCommentNamesUserAndHost()
    {
        const QString c = KeyPairGenerator::defaultComment();
        QVERIFY(!c.isEmpty());
        QCOMPARE(PublicKey::sanitizeComment(c), c);
    }

    void asyncJobDeliversOnTheCallingThreadWhileItsLoopRuns()
    {
        qRegisterMetaType<std::shared_ptr<KeyPair>>();
        KeyPairGenerator generator;
        QSignalSpy spy(&generator, &KeyPairGenerator::finished);
        QThread* receivedOn = nullptr;
        std::shared_ptr<KeyPair> received;
        connect(&generator, &KeyPairGenerator::finished, this, [&](std::shared_ptr<KeyPair> pair) {
            receivedOn = QThread::currentThread();
            received = std::move(pair);
        });

        QString passphrase = QStringLiteral("async secret");
        QVERIFY(generator.start(QStringLiteral("async"), passphrase));
        // start() returned without the result: the work is elsewhere.
        QVERIFY(generator.isRunning());
        QCOMPARE(spy.count(), 0);
        QVERIFY(!generator.start(QStringLiteral("again"), QString()));
        // The caller's passphrase is untouched by the worker's wipe of its own copy.
        QVERIFY(passphrase == QStringLiteral("async secret"));

        // This loop keeps turning while the worker runs: a timer queued after start() fires.
        bool loopTurned = false;
        QTimer::singleShot(0, this, [&] { loopTurned = true; });
        QVERIFY(spy.wait(30000));
        QVERIFY(loopTurned);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(receivedOn, QThread::currentThread());
        QVERIFY(!generator.isRunning());
        QVERIFY(received);
        QVERIFY2(received->isValid(), qPrintable(received->errorMessage()));
        QVERIFY(received->isEncrypted());

        const QString path = writePrivateKey(*received);
        const auto r
            = SshKeygen::run({QStringLiteral("-y"), QStringLiteral("-P"), passphrase, QStringLiteral("-f"), path});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QString::fromUtf8(r.out).trimmed(), withoutComment(*received));

        // A second run on the same generator works too.
        QVERIFY(generator.start(QStringLiteral("second"), QString()));
        QVERIFY(spy.wait(30000));
        QCOMPARE(spy.count(), 2);
        QVERIFY(received->isValid());
        QCOMPARE(received->publicKey().comment(), QStringLiteral("second"));
        QVERIFY(!received->isEncrypted());
    }

    void destroyingTheGeneratorWhileRunningIsSafe()
    {
        auto* generator = new KeyPairGenerator;
        QVERIFY(generator->start(QStringLiteral("orphan"), QStringLiteral("pw")));
        delete generator;
        // Let the orphaned worker finish before the test ends; nothing may be delivered or crash.
        SshWorkers::pool()->waitForDone(30000);
        QCoreApplication::processEvents();
    }
};

QTEST_GUILESS_MAIN(tst_KeyPairGenerator)
#include "tst_keypairgenerator.moc"
