// DemoMode over a real SandboxServer with a file database in the test HOME, a real AccountsRegistry
// (QSettings file) and the in-memory store standing in for the keychain (the keychain itself is tested in
// tests/keychain). Requests go through the real ApiTransport to the demo server's port.
#include "demo/DemoMode.h"
#include "demo/DemoSandbox.h"
#include "net/ApiTransport.h"
#include "secrets/AccountsRegistry.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretsService.h"

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class tst_DemoMode : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SecretsService> m_secrets;
    std::unique_ptr<AccountsRegistry> m_accounts;
    std::unique_ptr<DemoMode> m_demo;
    ApiTransport m_transport;

    MemorySecretStore* keychain() const { return static_cast<MemorySecretStore*>(m_secrets->keychainStore()); }
    QString dataDir() const { return m_dir->filePath(QStringLiteral("data/demo")); }

    /** A new registry and demo mode over the same settings files and stores, as after a restart. */
    void restart()
    {
        m_demo.reset();
        m_accounts = std::make_unique<AccountsRegistry>(
            m_secrets.get(),
            std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("accounts.ini")), QSettings::IniFormat));
        m_demo = std::make_unique<DemoMode>(
            m_accounts.get(), m_secrets.get(),
            std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("demo.ini")), QSettings::IniFormat));
    }

    DemoMode::Result startSync(Provider dialect, const QString& dir = {})
    {
        DemoMode::Result result;
        result.error = QStringLiteral("no answer");
        bool done = false;
        m_demo->start(dialect, dir.isEmpty() ? dataDir() : dir, this, [&](const DemoMode::Result& r) {
            result = r;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            qWarning("DemoMode::start did not answer");
        return result;
    }

    ApiResponse call(ApiRequest request, const QString& key)
    {
        request.bearer = key;
        ApiResponse response;
        bool done = false;
        m_transport.send(request, this, [&](const ApiResponse& r) {
            response = r;
            done = true;
        });
        (void)QTest::qWaitFor([&] { return done; }, 10000);
        return response;
    }

    QUrl url(const QString& path) const
    {
        QUrl u = m_demo->baseUrl();
        u.setPath(path);
        return u;
    }

    /** The authenticated cheap call of each dialect (what verifyKey does). */
    int verifyStatus(Provider dialect, const QString& key)
    {
        const QString path
            = dialect == Provider::Vast ? QStringLiteral("/api/v0/users/current/") : QStringLiteral("/api/balance");
        const ApiResponse r = call(ApiRequest::get(url(path)), key);
        return r.ok() ? r.httpStatus : r.error.httpStatus();
    }

    QString storedKey(SecretStore* store, const QString& id)
    {
        QString key;
        bool done = false;
        store->read(id, SecretKind::ApiKey, this, [&](const SecretError&, const QString& secret) {
            key = secret;
            done = true;
        });
        (void)QTest::qWaitFor([&] { return done; }, 5000);
        return key;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>(QDir::home().filePath(QStringLiteral("demo-XXXXXX")));
        QVERIFY(m_dir->isValid());
        m_secrets = std::make_unique<SecretsService>(std::make_unique<MemorySecretStore>());
        restart();
    }

    void cleanup()
    {
        m_demo.reset();
        m_accounts.reset();
        m_secrets.reset();
        m_dir.reset();
    }

    // Runs first: nothing has started a demo in this process yet.
    void loadsTheSandboxLibrariesOnlyWhenTheDemoStarts()
    {
        // A normal start of Keydeck does not load QtHttpServer, QtWebSockets and QtSql (docs/PERFORMANCE.md,
        // start-up): they come with the sandbox module, which the demo loads. This test links keydeck_core the way
        // the app does, and not keydeck_sandbox.
        QVERIFY(!TestSupport::isMapped("/libQt6HttpServer.so"));
        QVERIFY(!TestSupport::isMapped("/libQt6Sql.so"));
        QVERIFY(!TestSupport::isMapped("/keydeck-demo-sandbox"));
        const DemoMode::Result result = startSync(Provider::Vast);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(TestSupport::isMapped("/keydeck-demo-sandbox"));
        QVERIFY(TestSupport::isMapped("/libQt6HttpServer.so"));
        QVERIFY(TestSupport::isMapped("/libQt6Sql.so"));
        QCOMPARE(verifyStatus(Provider::Vast, result.apiKey), 200);
    }

    void saysWhenTheSandboxModuleIsMissing()
    {
        const QByteArray built = qgetenv("KEYDECK_SANDBOX_MODULE");
        const auto restore = qScopeGuard([&] { qputenv("KEYDECK_SANDBOX_MODULE", built); });
        qputenv("KEYDECK_SANDBOX_MODULE", QFile::encodeName(m_dir->filePath(QStringLiteral("nowhere/module"))));
        const DemoMode::Result result = startSync(Provider::Vast);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.startsWith(QStringLiteral("The local demo is not available: its server module could "
                                                        "not be loaded (")),
                 qPrintable(result.error));
        QVERIFY(!result.keyStorageFailed);
        QVERIFY(!m_demo->isRunning());
        QVERIFY(m_accounts->accounts().isEmpty());
        QCOMPARE(keychain()->count(), 0);
        // With the module back, the same call works.
        qputenv("KEYDECK_SANDBOX_MODULE", built);
        const DemoMode::Result retry = startSync(Provider::Vast);
        QVERIFY2(retry.ok(), qPrintable(retry.error));
    }

    void findsTheModuleBesideTheExecutable()
    {
        // Without KEYDECK_SANDBOX_MODULE, the module is looked for beside the executable (the build tree, Windows)
        // and in the installed library folder (cmake/CheckDebPackage.cmake starts the packaged demo).
        const QString built = qEnvironmentVariable("KEYDECK_SANDBOX_MODULE");
        QVERIFY(QFileInfo::exists(built));
        const QString beside = QDir(QCoreApplication::applicationDirPath()).filePath(QFileInfo(built).fileName());
        QFile::remove(beside);
        QVERIFY(QFile::copy(built, beside));
        const auto cleanup = qScopeGuard([&] {
            QFile::remove(beside);
            qputenv("KEYDECK_SANDBOX_MODULE", QFile::encodeName(built));
        });
        qunsetenv("KEYDECK_SANDBOX_MODULE");
        const QStringList candidates = DemoSandbox::moduleCandidates();
        QCOMPARE(candidates.size(), 2);
        QCOMPARE(candidates.first(),
                 QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("keydeck-demo-sandbox")));
        QVERIFY(candidates.last().endsWith(QStringLiteral("/keydeck/keydeck-demo-sandbox")));
        QString error;
        const std::unique_ptr<DemoSandbox> sandbox = DemoSandbox::load(&error);
        QVERIFY2(sandbox, qPrintable(error));
        QVERIFY(sandbox->start(QString(), &error));
        QCOMPARE(sandbox->baseUrl().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(!sandbox->seedDemo().vastApiKey.isEmpty());
    }

    void createsDemoAccountWithWorkingKey_data()
    {
        QTest::addColumn<Provider>("dialect");
        QTest::newRow("vast") << Provider::Vast;
        QTest::newRow("spheron") << Provider::Spheron;
    }

    void createsDemoAccountWithWorkingKey()
    {
        QFETCH(Provider, dialect);
        const DemoMode::Result result = startSync(dialect);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.createdAccount);
        QVERIFY(!result.reseeded);
        QVERIFY(m_demo->isRunning());
        QCOMPARE(m_demo->baseUrl().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(QFile::exists(QDir(dataDir()).filePath(DemoMode::databaseFileName())));

        const std::optional<Account> account = m_accounts->find(result.accountId);
        QVERIFY(account);
        QCOMPARE(account->provider, dialect);
        QCOMPARE(account->label, DemoMode::demoLabel(dialect));
        QCOMPARE(account->baseUrl, m_demo->baseUrl());
        QCOMPARE(account->storage, Account::Storage::Keychain);
        if (dialect == Provider::Spheron)
            QVERIFY(!account->teamId.isEmpty());
        QVERIFY(m_demo->isDemoAccount(result.accountId));
        QVERIFY(!m_demo->isDemoAccount(Account::create(dialect, QStringLiteral("Real")).id));
        QVERIFY(!m_demo->isDemoAccount(QString()));

        // The key went through the secrets layer (the keychain store here), and the server accepts it.
        QVERIFY(storedKey(keychain(), result.accountId) == result.apiKey);
        QCOMPARE(verifyStatus(dialect, result.apiKey), 200);
    }

    void keepsDataAndAccountAcrossRuns()
    {
        const DemoMode::Result first = startSync(Provider::Vast);
        QVERIFY2(first.ok(), qPrintable(first.error));
        const QString line = QStringLiteral(
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl persisted@test");
        const ApiResponse added = call(ApiRequest::post(url(QStringLiteral("/api/v0/ssh/")),
                                                        QJsonDocument(QJsonObject {{QStringLiteral("ssh_key"), line}})),
                                       first.apiKey);
        QVERIFY2(added.ok(), qPrintable(added.error.userMessage()));
        const QUrl firstUrl = m_demo->baseUrl();

        restart();
        QVERIFY(!m_demo->isRunning());
        QVERIFY(m_demo->isDemoAccount(first.accountId)); // known before start(): the window marks it at once
        const DemoMode::Result second = startSync(Provider::Vast);
        QVERIFY2(second.ok(), qPrintable(second.error));
        QCOMPARE(second.accountId, first.accountId);
        QVERIFY(!second.createdAccount);
        QVERIFY(!second.reseeded);
        QVERIFY(second.apiKey == first.apiKey);
        QCOMPARE(m_accounts->accounts().size(), 1);
        QCOMPARE(m_accounts->find(second.accountId)->baseUrl, m_demo->baseUrl());
        if (firstUrl != m_demo->baseUrl())
            QVERIFY(m_accounts->find(second.accountId)->baseUrl != firstUrl);

        const ApiResponse listed = call(ApiRequest::get(url(QStringLiteral("/api/v0/ssh/"))), second.apiKey);
        QVERIFY2(listed.ok(), qPrintable(listed.error.userMessage()));
        QVERIFY(QString::fromUtf8(listed.body).contains(QStringLiteral("persisted@test")));
    }

    void secondDialectUsesTheSameDataWithoutReseeding()
    {
        const DemoMode::Result vast = startSync(Provider::Vast);
        QVERIFY2(vast.ok(), qPrintable(vast.error));
        const DemoMode::Result spheron = startSync(Provider::Spheron);
        QVERIFY2(spheron.ok(), qPrintable(spheron.error));
        QVERIFY(!spheron.reseeded);
        QVERIFY(spheron.accountId != vast.accountId);
        QCOMPARE(m_accounts->accounts().size(), 2);
        QCOMPARE(verifyStatus(Provider::Vast, vast.apiKey), 200);
        QCOMPARE(verifyStatus(Provider::Spheron, spheron.apiKey), 200);
    }

    void reseedsWhenTheKeyIsGone()
    {
        const DemoMode::Result first = startSync(Provider::Vast);
        QVERIFY2(first.ok(), qPrintable(first.error));
        keychain()->clear();

        restart();
        const DemoMode::Result second = startSync(Provider::Vast);
        QVERIFY2(second.ok(), qPrintable(second.error));
        QVERIFY(second.reseeded);
        QCOMPARE(second.accountId, first.accountId);
        QVERIFY(second.apiKey != first.apiKey);
        QCOMPARE(verifyStatus(Provider::Vast, second.apiKey), 200);
        QCOMPARE(verifyStatus(Provider::Vast, first.apiKey), 401);
        QVERIFY(storedKey(keychain(), second.accountId) == second.apiKey);
    }

    void lockedKeychainFailsWithoutAddingAnAccount()
    {
        keychain()->setFailure(SecretError::make(SecretError::Kind::Locked));
        const DemoMode::Result result = startSync(Provider::Vast);
        QVERIFY(!result.ok());
        QCOMPARE(result.error, SecretError::messageFor(SecretError::Kind::Locked));
        QVERIFY(result.apiKey.isEmpty());
        QVERIFY(result.keyStorageFailed);
        QVERIFY(m_accounts->accounts().isEmpty());

        // Once the keychain works again, the same call succeeds.
        keychain()->setFailure(SecretError());
        const DemoMode::Result retry = startSync(Provider::Vast);
        QVERIFY2(retry.ok(), qPrintable(retry.error));
        QCOMPARE(m_accounts->accounts().size(), 1);
    }

    void memoryOnlyModeKeepsTheDemoKeyInMemory()
    {
        m_secrets->enableMemoryOnly();
        const DemoMode::Result result = startSync(Provider::Spheron);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(m_accounts->find(result.accountId)->storage, Account::Storage::MemoryOnly);
        QCOMPARE(keychain()->count(), 0);
        QVERIFY(storedKey(m_secrets->memoryStore(), result.accountId) == result.apiKey);
    }

    // docs/SECURITY.md, "Demo data": what is typed into the demo (environment variable values) is stored in plain
    // text, so the folder is 0700 and every file in it (the database and SQLite's -wal and -shm) 0600, whatever the
    // umask. A folder an older version left readable to others is narrowed at the next start.
    void demoDataIsOwnerOnlyWhateverTheUmask()
    {
        const unsigned previous = TestSupport::setUmask(022);
        const auto restore = qScopeGuard([previous] { TestSupport::setUmask(previous); });
        QVERIFY(QDir().mkpath(dataDir()));
        QVERIFY(QFile::setPermissions(dataDir(),
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                          | QFileDevice::ReadOther | QFileDevice::ExeOther));
        const DemoMode::Result result = startSync(Provider::Vast);
        QVERIFY2(result.ok(), qPrintable(result.error));
        const QJsonObject var {{QStringLiteral("key"), QStringLiteral("TYPED_INTO_THE_DEMO")},
                               {QStringLiteral("value"), QStringLiteral("hf_typed_into_the_demo")}};
        const ApiResponse created
            = call(ApiRequest::post(url(QStringLiteral("/api/v0/secrets/")), QJsonDocument(var)), result.apiKey);
        QVERIFY2(created.ok(), qPrintable(created.error.userMessage()));

        QCOMPARE(QString::number(TestSupport::fileMode(dataDir()), 8), QStringLiteral("700"));
        const QFileInfoList files
            = QDir(dataDir()).entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        QVERIFY(!files.isEmpty());
        for (const QFileInfo& file : files)
            QVERIFY2(TestSupport::fileMode(file.filePath()) == 0600,
                     qPrintable(file.fileName() + QStringLiteral(" has mode ")
                                + QString::number(TestSupport::fileMode(file.filePath()), 8)));
        // SQLite keeps the write-ahead log beside the database while it is open: it was checked above.
        QVERIFY(QFileInfo::exists(QDir(dataDir()).filePath(DemoMode::databaseFileName() + QStringLiteral("-wal"))));
    }

    void unusableDataDirectoryIsReported()
    {
        const QString blocker = m_dir->filePath(QStringLiteral("not-a-folder"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const DemoMode::Result result = startSync(Provider::Vast, blocker + QStringLiteral("/demo"));
        QVERIFY(!result.ok());
        QVERIFY(result.error.contains(QStringLiteral("demo data")));
        QVERIFY(!result.keyStorageFailed);
        QVERIFY(!m_demo->isRunning());
        QVERIFY(m_accounts->accounts().isEmpty());
    }

    void stopShutsTheServerDown()
    {
        const DemoMode::Result result = startSync(Provider::Vast);
        QVERIFY2(result.ok(), qPrintable(result.error));
        const QUrl base = m_demo->baseUrl();
        m_demo->stop();
        QVERIFY(!m_demo->isRunning());
        QVERIFY(m_demo->baseUrl().isEmpty());
        QUrl users = base;
        users.setPath(QStringLiteral("/api/v0/users/current/"));
        const ApiResponse r = call(ApiRequest::get(users), result.apiKey);
        QCOMPARE(r.error.kind(), ApiError::Kind::Network);
    }
};

QTEST_GUILESS_MAIN(tst_DemoMode)
#include "tst_demomode.moc"
