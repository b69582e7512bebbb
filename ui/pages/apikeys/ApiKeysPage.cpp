#include "pages/apikeys/ApiKeysPage.h"
#include "ui_ApiKeysPage.h"

#include "UiContext.h"
#include "core/RequestTracker.h"
#include "pages/apikeys/ExpiryNotifier.h"
#include "pages/apikeys/ExpiryReminders.h"
#include "pages/apikeys/KeyEntryDialog.h"
#include "pages/apikeys/KeySwitcher.h"
#include "pages/apikeys/QuickReferenceCard.h"
#include "pages/apikeys/RotationAssistantDialog.h"
#include "pages/apikeys/SpheronKeyCard.h"
#include "pages/apikeys/VastKeysPanel.h"
#include "providers/ConsoleProvider.h"

#include <QShortcut>

ApiKeysPage::ApiKeysPage(ConsoleProvider* provider, UiContext* context, QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::ApiKeysPage)
    , m_provider(provider)
    , m_context(context)
    , m_requests(new RequestTracker(this))
    , m_switcher(new KeySwitcher(provider, context, this))
    , m_notifier(context && context->reminders ? context->reminders->notifier(context->accountId)
                                               : new ExpiryNotifier(context ? context->accounts : nullptr,
                                                                    context ? context->accountId : QString(), this))
{
    m_ui->setupUi(this);
    m_ui->authBanner->setVisible(false);
    m_ui->authBanner->setStyleSheet(QStringLiteral("QFrame#authBanner { background: #ffebee; border: 1px solid "
                                                   "#c62828; } QFrame#authBanner QLabel { color: #b71c1c; }"));
    connect(m_requests, &RequestTracker::busyChanged, this, &ApiKeysPage::busyChanged);
    connect(m_ui->reenterKeyButton, &QPushButton::clicked, this, &ApiKeysPage::promptForNewKey);
    connect(m_ui->expiryBanner, &ExpiryBanner::rotateRequested, this, &ApiKeysPage::openRotationAssistant);
    connect(m_notifier, &ExpiryNotifier::notified, this, &ApiKeysPage::statusMessage);

    // The panel, then the quick reference, are created after the banners, so Tab goes from top to bottom.
    auto hideAuthBanner = [this] { m_ui->authBanner->setVisible(false); };
    if (m_provider->has(ConsoleProvider::Capability::ApiKeysManage)) {
        m_vast = new VastKeysPanel(provider, context, m_requests);
        m_vast->setObjectName(QStringLiteral("vastPage"));
        m_ui->providerStack->addWidget(m_vast);
        connect(m_vast, &VastKeysPanel::statusMessage, this, &ApiKeysPage::statusMessage);
        connect(m_vast, &VastKeysPanel::statusNote, this, &ApiKeysPage::statusNote);
        connect(m_vast, &VastKeysPanel::apiError, this, &ApiKeysPage::handleApiError);
        connect(m_vast, &VastKeysPanel::keyAccepted, this, hideAuthBanner);
        connect(m_vast, &VastKeysPanel::keyLost, this, &ApiKeysPage::askForLostKey);
        connect(m_vast, &VastKeysPanel::resetKeyMissing, this, &ApiKeysPage::askForResetKey);
        connect(m_vast, &VastKeysPanel::rotationRequested, this, &ApiKeysPage::openRotationAssistant);
        // Ctrl+N anywhere in the tab, not only in the list.
        auto* newShortcut = new QShortcut(QKeySequence::New, this);
        newShortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(newShortcut, &QShortcut::activated, m_vast, &VastKeysPanel::createKey);
    } else {
        m_spheron = new SpheronKeyCard(provider, context, m_requests);
        m_spheron->setObjectName(QStringLiteral("spheronPage"));
        m_ui->providerStack->addWidget(m_spheron);
        connect(m_spheron, &SpheronKeyCard::statusMessage, this, &ApiKeysPage::statusMessage);
        connect(m_spheron, &SpheronKeyCard::apiError, this, &ApiKeysPage::handleApiError);
        connect(m_spheron, &SpheronKeyCard::keyAccepted, this, hideAuthBanner);
        connect(m_spheron, &SpheronKeyCard::keyChanged, this, &ApiKeysPage::refresh);
        connect(m_spheron, &SpheronKeyCard::expiryChanged, this, &ApiKeysPage::updateExpiry);
        connect(m_spheron, &SpheronKeyCard::rotationRequested, this, &ApiKeysPage::openRotationAssistant);
    }
    m_quickReference = new QuickReferenceCard(provider, context, this);
    m_quickReference->setObjectName(QStringLiteral("quickRefGroup"));
    m_ui->mainLayout->addWidget(m_quickReference);
    connect(m_quickReference, &QuickReferenceCard::statusMessage, this, &ApiKeysPage::statusMessage);

    auto* refreshShortcut = new QShortcut(QKeySequence::Refresh, this);
    refreshShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refreshShortcut, &QShortcut::activated, this, &ApiKeysPage::refresh);
}

ApiKeysPage::~ApiKeysPage() = default;

ExpiryNotifier* ApiKeysPage::expiryNotifier() const
{
    return m_notifier;
}

QString ApiKeysPage::ownKeyId() const
{
    return m_vast ? m_vast->ownKeyId() : QString();
}

void ApiKeysPage::setOwnKeyId(const QString& id)
{
    if (m_vast)
        m_vast->setOwnKeyId(id);
}

void ApiKeysPage::handleApiError(const ApiError& error)
{
    if (error.needsTwoFactorSession()) {
        // Not a bad key: the account has 2FA on (docs/api/vast.md §2.3); the window's 2FA controller takes it from
        // here.
        emit twoFactorNeeded(error);
        return;
    }
    if (error.kind() != ApiError::Kind::Auth)
        return;
    showAuthBanner(error);
    emit credentialsRejected();
}

void ApiKeysPage::showAuthBanner(const ApiError& error)
{
    m_ui->authBannerLabel->setText(tr("%1 Enter a valid key to carry on with “%2”; the account and its settings "
                                      "are kept.")
                                       .arg(error.userMessage(), m_switcher->accountLabel()));
    m_ui->authBanner->setVisible(true);
}

void ApiKeysPage::askForLostKey()
{
    showAuthBanner(ApiError::make(ApiError::Kind::Auth, 401));
    promptForNewKey();
}

void ApiKeysPage::askForResetKey(const QString& message)
{
    showAuthBanner(ApiError::make(ApiError::Kind::Auth, 401));
    KeyEntryDialog* dialog = openKeyEntry(KeyEntryDialog::Purpose::ResetWithoutKey);
    dialog->setExplanation(message);
}

void ApiKeysPage::promptForNewKey()
{
    openKeyEntry(KeyEntryDialog::Purpose::Rejected);
}

KeyEntryDialog* ApiKeysPage::openKeyEntry(KeyEntryDialog::Purpose purpose)
{
    auto* dialog = new KeyEntryDialog(m_provider, m_context, purpose, this);
    dialog->setObjectName(QStringLiteral("keyEntryDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &KeyEntryDialog::busyChanged, m_requests, &RequestTracker::hold);
    connect(dialog, &QDialog::accepted, this, [this] {
        m_ui->authBanner->setVisible(false);
        // A pasted key's id is unknown until the server lists it; forget the old one rather than mark a wrong key.
        setOwnKeyId({});
        emit statusMessage(tr("Keydeck checked the new key, stored it and uses it now."));
        refresh();
    });
    dialog->open();
    return dialog;
}

void ApiKeysPage::refresh()
{
    m_quickReference->reload();
    updateExpiry();
    if (m_vast)
        m_vast->loadKeys();
    else
        m_spheron->loadStoredKey();
}

void ApiKeysPage::refreshInBackground()
{
    m_quickReference->reload();
    updateExpiry();
    if (m_vast)
        m_vast->loadKeysInBackground();
    else
        m_spheron->loadStoredKey(); // the keychain, not the network: nothing to keep
}

void ApiKeysPage::updateExpiry()
{
    const QDate today = QDate::currentDate();
    const QDate expiry = m_switcher->keyExpiry();
    m_ui->expiryBanner->setExpiry(today, expiry);
    if (m_notifier) {
        m_notifier->setAccountLabel(m_switcher->accountLabel());
        m_notifier->setExpiry(expiry);
    }
    if (m_spheron)
        m_spheron->showExpiry(today, expiry);
}

void ApiKeysPage::openRotationAssistant()
{
    auto* dialog = new RotationAssistantDialog(m_provider, m_context, m_vast ? m_vast->ownKey() : ApiKeyInfo(), this);
    dialog->setObjectName(QStringLiteral("rotationAssistant"));
    if (m_vast)
        dialog->setListedKeys(m_vast->keys());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RotationAssistantDialog::busyChanged, m_requests, &RequestTracker::hold);
    connect(dialog, &RotationAssistantDialog::keySwitched, this, [this](const QString& id) {
        if (m_vast)
            setOwnKeyId(id);
        else
            m_switcher->clearKeyExpiry();
        m_ui->authBanner->setVisible(false);
    });
    connect(dialog, &RotationAssistantDialog::keysChanged, this, &ApiKeysPage::refresh);
    connect(dialog, &QDialog::finished, this, &ApiKeysPage::refresh);
    dialog->open();
}
