#include "secrets/SecretStore.h"

SecretStore::SecretStore(QObject* parent)
    : QObject(parent)
{ }

SecretStore::~SecretStore() = default;

QString SecretStore::entryKey(const QString& accountId, SecretKind kind)
{
    switch (kind) {
    case SecretKind::ApiKey:
        return QStringLiteral("api-key/%1").arg(accountId);
    case SecretKind::SessionKey:
        return QStringLiteral("session-key/%1").arg(accountId);
    }
    return {};
}
