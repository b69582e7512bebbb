#include "demo/DemoMode.h"

#include "demo/DemoLogging.h"
#include "demo/DemoSandbox.h"
#include "secrets/AccountsRegistry.h"
#include "secrets/SecretsService.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QUuid>

namespace {

const QString kGroup = QStringLiteral("demo");
const QString kSpheronTeam = QStringLiteral("demo/spheronTeamId");

} // namespace

/** One start() call in flight: what was asked and where the answer goes. */
struct DemoMode::StartJob
{
    Provider dialect = Provider::Vast;
    QString accountId;
    QPointer<QObject> context;
    bool hasContext = false;
    Callback done;

    void finish(const Result& result) const
    {
        if (!hasContext || context)
            done(result);
    }
};

DemoMode::DemoMode(AccountsRegistry* accounts, SecretsService* secrets, std::unique_ptr<QSettings> settings,
                   QObject* parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_secrets(secrets)
    , m_settings(settings ? std::move(settings) : std::make_unique<QSettings>())
{ }

DemoMode::~DemoMode()
{
    stop();
}

QString DemoMode::defaultDataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo");
}

QString DemoMode::databaseFileName()
{
    return QStringLiteral("demo-sandbox.sqlite");
}

QString DemoMode::settingsKey(Provider dialect)
{
    return kGroup + QLatin1Char('/') + Providers::id(dialect) + QStringLiteral("AccountId");
}

QString DemoMode::demoLabel(Provider dialect)
{
    return tr("%1 demo").arg(Providers::displayName(dialect));
}

QString DemoMode::demoAccountId(Provider dialect) const
{
    return m_settings->value(settingsKey(dialect)).toString();
}

bool DemoMode::isDemoAccount(const QString& accountId) const
{
    if (accountId.isEmpty())
        return false;
    return accountId == demoAccountId(Provider::Vast) || accountId == demoAccountId(Provider::Spheron);
}

bool DemoMode::isRunning() const
{
    return m_server != nullptr; // kept only once started
}

QUrl DemoMode::baseUrl() const
{
    return isRunning() ? m_server->baseUrl() : QUrl();
}

void DemoMode::stop()
{
    if (!m_server)
        return;
    qCInfo(lcDemo) << "stopping the demo sandbox";
    m_server.reset();
}

Account::Storage DemoMode::storage() const
{
    return m_secrets->isMemoryOnly() ? Account::Storage::MemoryOnly : Account::Storage::Keychain;
}

QString DemoMode::reserveAccountId(Provider dialect)
{
    QString id = demoAccountId(dialect);
    if (id.isEmpty()) {
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_settings->setValue(settingsKey(dialect), id);
        m_settings->sync();
    }
    return id;
}

bool DemoMode::startServer(const QString& dataDirectory, bool* freshDatabase, QString* error)
{
    if (isRunning() && m_dataDirectory == dataDirectory) {
        *freshDatabase = false;
        return true;
    }
    stop();
    if (!QDir().mkpath(dataDirectory)) {
        *error = tr("Keydeck could not create the folder for the demo data (%1).")
                     .arg(QDir::toNativeSeparators(dataDirectory));
        return false;
    }
    // Owner-only, as the database file in it (docs/SECURITY.md, "Demo data"): a folder made by an older version with
    // the umask's mode is narrowed too.
    if (!QFile::setPermissions(dataDirectory,
                               QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)) {
        *error = tr("Keydeck could not make the folder for the demo data private (%1).")
                     .arg(QDir::toNativeSeparators(dataDirectory));
        return false;
    }
    const QString path = QDir(dataDirectory).filePath(databaseFileName());
    *freshDatabase = !QFileInfo::exists(path);
    QString loadError;
    std::unique_ptr<DemoSandbox> server = DemoSandbox::load(&loadError);
    if (!server) {
        *error = loadError;
        return false;
    }
    QString serverError;
    if (!server->start(path, &serverError)) {
        qCWarning(lcDemo) << "the demo sandbox did not start:" << serverError;
        *error = tr("The local demo server could not start: %1").arg(serverError);
        return false;
    }
    m_server = std::move(server);
    m_dataDirectory = dataDirectory;
    qCInfo(lcDemo) << "demo sandbox on" << m_server->baseUrl().toString() << (*freshDatabase ? "(new data)" : "");
    return true;
}

void DemoMode::start(Provider dialect, const QString& dataDirectory, QObject* context, Callback done)
{
    auto job = std::make_shared<StartJob>();
    job->dialect = dialect;
    job->context = context;
    job->hasContext = context != nullptr;
    job->done = std::move(done);

    bool fresh = false;
    QString error;
    if (!startServer(dataDirectory, &fresh, &error)) {
        // Callers expect the answer later, never inside start().
        QTimer::singleShot(0, this, [job, error] {
            Result result;
            result.error = error;
            job->finish(result);
        });
        return;
    }
    job->accountId = reserveAccountId(dialect);
    if (fresh) {
        seed(job, false);
        return;
    }

    const std::optional<Account> existing = m_accounts->find(job->accountId);
    Account probe;
    probe.storage = existing ? existing->storage : storage();
    m_accounts->storeFor(probe)->read(job->accountId, SecretKind::ApiKey, this,
                                      [this, job, existing](const SecretError& readError, const QString& key) {
                                          if (readError.isOk() && !key.isEmpty()) {
                                              const QString teamId = existing && !existing->teamId.isEmpty()
                                                  ? existing->teamId
                                                  : m_settings->value(kSpheronTeam).toString();
                                              finishWithKey(job, key, teamId, false);
                                              return;
                                          }
                                          if (readError.isOk() || readError.kind() == SecretError::Kind::NotFound) {
                                              // The data is there but its key is gone (e.g. the last run was
                                              // memory-only): the server stores only hashes, so the one way back to a
                                              // working key is a fresh seed.
                                              qCInfo(lcDemo) << "no stored demo key for" << Providers::id(job->dialect)
                                                             << "- reseeding";
                                              seed(job, true);
                                              return;
                                          }
                                          Result result;
                                          result.error = readError.message();
                                          result.keyStorageFailed = true;
                                          job->finish(result);
                                      });
}

void DemoMode::seed(const std::shared_ptr<StartJob>& job, bool reseeded)
{
    const SandboxDemo credentials = m_server->seedDemo();
    if (credentials.vastApiKey.isEmpty() || credentials.spheronApiKey.isEmpty()) {
        QTimer::singleShot(0, this, [job] {
            Result result;
            result.error = tr("The local demo server could not create its demo accounts.");
            job->finish(result);
        });
        return;
    }
    m_settings->setValue(kSpheronTeam, credentials.spheronTeamId);
    m_settings->sync();

    // Seeding replaced both dialects' keys, so the other dialect's stored key is refreshed too; its failure is
    // not this start's failure (that account gets another chance at its own start()).
    const Provider other = job->dialect == Provider::Vast ? Provider::Spheron : Provider::Vast;
    const QString otherId = reserveAccountId(other);
    const QString otherKey = other == Provider::Vast ? credentials.vastApiKey : credentials.spheronApiKey;
    const std::optional<Account> otherAccount = m_accounts->find(otherId);
    Account otherProbe;
    otherProbe.storage = otherAccount ? otherAccount->storage : storage();
    m_accounts->storeFor(otherProbe)->write(otherId, SecretKind::ApiKey, otherKey, this, [](const SecretError& error) {
        if (!error.isOk())
            qCWarning(lcDemo) << "could not store the other demo key:" << error.detail();
    });

    const QString key = job->dialect == Provider::Vast ? credentials.vastApiKey : credentials.spheronApiKey;
    const QString teamId = job->dialect == Provider::Spheron ? credentials.spheronTeamId : QString();
    const std::optional<Account> existing = m_accounts->find(job->accountId);
    Account probe;
    probe.storage = existing ? existing->storage : storage();
    m_accounts->storeFor(probe)->write(job->accountId, SecretKind::ApiKey, key, this,
                                       [this, job, key, teamId, reseeded](const SecretError& error) {
                                           if (!error.isOk()) {
                                               Result result;
                                               result.error = error.message();
                                               result.keyStorageFailed = true;
                                               job->finish(result);
                                               return;
                                           }
                                           finishWithKey(job, key, teamId, reseeded);
                                       });
}

void DemoMode::finishWithKey(const std::shared_ptr<StartJob>& job, const QString& apiKey, const QString& teamId,
                             bool reseeded)
{
    Result result;
    result.reseeded = reseeded;
    if (!isRunning()) {
        result.error = tr("The local demo server stopped before the demo account was ready.");
        job->finish(result);
        return;
    }
    // The port changes every run, so the stored base URL is refreshed on every start.
    if (std::optional<Account> account = m_accounts->find(job->accountId)) {
        account->baseUrl = m_server->baseUrl();
        if (!teamId.isEmpty())
            account->teamId = teamId;
        m_accounts->update(*account);
    } else {
        Account created;
        created.id = job->accountId;
        created.provider = job->dialect;
        created.label = demoLabel(job->dialect);
        created.baseUrl = m_server->baseUrl();
        created.teamId = teamId;
        created.storage = storage();
        if (!m_accounts->add(created)) {
            result.error = tr("Keydeck could not add the demo account.");
            job->finish(result);
            return;
        }
        result.createdAccount = true;
    }
    result.accountId = job->accountId;
    result.apiKey = apiKey;
    job->finish(result);
}
