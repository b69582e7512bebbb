#include "pages/apikeys/VastKeysPanel.h"
#include "ui_VastKeysPanel.h"

#include "UiContext.h"
#include "core/RequestTracker.h"
#include "pages/apikeys/ApiKeysModel.h"
#include "pages/apikeys/CreateApiKeyDialog.h"
#include "pages/apikeys/KeySwitcher.h"
#include "pages/apikeys/NewKeyDialog.h"
#include "providers/ConsoleProvider.h"
#include "secrets/AccountsRegistry.h"
#include "widgets/ItemViews.h"
#include "widgets/ListHeader.h"
#include "widgets/MessageBox.h"

#include <QHeaderView>
#include <QShortcut>
#include <QTableView>

#include <utility>

VastKeysPanel::VastKeysPanel(ConsoleProvider* provider, UiContext* context, RequestTracker* requests, QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::VastKeysPanel)
    , m_provider(provider)
    , m_context(context)
    , m_requests(requests)
    , m_switcher(new KeySwitcher(provider, context, this))
    , m_model(new ApiKeysModel(this))
    , m_table(new QTableView)
{
    m_ui->setupUi(this);
    m_table->setObjectName(QStringLiteral("keysTable"));
    m_table->setAccessibleName(tr("API keys"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    ListHeader::uniformRows(m_table);
    ListHeader::styleTitle(m_ui->titleLabel);
    ListHeader::styleCountChip(m_ui->countChip);
    QHeaderView* header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ApiKeysModel::IdColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ApiKeysModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ApiKeysModel::PermissionsColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ApiKeysModel::TeamColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ApiKeysModel::CreatedColumn, QHeaderView::ResizeToContents);
    m_ui->keysView->setContentWidget(m_table);
    ListHeader::bindCountChip(m_ui->countChip, m_ui->keysView);
    ItemViews::tabBetweenControls(this);
    m_model->setOwnKeyId(ownKeyId());

    connect(m_requests, &RequestTracker::busyChanged, this, &VastKeysPanel::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &VastKeysPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &VastKeysPanel::updateButtons);
    connect(m_ui->keysView, &StatefulView::retryRequested, this, &VastKeysPanel::loadKeys);
    connect(m_ui->keysView, &StatefulView::emptyActionTriggered, this, &VastKeysPanel::createKey);
    connect(m_ui->createKeyButton, &QPushButton::clicked, this, &VastKeysPanel::createKey);
    connect(m_ui->deleteKeyButton, &QPushButton::clicked, this, &VastKeysPanel::deleteSelectedKey);
    connect(m_ui->resetKeyButton, &QPushButton::clicked, this, &VastKeysPanel::resetOwnKey);
    connect(m_ui->vastRotateButton, &QPushButton::clicked, this, &VastKeysPanel::rotationRequested);
    m_ui->resetKeyButton->setVisible(m_provider->has(ConsoleProvider::Capability::ApiKeyReset));

    auto* deleteShortcut = new QShortcut(QKeySequence::Delete, m_table);
    deleteShortcut->setContext(Qt::WidgetShortcut);
    connect(deleteShortcut, &QShortcut::activated, this, &VastKeysPanel::deleteSelectedKey);
    m_ui->keysView->showLoading(tr("Loading API keys…"));
    updateButtons();
}

VastKeysPanel::~VastKeysPanel() = default;

QString VastKeysPanel::ownKeyId() const
{
    if (m_context && m_context->accounts && m_context->accounts->find(m_context->accountId))
        return m_context->accounts->ownKeyId(m_context->accountId);
    return m_ownKeyId;
}

void VastKeysPanel::setOwnKeyId(const QString& id)
{
    // Kept with the account so it survives a restart and goes when the account is removed; the member only
    // serves a panel without a registered account.
    m_ownKeyId = id;
    if (m_context && m_context->accounts)
        m_context->accounts->setOwnKeyId(m_context->accountId, id);
    m_model->setOwnKeyId(id);
    updateButtons();
}

ApiKeyInfo VastKeysPanel::ownKey() const
{
    const ApiKeyInfo* key = m_model->keyAt(m_model->rowOf(ownKeyId()));
    return key ? *key : ApiKeyInfo();
}

QList<ApiKeyInfo> VastKeysPanel::keys() const
{
    return m_model->keys();
}

const ApiKeyInfo* VastKeysPanel::selectedKey() const
{
    if (!m_table->selectionModel())
        return nullptr;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->keyAt(rows.first().row());
}

void VastKeysPanel::updateButtons()
{
    const bool idle = !m_requests->isBusy();
    m_ui->deleteKeyButton->setEnabled(idle && selectedKey() != nullptr);
    m_ui->createKeyButton->setEnabled(idle);
    m_ui->resetKeyButton->setEnabled(idle);
}

void VastKeysPanel::loadKeysInBackground()
{
    const StatefulView::State state = m_ui->keysView->state();
    m_nextLoadMode
        = RefreshRule::backgroundMode(state == StatefulView::State::Content || state == StatefulView::State::Empty);
    loadKeys();
}

void VastKeysPanel::loadKeys()
{
    m_loadMode = std::exchange(m_nextLoadMode, RefreshRule::Mode::Asked);
    if (RefreshRule::showsLoadingState(m_loadMode))
        m_ui->keysView->showLoading(tr("Loading API keys…"));
    // F5 while a list loads: the older answer would overwrite the newer one; the newer call replaces it.
    QObject* r = m_requests->replacing(QStringLiteral("list"));
    m_provider->listApiKeys(r, m_requests->done(r, [this](ApiResult<QList<ApiKeyInfo>> result) {
        if (!result.ok() && RefreshRule::keepsDataOnFailure(m_loadMode)) {
            emit apiError(result.error); // a rejected key still leads to entering a new one
            emit statusMessage(tr("The API keys could not be refreshed: %1 The list shows them as loaded before.")
                                   .arg(result.error.userMessage()));
            return;
        }
        if (!result.ok()) {
            emit apiError(result.error);
            m_ui->keysView->showLoadError(result.error, tr("The API keys could not be loaded."));
            emit statusMessage(result.error.userMessage());
            return;
        }
        m_ui->keysView->setUnreadableItems(result.unreadableItems);
        showKeys(*result.value);
    }));
}

void VastKeysPanel::showKeys(const QList<ApiKeyInfo>& keys)
{
    m_model->setOwnKeyId(ownKeyId());
    m_model->setKeys(keys);
    m_ui->countChip->setText(tr("%n API key(s)", nullptr, int(keys.size())));
    if (keys.isEmpty()) {
        m_ui->keysView->showEmpty(tr("No API keys"), tr("This account has no API keys that Keydeck can list."),
                                  tr("&New Key…"));
    } else {
        m_ui->keysView->showContent();
    }
    emit statusNote(tr("%n API key(s).", nullptr, static_cast<int>(keys.size())));
    updateButtons();
}

void VastKeysPanel::createKey()
{
    if (m_requests->isBusy())
        return;
    auto* dialog = new CreateApiKeyDialog(m_provider, this);
    dialog->setObjectName(QStringLiteral("createApiKeyDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CreateApiKeyDialog::busyChanged, m_requests, &RequestTracker::hold);
    dialog->setListedKeys(m_model->keys());
    connect(dialog, &CreateApiKeyDialog::keysRelisted, this, &VastKeysPanel::showKeys);
    connect(dialog, &CreateApiKeyDialog::keysChanged, this, &VastKeysPanel::loadKeys);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const CreatedApiKey created = dialog->takeCreatedKey();
        loadKeys();
        showNewKey(created);
    });
    dialog->open();
}

NewKeyDialog* VastKeysPanel::showNewKey(const CreatedApiKey& created)
{
    auto* dialog = new NewKeyDialog(created.key, NewKeyDialog::Origin::Created,
                                    m_context ? m_context->clipboard : nullptr, this);
    dialog->setObjectName(QStringLiteral("newKeyDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = created.id;
    connect(dialog, &NewKeyDialog::useKeyRequested, this, [this, dialog, id](const QString& key) {
        // Closing the dialog abandons the check, as before: KeySwitcher adopts nothing for a call that went away.
        QObject* r = m_requests->replacing(QStringLiteral("useKey"));
        connect(dialog, &QObject::destroyed, r, [this] { m_requests->cancel(QStringLiteral("useKey")); });
        const QPointer<NewKeyDialog> shown = dialog;
        m_switcher->verifyAndAdopt(key, r, m_requests->done(r, [this, shown, id](const KeySwitcher::Outcome& outcome) {
            if (outcome.ok() || outcome.step == KeySwitcher::Outcome::Step::Store) {
                setOwnKeyId(id);
                emit keyAccepted();
            }
            if (!shown)
                return;
            shown->setUseResult(outcome.ok(),
                                outcome.ok() ? tr("Keydeck checked this key, stored it and uses it "
                                                  "for this account from now on.")
                                             : outcome.message());
        }));
    });
    dialog->open();
    return dialog;
}

void VastKeysPanel::deleteSelectedKey()
{
    const ApiKeyInfo* key = selectedKey();
    if (!key || m_requests->isBusy())
        return;
    const ApiKeyInfo target = *key;
    const QString name = target.name.isEmpty() ? tr("(unnamed)") : target.name;
    if (!MessageBox::confirm(this, tr("Delete API Key"),
                             tr("Delete the API key “%1” (ID %2)? Applications that use it stop working at once; "
                                "this cannot be undone.")
                                 .arg(name, target.id),
                             tr("&Delete"))) {
        return;
    }
    const bool own = !ownKeyId().isEmpty() && target.id == ownKeyId();
    if (own
        && !MessageBox::confirm(this, tr("Delete Keydeck's Own Key"),
                                tr("“%1” is the key Keydeck itself uses for “%2”. Once it is deleted, Keydeck "
                                   "cannot reach %3 for this account: it will ask you for another key right away "
                                   "(create one first if you have none). The account stays in Keydeck.")
                                    .arg(name, m_switcher->accountLabel(), m_provider->displayName()),
                                tr("Delete Keydeck's &Key"))) {
        return;
    }
    QObject* r = m_requests->start();
    emit statusMessage(tr("Deleting the API key “%1”…").arg(name));
    Reconcile::deleteApiKey(m_provider, target.id, own, r,
                            m_requests->done(r, [this, own, name](const Reconcile::ApiKeyDeleted& outcome) {
                                deleted(own, name, outcome);
                            }));
}

void VastKeysPanel::deleted(bool own, const QString& name, const Reconcile::ApiKeyDeleted& outcome)
{
    if (outcome.reread)
        showKeys(*outcome.reread);
    switch (outcome.state) {
    case Reconcile::State::Done:
        keyDeleted(own,
                   outcome.answerLost()
                       ? tr("No readable answer came back from the server, but the API key “%1” was deleted.").arg(name)
                       : tr("The API key “%1” was deleted.").arg(name),
                   outcome.reread.has_value());
        return;
    case Reconcile::State::AlreadyDone:
        keyDeleted(own, tr("The API key “%1” no longer exists on the server.").arg(name), true);
        return;
    case Reconcile::State::Unknown:
    case Reconcile::State::NotDone:
        break;
    }
    const bool lost = outcome.answerLost();
    const bool unknown = outcome.state == Reconcile::State::Unknown;
    const ApiError& error = unknown ? outcome.rereadError : outcome.error;
    emit apiError(error);
    if (error.kind() == ApiError::Kind::Auth)
        return;
    const QString title = unknown && lost
        ? tr("No readable answer came back from the server, and Keydeck could not check whether the API key “%1” was "
             "deleted. Refresh the list before you try again.")
              .arg(name)
        : lost
        ? tr("No readable answer came back from the server, and the API key “%1” was not deleted; you can try again.")
              .arg(name)
        : tr("The API key “%1” was not deleted.").arg(name);
    // A re-read happened (or failed): the status bar says what it found.
    if (outcome.reread || unknown)
        emit statusMessage(title);
    const QString details = unknown ? (lost ? outcome.rereadError : outcome.error).userMessage()
        : lost                      ? QString()
                                    : outcome.error.userMessage();
    MessageBox::warning(this, tr("Delete API Key"), title, details);
}

void VastKeysPanel::keyDeleted(bool own, const QString& message, bool listShown)
{
    emit statusMessage(message);
    if (own) {
        setOwnKeyId({});
        // The user chose this and is asked for a key right away: no window-wide alarm (credentialsRejected).
        emit keyLost();
        return;
    }
    checkOwnKeyAfterDelete(listShown);
}

void VastKeysPanel::checkOwnKeyAfterDelete(bool listShown)
{
    // Without the own key's id the deleted key may have been Keydeck's: a live call tells (401 → banner).
    QObject* r = m_requests->start();
    m_provider->verifyKey(r, m_requests->done(r, [this, listShown](ApiResult<void> result) {
        if (!result.ok())
            emit apiError(result.error);
        if (!result.ok() && result.error.kind() == ApiError::Kind::Auth) {
            m_ui->keysView->showError(tr("Keydeck's key no longer works. Enter a new key to see this account's keys."),
                                      false);
            return;
        }
        if (!listShown)
            loadKeys();
    }));
}

void VastKeysPanel::resetOwnKey()
{
    if (m_requests->isBusy())
        return;
    if (!MessageBox::confirm(this, tr("Reset Keydeck's API Key"),
                             tr("Reset the API key Keydeck uses for “%1”? The old key stops working at once, "
                                "everywhere it is used: there is no overlap.")
                                 .arg(m_switcher->accountLabel()),
                             tr("&Reset Key"),
                             tr("Keydeck then stores the new key in the keychain, checks it with a live call and "
                                "carries on with it. The new key is shown once so you can update your other "
                                "applications."))) {
        return;
    }
    // One request from the reset to the check of the new key: the tab stays busy throughout.
    QObject* r = m_requests->start();
    emit statusMessage(tr("Resetting the API key…"));
    Reconcile::resetApiKey(m_provider, r, [this, r](const Reconcile::ApiKeyReset& result) {
        if (result.state == Reconcile::State::Done && result.replaced == Reconcile::ResetKey::Own
            && !result.newKey().isEmpty()) {
            adoptResetKey(result.newKey(), r);
            return;
        }
        m_requests->finish(r);
        resetWithoutNewKey(result);
    });
}

void VastKeysPanel::adoptResetKey(const QString& key, QObject* request)
{
    // Keydeck's old key is dead (Reconcile tried it): store the new one before anything else can fail, then check it.
    m_switcher->storeAndVerify(
        key, request, m_requests->done(request, [this, key](const KeySwitcher::Outcome& outcome) {
            NewKeyDialog* dialog = showResetKey(key, NewKeyDialog::Origin::Reset);
            if (outcome.step == KeySwitcher::Outcome::Step::Done || outcome.step == KeySwitcher::Outcome::Step::Verify)
                dialog->markSaved(); // in the keychain: closing the dialog loses nothing
            dialog->setStatus(outcome.ok()
                                  ? tr("Stored in the keychain and checked with %1.").arg(m_provider->displayName())
                                  : outcome.message(),
                              !outcome.ok());
            emit statusMessage(outcome.ok()
                                   ? tr("The API key was reset; Keydeck stored the new key, checked it and uses it.")
                                   : outcome.message());
            if (outcome.step == KeySwitcher::Outcome::Step::Verify)
                emit apiError(outcome.apiError);
            loadKeys();
        }));
}

NewKeyDialog* VastKeysPanel::showResetKey(const QString& key, NewKeyDialog::Origin origin)
{
    auto* dialog = new NewKeyDialog(key, origin, m_context ? m_context->clipboard : nullptr, this);
    dialog->setObjectName(QStringLiteral("newKeyDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void VastKeysPanel::resetWithoutNewKey(const Reconcile::ApiKeyReset& result)
{
    const QString title = tr("Reset API Key");
    if (result.state == Reconcile::State::Done && result.replaced == Reconcile::ResetKey::Other) {
        // Keydeck's key still works, so the key that changed is another one, most likely the account's main key
        // (docs/api/vast-endpoints.md §3.1): never adopt it silently, whatever it may do.
        const QString message = tr("The server reset a key, but not the one Keydeck uses: Keydeck's key still works "
                                   "and Keydeck keeps using it. The key that changed is most likely the account's "
                                   "main key; update the applications that use it.");
        emit statusMessage(message);
        if (!result.newKey().isEmpty()) {
            showResetKey(result.newKey(), NewKeyDialog::Origin::OtherKeyReset)->setStatus(message, false);
        } else {
            MessageBox::warning(
                this, title, message,
                tr("The server did not send the new key: the %1 console shows it.").arg(m_provider->displayName()));
        }
        loadKeys();
        return;
    }
    if (result.state == Reconcile::State::Done) {
        // Keydeck's key is dead and its successor did not arrive (the server sent none, or the answer was lost): the
        // user copies it from the console; the stored old key stays until a pasted one works.
        const QString message = result.answerLost()
            ? tr("The API key was reset, but the server's answer with the new key did not arrive. The old key no "
                 "longer works: copy the new key from the %1 console and enter it.")
                  .arg(m_provider->displayName())
            : tr("The API key was reset, but the server did not send the new key. The old key no longer works: copy "
                 "the new key from the %1 console and enter it.")
                  .arg(m_provider->displayName());
        emit statusMessage(message);
        emit resetKeyMissing(message);
        return;
    }
    const ApiError& error = result.state == Reconcile::State::Unknown ? result.rereadError : result.error;
    if (result.state == Reconcile::State::Unknown && !result.newKey().isEmpty()) {
        // The answer carried a key but Keydeck could not tell whose: show it (it is shown once) and let the user
        // choose whether Keydeck uses it.
        const QString message = tr("The server sent a new key, but Keydeck could not check whether its own key was "
                                   "the one reset. %1")
                                    .arg(error.userMessage());
        emit statusMessage(message);
        showNewKey(CreatedApiKey {QString(), result.newKey()})->setStatus(message, true);
        return;
    }
    emit apiError(error);
    if (error.kind() == ApiError::Kind::Auth)
        return;
    const QString text = result.state == Reconcile::State::Unknown
        ? tr("No readable answer came back from the server, and Keydeck could not check whether the API key was reset.")
        : result.answerLost()
        ? tr("No readable answer came back from the server, and the API key was not reset; Keydeck "
             "still uses it.")
        : tr("The API key was not reset; Keydeck still uses it.");
    emit statusMessage(text);
    MessageBox::warning(this, title, text, error.userMessage());
}
