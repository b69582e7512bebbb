// AccountsRegistry over a real QSettings file in the test HOME, with the in-memory store standing in for
// the keychain (the keychain path is covered by tests/keychain/tst_accountlifecycle).
#include "secrets/AccountsRegistry.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretsService.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

class tst_AccountsRegistry : public QObject
{
    Q_OBJECT

private:
    QString m_settingsPath;
    std::unique_ptr<SecretsService> m_secrets;

    MemorySecretStore* store() const { return static_cast<MemorySecretStore*>(m_secrets->keychainStore()); }

    std::unique_ptr<AccountsRegistry> openRegistry()
    {
        return std::make_unique<AccountsRegistry>(m_secrets.get(),
                                                  std::make_unique<QSettings>(m_settingsPath, QSettings::IniFormat));
    }

    SecretError writeSync(SecretStore* s, const QString& id, SecretKind kind, const QString& secret)
    {
        SecretError result;
        bool done = false;
        s->write(id, kind, secret, this, [&](const SecretError& e) {
            result = e;
            done = true;
        });
        (void)QTest::qWaitFor([&] { return done; }, 5000);
        return result;
    }

    SecretError removeSync(AccountsRegistry& registry, const QString& id)
    {
        SecretError result = SecretError::make(SecretError::Kind::Timeout);
        bool done = false;
        registry.remove(id, this, [&](const SecretError& e) {
            result = e;
            done = true;
        });
        (void)QTest::qWaitFor([&] { return done; }, 5000);
        return result;
    }

private slots:
    void init()
    {
        m_settingsPath = QDir::home().filePath(QStringLiteral("registry-test.ini"));
        QFile::remove(m_settingsPath);
        m_secrets = std::make_unique<SecretsService>(std::make_unique<MemorySecretStore>());
    }

    void newAccountsGetIdAndDefaultBaseUrl()
    {
        const Account vast = Account::create(Provider::Vast, QStringLiteral("Work"));
        const Account spheron = Account::create(Provider::Spheron, QStringLiteral("Lab"));
        QVERIFY(!vast.id.isEmpty());
        QVERIFY(vast.id != spheron.id);
        QCOMPARE(vast.baseUrl, QUrl(QStringLiteral("https://console.vast.ai")));
        QCOMPARE(spheron.baseUrl, QUrl(QStringLiteral("https://app.spheron.ai")));
        Account noUrl = vast;
        noUrl.baseUrl.clear();
        QCOMPARE(noUrl.effectiveBaseUrl(), QUrl(QStringLiteral("https://console.vast.ai")));
    }

    void addPersistsEveryFieldAcrossRestarts()
    {
        Account account = Account::create(Provider::Spheron, QStringLiteral("Lab"));
        account.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8123"));
        account.keyExpiry = QDate(2027, 3, 1);
        account.teamId = QStringLiteral("team-7");
        {
            auto registry = openRegistry();
            QSignalSpy added(registry.get(), &AccountsRegistry::accountAdded);
            QVERIFY(registry->add(account));
            QCOMPARE(added.count(), 1);
            QCOMPARE(added.first().first().toString(), account.id);
        }
        auto reopened = openRegistry();
        const auto found = reopened->find(account.id);
        QVERIFY(found);
        QCOMPARE(found->provider, Provider::Spheron);
        QCOMPARE(found->label, QStringLiteral("Lab"));
        QCOMPARE(found->baseUrl, account.baseUrl);
        QCOMPARE(found->keyExpiry, account.keyExpiry);
        QCOMPARE(found->teamId, QStringLiteral("team-7"));
        QCOMPARE(found->storage, Account::Storage::Keychain);
        QCOMPARE(reopened->accounts().size(), 1);
    }

    void rejectsDuplicateAndMalformedIds()
    {
        auto registry = openRegistry();
        const Account account = Account::create(Provider::Vast, QStringLiteral("One"));
        QVERIFY(registry->add(account));
        QVERIFY(!registry->add(account));
        Account bad = account;
        bad.id = QStringLiteral("../../etc");
        QVERIFY(!registry->add(bad));
        bad.id.clear();
        QVERIFY(!registry->add(bad));
        QCOMPARE(registry->accounts().size(), 1);
    }

    void memoryOnlyAccountsAreNeverWrittenToSettings()
    {
        const Account account
            = Account::create(Provider::Vast, QStringLiteral("Temporary"), Account::Storage::MemoryOnly);
        {
            auto registry = openRegistry();
            QVERIFY(registry->add(account));
            QVERIFY(registry->find(account.id));
            QVERIFY(registry->markUsed(account.id));
            QCOMPARE(registry->lastUsedAccountId(), account.id);
            QCOMPARE(registry->storeFor(account), static_cast<SecretStore*>(m_secrets->memoryStore()));
        }
        QSettings settings(m_settingsPath, QSettings::IniFormat);
        QVERIFY(!settings.allKeys().join(QLatin1Char(' ')).contains(account.id));
        QVERIFY(!openRegistry()->find(account.id));
    }

    void renameEmitsChangedAndPersists()
    {
        const Account account = Account::create(Provider::Vast, QStringLiteral("Old"));
        {
            auto registry = openRegistry();
            QVERIFY(registry->add(account));
            QSignalSpy changed(registry.get(), &AccountsRegistry::accountChanged);
            QVERIFY(registry->rename(account.id, QStringLiteral("New name")));
            QCOMPARE(changed.count(), 1);
            QVERIFY(!registry->rename(QStringLiteral("00000000-0000-0000-0000-000000000001"), QStringLiteral("x")));
        }
        QCOMPARE(openRegistry()->find(account.id)->label, QStringLiteral("New name"));
    }

    void updateChangesFieldsButNotStorage()
    {
        auto registry = openRegistry();
        Account account = Account::create(Provider::Spheron, QStringLiteral("Lab"));
        QVERIFY(registry->add(account));
        account.keyExpiry = QDate(2030, 1, 1);
        account.teamId = QStringLiteral("t2");
        account.storage = Account::Storage::MemoryOnly;
        QVERIFY(registry->update(account));
        const auto found = registry->find(account.id);
        QCOMPARE(found->keyExpiry, QDate(2030, 1, 1));
        QCOMPARE(found->teamId, QStringLiteral("t2"));
        QCOMPARE(found->storage, Account::Storage::Keychain);
        QCOMPARE(found->daysUntilKeyExpiry(QDate(2029, 12, 30)), std::optional<qint64>(2));
    }

    void accountsAreSortedByLabel()
    {
        auto registry = openRegistry();
        QVERIFY(registry->add(Account::create(Provider::Vast, QStringLiteral("beta"))));
        QVERIFY(registry->add(Account::create(Provider::Vast, QStringLiteral("Alpha"))));
        QVERIFY(registry->add(Account::create(Provider::Spheron, QStringLiteral("gamma"))));
        const QList<Account> list = registry->accounts();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0).label, QStringLiteral("Alpha"));
        QCOMPARE(list.at(2).label, QStringLiteral("gamma"));
    }

    void markUsedRemembersLastUsedAccount()
    {
        const Account a = Account::create(Provider::Vast, QStringLiteral("A"));
        const Account b = Account::create(Provider::Vast, QStringLiteral("B"));
        const QDateTime when(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
        {
            auto registry = openRegistry();
            QVERIFY(registry->add(a));
            QVERIFY(registry->add(b));
            QVERIFY(registry->lastUsedAccountId().isEmpty());
            QVERIFY(registry->markUsed(a.id));
            QVERIFY(registry->markUsed(b.id, when));
            QCOMPARE(registry->lastUsedAccountId(), b.id);
        }
        auto reopened = openRegistry();
        QCOMPARE(reopened->lastUsedAccountId(), b.id);
        QCOMPARE(reopened->find(b.id)->lastUsed, when);
    }

    void addWithApiKeyStoresKeyThenAccount()
    {
        auto registry = openRegistry();
        const Account account = Account::create(Provider::Vast, QStringLiteral("Work"));
        bool done = false;
        SecretError result;
        registry->addWithApiKey(account, QStringLiteral("key-value"), this, [&](const SecretError& e) {
            result = e;
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY(result.isOk());
        QVERIFY(registry->find(account.id));
        QCOMPARE(store()->count(), 1);
    }

    void addWithApiKeyAddsNothingWhenTheKeychainFails()
    {
        auto registry = openRegistry();
        QSignalSpy added(registry.get(), &AccountsRegistry::accountAdded);
        store()->setFailure(SecretError::make(SecretError::Kind::Locked));
        const Account account = Account::create(Provider::Vast, QStringLiteral("Work"));
        bool done = false;
        SecretError result;
        registry->addWithApiKey(account, QStringLiteral("key-value"), this, [&](const SecretError& e) {
            result = e;
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(result.kind(), SecretError::Kind::Locked);
        QVERIFY(!registry->find(account.id));
        QCOMPARE(added.count(), 0);
    }

    void removeDeletesBothSecretsThenTheAccount()
    {
        const Account account = Account::create(Provider::Vast, QStringLiteral("Work"));
        {
            auto registry = openRegistry();
            QVERIFY(registry->add(account));
            QVERIFY(registry->markUsed(account.id));
            QVERIFY(writeSync(store(), account.id, SecretKind::ApiKey, QStringLiteral("api")).isOk());
            QVERIFY(writeSync(store(), account.id, SecretKind::SessionKey, QStringLiteral("session")).isOk());
            QCOMPARE(store()->count(), 2);
            QSignalSpy removed(registry.get(), &AccountsRegistry::accountRemoved);
            QVERIFY(removeSync(*registry, account.id).isOk());
            QCOMPARE(removed.count(), 1);
            QCOMPARE(store()->count(), 0);
            QVERIFY(!registry->find(account.id));
            QVERIFY(registry->lastUsedAccountId().isEmpty());
        }
        QVERIFY(!openRegistry()->find(account.id));
        QSettings settings(m_settingsPath, QSettings::IniFormat);
        QVERIFY(!settings.allKeys().join(QLatin1Char(' ')).contains(account.id));
        QVERIFY(!settings.contains(QStringLiteral("lastUsedAccountId")));
    }

    void removeKeepsTheAccountWhenTheKeychainRefuses()
    {
        auto registry = openRegistry();
        const Account account = Account::create(Provider::Vast, QStringLiteral("Work"));
        QVERIFY(registry->add(account));
        QVERIFY(writeSync(store(), account.id, SecretKind::ApiKey, QStringLiteral("api")).isOk());
        store()->setFailure(SecretError::make(SecretError::Kind::Locked));
        QSignalSpy removed(registry.get(), &AccountsRegistry::accountRemoved);
        const SecretError error = removeSync(*registry, account.id);
        QCOMPARE(error.kind(), SecretError::Kind::Locked);
        QCOMPARE(removed.count(), 0);
        QVERIFY(registry->find(account.id));
        store()->setFailure(SecretError());
        QCOMPARE(store()->count(), 1);
    }

    void perAccountValuesGoWithTheAccount()
    {
        const Account gone = Account::create(Provider::Vast, QStringLiteral("Gone"));
        Account kept = Account::create(Provider::Spheron, QStringLiteral("Kept"));
        kept.teamId = QStringLiteral("team-1");
        kept.keyExpiry = QDate(2027, 1, 31);
        {
            auto registry = openRegistry();
            QVERIFY(registry->add(gone));
            QVERIFY(registry->add(kept));
            for (const Account& account : {gone, kept}) {
                QVERIFY(registry->setOwnKeyId(account.id, QStringLiteral("key-") + account.label));
                QVERIFY(registry->setLastExpiryNotification(account.id, QDate(2026, 11, 22)));
            }
            Account expiring = *registry->find(gone.id);
            expiring.teamId = QStringLiteral("team-2");
            expiring.keyExpiry = QDate(2026, 12, 1);
            QVERIFY(registry->update(expiring));
            QVERIFY(registry->markUsed(gone.id));
            QVERIFY(removeSync(*registry, gone.id).isOk());
            QVERIFY(registry->ownKeyId(gone.id).isEmpty());
            QVERIFY(!registry->lastExpiryNotification(gone.id).isValid());
            QVERIFY(!registry->setOwnKeyId(gone.id, QStringLiteral("late"))); // no orphan after the removal
        }
        QSettings settings(m_settingsPath, QSettings::IniFormat);
        QVERIFY(!settings.allKeys().join(QLatin1Char(' ')).contains(gone.id));
        // The other account keeps every value, also after a restart.
        auto registry = openRegistry();
        QCOMPARE(registry->ownKeyId(kept.id), QStringLiteral("key-Kept"));
        QCOMPARE(registry->lastExpiryNotification(kept.id), QDate(2026, 11, 22));
        QCOMPARE(registry->find(kept.id)->teamId, QStringLiteral("team-1"));
        QCOMPARE(registry->find(kept.id)->keyExpiry, QDate(2027, 1, 31));
        QVERIFY(registry->setOwnKeyId(kept.id, {}));
        QVERIFY(openRegistry()->ownKeyId(kept.id).isEmpty());
    }

    void findingMarksAreKeptPerAccountAndGoWithIt()
    {
        // Issue 23: Snooze and Ignore, keyed by Finding::identity() (slashes and paths in it).
        const Account gone = Account::create(Provider::Vast, QStringLiteral("Gone"));
        const Account kept = Account::create(Provider::Vast, QStringLiteral("Kept"));
        const QString identity = QStringLiteral("6/%1//key-7").arg(kept.id);
        const QString local = QStringLiteral("7///home/ada/.ssh");
        const QDateTime until(QDate(2027, 1, 8), QTime(10, 0), Qt::UTC);
        {
            auto registry = openRegistry();
            QVERIFY(registry->add(gone));
            QVERIFY(registry->add(kept));
            QVERIFY(!registry->findingMark(kept.id, identity).ignored);
            QVERIFY(registry->setFindingMark(kept.id, identity, {true, {}}));
            QVERIFY(registry->setFindingMark(gone.id, identity, {false, until}));
            QVERIFY(registry->setFindingMark({}, local, {false, until}));
            QVERIFY(!registry->setFindingMark(QStringLiteral("no-such-account"), identity, {true, {}}));
            QVERIFY(removeSync(*registry, gone.id).isOk());
            QVERIFY(!registry->findingMark(gone.id, identity).snoozedUntil.isValid());
        }
        QSettings settings(m_settingsPath, QSettings::IniFormat);
        QVERIFY(!settings.allKeys().join(QLatin1Char(' ')).contains(gone.id));
        auto registry = openRegistry();
        QVERIFY(registry->findingMark(kept.id, identity).ignored);
        QVERIFY(!registry->findingMark(kept.id, identity + QLatin1Char('x')).ignored);
        QCOMPARE(registry->findingMark({}, local).snoozedUntil, until);
        QVERIFY(!registry->findingMark({}, local).ignored);
        // A default mark forgets.
        QVERIFY(registry->setFindingMark(kept.id, identity, {}));
        QVERIFY(registry->setFindingMark({}, local, {}));
        QVERIFY(!openRegistry()->findingMark(kept.id, identity).ignored);
        QVERIFY(!openRegistry()->findingMark({}, local).snoozedUntil.isValid());
    }

    void memoryOnlyAccountsKeepTheirValuesInMemory()
    {
        Account account = Account::create(Provider::Vast, QStringLiteral("Temp"));
        account.storage = Account::Storage::MemoryOnly;
        auto registry = openRegistry();
        QVERIFY(registry->add(account));
        QVERIFY(registry->setOwnKeyId(account.id, QStringLiteral("42")));
        QVERIFY(registry->setLastExpiryNotification(account.id, QDate(2026, 11, 22)));
        QCOMPARE(registry->ownKeyId(account.id), QStringLiteral("42"));
        QCOMPARE(registry->lastExpiryNotification(account.id), QDate(2026, 11, 22));
        QSettings settings(m_settingsPath, QSettings::IniFormat);
        QVERIFY(!settings.allKeys().join(QLatin1Char(' ')).contains(account.id));
        QVERIFY(removeSync(*registry, account.id).isOk());
        QVERIFY(registry->ownKeyId(account.id).isEmpty());
        QVERIFY(!registry->setOwnKeyId(QStringLiteral("unknown"), QStringLiteral("1")));
    }

    void migratesTheOldApiKeysLayout()
    {
        const Account account = Account::create(Provider::Vast, QStringLiteral("Old"));
        const QString orphan = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(openRegistry()->add(account));
        {
            // What earlier versions wrote: the API Keys page's values outside the account's group.
            QSettings settings(m_settingsPath, QSettings::IniFormat);
            settings.setValue(QStringLiteral("apiKeys/%1/ownKeyId").arg(account.id), QStringLiteral("1234"));
            settings.setValue(QStringLiteral("apiKeys/%1/lastExpiryNotification").arg(account.id),
                              QStringLiteral("2026-11-22"));
            settings.setValue(QStringLiteral("apiKeys/%1/ownKeyId").arg(orphan), QStringLiteral("99"));
        }
        {
            auto registry = openRegistry();
            QCOMPARE(registry->ownKeyId(account.id), QStringLiteral("1234"));
            QCOMPARE(registry->lastExpiryNotification(account.id), QDate(2026, 11, 22));
        }
        {
            QSettings settings(m_settingsPath, QSettings::IniFormat);
            QVERIFY(settings.childGroups().contains(QStringLiteral("accounts")));
            QVERIFY(!settings.childGroups().contains(QStringLiteral("apiKeys"))); // moved, and the orphan dropped
            QCOMPARE(settings.value(QStringLiteral("accounts/%1/ownKeyId").arg(account.id)).toString(),
                     QStringLiteral("1234"));
        }
        auto registry = openRegistry();
        QCOMPARE(registry->ownKeyId(account.id), QStringLiteral("1234"));
        QVERIFY(removeSync(*registry, account.id).isOk());
        QSettings settings(m_settingsPath, QSettings::IniFormat);
        QVERIFY(!settings.allKeys().join(QLatin1Char(' ')).contains(account.id));
    }

    void ignoresMalformedEntries()
    {
        {
            QSettings settings(m_settingsPath, QSettings::IniFormat);
            settings.setValue(QStringLiteral("accounts/not-a-uuid/provider"), QStringLiteral("vast"));
            settings.setValue(QStringLiteral("accounts/6f95527e-6487-44d4-8bea-7fb9570f146e/provider"),
                              QStringLiteral("aws"));
            settings.setValue(QStringLiteral("accounts/0c1e1a55-6487-44d4-8bea-7fb9570f146e/provider"),
                              QStringLiteral("vast"));
            settings.setValue(QStringLiteral("accounts/0c1e1a55-6487-44d4-8bea-7fb9570f146e/label"),
                              QStringLiteral("Good"));
            settings.setValue(QStringLiteral("accounts/0c1e1a55-6487-44d4-8bea-7fb9570f146e/lastUsed"),
                              QStringLiteral("garbage"));
            settings.setValue(QStringLiteral("lastUsedAccountId"), QStringLiteral("not-a-uuid"));
        }
        auto registry = openRegistry();
        QCOMPARE(registry->accounts().size(), 1);
        QCOMPARE(registry->accounts().first().label, QStringLiteral("Good"));
        QVERIFY(!registry->accounts().first().lastUsed.isValid());
        QVERIFY(registry->lastUsedAccountId().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_AccountsRegistry)
#include "tst_accountsregistry.moc"
