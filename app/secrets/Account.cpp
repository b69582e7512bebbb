#include "secrets/Account.h"

#include <QUuid>

Account Account::create(Provider provider, const QString& label, Storage storage)
{
    Account account;
    account.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    account.provider = provider;
    account.label = label;
    account.baseUrl = Providers::defaultBaseUrl(provider);
    account.storage = storage;
    return account;
}

QUrl Account::effectiveBaseUrl() const
{
    return baseUrl.isEmpty() ? Providers::defaultBaseUrl(provider) : baseUrl;
}

std::optional<qint64> Account::daysUntilKeyExpiry(const QDate& today) const
{
    if (!keyExpiry.isValid())
        return std::nullopt;
    return today.daysTo(keyExpiry);
}
