#pragma once

#include "net/ApiError.h"
#include "secrets/Account.h"
#include "secrets/ImportCandidate.h"
#include "secrets/SecretError.h"
#include "security/Finding.h"
#include "security/LocalActions.h"

#include <QCoreApplication>
#include <QDir>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class AccountsRegistry;
class ConsoleProvider;
class RequestTracker;
class SecretsService;

namespace Security {

/**
 * The overview's *Import and Remove* for one PlaintextKeyFile or PlaintextKeyExport finding (issue 23,
 * docs/SECURITY-OVERVIEW.md "Import and Remove"), without widgets: reads the key the finding names again, looks for
 * it among the stored accounts, imports it the way Add Account does (AccountSetup: checked with the provider, stored
 * in the keychain, added to the registry) and only then removes the plaintext copy (CredentialImporter::
 * removePlaintextFile, LocalActions::commentOutExport). The key stays in memory only and is wiped when this goes.
 */
class PlaintextImport : public QObject
{
    Q_OBJECT

public:
    /** Makes the provider that checks the key for a new account (as OnboardingServices::ProviderFactory). */
    using ProviderFactory = std::function<std::unique_ptr<ConsoleProvider>(const Account& account, const QString& key)>;

    /** Where the key stands. */
    enum class State {
        Unread, ///< read() was not called, or found nothing
        Checking, ///< looking for the key among the stored accounts
        New, ///< no account stores it: it can be imported
        Importing, ///< checked with the provider, then stored
        Stored, ///< an account stores it (found, or just imported): the plaintext copy may be removed
        Removed, ///< the file is deleted, or the line commented out
    };
    Q_ENUM(State)

    /**
     * @p homeDir and @p xdgConfigHome as LocalChecks reads them (the file finding's path must be one of
     * CredentialImporter::plaintextFilePaths() there).
     */
    PlaintextImport(const Finding& finding, AccountsRegistry* accounts, SecretsService* secrets,
                    ProviderFactory providerFactory, const QString& homeDir = QDir::homePath(),
                    const QString& xdgConfigHome = qEnvironmentVariable("XDG_CONFIG_HOME"), QObject* parent = nullptr);
    ~PlaintextImport() override;

    /**
     * Reads the key the finding names as it is now; false (and error()) when the file or the line no longer holds
     * one. Then checkStored() runs on its own.
     */
    bool read();
    /** Why read(), import() or remove() did not work: a translated sentence. */
    QString error() const { return m_error; }

    State state() const { return m_state; }
    bool isExport() const { return m_finding.check == Check::PlaintextKeyExport; }
    Provider provider() const { return m_provider; }
    /** The key file, or the start-up file. */
    QString filePath() const { return m_path; }
    /** PlaintextKeyExport: the 1-based line and the variable. */
    int line() const { return m_finding.line; }
    QString variable() const { return m_finding.detail; }

    /** The key as read. Secret: memory only; shown only through @p mask (shownLine()). */
    const QString& key() const { return m_key; }
    /**
     * The export line as read with the key replaced by @p shownKey; when the key is not written as it is used
     * (escapes), everything after the variable's name is replaced. Empty for a key file.
     */
    QString shownLine(const QString& shownKey) const;

    /** The account that stores the key, once state() is Stored. */
    QString storedAccountId() const { return m_storedId; }
    /** True when the account was made by import() here (else it was found). */
    bool imported() const { return m_imported; }

    /**
     * Checks the key with the provider, then stores it and adds the account (AccountSetup). The account's label is
     * AccountSetup::defaultLabel(). Only from State::New, and never while keys are held in memory only (the key
     * would be gone at quit while its plaintext copy is removed).
     */
    void import();
    /** The check's error when the provider refused the key or could not be reached (importFinished(false)). */
    ApiError importError() const { return m_importError; }

    /**
     * Deletes the key file or comments out the line (with a backup: LocalActions::Result::backupPath), only in
     * State::Stored and only while it still holds what read() read.
     */
    LocalActions::Result remove();

signals:
    void stateChanged(Security::PlaintextImport::State state);
    /** import() ended: ok, or error() / importError() say why; nothing was removed. */
    void importFinished(bool ok);

private:
    void checkStored();
    void checkNext(QList<Account> accounts, SecretError firstError);
    void setState(State state);

    Finding m_finding;
    AccountsRegistry* m_accounts;
    SecretsService* m_secrets;
    ProviderFactory m_providerFactory;
    QString m_homeDir;
    QString m_xdgConfigHome;
    RequestTracker* m_calls;
    std::unique_ptr<ConsoleProvider> m_checker;

    State m_state = State::Unread;
    Provider m_provider = Provider::Vast;
    QString m_path;
    QString m_key;
    std::optional<ImportCandidate> m_file; ///< a key file as read (its digest guards the removal)
    std::optional<LocalActions::ExportLine> m_line; ///< an export line as read (its text guards the comment)
    QString m_storedId;
    bool m_imported = false;
    QString m_error;
    ApiError m_importError;
};

} // namespace Security
