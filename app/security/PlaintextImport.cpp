#include "security/PlaintextImport.h"

#include "core/RequestTracker.h"
#include "providers/AccountSetup.h"
#include "providers/ConsoleProvider.h"
#include "secrets/AccountsRegistry.h"
#include "secrets/CredentialImporter.h"
#include "secrets/SecretsLogging.h"
#include "secrets/SecretsService.h"
#include "ssh/SecretWipe.h"

#include <QProcessEnvironment>

namespace Security {

namespace {

/** A copy with its own buffer: the stores keep theirs, and wiping ours must not reach it. */
QString detached(const QString& secret)
{
    return QString(secret.constData(), secret.size());
}

} // namespace

PlaintextImport::PlaintextImport(const Finding& finding, AccountsRegistry* accounts, SecretsService* secrets,
                                 ProviderFactory providerFactory, const QString& homeDir, const QString& xdgConfigHome,
                                 QObject* parent)
    : QObject(parent)
    , m_finding(finding)
    , m_accounts(accounts)
    , m_secrets(secrets)
    , m_providerFactory(std::move(providerFactory))
    , m_homeDir(homeDir)
    , m_xdgConfigHome(xdgConfigHome)
    , m_calls(new RequestTracker(this))
{
    m_path = isExport() ? LocalActions::exportFilePath(finding) : finding.subjectId;
}

PlaintextImport::~PlaintextImport()
{
    m_calls->cancelAll();
    m_checker.reset();
    SecretWipe::wipe(m_key);
    if (m_file)
        SecretWipe::wipe(m_file->key);
    if (m_line) {
        SecretWipe::wipe(m_line->value);
        SecretWipe::wipe(m_line->text);
    }
}

void PlaintextImport::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

bool PlaintextImport::read()
{
    m_error.clear();
    if (isExport()) {
        m_line = LocalActions::readExport(m_path, m_finding.line, m_finding.detail);
        bool known = false;
        for (const ProviderInfo& info : Providers::all()) {
            if (!info.apiKeyVariable.isEmpty() && info.apiKeyVariable == m_finding.detail) {
                m_provider = info.provider;
                known = true;
            }
        }
        if (!m_line || !known || m_line->value.isEmpty()) {
            m_error = tr("Line %1 of %2 no longer sets %3 to a key: there is nothing to import.")
                          .arg(m_finding.line)
                          .arg(QDir::toNativeSeparators(m_path), m_finding.detail);
            m_line.reset();
            return false;
        }
        m_key = m_line->value;
    } else {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_xdgConfigHome);
        const CredentialImporter importer(environment, m_homeDir);
        m_file = importer.readPlaintextFile(m_path);
        if (!m_file || m_file->key.isEmpty()) {
            m_error = tr("%1 no longer holds a key.").arg(QDir::toNativeSeparators(m_path));
            m_file.reset();
            return false;
        }
        m_provider = m_file->provider;
        m_key = m_file->key;
    }
    checkStored();
    return true;
}

QString PlaintextImport::shownLine(const QString& shownKey) const
{
    if (!m_line)
        return {};
    QString text = m_line->text;
    if (text.contains(m_key))
        return text.replace(m_key, shownKey);
    // Written with escapes or quotes inside: nothing after the name may show.
    const qsizetype name = text.indexOf(m_line->variable);
    const QString head = name < 0 ? QString() : text.left(name + m_line->variable.size());
    return head + (m_path.endsWith(QStringLiteral(".fish")) ? QStringLiteral(" ") : QStringLiteral("=")) + shownKey;
}

// --- Is it stored? --------------------------------------------------------------------------------------

void PlaintextImport::checkStored()
{
    // The registry holds no fact about a key that could identify it: the stored keys of this provider's accounts are
    // read, one after the other (two keychain jobs at once stall), off the GUI thread's way (SecretStore jobs).
    // Memory-only accounts do not count: their key is gone at quit, the plaintext copy must stay.
    QList<Account> candidates;
    for (const Account& account : m_accounts->accounts()) {
        if (account.provider == m_provider && account.storage == Account::Storage::Keychain)
            candidates << account;
    }
    setState(State::Checking);
    checkNext(candidates, SecretError());
}

void PlaintextImport::checkNext(QList<Account> accounts, SecretError firstError)
{
    if (accounts.isEmpty()) {
        if (!firstError.isOk())
            qCWarning(lcKeychain) << "could not read every stored key to compare:" << firstError.detail();
        setState(State::New);
        return;
    }
    const Account account = accounts.takeFirst();
    QObject* call = m_calls->replacing(QStringLiteral("stored"));
    m_accounts->storeFor(account)->read(
        account.id, SecretKind::ApiKey, call,
        m_calls->done(call, [this, account, accounts, firstError](const SecretError& error, const QString& secret) {
            // Not wiped here: the memory store's copy shares this buffer.
            const bool same = error.isOk() && !secret.isEmpty() && secret == m_key;
            if (same && m_accounts->find(account.id)) {
                m_storedId = account.id;
                setState(State::Stored);
                return;
            }
            const bool failed = !error.isOk() && error.kind() != SecretError::Kind::NotFound;
            checkNext(accounts, firstError.isOk() && failed ? error : firstError);
        }));
}

// --- Import ---------------------------------------------------------------------------------------------

void PlaintextImport::import()
{
    if (m_state != State::New || m_key.isEmpty())
        return;
    m_error.clear();
    m_importError = ApiError();
    if (m_secrets->isMemoryOnly()) {
        m_error = tr("Keydeck keeps keys in memory only in this run, so an imported key would be gone when Keydeck "
                     "quits. Nothing was imported and nothing was removed.");
        emit importFinished(false);
        return;
    }
    setState(State::Importing);
    const Account draft = Account::create(m_provider, Providers::displayName(m_provider));
    m_checker = m_providerFactory(draft, detached(m_key));
    QObject* call = m_calls->replacing(QStringLiteral("import"));
    AccountSetup::verify(
        m_checker.get(), {}, call,
        m_calls->done(call, [this, draft](const ApiError& error, const AccountSetup::Details& details) {
            if (error.isError()) {
                m_importError = error;
                m_error = error.userMessage();
                setState(State::New);
                emit importFinished(false);
                return;
            }
            const Account account
                = AccountSetup::newAccount(m_provider, AccountSetup::defaultLabel(m_provider, details.profileName),
                                           Account::Storage::Keychain, draft.baseUrl, details.teamId);
            QObject* save = m_calls->replacing(QStringLiteral("import"));
            AccountSetup::save(m_accounts, account, detached(m_key), {}, save,
                               m_calls->done(save, [this, account](const SecretError& saved) {
                                   if (!saved.isOk() || !m_accounts->find(account.id)) {
                                       m_error
                                           = saved.isOk() ? tr("Keydeck could not add the account.") : saved.message();
                                       setState(State::New);
                                       emit importFinished(false);
                                       return;
                                   }
                                   m_storedId = account.id;
                                   m_imported = true;
                                   setState(State::Stored);
                                   emit importFinished(true);
                               }));
        }));
}

// --- Remove ---------------------------------------------------------------------------------------------

LocalActions::Result PlaintextImport::remove()
{
    LocalActions::Result result;
    if (m_state != State::Stored) {
        result.error = tr("Keydeck removes the plaintext key only once the key is stored.");
        return result;
    }
    if (m_line) {
        result = LocalActions::commentOutExport(m_path, m_finding.line, m_line->text);
    } else if (m_file) {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_xdgConfigHome);
        const CredentialImporter importer(environment, m_homeDir);
        result.ok = importer.removePlaintextFile(*m_file, &result.error);
    }
    if (result.ok)
        setState(State::Removed);
    else
        m_error = result.error;
    return result;
}

} // namespace Security
