// The provider table (secrets/Provider.h): one row per provider, and the API clients read their identity from it.
#include "net/ApiTransport.h"
#include "providers/SpheronProvider.h"
#include "providers/VastProvider.h"
#include "secrets/Provider.h"

#include <QSet>
#include <QTest>

class tst_ProviderTable : public QObject
{
    Q_OBJECT

private slots:
    void everyProviderHasOneCompleteRow()
    {
        const QList<ProviderInfo>& rows = Providers::all();
        QCOMPARE(rows.size(), 2);
        QSet<QString> ids;
        for (int i = 0; i < rows.size(); ++i) {
            const ProviderInfo& row = rows.at(i);
            QCOMPARE(static_cast<int>(row.provider), i); // info() indexes by the enum
            QCOMPARE(&Providers::info(row.provider), &row);
            QVERIFY(!row.id.isEmpty());
            ids.insert(row.id);
            QVERIFY(Providers::fromId(row.id) == row.provider);
            QVERIFY(!row.displayName.isEmpty());
            for (const QUrl& url : {row.defaultBaseUrl, row.consoleUrl, row.apiKeysPageUrl}) {
                QVERIFY2(url.isValid() && url.scheme() == QLatin1String("https"), qPrintable(url.toString()));
            }
            QVERIFY(row.profilePageUrl.isEmpty() == row.capabilities.testFlag(ProviderCapability::ProfileUpdate));
            QVERIFY(row.apiKeyVariable.endsWith(QLatin1String("_API_KEY")));
        }
        QCOMPARE(ids.size(), rows.size());
        QVERIFY(!Providers::fromId(QStringLiteral("aws")));
        QVERIFY(!Providers::fromId({}));
    }

    void vastFacts()
    {
        const ProviderInfo& vast = Providers::info(Provider::Vast);
        QCOMPARE(vast.id, QStringLiteral("vast"));
        QCOMPARE(vast.displayName, QStringLiteral("Vast.ai"));
        QCOMPARE(vast.defaultBaseUrl, QUrl(QStringLiteral("https://console.vast.ai")));
        // The one key page (the wizard and the API Keys tab used two different ones before).
        QCOMPARE(vast.apiKeysPageUrl, QUrl(QStringLiteral("https://cloud.vast.ai/manage-keys/?tab=api-keys")));
        QCOMPARE(vast.apiKeyVariable, QStringLiteral("VAST_API_KEY"));
        QCOMPARE(vast.cliKeyFile, QStringLiteral("vastai/vast_api_key"));
        QCOMPARE(vast.legacyCliKeyFile, QStringLiteral(".vast_api_key"));
        QVERIFY(vast.homeKeyFile.isEmpty());
        QVERIFY(vast.capabilities.testFlag(ProviderCapability::ApiKeysManage));
        QVERIFY(!vast.capabilities.testFlag(ProviderCapability::Teams));
    }

    void spheronFacts()
    {
        const ProviderInfo& spheron = Providers::info(Provider::Spheron);
        QCOMPARE(spheron.id, QStringLiteral("spheron"));
        QCOMPARE(spheron.displayName, QStringLiteral("Spheron AI"));
        QCOMPARE(spheron.defaultBaseUrl, QUrl(QStringLiteral("https://app.spheron.ai")));
        QCOMPARE(spheron.apiKeysPageUrl, QUrl(QStringLiteral("https://app.spheron.ai/settings?tab=api")));
        QCOMPARE(spheron.profilePageUrl, QUrl(QStringLiteral("https://app.spheron.ai/settings")));
        QCOMPARE(spheron.apiKeyVariable, QStringLiteral("SPHERON_API_KEY"));
        QVERIFY(spheron.cliKeyFile.isEmpty());
        QVERIFY(spheron.legacyCliKeyFile.isEmpty());
        QCOMPARE(spheron.homeKeyFile, QStringLiteral(".spheron/api_key"));
        QCOMPARE(spheron.capabilities,
                 ProviderCapabilities(ProviderCapability::Balance | ProviderCapability::Teams
                                      | ProviderCapability::SshKeys));
    }

    void providersReadTheirIdentityFromTheTable()
    {
        ApiTransport transport;
        VastProvider vast(&transport);
        SpheronProvider spheron(&transport);
        for (const ConsoleProvider* provider :
             {static_cast<const ConsoleProvider*>(&vast), static_cast<const ConsoleProvider*>(&spheron)}) {
            const ProviderInfo& row = provider->info();
            QCOMPARE(provider->providerId(), row.id);
            QCOMPARE(provider->displayName(), row.displayName);
            QCOMPARE(provider->defaultBaseUrl(), row.defaultBaseUrl);
            QCOMPARE(provider->capabilities(), row.capabilities);
            QCOMPARE(provider->baseUrl(), row.defaultBaseUrl);
        }
        QCOMPARE(vast.info().provider, Provider::Vast);
        QCOMPARE(spheron.info().provider, Provider::Spheron);
    }
};

QTEST_GUILESS_MAIN(tst_ProviderTable)
#include "tst_providertable.moc"
