#include "pages/apikeys/CreateApiKeyDialog.h"
#include "ui_CreateApiKeyDialog.h"

#include "core/RequestTracker.h"
#include "pages/apikeys/ApiKeyPermissions.h"
#include "pages/apikeys/LostKeyRecovery.h"
#include "providers/ConsoleProvider.h"
#include "providers/Reconcile.h"
#include "widgets/TextTone.h"

#include <QApplication>
#include <QCheckBox>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QPushButton>

namespace {

using ApiKeyPermissions::Preset;

QString prettyJson(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed();
}

} // namespace

CreateApiKeyDialog::CreateApiKeyDialog(ConsoleProvider* provider, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::CreateApiKeyDialog)
    , m_provider(provider)
    , m_requests(new RequestTracker(this))
{
    m_ui->setupUi(this);
    connect(m_requests, &RequestTracker::busyChanged, this, &CreateApiKeyDialog::showBusy);
    connect(m_requests, &RequestTracker::busyChanged, this, &CreateApiKeyDialog::busyChanged);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Create Key"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("createButton"));

    for (const Preset preset : {Preset::FullAccess, Preset::ReadOnly, Preset::SshKeysOnly, Preset::Custom})
        m_ui->presetCombo->addItem(ApiKeyPermissions::presetLabel(preset), static_cast<int>(preset));

    // The checkboxes follow ApiKeyPermissions::categories(), so they are built here rather than in the .ui file.
    const QStringList categories = ApiKeyPermissions::categories();
    QWidget* previous = m_ui->presetCombo;
    for (int i = 0; i < categories.size(); ++i) {
        auto* check = new QCheckBox(ApiKeyPermissions::categoryLabel(categories.at(i)), m_ui->categoriesGroup);
        check->setObjectName(categories.at(i) + QStringLiteral("Check"));
        check->setToolTip(categories.at(i));
        m_ui->categoriesLayout->addWidget(check, i / 2, i % 2);
        m_categoryChecks.insert(categories.at(i), check);
        connect(check, &QCheckBox::toggled, this, &CreateApiKeyDialog::onCategoryToggled);
        setTabOrder(previous, check);
        previous = check;
    }
    setTabOrder(previous, m_ui->advancedCheck);

    m_ui->jsonEdit->setVisible(false);
    // Room for a permissions object with a few categories when the editor shows.
    m_ui->jsonEdit->setMinimumHeight(m_ui->jsonEdit->fontMetrics().lineSpacing() * 8);
    m_ui->messageLabel->setVisible(false);
    connect(m_ui->presetCombo, &QComboBox::activated, this, &CreateApiKeyDialog::applyPreset);
    connect(m_ui->advancedCheck, &QCheckBox::toggled, this, &CreateApiKeyDialog::onAdvancedToggled);
    connect(m_ui->jsonEdit, &QPlainTextEdit::textChanged, this, &CreateApiKeyDialog::onJsonEdited);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CreateApiKeyDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // The console creates full-access keys by default (docs/api/vast.md §4); so does this dialog. So that nobody makes
    // one unawares, the scope is spelt out beside Create Key, and Return in the name field moves on to the permissions
    // until the user has been there (issue 18 item 5).
    m_ui->presetCombo->setCurrentIndex(0);
    applyPreset(0);
    m_ui->nameEdit->installEventFilter(this);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        if (now
            && (now == m_ui->presetCombo || now == m_ui->advancedCheck || now == m_ui->jsonEdit
                || m_ui->categoriesGroup->isAncestorOf(now))) {
            m_scopeSeen = true;
        }
    });
    connect(m_ui->presetCombo, &QComboBox::activated, this, [this] { m_scopeSeen = true; });
    adjustSize();
}

bool CreateApiKeyDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->nameEdit && event->type() == QEvent::KeyPress && !m_scopeSeen) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier) {
            m_ui->presetCombo->setFocus(Qt::TabFocusReason);
            m_scopeSeen = true;
            showMessage(tr("Check the permissions first: %1 Press Return again to create the key.")
                            .arg(m_ui->scopeSummaryLabel->text()),
                        false);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CreateApiKeyDialog::updateScopeSummary()
{
    const auto parsed = permissions();
    m_ui->scopeSummaryLabel->setText(parsed ? ApiKeyPermissions::scopeSummary(*parsed) : QString());
}

CreateApiKeyDialog::~CreateApiKeyDialog()
{
    m_created.key.fill(QChar(u'\0'));
}

QStringList CreateApiKeyDialog::checkedCategories() const
{
    QStringList result;
    for (auto it = m_categoryChecks.cbegin(); it != m_categoryChecks.cend(); ++it) {
        if (it.value()->isChecked())
            result.append(it.key());
    }
    return result;
}

void CreateApiKeyDialog::applyPreset(int index)
{
    const auto preset = static_cast<Preset>(m_ui->presetCombo->itemData(index).toInt());
    if (preset == Preset::Custom)
        return;
    const QStringList wanted = ApiKeyPermissions::presetCategories(preset);
    m_updating = true;
    for (auto it = m_categoryChecks.cbegin(); it != m_categoryChecks.cend(); ++it)
        it.value()->setChecked(wanted.contains(it.key()));
    m_ui->jsonEdit->setPlainText(prettyJson(ApiKeyPermissions::fromCategories(wanted)));
    m_updating = false;
    onJsonEdited();
}

void CreateApiKeyDialog::syncPresetFromCategories()
{
    const Preset preset = ApiKeyPermissions::presetOf(ApiKeyPermissions::fromCategories(checkedCategories()));
    m_ui->presetCombo->setCurrentIndex(m_ui->presetCombo->findData(static_cast<int>(preset)));
}

void CreateApiKeyDialog::onCategoryToggled()
{
    if (m_updating)
        return;
    m_updating = true;
    m_ui->jsonEdit->setPlainText(prettyJson(ApiKeyPermissions::fromCategories(checkedCategories())));
    m_updating = false;
    syncPresetFromCategories();
    onJsonEdited();
}

void CreateApiKeyDialog::onAdvancedToggled(bool advanced)
{
    m_ui->jsonEdit->setVisible(advanced);
    // The JSON editor takes the free height when shown; otherwise the space goes below the form, not above the
    // permissions (issue 18 item 22).
    m_ui->bottomSpacer->changeSize(0, 0, QSizePolicy::Minimum, advanced ? QSizePolicy::Fixed : QSizePolicy::Expanding);
    m_ui->mainLayout->invalidate();
    m_ui->categoriesGroup->setEnabled(!advanced);
    m_ui->presetCombo->setEnabled(!advanced);
    if (advanced)
        m_ui->jsonEdit->setFocus();
    onJsonEdited();
}

void CreateApiKeyDialog::onJsonEdited()
{
    QString error;
    const auto parsed = permissions(&error);
    if (!parsed) {
        showMessage(error, true);
    } else {
        showMessage({}, false);
        if (m_ui->advancedCheck->isChecked() && !m_updating) {
            // Mirror the JSON in the checkboxes so switching back shows what will be sent.
            m_updating = true;
            const QStringList have = ApiKeyPermissions::categoriesOf(*parsed);
            for (auto it = m_categoryChecks.cbegin(); it != m_categoryChecks.cend(); ++it)
                it.value()->setChecked(have.contains(it.key()));
            m_ui->presetCombo->setCurrentIndex(
                m_ui->presetCombo->findData(static_cast<int>(ApiKeyPermissions::presetOf(*parsed))));
            m_updating = false;
        }
    }
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(parsed.has_value() && !m_requests->isBusy());
    updateScopeSummary();
}

std::optional<QJsonObject> CreateApiKeyDialog::permissions(QString* error) const
{
    if (m_ui->advancedCheck->isChecked())
        return ApiKeyPermissions::parse(m_ui->jsonEdit->toPlainText(), error);
    const QStringList checked = checkedCategories();
    if (checked.isEmpty()) {
        if (error)
            *error = tr("Choose at least one category: a key without permissions cannot do anything.");
        return std::nullopt;
    }
    return ApiKeyPermissions::fromCategories(checked);
}

void CreateApiKeyDialog::showMessage(const QString& text, bool error)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
    m_ui->messageLabel->setStyleSheet(error ? TextTone::styleSheet(m_ui->messageLabel, TextTone::Tone::Error)
                                            : QString());
}

void CreateApiKeyDialog::showBusy(bool busy)
{
    m_ui->nameEdit->setEnabled(!busy);
    m_ui->presetCombo->setEnabled(!busy && !m_ui->advancedCheck->isChecked());
    m_ui->categoriesGroup->setEnabled(!busy && !m_ui->advancedCheck->isChecked());
    m_ui->advancedCheck->setEnabled(!busy);
    m_ui->jsonEdit->setReadOnly(busy);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(busy ? tr("Creating…") : tr("&Create Key"));
}

void CreateApiKeyDialog::accept()
{
    if (m_requests->isBusy() || !m_provider)
        return;
    QString error;
    const auto perms = permissions(&error);
    if (!perms) {
        showMessage(error, true);
        return;
    }
    // One request until the outcome is known, including the re-list after a lost answer (LostKeyRecovery).
    QObject* r = m_requests->start();
    showMessage(tr("Creating the key…"), false);
    const QString name = m_ui->nameEdit->text().trimmed();
    Reconcile::createApiKey(
        m_provider, name, *perms, m_listedKeys, r, [this, r, name](const Reconcile::ApiKeyCreated& outcome) {
            if (outcome.answerLost()) {
                recoverLostAnswer(r, name, outcome);
                return;
            }
            m_requests->finish(r);
            if (!outcome.ok()) {
                // The name and permissions stay as typed so the user can fix them and try again.
                showMessage(tr("The key was not created. %1").arg(outcome.error.userMessage()), true);
                return;
            }
            m_created = *outcome.value;
            QDialog::accept();
        });
}

void CreateApiKeyDialog::done(int result)
{
    m_requests->cancelAll();
    QDialog::done(result);
}

void CreateApiKeyDialog::setListedKeys(const QList<ApiKeyInfo>& keys)
{
    m_listedKeys = keys;
}

void CreateApiKeyDialog::recoverLostAnswer(QObject* request, const QString& name,
                                           const Reconcile::ApiKeyCreated& created)
{
    LostKeyRecovery::settle(
        m_provider, name, created, this, m_requests->done(request, [this](const LostKeyRecovery::Outcome& outcome) {
            // What the user typed stays: after "not created" or a deletion, Create makes the key afresh.
            showMessage(outcome.message, outcome.finding != LostKeyRecovery::Finding::CreatedAndDeleted);
            if (outcome.keys) {
                m_listedKeys = *outcome.keys;
                emit keysRelisted(*outcome.keys);
            }
            if (outcome.deletedAfterListing)
                emit keysChanged();
        }));
}

CreatedApiKey CreateApiKeyDialog::takeCreatedKey()
{
    CreatedApiKey created = m_created;
    m_created.key.fill(QChar(u'\0'));
    m_created = {};
    return created;
}
