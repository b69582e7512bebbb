#pragma once

#include "AppServices.h"
#include "secrets/Account.h"
#include "secrets/AccountsRegistry.h"
#include "secrets/SecretError.h"

#include <QTest>
#include <QUrl>

namespace TestSupport {

/**
 * Adds an account of @p provider at @p baseUrl with @p apiKey to @p services and waits for the registry; its id, or
 * an empty string when it was not stored within 10 s.
 */
inline QString addAccount(AppServices* services, Provider provider, const QString& label, const QUrl& baseUrl,
                          const QString& apiKey)
{
    Account account = Account::create(provider, label);
    account.baseUrl = baseUrl;
    bool done = false;
    SecretError result;
    QObject context;
    services->accounts()->addWithApiKey(account, apiKey, &context, [&](const SecretError& e) {
        result = e;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000) || !result.isOk())
        return {};
    return account.id;
}

} // namespace TestSupport
