#pragma once

#include "UiContext.h"
#include "secrets/Account.h"

#include <QObject>
#include <memory>

class AppServices;
class ConsoleProvider;

/**
 * One opened account: its provider, configured with the base URL and the keys read from the account's
 * secret store. The provider is created at once; credentials arrive asynchronously (ready()).
 */
class OpenAccount : public QObject
{
    Q_OBJECT

public:
    OpenAccount(AppServices* services, const Account& account, QObject* parent = nullptr);
    ~OpenAccount() override;

    const Account& account() const { return m_account; }
    ConsoleProvider* provider() const { return m_provider.get(); }
    /** The services this account's pages share; lives as long as the session. */
    UiContext* uiContext() { return &m_uiContext; }

    /** Who opens the account: the user (it becomes the last used one) or a background look (the security scan). */
    enum class Use { Interactive, Background };

    /** Reads the API key (and a 2FA session key, if any) and hands them to the provider. */
    void open(Use use = Use::Interactive);

signals:
    /** The provider has its credentials and can be used. */
    void ready();
    /** The key could not be read; @p message is a translated sentence, @p keyMissing when there is no key. */
    void failed(const QString& message, bool keyMissing);

private:
    AppServices* m_services;
    Account m_account;
    std::unique_ptr<ConsoleProvider> m_provider;
    UiContext m_uiContext;
};
