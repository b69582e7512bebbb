// SshKeyPipeline against a real SandboxServer through the real ApiTransport and VastProvider, without widgets: the
// files it writes (modes, ssh-keygen's view of them), that it writes off the GUI thread, and that an upload whose
// answer was lost is found in the list rather than failed or sent twice (issue 17; docs/api/vast-endpoints.md §3.2).
#include "../providers/ProviderTestHelpers.h"
#include "SshKeygen.h"

#include "net/ApiTransport.h"
#include "providers/VastProvider.h"
#include "sandbox/SandboxServer.h"
#include "ssh/PublicKey.h"
#include "ssh/SshKeyPipeline.h"
#include "ssh/SshWorkers.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <memory>

using namespace std::chrono_literals;
using Stage = SshKeyPipeline::Stage;

class tst_SshKeyPipeline : public QObject
{
    Q_OBJECT

private:
    SandboxServer m_sandbox;
    SandboxDemo m_demo;
    std::unique_ptr<ApiTransport> m_transport;
    std::unique_ptr<ApiTransport> m_checkTransport;
    std::unique_ptr<VastProvider> m_vast;
    std::unique_ptr<VastProvider> m_check;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<SshKeyPipeline> m_pipeline;

    QString sshDir() const { return m_home->filePath(QStringLiteral(".ssh")); }

    SshKeyPipeline::Target target(const QString& name = QStringLiteral("id_ed25519")) const
    {
        return {sshDir(), name, KeyFiles::Existing::Refuse};
    }

    /** How many keys registered with the account have @p line's key data (read with a second, clean transport). */
    int registeredCount(const QString& line)
    {
        QList<SshKey> keys;
        bool done = false;
        QObject context;
        m_check->listSshKeys({}, &context, [&](const ApiResult<QList<SshKey>>& r) {
            if (r.ok())
                keys = *r.value;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 15000))
            return -1;
        const PublicKey key = PublicKey::parse(line);
        return int(
            std::count_if(keys.cbegin(), keys.cend(), [&](const SshKey& k) { return key.hasIdentityOf(k.publicKey); }));
    }

    /** Waits for the run's one finished() and returns its result. */
    std::optional<SshKeyPipeline::Result> await(QSignalSpy& finished)
    {
        if (!QTest::qWaitFor([&] { return finished.count() > 0; }, 30000))
            return std::nullopt;
        QTest::qWait(20);
        if (finished.count() != 1)
            return std::nullopt;
        return m_pipeline->result();
    }

    void armPost(SandboxFault::Kind kind)
    {
        SandboxFault fault;
        fault.kind = kind;
        fault.method = "POST";
        fault.pattern = QStringLiteral("/api/v0/ssh/");
        fault.times = 1;
        m_sandbox.setFault(fault);
    }

    static QFileDevice::Permissions mode(const QString& path)
    {
        return QFile::permissions(path)
            & (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
               | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
               | QFileDevice::ExeOther);
    }

private slots:
    void cleanupTestCase()
    {
        // A cancelled generation goes on in the thread pool and frees its key when it ends (KeyPairGenerator): wait
        // for it, so the process does not end with libssh's objects still in use (the LeakSanitizer report of
        // issue 21 point 16 came from exiting mid-generation).
        QVERIFY(SshWorkers::pool()->waitForDone(60000));
    }

    void initTestCase()
    {
        QVERIFY2(!SshKeygen::program().isEmpty(), "ssh-keygen (openssh-client) is required");
        // Every test runs with a throwaway HOME (tests/support/isolated-home.sh); never touch a real ~/.ssh.
        QVERIFY(QDir::homePath().contains(QLatin1String("keydeck-test")));
        QLoggingCategory::setFilterRules(QStringLiteral("keydeck.api.info=false\nkeydeck.api.warning=false"));
        QString error;
        QVERIFY2(m_sandbox.start({}, &error), qPrintable(error));
        // A stalled upload ends quickly; one retry, as for every request (docs/LIBRARIES.md §3.7).
        m_transport = std::make_unique<ApiTransport>();
        m_transport->setLimits(ProviderTest::quickTimeouts());
        m_checkTransport = std::make_unique<ApiTransport>();
    }

    void init()
    {
        m_sandbox.clearFaults();
        m_demo = m_sandbox.seedDemo();
        m_vast = std::make_unique<VastProvider>(m_transport.get());
        m_check = std::make_unique<VastProvider>(m_checkTransport.get());
        for (VastProvider* p : {m_vast.get(), m_check.get()}) {
            p->setBaseUrl(m_sandbox.baseUrl());
            p->setCredentials({m_demo.vastApiKey, {}});
        }
        m_home = std::make_unique<QTemporaryDir>(QDir::home().filePath(QStringLiteral("pipeline-XXXXXX")));
        QVERIFY(m_home->isValid());
        m_pipeline = std::make_unique<SshKeyPipeline>();
        m_pipeline->setProvider(m_vast.get());
    }

    void cleanup()
    {
        m_pipeline.reset();
        m_sandbox.clearFaults();
    }

    void generatesWritesAndUploadsOnce()
    {
        QSignalSpy stages(m_pipeline.get(), &SshKeyPipeline::stageChanged);
        QSignalSpy finished(m_pipeline.get(), &SshKeyPipeline::finished);
        QVERIFY(m_pipeline->generateAndUpload(QStringLiteral("pipeline@test"), QStringLiteral("pipeline pass"),
                                              target(), QStringLiteral("pipeline")));
        QVERIFY(m_pipeline->isBusy());
        QVERIFY(!m_pipeline->generateAndUpload(QStringLiteral("again"), QString(), target(QStringLiteral("other")),
                                               QStringLiteral("again"))); // one run at a time
        const auto result = await(finished);
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(result->error));
        QCOMPARE(Reconcile::stateName(result->upload->state), QStringLiteral("done"));
        QVERIFY(result->upload->value);
        QVERIFY(!result->upload->reread); // answered: nothing to check
        QVERIFY(result->registeredKey());
        QCOMPARE(stages.count(), 4);
        QCOMPARE(stages.at(0).first().value<Stage>(), Stage::Generating);
        QCOMPARE(stages.at(1).first().value<Stage>(), Stage::Writing);
        QCOMPARE(stages.at(2).first().value<Stage>(), Stage::Uploading);
        QCOMPARE(stages.at(3).first().value<Stage>(), Stage::Idle);

        const QString key = sshDir() + QStringLiteral("/id_ed25519");
        QCOMPARE(result->written.privateKeyPath, key);
        QCOMPARE(result->written.publicKeyPath, key + QStringLiteral(".pub"));
        QCOMPARE(mode(sshDir()), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QCOMPARE(mode(key), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(mode(key + QStringLiteral(".pub")),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        // ssh-keygen reads both files as the same Ed25519 key, the one uploaded (docs/LIBRARIES.md §1.6).
        const PublicKey uploaded = PublicKey::parse(result->publicKeyLine);
        const QString expected = QStringLiteral("256 %1 pipeline@test (ED25519)").arg(uploaded.fingerprint());
        QCOMPARE(SshKeygen::fingerprintLine(key + QStringLiteral(".pub")), expected);
        QCOMPARE(SshKeygen::fingerprintLine(key), expected);
        const auto derived = SshKeygen::run(
            {QStringLiteral("-y"), QStringLiteral("-P"), QStringLiteral("pipeline pass"), QStringLiteral("-f"), key});
        QCOMPARE(derived.exitCode, 0);
        QVERIFY(PublicKey::parse(QString::fromUtf8(derived.out).trimmed()).sameKeyAs(uploaded));
        QCOMPARE(registeredCount(result->publicKeyLine), 1);
        QVERIFY(!m_pipeline->canRetryUpload());
    }

    void writesOffTheGuiThreadWhileTheEventLoopRuns()
    {
        // The hook runs where the pair is written and waits for a timer of the GUI thread's event loop: on the GUI
        // thread itself that timer could not fire, and the wait would time out.
        std::atomic<QThread*> writer = nullptr;
        std::atomic<bool> loopRanDuringWrite = false;
        QSemaphore timerFired;
        m_pipeline->setBeforeWriteHook([&] {
            writer = QThread::currentThread();
            loopRanDuringWrite = timerFired.tryAcquire(1, 5000);
        });
        connect(m_pipeline.get(), &SshKeyPipeline::stageChanged, this, [&](Stage stage) {
            if (stage == Stage::Writing)
                QTimer::singleShot(0, this, [&] { timerFired.release(); });
        });
        QSignalSpy finished(m_pipeline.get(), &SshKeyPipeline::finished);
        QVERIFY(m_pipeline->generateAndUpload(QStringLiteral("thread@test"), QString(), target(),
                                              QStringLiteral("thread")));
        const auto result = await(finished);
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(result->error));
        QVERIFY(writer.load() != nullptr);
        QVERIFY(writer.load() != QThread::currentThread());
        QVERIFY(writer.load() != qApp->thread());
        QVERIFY(loopRanDuringWrite.load());
    }

    void droppedUploadAnswerIsFoundRegisteredOnce()
    {
        // The server adds the key and the connection drops before its answer: the pipeline finds it in the list.
        armPost(SandboxFault::Kind::DropConnection);
        QSignalSpy finished(m_pipeline.get(), &SshKeyPipeline::finished);
        QVERIFY(m_pipeline->generateAndUpload(QStringLiteral("dropped@test"), QString(), target(),
                                              QStringLiteral("dropped")));
        const auto result = await(finished);
        QVERIFY(result);
        QCOMPARE(Reconcile::stateName(result->upload->state), QStringLiteral("done"));
        QVERIFY(result->upload->answerLost());
        QVERIFY(!result->upload->value);
        QVERIFY(result->upload->found);
        QVERIFY(result->ok());
        QVERIFY(PublicKey::parse(result->publicKeyLine).hasIdentityOf(result->registeredKey()->publicKey));
        QCOMPARE(registeredCount(result->publicKeyLine), 1);
    }

    void stalledUploadIsNotDoneAndRetryUploadsTheSamePairOnce()
    {
        // The server never answers, nor acts: the list shows it did not happen, so sending it again is safe.
        armPost(SandboxFault::Kind::Stall);
        QSignalSpy finished(m_pipeline.get(), &SshKeyPipeline::finished);
        QVERIFY(!m_pipeline->retryUpload()); // nothing written yet
        QVERIFY(m_pipeline->generateAndUpload(QStringLiteral("stalled@test"), QString(), target(),
                                              QStringLiteral("stalled")));
        const auto first = await(finished);
        QVERIFY(first);
        QCOMPARE(Reconcile::stateName(first->upload->state), QStringLiteral("notDone"));
        QVERIFY(first->upload->answerLost());
        QVERIFY(!first->ok());
        QVERIFY(first->written.ok);
        QCOMPARE(registeredCount(first->publicKeyLine), 0);
        QVERIFY(m_pipeline->canRetryUpload());
        const QByteArray privateKey = SshKeygen::readFile(first->written.privateKeyPath);

        m_sandbox.clearFaults();
        finished.clear();
        QSignalSpy stages(m_pipeline.get(), &SshKeyPipeline::stageChanged);
        QVERIFY(m_pipeline->retryUpload());
        const auto second = await(finished);
        QVERIFY(second);
        QVERIFY(second->ok());
        QCOMPARE(second->publicKeyLine, first->publicKeyLine);
        QCOMPARE(second->written.privateKeyPath, first->written.privateKeyPath);
        QCOMPARE(registeredCount(second->publicKeyLine), 1);
        // Only the upload ran again: no generation, no write, the same files.
        for (const QList<QVariant>& stage : stages)
            QVERIFY(stage.first().value<Stage>() == Stage::Uploading || stage.first().value<Stage>() == Stage::Idle);
        QCOMPARE(QDir(sshDir()).entryList(QDir::Files).size(), 2);
        QVERIFY(SshKeygen::readFile(first->written.privateKeyPath) == privateKey);
        QVERIFY(!m_pipeline->canRetryUpload());
    }

    void existingLocalKeyUploadIsReconciled()
    {
        const QString path = SshKeygen::generate(m_home->path(), QStringLiteral("local"), QStringLiteral("ed25519"), 0,
                                                 QStringLiteral("local@test"));
        QVERIFY(!path.isEmpty());
        const QString line = QString::fromUtf8(SshKeygen::readFile(path + QStringLiteral(".pub"))).trimmed();
        armPost(SandboxFault::Kind::DropConnection);
        QSignalSpy finished(m_pipeline.get(), &SshKeyPipeline::finished);
        QVERIFY(m_pipeline->uploadExisting(QStringLiteral("local"), line));
        const auto result = await(finished);
        QVERIFY(result);
        QVERIFY(result->ok());
        QVERIFY(result->upload->answerLost());
        QVERIFY(!result->written.ok); // nothing written by the pipeline
        QVERIFY(!m_pipeline->canRetryUpload());
        QCOMPARE(registeredCount(line), 1);
    }

    void writeErrorUploadsNothing()
    {
        QSignalSpy finished(m_pipeline.get(), &SshKeyPipeline::finished);
        SshKeyPipeline::Target nowhere {QStringLiteral("/nonexistent-keydeck-folder/sub"), QStringLiteral("id_x"),
                                        KeyFiles::Existing::Refuse};
        QVERIFY(m_pipeline->generateAndUpload(QStringLiteral("nowhere@test"), QString(), nowhere,
                                              QStringLiteral("nowhere")));
        const auto result = await(finished);
        QVERIFY(result);
        QVERIFY(!result->ok());
        QVERIFY(!result->upload);
        QVERIFY(!result->written.ok);
        QVERIFY2(result->error.contains(QLatin1String("/nonexistent-keydeck-folder")), qPrintable(result->error));
        QVERIFY(!m_pipeline->canRetryUpload());
        QCOMPARE(registeredCount(result->publicKeyLine), 0);
    }

    void cancelWhileGeneratingWritesAndUploadsNothing()
    {
        QSignalSpy finished(m_pipeline.get(), &SshKeyPipeline::finished);
        QVERIFY(m_pipeline->generateAndUpload(QStringLiteral("cancel@test"), QStringLiteral("slow kdf"), target(),
                                              QStringLiteral("cancel")));
        QCOMPARE(m_pipeline->stage(), Stage::Generating);
        m_pipeline->cancel();
        QVERIFY(!m_pipeline->isBusy());
        QTest::qWait(1500); // longer than the KDF
        QCOMPARE(finished.count(), 0);
        QVERIFY(!QFileInfo::exists(sshDir() + QStringLiteral("/id_ed25519")));
        // A new run starts at once and is not confused with the abandoned one.
        QVERIFY(
            m_pipeline->generateAndUpload(QStringLiteral("after@test"), QString(), target(), QStringLiteral("after")));
        const auto result = await(finished);
        QVERIFY(result);
        QVERIFY(result->ok());
        QCOMPARE(registeredCount(result->publicKeyLine), 1);
    }
};

QTEST_GUILESS_MAIN(tst_SshKeyPipeline)
#include "tst_sshkeypipeline.moc"
