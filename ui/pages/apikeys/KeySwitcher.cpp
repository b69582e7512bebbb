#include "pages/apikeys/KeySwitcher.h"

#include "UiContext.h"
#include "providers/ConsoleProvider.h"
#include "secrets/AccountsRegistry.h"
#include "secrets/SecretStore.h"
#include "secrets/SecretsService.h"

#include <QCoreApplication>
#include <memory>

QString KeySwitcher::Outcome::message() const
{
    switch (step) {
    case Step::Done:
        return {};
    case Step::Verify:
        return QCoreApplication::translate("KeySwitcher", "The server did not accept this key: %1")
            .arg(apiError.userMessage());
    case Step::Store:
        return QCoreApplication::translate("KeySwitcher",
                                           "Keydeck uses the new key for now, but could not store it: %1 Copy the "
                                           "key somewhere safe before you quit.")
            .arg(secretError.message());
    case Step::NoStore:
        return QCoreApplication::translate("KeySwitcher",
                                           "No secret store is available for this account, so the key cannot be "
                                           "saved.");
    }
    return {};
}

KeySwitcher::KeySwitcher(ConsoleProvider* provider, UiContext* context, QObject* parent)
    : QObject(parent)
    , m_provider(provider)
    , m_context(context)
{ }

SecretStore* KeySwitcher::store() const
{
    if (!m_context)
        return nullptr;
    if (m_context->accounts) {
        if (const auto account = m_context->accounts->find(m_context->accountId))
            return m_context->accounts->storeFor(*account);
    }
    return m_context->secrets ? m_context->secrets->activeStore() : nullptr;
}

void KeySwitcher::adopt(const QString& key)
{
    if (m_provider)
        m_provider->setCredentials(ProviderCredentials {key, {}});
}

void KeySwitcher::verify(QObject* context, Done done)
{
    if (!m_provider)
        return;
    m_provider->verifyKey(context, [done = std::move(done)](ApiResult<void> result) {
        Outcome outcome;
        if (!result.ok()) {
            outcome.step = Outcome::Step::Verify;
            outcome.apiError = result.error;
        }
        done(outcome);
    });
}

void KeySwitcher::verifyAndAdopt(const QString& key, QObject* context, Done done)
{
    SecretStore* secrets = store();
    if (!secrets || !m_provider) {
        QMetaObject::invokeMethod(
            context,
            [done] {
                done(Outcome {Outcome::Step::NoStore, {}, {}});
            },
            Qt::QueuedConnection);
        return;
    }
    QPointer<QObject> guard(context);
    // Verified as a candidate: the provider keeps its working key for every other call until the server has
    // accepted this one, and keeps it for good if the server refuses it or the caller goes away meanwhile.
    m_provider->verifyKeyAs(key, context, [this, key, guard, done](ApiResult<void> result) {
        if (!result.ok()) {
            done(Outcome {Outcome::Step::Verify, result.error, {}});
            return;
        }
        adopt(key);
        SecretStore* secrets = store();
        if (!secrets) {
            done(Outcome {Outcome::Step::NoStore, {}, {}});
            return;
        }
        secrets->write(m_context->accountId, SecretKind::ApiKey, key, guard, [done](const SecretError& error) {
            Outcome outcome;
            if (!error.isOk()) {
                outcome.step = Outcome::Step::Store;
                outcome.secretError = error;
            }
            done(outcome);
        });
    });
}

void KeySwitcher::storeAndVerify(const QString& key, QObject* context, Done done)
{
    adopt(key);
    SecretStore* secrets = store();
    if (!secrets) {
        QMetaObject::invokeMethod(
            context,
            [done] {
                done(Outcome {Outcome::Step::NoStore, {}, {}});
            },
            Qt::QueuedConnection);
        return;
    }
    QPointer<QObject> guard(context);
    secrets->write(m_context->accountId, SecretKind::ApiKey, key, context,
                   [this, guard, done](const SecretError& error) {
                       if (!error.isOk()) {
                           Outcome outcome;
                           outcome.step = Outcome::Step::Store;
                           outcome.secretError = error;
                           done(outcome);
                           return;
                       }
                       verify(guard, done);
                   });
}

void KeySwitcher::readStoredKey(QObject* context, ReadDone done)
{
    SecretStore* secrets = store();
    if (!secrets) {
        QMetaObject::invokeMethod(
            context, [done] { done(SecretError::make(SecretError::Kind::NoKeychain), QString()); },
            Qt::QueuedConnection);
        return;
    }
    secrets->read(m_context->accountId, SecretKind::ApiKey, context, std::move(done));
}

void KeySwitcher::forget(QObject* context, Done done)
{
    SecretStore* secrets = store();
    if (!secrets) {
        QMetaObject::invokeMethod(
            context,
            [done] {
                done(Outcome {Outcome::Step::NoStore, {}, {}});
            },
            Qt::QueuedConnection);
        return;
    }
    secrets->remove(m_context->accountId, SecretKind::ApiKey, context, [this, done](const SecretError& error) {
        Outcome outcome;
        if (!error.isOk()) {
            outcome.step = Outcome::Step::Store;
            outcome.secretError = error;
        } else if (m_provider) {
            m_provider->clearCredentials();
        }
        done(outcome);
    });
}

QString KeySwitcher::accountLabel() const
{
    if (m_context && m_context->accounts) {
        if (const auto account = m_context->accounts->find(m_context->accountId); account && !account->label.isEmpty())
            return account->label;
    }
    return m_provider ? m_provider->displayName() : QString();
}

QDate KeySwitcher::keyExpiry() const
{
    if (m_context && m_context->accounts) {
        if (const auto account = m_context->accounts->find(m_context->accountId))
            return account->keyExpiry;
    }
    return {};
}

void KeySwitcher::setKeyExpiry(const QDate& expiry)
{
    if (!m_context || !m_context->accounts)
        return;
    if (auto account = m_context->accounts->find(m_context->accountId)) {
        account->keyExpiry = expiry;
        m_context->accounts->update(*account);
    }
}

void KeySwitcher::clearKeyExpiry()
{
    if (keyExpiry().isValid())
        setKeyExpiry({});
}
