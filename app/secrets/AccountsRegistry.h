#pragma once

#include "secrets/Account.h"
#include "secrets/SecretStore.h"

#include <QList>
#include <QObject>
#include <memory>
#include <optional>

class QSettings;
class SecretsService;

/**
 * The accounts Keydeck knows, persisted in QSettings (group "accounts/<id>"): provider, label, base URL,
 * key expiry, team and last use. Never a secret: keys go to the SecretStore for the account's storage.
 * Session-only accounts live in memory only and vanish at quit, together with their keys.
 */
class AccountsRegistry : public QObject
{
    Q_OBJECT

public:
    /** @p settings defaults to QSettings() (the application's settings); tests pass their own file. */
    explicit AccountsRegistry(SecretsService* secrets, std::unique_ptr<QSettings> settings = {},
                              QObject* parent = nullptr);
    ~AccountsRegistry() override;

    /** All accounts, sorted by label. */
    QList<Account> accounts() const;
    std::optional<Account> find(const QString& id) const;
    /** The account used most recently (markUsed()), or an empty string. */
    QString lastUsedAccountId() const;
    /** The store that holds @p account's secrets (keychain, or memory for session-only accounts). */
    SecretStore* storeFor(const Account& account) const;

    /** Adds an account whose secrets are stored separately; false when the id is empty or taken. */
    bool add(const Account& account);
    /**
     * Stores @p apiKey for @p account first, then adds the account only if that succeeded, so a failed
     * keychain write leaves neither a half-made account nor the key anywhere else.
     */
    void addWithApiKey(const Account& account, const QString& apiKey, QObject* context, SecretStore::DoneCallback done);
    /** Changes the label; false when there is no such account. */
    bool rename(const QString& id, const QString& label);
    /** Replaces every stored field of an existing account (base URL, key expiry, team…); false when unknown. */
    bool update(const Account& account);
    /** Records that the account was just used (last used time and lastUsedAccountId()). */
    bool markUsed(const QString& id, const QDateTime& when = QDateTime::currentDateTimeUtc());
    /**
     * Deletes the account's keychain entries (API key and session key), then the account. If the keychain
     * refuses, the account stays and @p done gets the error, so nothing is lost or orphaned silently.
     */
    void remove(const QString& id, QObject* context, SecretStore::DoneCallback done);

signals:
    void accountAdded(const QString& id);
    void accountChanged(const QString& id);
    void accountRemoved(const QString& id);

private:
    void load();
    void save(const Account& account);
    void erase(const QString& id);

    SecretsService* m_secrets;
    std::unique_ptr<QSettings> m_settings;
    QList<Account> m_accounts;
    QString m_lastUsedId;
};
