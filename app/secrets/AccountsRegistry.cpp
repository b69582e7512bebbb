#include "secrets/AccountsRegistry.h"

#include "secrets/MemorySecretStore.h"
#include "secrets/SecretsLogging.h"
#include "secrets/SecretsService.h"

#include <QCryptographicHash>
#include <QPointer>
#include <QSettings>
#include <QTimer>
#include <QUuid>
#include <algorithm>

namespace {

const QString kGroup = QStringLiteral("accounts");
const QString kLastUsed = QStringLiteral("lastUsedAccountId");
// Per-account values (ids and dates only). Their names are the ones the API Keys page used under kLegacyGroup.
const QString kOwnKeyId = QStringLiteral("ownKeyId");
const QString kLastExpiryNotification = QStringLiteral("lastExpiryNotification");
const QString kLegacyGroup = QStringLiteral("apiKeys");
// Findings' marks: "finding-<hash of the identity>" per account, or under kLocalFindings for this computer's files.
// The identity holds paths and slashes, which QSettings would take for groups; a hash is a plain key.
const QString kLocalFindings = QStringLiteral("localFindings");
const QString kIgnored = QStringLiteral("ignored");
const QString kSnoozedPrefix = QStringLiteral("snoozed ");
// What the last security check saw: the findings' hashes (findingKey() without its prefix), space-separated.
const QString kSeenFindings = QStringLiteral("seenFindings");
const QString kLastSecurityCheck = QStringLiteral("lastSecurityCheck");

QString findingHash(const QString& identity)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(identity.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
}

QString findingKey(const QString& identity)
{
    return QStringLiteral("finding-") + findingHash(identity);
}

AccountsRegistry::FindingMark markFrom(const QString& stored)
{
    AccountsRegistry::FindingMark mark;
    if (stored == kIgnored)
        mark.ignored = true;
    else if (stored.startsWith(kSnoozedPrefix))
        mark.snoozedUntil = QDateTime::fromString(stored.mid(kSnoozedPrefix.size()), Qt::ISODate);
    return mark;
}

bool isValidId(const QString& id)
{
    return !QUuid::fromString(id).isNull() && !id.contains(QLatin1Char('/'));
}

} // namespace

AccountsRegistry::AccountsRegistry(SecretsService* secrets, std::unique_ptr<QSettings> settings, QObject* parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_settings(settings ? std::move(settings) : std::make_unique<QSettings>())
{
    load();
}

AccountsRegistry::~AccountsRegistry() = default;

void AccountsRegistry::load()
{
    m_settings->beginGroup(kGroup);
    const QStringList ids = m_settings->childGroups();
    for (const QString& id : ids) {
        m_settings->beginGroup(id);
        const auto provider = Providers::fromId(m_settings->value(QStringLiteral("provider")).toString());
        if (!isValidId(id) || !provider) {
            qCWarning(lcKeychain) << "ignoring malformed account entry" << id << "in" << m_settings->fileName();
            m_settings->endGroup();
            continue;
        }
        Account account;
        account.id = id;
        account.provider = *provider;
        account.label = m_settings->value(QStringLiteral("label")).toString();
        account.baseUrl = QUrl(m_settings->value(QStringLiteral("baseUrl")).toString(), QUrl::StrictMode);
        if (!account.baseUrl.isValid())
            account.baseUrl.clear();
        account.keyExpiry = QDate::fromString(m_settings->value(QStringLiteral("keyExpiry")).toString(), Qt::ISODate);
        account.teamId = m_settings->value(QStringLiteral("teamId")).toString();
        account.lastUsed = QDateTime::fromString(m_settings->value(QStringLiteral("lastUsed")).toString(), Qt::ISODate);
        account.storage = Account::Storage::Keychain;
        m_accounts.append(account);
        m_settings->endGroup();
    }
    m_settings->endGroup();
    m_lastUsedId = m_settings->value(kLastUsed).toString();
    if (!find(m_lastUsedId))
        m_lastUsedId.clear();
    migrateLegacyValues();
}

void AccountsRegistry::migrateLegacyValues()
{
    m_settings->beginGroup(kLegacyGroup);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    if (ids.isEmpty())
        return;
    for (const QString& id : ids) {
        const QString legacy = kLegacyGroup + QLatin1Char('/') + id + QLatin1Char('/');
        const QString current = kGroup + QLatin1Char('/') + id + QLatin1Char('/');
        // Only accounts stored in the file get the values; what belonged to removed or memory-only accounts is an
        // orphan the old code left behind and goes now.
        if (find(id)) {
            for (const QString& name : {kOwnKeyId, kLastExpiryNotification}) {
                const QVariant old = m_settings->value(legacy + name);
                if (old.isValid() && !m_settings->contains(current + name))
                    m_settings->setValue(current + name, old);
            }
        }
        m_settings->remove(kLegacyGroup + QLatin1Char('/') + id);
    }
    m_settings->beginGroup(kLegacyGroup);
    const bool empty = m_settings->allKeys().isEmpty();
    m_settings->endGroup();
    if (empty)
        m_settings->remove(kLegacyGroup);
    m_settings->sync();
}

void AccountsRegistry::save(const Account& account)
{
    if (account.storage != Account::Storage::Keychain)
        return; // memory-only accounts are never written: they must not outlive this run
    m_settings->beginGroup(kGroup);
    m_settings->beginGroup(account.id);
    m_settings->setValue(QStringLiteral("provider"), Providers::id(account.provider));
    m_settings->setValue(QStringLiteral("label"), account.label);
    m_settings->setValue(QStringLiteral("baseUrl"), account.baseUrl.toString());
    m_settings->setValue(QStringLiteral("keyExpiry"), account.keyExpiry.toString(Qt::ISODate));
    m_settings->setValue(QStringLiteral("teamId"), account.teamId);
    m_settings->setValue(QStringLiteral("lastUsed"), account.lastUsed.toUTC().toString(Qt::ISODate));
    m_settings->endGroup();
    m_settings->endGroup();
    m_settings->sync();
}

void AccountsRegistry::erase(const QString& id)
{
    // The account's group holds every per-account value too, so this one remove takes all of them.
    m_settings->beginGroup(kGroup);
    m_settings->remove(id);
    m_settings->endGroup();
    m_sessionValues.remove(id);
    if (m_lastUsedId == id) {
        m_lastUsedId.clear();
        m_settings->remove(kLastUsed);
    }
    m_settings->sync();
}

QList<Account> AccountsRegistry::accounts() const
{
    QList<Account> sorted = m_accounts;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Account& a, const Account& b) {
        return QString::localeAwareCompare(a.label, b.label) < 0;
    });
    return sorted;
}

std::optional<Account> AccountsRegistry::find(const QString& id) const
{
    const auto it = std::find_if(m_accounts.cbegin(), m_accounts.cend(), [&](const Account& a) { return a.id == id; });
    if (it == m_accounts.cend())
        return std::nullopt;
    return *it;
}

QString AccountsRegistry::lastUsedAccountId() const
{
    return m_lastUsedId;
}

SecretStore* AccountsRegistry::storeFor(const Account& account) const
{
    if (account.storage == Account::Storage::MemoryOnly)
        return m_secrets->memoryStore();
    return m_secrets->keychainStore();
}

bool AccountsRegistry::add(const Account& account)
{
    if (!isValidId(account.id) || find(account.id))
        return false;
    m_accounts.append(account);
    save(account);
    emit accountAdded(account.id);
    return true;
}

void AccountsRegistry::addWithApiKey(const Account& account, const QString& apiKey, QObject* context,
                                     SecretStore::DoneCallback done)
{
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    storeFor(account)->write(account.id, SecretKind::ApiKey, apiKey, this,
                             [this, account, guard, hasContext, done = std::move(done)](const SecretError& error) {
                                 if (error.isOk() && !add(account)) {
                                     // The id was taken meanwhile; keep the registry consistent.
                                     qCWarning(lcKeychain) << "account" << account.id << "already exists";
                                 }
                                 if (!hasContext || guard)
                                     done(error);
                             });
}

bool AccountsRegistry::rename(const QString& id, const QString& label)
{
    auto it = std::find_if(m_accounts.begin(), m_accounts.end(), [&](const Account& a) { return a.id == id; });
    if (it == m_accounts.end())
        return false;
    if (it->label == label)
        return true;
    it->label = label;
    save(*it);
    emit accountChanged(id);
    return true;
}

bool AccountsRegistry::update(const Account& account)
{
    auto it = std::find_if(m_accounts.begin(), m_accounts.end(), [&](const Account& a) { return a.id == account.id; });
    if (it == m_accounts.end())
        return false;
    if (*it == account)
        return true;
    const Account::Storage storage = it->storage; // where the secrets are cannot change by an edit
    *it = account;
    it->storage = storage;
    save(*it);
    emit accountChanged(account.id);
    return true;
}

bool AccountsRegistry::markUsed(const QString& id, const QDateTime& when)
{
    auto it = std::find_if(m_accounts.begin(), m_accounts.end(), [&](const Account& a) { return a.id == id; });
    if (it == m_accounts.end())
        return false;
    it->lastUsed = when;
    m_lastUsedId = id;
    save(*it);
    if (it->storage == Account::Storage::Keychain) {
        m_settings->setValue(kLastUsed, id);
        m_settings->sync();
    }
    emit accountChanged(id);
    return true;
}

void AccountsRegistry::remove(const QString& id, QObject* context, SecretStore::DoneCallback done)
{
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    auto finish = [guard, hasContext, done = std::move(done)](const SecretError& error) {
        if (!hasContext || guard)
            done(error);
    };
    const std::optional<Account> account = find(id);
    if (!account) {
        QTimer::singleShot(0, this, [finish] { finish(SecretError()); });
        return;
    }
    SecretStore* store = storeFor(*account);
    // Delete the API key, then the session key, then the entry; stop at the first keychain failure.
    store->remove(id, SecretKind::ApiKey, this, [this, store, id, finish](const SecretError& apiError) {
        if (!apiError.isOk() && apiError.kind() != SecretError::Kind::NotFound) {
            finish(apiError);
            return;
        }
        store->remove(id, SecretKind::SessionKey, this, [this, id, finish](const SecretError& sessionError) {
            if (!sessionError.isOk() && sessionError.kind() != SecretError::Kind::NotFound) {
                finish(sessionError);
                return;
            }
            m_accounts.removeIf([&](const Account& a) { return a.id == id; });
            erase(id);
            emit accountRemoved(id);
            finish(SecretError());
        });
    });
}

QString AccountsRegistry::value(const QString& id, const QString& name) const
{
    const std::optional<Account> account = find(id);
    if (!account)
        return {};
    if (account->storage == Account::Storage::MemoryOnly)
        return m_sessionValues.value(id).value(name);
    return m_settings->value(kGroup + QLatin1Char('/') + id + QLatin1Char('/') + name).toString();
}

bool AccountsRegistry::setValue(const QString& id, const QString& name, const QString& value)
{
    const std::optional<Account> account = find(id);
    if (!account)
        return false; // a value without its account would be an orphan nobody removes
    if (account->storage == Account::Storage::MemoryOnly) {
        if (value.isEmpty())
            m_sessionValues[id].remove(name);
        else
            m_sessionValues[id].insert(name, value);
        return true;
    }
    const QString key = kGroup + QLatin1Char('/') + id + QLatin1Char('/') + name;
    if (value.isEmpty())
        m_settings->remove(key);
    else
        m_settings->setValue(key, value);
    m_settings->sync();
    return true;
}

QString AccountsRegistry::ownKeyId(const QString& id) const
{
    return value(id, kOwnKeyId);
}

bool AccountsRegistry::setOwnKeyId(const QString& id, const QString& keyId)
{
    return setValue(id, kOwnKeyId, keyId);
}

QDate AccountsRegistry::lastExpiryNotification(const QString& id) const
{
    return QDate::fromString(value(id, kLastExpiryNotification), Qt::ISODate);
}

bool AccountsRegistry::setLastExpiryNotification(const QString& id, const QDate& day)
{
    return setValue(id, kLastExpiryNotification, day.isValid() ? day.toString(Qt::ISODate) : QString());
}

AccountsRegistry::FindingMark AccountsRegistry::findingMark(const QString& id, const QString& identity) const
{
    const QString stored = id.isEmpty()
        ? m_settings->value(kLocalFindings + QLatin1Char('/') + findingKey(identity)).toString()
        : value(id, findingKey(identity));
    return markFrom(stored);
}

QHash<QString, AccountsRegistry::FindingMark> AccountsRegistry::findingMarks(const QString& id) const
{
    QHash<QString, FindingMark> marks;
    const QString prefix = QStringLiteral("finding-");
    if (!id.isEmpty()) {
        const std::optional<Account> account = find(id);
        if (!account)
            return marks;
        if (account->storage == Account::Storage::MemoryOnly) {
            const QHash<QString, QString> values = m_sessionValues.value(id);
            for (auto it = values.cbegin(); it != values.cend(); ++it) {
                if (it.key().startsWith(prefix))
                    marks.insert(it.key(), markFrom(it.value()));
            }
            return marks;
        }
    }
    m_settings->beginGroup(id.isEmpty() ? kLocalFindings : kGroup + QLatin1Char('/') + id);
    for (const QString& key : m_settings->childKeys()) {
        if (key.startsWith(prefix))
            marks.insert(key, markFrom(m_settings->value(key).toString()));
    }
    m_settings->endGroup();
    return marks;
}

QString AccountsRegistry::findingMarkKey(const QString& identity)
{
    return findingKey(identity);
}

bool AccountsRegistry::setFindingMark(const QString& id, const QString& identity, const FindingMark& mark)
{
    QString stored;
    if (mark.ignored)
        stored = kIgnored;
    else if (mark.snoozedUntil.isValid())
        stored = kSnoozedPrefix + mark.snoozedUntil.toUTC().toString(Qt::ISODate);
    if (!id.isEmpty())
        return setValue(id, findingKey(identity), stored);
    const QString key = kLocalFindings + QLatin1Char('/') + findingKey(identity);
    if (stored.isEmpty())
        m_settings->remove(key);
    else
        m_settings->setValue(key, stored);
    m_settings->sync();
    return true;
}

bool AccountsRegistry::wasFindingSeen(const QString& id, const QString& identity) const
{
    const QString stored = id.isEmpty()
        ? m_settings->value(kLocalFindings + QLatin1Char('/') + kSeenFindings).toString()
        : value(id, kSeenFindings);
    return stored.split(QLatin1Char(' '), Qt::SkipEmptyParts).contains(findingHash(identity));
}

bool AccountsRegistry::setSeenFindings(const QString& id, const QStringList& identities, bool keepEarlier)
{
    const QString key = kLocalFindings + QLatin1Char('/') + kSeenFindings;
    QStringList hashes;
    if (keepEarlier) {
        const QString stored = id.isEmpty() ? m_settings->value(key).toString() : value(id, kSeenFindings);
        hashes = stored.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    for (const QString& identity : identities) {
        const QString hash = findingHash(identity);
        if (!hashes.contains(hash))
            hashes.append(hash);
    }
    const QString joined = hashes.join(QLatin1Char(' '));
    if (!id.isEmpty())
        return setValue(id, kSeenFindings, joined);
    if (joined.isEmpty())
        m_settings->remove(key);
    else
        m_settings->setValue(key, joined);
    m_settings->sync();
    return true;
}

QDateTime AccountsRegistry::lastSecurityCheck() const
{
    return QDateTime::fromString(m_settings->value(kLastSecurityCheck).toString(), Qt::ISODateWithMs);
}

void AccountsRegistry::setLastSecurityCheck(const QDateTime& when)
{
    if (when.isValid())
        m_settings->setValue(kLastSecurityCheck, when.toUTC().toString(Qt::ISODateWithMs));
    else
        m_settings->remove(kLastSecurityCheck);
    m_settings->sync();
}
