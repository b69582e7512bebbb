#pragma once

#include "secrets/Account.h"
#include "secrets/SecretStore.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <memory>
#include <optional>

class QSettings;
class SecretsService;

/**
 * The accounts Keydeck knows, persisted in QSettings (group "accounts/<id>"): provider, label, base URL,
 * key expiry, team and last use, and the per-account values the pages keep (Keydeck's own key id, the day the
 * expiry notice was last shown). It is the one home of every per-account value, so remove() leaves nothing behind.
 * Never a secret: keys go to the SecretStore for the account's storage; this store holds ids and dates only.
 * Memory-only accounts live in memory only and vanish at quit, together with their keys and values.
 *
 * Earlier versions kept the pages' values under "apiKeys/<id>/ownKeyId" and "apiKeys/<id>/lastExpiryNotification";
 * loading moves them into "accounts/<id>/" (same value names) and drops such groups of accounts that are gone.
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
    /** The store that holds @p account's secrets (keychain, or memory for memory-only accounts). */
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

    // Per-account values besides Account's fields. Ids and dates only, never a secret. Setting one does not emit
    // accountChanged (they are the pages' bookkeeping, not what the account list shows).
    /** The id of the API key Keydeck itself uses (Vast.ai key list), or empty when unknown. */
    QString ownKeyId(const QString& id) const;
    /** Remembers @p keyId (an empty one forgets it); false when there is no such account. */
    bool setOwnKeyId(const QString& id, const QString& keyId);
    /** The day the key-expiry desktop notice was last shown for the account, or a null date. */
    QDate lastExpiryNotification(const QString& id) const;
    /** Remembers @p day (a null date forgets it); false when there is no such account. */
    bool setLastExpiryNotification(const QString& id, const QDate& day);

    /** What the user said about one security finding (issue 23): nothing, "later" until a time, or "never". */
    struct FindingMark
    {
        bool ignored = false;
        QDateTime snoozedUntil; ///< null when not snoozed; a past time means nothing any more

        /** Ignored, or snoozed until a time after @p now: the finding is not shown, nor reminded of. */
        bool hides(const QDateTime& now) const { return ignored || (snoozedUntil.isValid() && snoozedUntil > now); }
    };
    /**
     * The mark of the finding Security::Finding::identity() @p identity of account @p id; an empty @p id is a local
     * finding (this computer's files), whose marks are kept beside the accounts.
     */
    FindingMark findingMark(const QString& id, const QString& identity) const;
    /** Remembers @p mark (a default one forgets it); false when @p id names no account. */
    bool setFindingMark(const QString& id, const QString& identity, const FindingMark& mark);
    /**
     * Every mark of account @p id (empty: this computer) in one read, keyed by findingMarkKey(): an overview of
     * thousands of findings asks once per account, not once per finding (issue 24 item 5).
     */
    QHash<QString, FindingMark> findingMarks(const QString& id) const;
    /** The key findingMarks() files the mark of the finding with identity @p identity under. */
    static QString findingMarkKey(const QString& identity);

    // The daily security check's reminders (issue 23, docs/SECURITY-OVERVIEW.md "Reminders").
    /**
     * Whether the last security check saw finding @p identity of account @p id (an empty @p id: this computer).
     * Kept hashed, like the marks: the identities hold paths and key names, and the store needs none of them.
     */
    bool wasFindingSeen(const QString& id, const QString& identity) const;
    /** Remembers @p identities as what the last check saw, replacing the earlier ones unless @p keepEarlier. */
    bool setSeenFindings(const QString& id, const QStringList& identities, bool keepEarlier = false);
    /** When the last security check finished (of every account), or a null time. */
    QDateTime lastSecurityCheck() const;
    void setLastSecurityCheck(const QDateTime& when);

signals:
    void accountAdded(const QString& id);
    void accountChanged(const QString& id);
    void accountRemoved(const QString& id);

private:
    void load();
    void save(const Account& account);
    void erase(const QString& id);
    void migrateLegacyValues();
    QString value(const QString& id, const QString& name) const;
    bool setValue(const QString& id, const QString& name, const QString& value);

    SecretsService* m_secrets;
    std::unique_ptr<QSettings> m_settings;
    QList<Account> m_accounts;
    QString m_lastUsedId;
    /** Memory-only accounts' per-account values (account id → name → value); never written to disk. */
    QHash<QString, QHash<QString, QString>> m_sessionValues;
};
