#include "providers/ConsoleProvider.h"

#include "net/ApiTransport.h"

#include <QPointer>
#include <QTimer>

ConsoleProvider::ConsoleProvider(ApiTransport* transport, QObject* parent)
    : QObject(parent)
    , m_transport(transport)
{ }

ConsoleProvider::~ConsoleProvider()
{
    // Wipe the keys before the memory is released; QString may keep the buffer around otherwise.
    m_credentials.apiKey.fill(QChar(u'\0'));
    m_credentials.sessionKey.fill(QChar(u'\0'));
}

void ConsoleProvider::setBaseUrl(const QUrl& baseUrl)
{
    m_baseUrl = baseUrl;
}

QUrl ConsoleProvider::baseUrl() const
{
    return m_baseUrl.isEmpty() ? defaultBaseUrl() : m_baseUrl;
}

void ConsoleProvider::setCredentials(const ProviderCredentials& credentials)
{
    clearCredentials();
    m_credentials = credentials;
}

void ConsoleProvider::clearCredentials()
{
    m_credentials.apiKey.fill(QChar(u'\0'));
    m_credentials.sessionKey.fill(QChar(u'\0'));
    m_credentials = {};
}

bool ConsoleProvider::hasApiKey() const
{
    return !m_credentials.apiKey.isEmpty();
}

bool ConsoleProvider::hasSessionKey() const
{
    return !m_credentials.sessionKey.isEmpty();
}

QString ConsoleProvider::bearer() const
{
    return m_credentials.sessionKey.isEmpty() ? m_credentials.apiKey : m_credentials.sessionKey;
}

void ConsoleProvider::adoptApiKey(const QString& key)
{
    m_credentials.apiKey.fill(QChar(u'\0'));
    m_credentials.apiKey = key;
}

void ConsoleProvider::adoptSessionKey(const QString& key)
{
    m_credentials.sessionKey.fill(QChar(u'\0'));
    m_credentials.sessionKey = key;
}

void ConsoleProvider::dropSessionKey()
{
    m_credentials.sessionKey.fill(QChar(u'\0'));
    m_credentials.sessionKey.clear();
}

void ConsoleProvider::postUnsupported(QObject* context, std::function<void(ApiError)> fail) const
{
    QTimer::singleShot(0, context, [fail = std::move(fail)] { fail(ApiError::make(ApiError::Kind::Unsupported)); });
}

void ConsoleProvider::fetchProfile(QObject* context, Callback<UserProfile> done)
{
    unsupported(context, std::move(done));
}

void ConsoleProvider::updateProfile(const ProfileUpdate&, QObject* context, Callback<void> done)
{
    unsupported(context, std::move(done));
}

void ConsoleProvider::fetchBalance(QObject* context, Callback<AccountBalance> done)
{
    unsupported(context, std::move(done));
}

void ConsoleProvider::twoFactorLogin(const QString&, QObject* context, Callback<TwoFactorSession> done)
{
    unsupported(context, std::move(done));
}

void ConsoleProvider::listSshKeys(const QString&, QObject* context, Callback<QList<SshKey>> done)
{
    unsupported(context, std::move(done));
}

void ConsoleProvider::addSshKey(const QString&, const QString&, const QString&, QObject* context, Callback<SshKey> done)
{
    unsupported(context, std::move(done));
}

void ConsoleProvider::updateSshKey(const QString&, const QString&, QObject* context, Callback<SshKey> done)
{
    unsupported(context, std::move(done));
}

void ConsoleProvider::deleteSshKey(const QString&, QObject* context, Callback<void> done)
{
    unsupported(context, std::move(done));
}

void ConsoleProvider::listApiKeys(QObject* context, Callback<QList<ApiKeyInfo>> done)
{
    unsupported(context, std::move(done));
}

void ConsoleProvider::createApiKey(const QString&, const QJsonObject&, QObject* context, Callback<CreatedApiKey> done)
{
    unsupported(context, std::move(done));
}

void ConsoleProvider::deleteApiKey(const QString&, QObject* context, Callback<void> done)
{
    unsupported(context, std::move(done));
}

void ConsoleProvider::resetApiKey(QObject* context, Callback<CreatedApiKey> done)
{
    unsupported(context, std::move(done));
}

void ConsoleProvider::listEnvVars(QObject* context, Callback<QList<EnvVar>> done)
{
    unsupported(context, std::move(done));
}

void ConsoleProvider::createEnvVar(const QString&, const QString&, QObject* context, Callback<void> done)
{
    unsupported(context, std::move(done));
}

void ConsoleProvider::updateEnvVar(const QString&, const QString&, QObject* context, Callback<void> done)
{
    unsupported(context, std::move(done));
}

void ConsoleProvider::deleteEnvVar(const QString&, QObject* context, Callback<void> done)
{
    unsupported(context, std::move(done));
}

void ConsoleProvider::listSessions(QObject* context, Callback<QList<LoginSession>> done)
{
    unsupported(context, std::move(done));
}

void ConsoleProvider::deleteSession(const QString&, QObject* context, Callback<void> done)
{
    unsupported(context, std::move(done));
}

void ConsoleProvider::deleteOtherSessions(QObject* context, Callback<void> done)
{
    unsupported(context, std::move(done));
}
