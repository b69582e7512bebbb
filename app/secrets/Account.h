#pragma once

#include "secrets/Provider.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QUrl>

/** One account Keydeck manages. Holds everything about it except its secrets, which live in a SecretStore. */
class Account
{
public:
    /** Where the account's secrets live; memory-only accounts are never written to settings. */
    enum class Storage { Keychain, MemoryOnly };

    QString id; ///< a QUuid string without braces
    Provider provider = Provider::Vast;
    QString label;
    QUrl baseUrl; ///< the console's base URL; empty means Providers::defaultBaseUrl(provider)
    QDate keyExpiry; ///< the expiry the user knows for a Spheron key (the API cannot tell); may be null
    QString teamId; ///< Spheron: the current team
    QDateTime lastUsed;
    Storage storage = Storage::Keychain;

    /** A new account with a fresh id and the provider's default base URL. */
    static Account create(Provider provider, const QString& label, Storage storage = Storage::Keychain);

    /** The base URL to talk to: baseUrl, or the provider's default when none is set. */
    QUrl effectiveBaseUrl() const;
    /** Days until keyExpiry (negative when past), or no value when no expiry is known. */
    std::optional<qint64> daysUntilKeyExpiry(const QDate& today = QDate::currentDate()) const;

    bool operator==(const Account&) const = default;
};
