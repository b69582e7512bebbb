#include "pages/apikeys/ApiKeysPage.h"
#include "ui_ApiKeysPage.h"

#include "UiContext.h"
#include "clipboard/SecretClipboard.h"
#include "core/LocaleFormat.h"
#include "pages/apikeys/ApiKeysModel.h"
#include "pages/apikeys/ConsoleLinks.h"
#include "pages/apikeys/CreateApiKeyDialog.h"
#include "pages/apikeys/ExpiryDialog.h"
#include "pages/apikeys/ExpiryNotifier.h"
#include "pages/apikeys/KeyEntryDialog.h"
#include "pages/apikeys/KeyExpiry.h"
#include "pages/apikeys/KeyMask.h"
#include "pages/apikeys/KeySwitcher.h"
#include "pages/apikeys/NewKeyDialog.h"
#include "pages/apikeys/RotationAssistantDialog.h"
#include "pages/apikeys/UrlOpener.h"
#include "providers/ConsoleProvider.h"
#include "providers/Reconcile.h"
#include "secrets/AccountsRegistry.h"
#include "widgets/MessageBox.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QShortcut>
#include <QTableView>

#include <algorithm>

namespace {

void setBannerStyle(QFrame* banner, KeyExpiry::Level level)
{
    // Amber for a notice, red when it is urgent or too late; text stays dark so both palettes read well.
    const bool urgent = level == KeyExpiry::Level::Urgent || level == KeyExpiry::Level::Expired;
    banner->setStyleSheet(urgent ? QStringLiteral("QFrame#%1 { background: #ffebee; border: 1px solid #c62828; } "
                                                  "QFrame#%1 QLabel { color: #b71c1c; }")
                                       .arg(banner->objectName())
                                 : QStringLiteral("QFrame#%1 { background: #fff8e1; border: 1px solid #f9a825; } "
                                                  "QFrame#%1 QLabel { color: #5d4037; }")
                                       .arg(banner->objectName()));
}

} // namespace

ApiKeysPage::ApiKeysPage(ConsoleProvider* provider, UiContext* context, QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::ApiKeysPage)
    , m_provider(provider)
    , m_context(context)
    , m_switcher(new KeySwitcher(provider, context, this))
    , m_notifier(
          new ExpiryNotifier(context ? context->accounts : nullptr, context ? context->accountId : QString(), this))
{
    m_ui->setupUi(this);
    m_ui->authBanner->setVisible(false);
    m_ui->expiryBanner->setVisible(false);
    m_ui->authBanner->setStyleSheet(QStringLiteral("QFrame#authBanner { background: #ffebee; border: 1px solid "
                                                   "#c62828; } QFrame#authBanner QLabel { color: #b71c1c; }"));
    connect(m_ui->reenterKeyButton, &QPushButton::clicked, this, &ApiKeysPage::promptForNewKey);
    connect(m_ui->expiryRotateButton, &QPushButton::clicked, this, &ApiKeysPage::openRotationAssistant);
    connect(m_notifier, &ExpiryNotifier::notified, this, &ApiKeysPage::statusMessage);

    if (m_provider->has(ConsoleProvider::Capability::ApiKeysManage))
        setupVast();
    else
        setupSpheron();
    setupQuickReference();

    auto* refreshShortcut = new QShortcut(QKeySequence::Refresh, this);
    refreshShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refreshShortcut, &QShortcut::activated, this, &ApiKeysPage::refresh);
}

ApiKeysPage::~ApiKeysPage()
{
    m_storedKey.fill(QChar(u'\0'));
}

// --- common -----------------------------------------------------------------------------------------------

void ApiKeysPage::beginBusy()
{
    if (m_busy++ == 0)
        emit busyChanged(true);
}

void ApiKeysPage::endBusy()
{
    if (m_busy > 0 && --m_busy == 0)
        emit busyChanged(false);
}

bool ApiKeysPage::handleAuthError(const ApiError& error)
{
    if (error.kind() == ApiError::Kind::TwoFactorRequired || error.kind() == ApiError::Kind::SessionExpired) {
        // Not a bad key: the account has 2FA on (docs/api/vast.md §2.3); the window's 2FA controller takes it from
        // here.
        emit twoFactorNeeded(error);
        return true;
    }
    if (error.kind() != ApiError::Kind::Auth)
        return false;
    showAuthBanner(error);
    emit credentialsRejected();
    return true;
}

void ApiKeysPage::showAuthBanner(const ApiError& error)
{
    m_ui->authBannerLabel->setText(tr("%1 Enter a valid key to carry on with \"%2\"; the account and its settings "
                                      "are kept.")
                                       .arg(error.userMessage(), accountLabel()));
    m_ui->authBanner->setVisible(true);
}

void ApiKeysPage::promptForNewKey()
{
    auto* dialog = new KeyEntryDialog(m_provider, m_context, KeyEntryDialog::Purpose::Rejected, this);
    dialog->setObjectName(QStringLiteral("keyEntryDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &KeyEntryDialog::busyChanged, this, [this](bool busy) { busy ? beginBusy() : endBusy(); });
    connect(dialog, &QDialog::accepted, this, [this] {
        m_ui->authBanner->setVisible(false);
        // A pasted key's id is unknown until the server lists it; forget the old one rather than mark a wrong key.
        setOwnKeyId({});
        emit statusMessage(tr("Keydeck checked the new key, stored it and uses it now."));
        refresh();
    });
    dialog->open();
}

QString ApiKeysPage::accountLabel() const
{
    if (m_context && m_context->accounts) {
        if (const auto account = m_context->accounts->find(m_context->accountId); account && !account->label.isEmpty())
            return account->label;
    }
    return m_provider->displayName();
}

QDate ApiKeysPage::keyExpiry() const
{
    if (m_context && m_context->accounts) {
        if (const auto account = m_context->accounts->find(m_context->accountId))
            return account->keyExpiry;
    }
    return {};
}

void ApiKeysPage::refresh()
{
    updateQuickReference();
    updateExpiry();
    if (m_provider->has(ConsoleProvider::Capability::ApiKeysManage))
        loadKeys();
    else
        loadStoredKey();
}

void ApiKeysPage::updateExpiry()
{
    const QDate today = QDate::currentDate();
    const QDate expiry = keyExpiry();
    const KeyExpiry::Level level = KeyExpiry::level(today, expiry);
    m_ui->expiryBanner->setVisible(level != KeyExpiry::Level::None);
    m_ui->expiryBannerLabel->setText(KeyExpiry::bannerText(level, today, expiry));
    setBannerStyle(m_ui->expiryBanner, level);
    m_notifier->setAccountLabel(accountLabel());
    m_notifier->setExpiry(expiry);
    if (!m_provider->has(ConsoleProvider::Capability::ApiKeysManage)) {
        m_ui->expiresValueLabel->setText(expiry.isValid() ? LocaleFormat::date(expiry, QLocale::LongFormat)
                                                          : tr("Unknown"));
        m_ui->daysLeftLabel->setText(expiry.isValid() ? KeyExpiry::daysLeftText(today, expiry) : QString());
        m_ui->daysLeftLabel->setStyleSheet(level == KeyExpiry::Level::None
                                               ? QStringLiteral("font-weight: bold;")
                                               : QStringLiteral("font-weight: bold; color: #c62828;"));
    }
}

void ApiKeysPage::setupQuickReference()
{
    // The grid sizes the label column from size hints that leave out the colon after a mnemonic label on some
    // styles (seen with Fusion offscreen); reserve the widest label's text instead.
    int labelWidth = 0;
    for (QLabel* label : {m_ui->baseUrlLabel, m_ui->authHeaderLabel, m_ui->contentTypeLabel, m_ui->curlLabel})
        labelWidth = std::max(labelWidth, label->fontMetrics().horizontalAdvance(label->text().remove(u'&')) + 8);
    m_ui->quickRefLayout->setColumnMinimumWidth(0, labelWidth);
    connect(m_ui->copyBaseUrlButton, &QPushButton::clicked, this,
            [this] { copyPublic(m_ui->baseUrlEdit->text(), tr("base URL")); });
    connect(m_ui->copyAuthHeaderButton, &QPushButton::clicked, this,
            [this] { copyPublic(m_ui->authHeaderEdit->text(), tr("auth header")); });
    connect(m_ui->copyContentTypeButton, &QPushButton::clicked, this,
            [this] { copyPublic(m_ui->contentTypeEdit->text(), tr("content type")); });
    connect(m_ui->copyCurlButton, &QPushButton::clicked, this,
            [this] { copyPublic(m_ui->curlEdit->toPlainText(), tr("curl example")); });
    updateQuickReference();
}

void ApiKeysPage::updateQuickReference()
{
    const bool vast = m_provider->providerId() == QLatin1String("vast");
    const QString variable = m_provider->info().apiKeyVariable;
    const QString base = m_provider->baseUrl().toString(QUrl::StripTrailingSlash);
    const QString path = vast ? QStringLiteral("/api/v0/users/current/") : QStringLiteral("/api/balance");
    m_ui->baseUrlEdit->setText(base);
    m_ui->authHeaderEdit->setText(QStringLiteral("Authorization: Bearer $%1").arg(variable));
    m_ui->contentTypeEdit->setText(QStringLiteral("application/json"));
    // The key comes from the environment at run time: the example never contains it (seeds: "Store API keys in
    // environment variables; never hardcode them").
    m_ui->curlEdit->setPlainText(QStringLiteral("curl -sS \\\n  -H \"Authorization: Bearer $%1\" \\\n  -H "
                                                "\"Content-Type: application/json\" \\\n  \"%2%3\"")
                                     .arg(variable, base, path));
    m_ui->curlEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->curlHintLabel->setText(
        tr("Set the key first, without it reaching your shell history: read -rs %1 && export %1").arg(variable));
}

void ApiKeysPage::copyPublic(const QString& text, const QString& what)
{
    if (!m_context || !m_context->clipboard)
        return;
    m_context->clipboard->copyPublic(text);
    emit statusMessage(tr("Copied the %1.").arg(what));
}

void ApiKeysPage::openRotationAssistant()
{
    ApiKeyInfo oldKey;
    if (m_model) {
        const int row = m_model->rowOf(ownKeyId());
        if (const ApiKeyInfo* key = m_model->keyAt(row))
            oldKey = *key;
    }
    auto* dialog = new RotationAssistantDialog(m_provider, m_context, oldKey, this);
    dialog->setObjectName(QStringLiteral("rotationAssistant"));
    if (m_model)
        dialog->setListedKeys(m_model->keys());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RotationAssistantDialog::busyChanged, this, [this](bool busy) { busy ? beginBusy() : endBusy(); });
    connect(dialog, &RotationAssistantDialog::keySwitched, this, [this](const QString& id) {
        if (m_model)
            setOwnKeyId(id);
        else
            clearKeyExpiry();
        m_ui->authBanner->setVisible(false);
    });
    connect(dialog, &RotationAssistantDialog::keysChanged, this, &ApiKeysPage::refresh);
    connect(dialog, &QDialog::finished, this, &ApiKeysPage::refresh);
    dialog->open();
}

// --- Vast.ai --------------------------------------------------------------------------------------------------

void ApiKeysPage::setupVast()
{
    m_ui->providerStack->setCurrentWidget(m_ui->vastPage);
    m_model = new ApiKeysModel(this);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("keysTable"));
    m_table->setAccessibleName(tr("API keys"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(ApiKeysModel::IdColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ApiKeysModel::NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ApiKeysModel::PermissionsColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ApiKeysModel::TeamColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ApiKeysModel::CreatedColumn, QHeaderView::ResizeToContents);
    m_ui->keysView->setContentWidget(m_table);
    m_model->setOwnKeyId(ownKeyId());

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ApiKeysPage::updateVastButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ApiKeysPage::updateVastButtons);
    connect(m_ui->keysView, &StatefulView::retryRequested, this, &ApiKeysPage::loadKeys);
    connect(m_ui->keysView, &StatefulView::emptyActionTriggered, this, &ApiKeysPage::createKey);
    connect(m_ui->createKeyButton, &QPushButton::clicked, this, &ApiKeysPage::createKey);
    connect(m_ui->deleteKeyButton, &QPushButton::clicked, this, &ApiKeysPage::deleteSelectedKey);
    connect(m_ui->resetKeyButton, &QPushButton::clicked, this, &ApiKeysPage::resetOwnKey);
    connect(m_ui->vastRotateButton, &QPushButton::clicked, this, &ApiKeysPage::openRotationAssistant);
    m_ui->resetKeyButton->setVisible(m_provider->has(ConsoleProvider::Capability::ApiKeyReset));

    auto* newShortcut = new QShortcut(QKeySequence::New, this);
    newShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(newShortcut, &QShortcut::activated, this, &ApiKeysPage::createKey);
    auto* deleteShortcut = new QShortcut(QKeySequence::Delete, m_table);
    deleteShortcut->setContext(Qt::WidgetShortcut);
    connect(deleteShortcut, &QShortcut::activated, this, &ApiKeysPage::deleteSelectedKey);
    m_ui->keysView->showLoading(tr("Loading API keys…"));
    updateVastButtons();
}

QString ApiKeysPage::ownKeyId() const
{
    if (m_context && m_context->accounts && m_context->accounts->find(m_context->accountId))
        return m_context->accounts->ownKeyId(m_context->accountId);
    return m_ownKeyId;
}

void ApiKeysPage::setOwnKeyId(const QString& id)
{
    // Kept with the account so it survives a restart and goes when the account is removed; the member only
    // serves a page without a registered account.
    m_ownKeyId = id;
    if (m_context && m_context->accounts)
        m_context->accounts->setOwnKeyId(m_context->accountId, id);
    if (m_model)
        m_model->setOwnKeyId(id);
    updateVastButtons();
}

const ApiKeyInfo* ApiKeysPage::selectedKey() const
{
    if (!m_table || !m_table->selectionModel())
        return nullptr;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->keyAt(rows.first().row());
}

void ApiKeysPage::updateVastButtons()
{
    if (!m_model)
        return;
    const bool idle = m_busy == 0;
    m_ui->deleteKeyButton->setEnabled(idle && selectedKey() != nullptr);
    m_ui->createKeyButton->setEnabled(idle);
    m_ui->resetKeyButton->setEnabled(idle);
}

void ApiKeysPage::loadKeys()
{
    m_ui->keysView->showLoading(tr("Loading API keys…"));
    beginBusy();
    m_provider->listApiKeys(this, [this](ApiResult<QList<ApiKeyInfo>> result) {
        endBusy();
        if (!result.ok()) {
            handleAuthError(result.error);
            m_ui->keysView->showError(tr("The API keys could not be loaded. %1").arg(result.error.userMessage()));
            emit statusMessage(result.error.userMessage());
            return;
        }
        showKeys(*result.value);
    });
}

void ApiKeysPage::showKeys(const QList<ApiKeyInfo>& keys)
{
    m_model->setOwnKeyId(ownKeyId());
    m_model->setKeys(keys);
    if (keys.isEmpty()) {
        m_ui->keysView->showEmpty(tr("No API keys"), tr("This account has no API keys that Keydeck can list."),
                                  tr("&New Key…"));
    } else {
        m_ui->keysView->showContent();
    }
    emit statusMessage(tr("%n API key(s).", nullptr, static_cast<int>(keys.size())));
    updateVastButtons();
}

void ApiKeysPage::createKey()
{
    if (!m_model || m_busy)
        return;
    auto* dialog = new CreateApiKeyDialog(m_provider, this);
    dialog->setObjectName(QStringLiteral("createApiKeyDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CreateApiKeyDialog::busyChanged, this, [this](bool busy) { busy ? beginBusy() : endBusy(); });
    dialog->setListedKeys(m_model->keys());
    connect(dialog, &CreateApiKeyDialog::keysRelisted, this, &ApiKeysPage::showKeys);
    connect(dialog, &CreateApiKeyDialog::keysChanged, this, &ApiKeysPage::loadKeys);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const CreatedApiKey created = dialog->takeCreatedKey();
        loadKeys();
        showNewKey(created);
    });
    dialog->open();
}

void ApiKeysPage::showNewKey(const CreatedApiKey& created)
{
    auto* dialog = new NewKeyDialog(created.key, NewKeyDialog::Origin::Created,
                                    m_context ? m_context->clipboard : nullptr, this);
    dialog->setObjectName(QStringLiteral("newKeyDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = created.id;
    connect(dialog, &NewKeyDialog::useKeyRequested, this, [this, dialog, id](const QString& key) {
        beginBusy();
        m_switcher->verifyAndAdopt(key, dialog, [this, dialog, id](const KeySwitcher::Outcome& outcome) {
            endBusy();
            if (outcome.ok() || outcome.step == KeySwitcher::Outcome::Step::Store) {
                setOwnKeyId(id);
                m_ui->authBanner->setVisible(false);
            }
            dialog->setUseResult(outcome.ok(),
                                 outcome.ok() ? tr("Keydeck checked this key, stored it and uses it "
                                                   "for this account from now on.")
                                              : outcome.message());
        });
    });
    dialog->open();
}

void ApiKeysPage::deleteSelectedKey()
{
    const ApiKeyInfo* key = selectedKey();
    if (!key || m_busy)
        return;
    const ApiKeyInfo target = *key;
    const QString name = target.name.isEmpty() ? tr("(unnamed)") : target.name;
    if (!MessageBox::confirm(this, tr("Delete API Key"),
                             tr("Delete the API key \"%1\" (ID %2)? Applications that use it stop working at once; "
                                "this cannot be undone.")
                                 .arg(name, target.id),
                             tr("&Delete"))) {
        return;
    }
    const bool own = !ownKeyId().isEmpty() && target.id == ownKeyId();
    if (own
        && !MessageBox::confirm(this, tr("Delete Keydeck's Own Key"),
                                tr("\"%1\" is the key Keydeck itself uses for \"%2\". Once it is deleted, Keydeck "
                                   "cannot reach %3 for this account: it will ask you for another key right away "
                                   "(create one first if you have none). The account stays in Keydeck.")
                                    .arg(name, accountLabel(), m_provider->displayName()),
                                tr("Delete Keydeck's &Key"))) {
        return;
    }
    beginBusy();
    updateVastButtons();
    emit statusMessage(tr("Deleting the API key \"%1\"…").arg(name));
    Reconcile::deleteApiKey(
        m_provider, target.id, own, this, [this, own, name](const Reconcile::ApiKeyDeleted& outcome) {
            endBusy();
            updateVastButtons();
            if (outcome.reread)
                showKeys(*outcome.reread);
            switch (outcome.state) {
            case Reconcile::State::Done:
                keyDeleted(own,
                           outcome.answerLost()
                               ? tr("The server's answer did not arrive, but the API key \"%1\" was deleted.").arg(name)
                               : tr("The API key \"%1\" was deleted.").arg(name),
                           outcome.reread.has_value());
                return;
            case Reconcile::State::AlreadyDone:
                keyDeleted(own, tr("The API key \"%1\" no longer exists on the server.").arg(name), true);
                return;
            case Reconcile::State::Unknown:
            case Reconcile::State::NotDone:
                break;
            }
            const bool lost = outcome.answerLost();
            const bool unknown = outcome.state == Reconcile::State::Unknown;
            handleAuthError(unknown ? outcome.rereadError : outcome.error);
            if ((unknown ? outcome.rereadError : outcome.error).kind() == ApiError::Kind::Auth)
                return;
            const QString title = unknown && lost
                ? tr("The server's answer did not arrive, and Keydeck could not check whether the API key \"%1\" was "
                     "deleted. Refresh the list before you try again.")
                      .arg(name)
                : lost
                ? tr("The server's answer did not arrive, and the API key \"%1\" was not deleted; you can try again.")
                      .arg(name)
                : tr("The API key \"%1\" was not deleted.").arg(name);
            // A re-read happened (or failed): the status bar says what it found.
            if (outcome.reread || unknown)
                emit statusMessage(title);
            const QString details = unknown ? (lost ? outcome.rereadError : outcome.error).userMessage()
                : lost                      ? QString()
                                            : outcome.error.userMessage();
            MessageBox::warning(this, tr("Delete API Key"), title, details);
        });
}

void ApiKeysPage::keyDeleted(bool own, const QString& message, bool listShown)
{
    emit statusMessage(message);
    if (own) {
        setOwnKeyId({});
        // The user chose this and is asked for a key right away: no window-wide alarm (credentialsRejected).
        showAuthBanner(ApiError::make(ApiError::Kind::Auth, 401));
        promptForNewKey();
        return;
    }
    checkOwnKeyAfterDelete(listShown);
}

void ApiKeysPage::checkOwnKeyAfterDelete(bool listShown)
{
    // Without the own key's id the deleted key may have been Keydeck's: a live call tells (401 → banner).
    beginBusy();
    m_provider->verifyKey(this, [this, listShown](ApiResult<void> result) {
        endBusy();
        if (!result.ok() && handleAuthError(result.error) && result.error.kind() == ApiError::Kind::Auth) {
            m_ui->keysView->showError(tr("Keydeck's key no longer works. Enter a new key to see this account's keys."),
                                      false);
            return;
        }
        if (!listShown)
            loadKeys();
    });
}

void ApiKeysPage::resetOwnKey()
{
    if (m_busy)
        return;
    if (!MessageBox::confirm(this, tr("Reset Keydeck's API Key"),
                             tr("Reset the API key Keydeck uses for \"%1\"? The old key stops working at once, "
                                "everywhere it is used: there is no overlap.")
                                 .arg(accountLabel()),
                             tr("&Reset Key"),
                             tr("Keydeck then stores the new key in the keychain, checks it with a live call and "
                                "carries on with it. The new key is shown once so you can update your other "
                                "applications."))) {
        return;
    }
    beginBusy();
    updateVastButtons();
    emit statusMessage(tr("Resetting the API key…"));
    Reconcile::resetApiKey(m_provider, this, [this](const Reconcile::ApiKeyReset& result) {
        if (!result.value) {
            endBusy();
            updateVastButtons();
            resetWithoutNewKey(result);
            return;
        }
        const QString key = result.value->key;
        // The provider already uses the new key (the old one is dead); store it before anything else can fail.
        m_switcher->storeAndVerify(key, this, [this, key](const KeySwitcher::Outcome& outcome) {
            endBusy();
            updateVastButtons();
            auto* dialog
                = new NewKeyDialog(key, NewKeyDialog::Origin::Reset, m_context ? m_context->clipboard : nullptr, this);
            dialog->setObjectName(QStringLiteral("newKeyDialog"));
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setStatus(outcome.ok()
                                  ? tr("Stored in the keychain and checked with %1.").arg(m_provider->displayName())
                                  : outcome.message(),
                              !outcome.ok());
            dialog->open();
            emit statusMessage(outcome.ok() ? tr("The API key was reset; Keydeck uses the new key.")
                                            : outcome.message());
            if (outcome.step == KeySwitcher::Outcome::Step::Verify)
                handleAuthError(outcome.apiError);
            loadKeys();
        });
    });
}

void ApiKeysPage::resetWithoutNewKey(const Reconcile::ApiKeyReset& result)
{
    if (result.state == Reconcile::State::Done) {
        // The old key is dead and the new one was lost with the answer (docs/api/vast.md §3.1): say so, and ask
        // for a key rather than report "not reset".
        const QString message = tr("The API key was reset, but the server's answer with the new key did not "
                                   "arrive. The old key no longer works: create a key in the console and enter it.");
        emit statusMessage(message);
        MessageBox::warning(this, tr("Reset API Key"), tr("The new API key was lost."), message);
        showAuthBanner(ApiError::make(ApiError::Kind::Auth, 401));
        promptForNewKey();
        return;
    }
    const ApiError& error = result.state == Reconcile::State::Unknown ? result.rereadError : result.error;
    handleAuthError(error);
    if (error.kind() == ApiError::Kind::Auth)
        return;
    const QString title = result.state == Reconcile::State::Unknown
        ? tr("The server's answer did not arrive, and Keydeck could not check whether the API key was reset.")
        : result.answerLost() ? tr("The server's answer did not arrive, and the API key was not reset; Keydeck "
                                   "still uses it.")
                              : tr("The API key was not reset.");
    MessageBox::warning(this, tr("Reset API Key"), title, error.userMessage());
}

// --- Spheron AI -----------------------------------------------------------------------------------------------

void ApiKeysPage::setupSpheron()
{
    m_ui->providerStack->setCurrentWidget(m_ui->spheronPage);
    m_ui->keyValueLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->keyStatusLabel->setVisible(false);
    connect(m_ui->revealButton, &QPushButton::toggled, this, &ApiKeysPage::showStoredKey);
    connect(m_ui->copyKeyButton, &QPushButton::clicked, this, &ApiKeysPage::copyStoredKey);
    connect(m_ui->setExpiryButton, &QPushButton::clicked, this, &ApiKeysPage::editExpiry);
    connect(m_ui->testKeyButton, &QPushButton::clicked, this, &ApiKeysPage::testKey);
    connect(m_ui->revokeButton, &QPushButton::clicked, this, &ApiKeysPage::revokeKey);
    connect(m_ui->generateKeyButton, &QPushButton::clicked, this, &ApiKeysPage::generateKey);
    connect(m_ui->spheronRotateButton, &QPushButton::clicked, this, &ApiKeysPage::openRotationAssistant);
    auto* copyShortcut = new QShortcut(QKeySequence::Copy, m_ui->activeKeyGroup);
    copyShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(copyShortcut, &QShortcut::activated, this, &ApiKeysPage::copyStoredKey);
    showStoredKey();
}

void ApiKeysPage::loadStoredKey()
{
    beginBusy();
    m_switcher->readStoredKey(this, [this](const SecretError& error, const QString& key) {
        endBusy();
        m_storedKey.fill(QChar(u'\0'));
        m_storedKey = error.isOk() ? key : QString();
        m_hasStoredKey = error.isOk() && !key.isEmpty();
        // A status from an earlier key (e.g. "the key works") must not stay next to a different or no key.
        m_ui->keyStatusLabel->setStyleSheet({});
        m_ui->keyStatusLabel->setText(m_hasStoredKey ? QString()
                                                     : tr("Generate a key in the %1 console, then paste it here with "
                                                          "Generate New Key.")
                                                           .arg(m_provider->displayName()));
        m_ui->keyStatusLabel->setVisible(!m_hasStoredKey);
        showStoredKey();
        if (!error.isOk() && error.kind() != SecretError::Kind::NotFound) {
            m_ui->keyStatusLabel->setText(tr("The stored key could not be read. %1").arg(error.message()));
            m_ui->keyStatusLabel->setVisible(true);
        }
    });
}

void ApiKeysPage::showStoredKey()
{
    m_ui->keyValueLabel->setFont(m_hasStoredKey ? QFontDatabase::systemFont(QFontDatabase::FixedFont) : font());
    if (!m_hasStoredKey) {
        m_ui->keyValueLabel->setText(tr("No key stored for this account"));
        m_ui->revealButton->setChecked(false);
    } else {
        m_ui->keyValueLabel->setText(m_ui->revealButton->isChecked() ? m_storedKey : KeyMask::mask(m_storedKey));
    }
    m_ui->revealButton->setText(m_ui->revealButton->isChecked() ? tr("&Hide") : tr("Re&veal"));
    for (QWidget* w : {static_cast<QWidget*>(m_ui->revealButton), static_cast<QWidget*>(m_ui->copyKeyButton),
                       static_cast<QWidget*>(m_ui->testKeyButton), static_cast<QWidget*>(m_ui->revokeButton),
                       static_cast<QWidget*>(m_ui->spheronRotateButton)}) {
        w->setEnabled(m_hasStoredKey);
    }
}

void ApiKeysPage::copyStoredKey()
{
    if (!m_hasStoredKey || !m_context || !m_context->clipboard)
        return;
    m_context->clipboard->copySecret(m_storedKey);
    emit statusMessage(tr("Copied the API key. The clipboard is cleared automatically."));
}

void ApiKeysPage::testKey()
{
    m_ui->testKeyButton->setEnabled(false);
    m_ui->keyStatusLabel->setText(tr("Testing the key…"));
    m_ui->keyStatusLabel->setStyleSheet({});
    m_ui->keyStatusLabel->setVisible(true);
    beginBusy();
    m_provider->verifyKey(this, [this](ApiResult<void> result) {
        endBusy();
        m_ui->testKeyButton->setEnabled(m_hasStoredKey);
        if (result.ok()) {
            m_ui->authBanner->setVisible(false);
            m_ui->keyStatusLabel->setText(tr("The key works: %1 accepted it.").arg(m_provider->displayName()));
            m_ui->keyStatusLabel->setStyleSheet(QStringLiteral("color: #2e7d32;"));
        } else {
            handleAuthError(result.error);
            m_ui->keyStatusLabel->setText(tr("The key test failed. %1").arg(result.error.userMessage()));
            m_ui->keyStatusLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
        }
    });
}

void ApiKeysPage::revokeKey()
{
    // Spheron has no key API (docs/api/spheron.md §3): revoking happens in the console; Keydeck only forgets its copy.
    const QUrl console = ConsoleLinks::apiKeysPage(m_provider);
    UrlOpener::open(console);
    if (!MessageBox::confirm(this, tr("Revoke API Key"),
                             tr("Keydeck opened the console's API page (%1). Revoke the key there. Should Keydeck "
                                "also forget its copy of the key for \"%2\"?")
                                 .arg(console.toString(), accountLabel()),
                             tr("&Forget the Key"),
                             tr("The account stays in Keydeck; use Generate New Key to enter a new key later."))) {
        return;
    }
    beginBusy();
    m_switcher->forget(this, [this](const KeySwitcher::Outcome& outcome) {
        endBusy();
        if (!outcome.ok()) {
            MessageBox::warning(this, tr("Revoke API Key"), tr("Keydeck could not forget the key."), outcome.message());
            return;
        }
        clearKeyExpiry();
        emit statusMessage(tr("Keydeck forgot the API key of \"%1\".").arg(accountLabel()));
        refresh();
    });
}

void ApiKeysPage::generateKey()
{
    UrlOpener::open(ConsoleLinks::apiKeysPage(m_provider));
    auto* dialog = new KeyEntryDialog(m_provider, m_context, KeyEntryDialog::Purpose::Replace, this);
    dialog->setObjectName(QStringLiteral("keyEntryDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &KeyEntryDialog::busyChanged, this, [this](bool busy) { busy ? beginBusy() : endBusy(); });
    connect(dialog, &QDialog::accepted, this, [this] {
        m_ui->authBanner->setVisible(false);
        clearKeyExpiry();
        emit statusMessage(tr("Keydeck uses the new key. Set its expiry date so Keydeck can warn you in time."));
        refresh();
    });
    dialog->open();
}

void ApiKeysPage::clearKeyExpiry()
{
    // A user-entered expiry belongs to the key it was read for; a new key starts as "unknown".
    if (!m_context || !m_context->accounts)
        return;
    if (auto account = m_context->accounts->find(m_context->accountId); account && account->keyExpiry.isValid()) {
        account->keyExpiry = {};
        m_context->accounts->update(*account);
    }
}

void ApiKeysPage::editExpiry()
{
    auto* dialog = new ExpiryDialog(keyExpiry(), this);
    dialog->setObjectName(QStringLiteral("expiryDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!m_context || !m_context->accounts)
            return;
        auto account = m_context->accounts->find(m_context->accountId);
        if (!account)
            return;
        account->keyExpiry = dialog->expiry();
        m_context->accounts->update(*account);
        updateExpiry();
    });
    dialog->open();
}
