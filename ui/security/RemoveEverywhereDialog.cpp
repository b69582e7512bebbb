#include "RemoveEverywhereDialog.h"
#include "ui_RemoveEverywhereDialog.h"

#include "EverywhereText.h"
#include "pages/sshkeys/SshKeyUi.h"
#include "security/FingerprintInput.h"
#include "widgets/MessageBox.h"
#include "widgets/PlainText.h"

#include <QCloseEvent>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidgetItem>

namespace {

enum Column { AccountColumn, KeyColumn, ResultColumn };

/** The result's stable name on each row (RemoveEverywhere's), for tests and accessibility tools. */
constexpr int ResultNameRole = Qt::UserRole;

} // namespace

RemoveEverywhereDialog::RemoveEverywhereDialog(const QList<Security::AccountTarget>& accounts, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RemoveEverywhereDialog>())
    , m_accounts(accounts)
    , m_engine(new Security::RemoveEverywhere(this))
{
    m_ui->setupUi(this);
    for (const Security::AccountTarget& target : accounts)
        m_labels.insert(target.account.id, target.account.label);
    m_removeButton = m_ui->buttonBox->addButton(tr("&Remove Everywhere…"), QDialogButtonBox::AcceptRole);
    m_removeButton->setObjectName(QStringLiteral("removeButton"));
    m_retryButton = m_ui->buttonBox->addButton(tr("Re&try Failed"), QDialogButtonBox::ActionRole);
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    m_closeButton = m_ui->buttonBox->button(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_closeButton->setText(tr("&Close"));
    // The buttons act themselves: AcceptRole would close the dialog before anything is removed.
    disconnect(m_ui->buttonBox, nullptr, this, nullptr);
    connect(m_removeButton, &QPushButton::clicked, this, &RemoveEverywhereDialog::confirmAndRemove);
    connect(m_retryButton, &QPushButton::clicked, this, &RemoveEverywhereDialog::retry);
    connect(m_closeButton, &QPushButton::clicked, this, &RemoveEverywhereDialog::reject);
    connect(m_ui->searchButton, &QPushButton::clicked, this, &RemoveEverywhereDialog::search);

    const QList<LocalKey> local = EverywhereText::usableLocalKeys();
    for (const LocalKey& key : local) {
        m_ui->localKeyCombo->addItem(EverywhereText::localKeyLabel(key), key.key.fingerprint());
        // The fingerprint, at the end, is cut in a narrow window.
        m_ui->localKeyCombo->setItemData(m_ui->localKeyCombo->count() - 1,
                                         PlainText::toolTip(EverywhereText::localKeyLabel(key)), Qt::ToolTipRole);
    }
    if (local.isEmpty()) {
        m_ui->localKeyCombo->addItem(tr("No public keys in ~/.ssh"));
        m_ui->localKeyRadio->setEnabled(false);
        m_ui->localKeyCombo->setEnabled(false);
        m_ui->fingerprintRadio->setChecked(true);
    }
    connect(m_ui->localKeyCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_ui->localKeyRadio->setChecked(true);
        keyChoiceChanged();
    });
    connect(m_ui->fingerprintEdit, &QLineEdit::textEdited, this, [this] {
        m_ui->fingerprintRadio->setChecked(true);
        keyChoiceChanged();
    });
    connect(m_ui->localKeyRadio, &QRadioButton::toggled, this, &RemoveEverywhereDialog::keyChoiceChanged);

    QHeaderView* header = m_ui->placesView->header();
    header->setSectionResizeMode(AccountColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(KeyColumn, QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);

    connect(m_engine, &Security::RemoveEverywhere::planned, this, &RemoveEverywhereDialog::showPlan);
    connect(m_engine, &Security::RemoveEverywhere::placeFinished, this, &RemoveEverywhereDialog::showOutcome);
    connect(m_engine, &Security::RemoveEverywhere::finished, this, &RemoveEverywhereDialog::showSummary);
    setStage(Stage::Choosing);
    revalidate();
}

RemoveEverywhereDialog::~RemoveEverywhereDialog() = default;

void RemoveEverywhereDialog::setNotIncluded(const QStringList& accountLabels)
{
    m_ui->explanationLabel->setText(m_ui->explanationLabel->text().section(QLatin1Char('\n'), 0, 0));
    const QString note = EverywhereText::notIncluded(accountLabels);
    if (!note.isEmpty())
        m_ui->explanationLabel->setText(m_ui->explanationLabel->text() + QLatin1Char('\n') + note);
}

void RemoveEverywhereDialog::searchFingerprint(const QString& fingerprint)
{
    m_ui->fingerprintRadio->setChecked(true);
    m_ui->fingerprintEdit->setText(fingerprint);
    m_ui->fingerprintEdit->setCursorPosition(0); // "SHA256:…" first, as the SSH Keys tab shows it
    keyChoiceChanged();
    if (m_ui->searchButton->isEnabled())
        search();
}

bool RemoveEverywhereDialog::isWorking() const
{
    return m_stage == Stage::Searching || m_stage == Stage::Removing;
}

QString RemoveEverywhereDialog::accountLabel(const QString& accountId) const
{
    return m_labels.value(accountId);
}

QString RemoveEverywhereDialog::chosenFingerprint() const
{
    if (m_ui->localKeyRadio->isChecked())
        return m_ui->localKeyCombo->currentData().toString();
    const auto input = Security::FingerprintInput::read(m_ui->fingerprintEdit->text());
    return input.status == Security::FingerprintInput::Status::Valid ? input.fingerprint : QString();
}

void RemoveEverywhereDialog::keyChoiceChanged()
{
    // Another key: what was found (or removed) for the previous one no longer applies to the choice shown.
    if (m_stage == Stage::Planned || m_stage == Stage::Done) {
        m_ui->placesView->clear();
        m_rows.clear();
        m_ui->failuresLabel->clear();
        m_ui->statusLabel->clear();
        setStage(Stage::Choosing);
    }
    revalidate();
}

void RemoveEverywhereDialog::revalidate()
{
    QString error;
    if (m_ui->fingerprintRadio->isChecked()) {
        using Status = Security::FingerprintInput::Status;
        switch (Security::FingerprintInput::read(m_ui->fingerprintEdit->text()).status) {
        case Status::Valid:
        case Status::Empty:
            break;
        case Status::Md5:
            error = tr("This is an MD5 fingerprint. Keydeck compares SHA256 fingerprints: enter the one that starts "
                       "with “SHA256:”, as the SSH Keys tab and ssh-keygen -l show it.");
            break;
        case Status::Malformed:
            error = tr("This is not a SHA256 fingerprint. It starts with “SHA256:” followed by 43 letters, digits, "
                       "“+” or “/”, as the SSH Keys tab and ssh-keygen -l show it.");
            break;
        }
    }
    SshKeyUi::showMessage(m_ui->keyErrorLabel, error, SshKeyUi::Tone::Error);
    m_ui->searchButton->setEnabled(!isWorking() && !chosenFingerprint().isEmpty());
}

void RemoveEverywhereDialog::search()
{
    const QString fingerprint = chosenFingerprint();
    if (fingerprint.isEmpty() || !m_engine->plan(fingerprint, m_accounts))
        return;
    m_ui->placesView->clear();
    m_rows.clear();
    m_ui->failuresLabel->clear();
    m_ui->statusLabel->setText(tr("Looking in %n account(s)…", nullptr, int(m_accounts.size())));
    setStage(Stage::Searching);
}

void RemoveEverywhereDialog::showPlan(const Security::RemovalPlan& plan)
{
    // The choice changed while Keydeck looked: the places found are another key's.
    if (plan.fingerprint != chosenFingerprint()) {
        m_ui->statusLabel->clear();
        setStage(Stage::Choosing);
        return;
    }
    for (const Security::KeyPlace& place : plan.places) {
        auto* item = new QTreeWidgetItem(m_ui->placesView);
        item->setText(AccountColumn, EverywhereText::placeName(accountLabel(place.accountId), place.teamName));
        // A key with neither a name nor a comment: its id is what its console and API call it by.
        item->setText(KeyColumn, place.keyName.isEmpty() ? tr("ID %1").arg(place.keyId) : place.keyName);
        Security::PlaceRemoval pending;
        pending.place = place;
        item->setText(ResultColumn, EverywhereText::removalResult(pending));
        item->setData(ResultColumn, ResultNameRole, Security::removalResultName(pending.result));
        m_rows.append(item);
    }
    m_ui->failuresLabel->setText(EverywhereText::listingFailures(plan.listingFailures, m_labels, false));
    QString status;
    if (plan.places.isEmpty())
        status = plan.listingFailures.isEmpty() ? tr("The key is not registered in any account.")
                                                : tr("The key is not registered in any list Keydeck could read.");
    else
        status = tr("The key is registered in %n place(s).", nullptr, int(plan.places.size()));
    if (plan.uncheckedKeys > 0)
        status += QLatin1Char(' ')
            + tr("%n registered key(s) could not be compared: their text is missing or unreadable.", nullptr,
                 plan.uncheckedKeys);
    m_ui->statusLabel->setText(status);
    setStage(Stage::Planned);
}

void RemoveEverywhereDialog::confirmAndRemove()
{
    const Security::RemovalPlan plan = m_engine->currentPlan();
    if (m_stage != Stage::Planned || plan.places.isEmpty())
        return;
    QStringList where;
    for (const QTreeWidgetItem* row : std::as_const(m_rows))
        where << row->text(AccountColumn) + QStringLiteral(": ") + row->text(KeyColumn);
    const QString question
        = tr("Remove the key %1 from %n place(s)?", nullptr, int(plan.places.size())).arg(plan.fingerprint);
    const QString details
        = tr("Machines created from now on will not accept it; machines already running may still accept it "
             "until they are recreated.")
        + QStringLiteral("\n\n") + where.join(QLatin1Char('\n'));
    if (!MessageBox::confirm(this, tr("Remove a Key Everywhere"), question, tr("&Remove"), details))
        return;
    if (!m_engine->execute(plan))
        return;
    m_finishedPlaces = 0;
    m_ui->progressBar->setRange(0, int(plan.places.size()));
    m_ui->progressBar->setValue(0);
    showRunning();
    m_ui->statusLabel->setText(tr("Removing the key from %n place(s)…", nullptr, int(plan.places.size())));
    setStage(Stage::Removing);
}

void RemoveEverywhereDialog::retry()
{
    const int retryable = m_engine->summary().retryable();
    if (m_stage != Stage::Done || !m_engine->retryFailed())
        return;
    m_finishedPlaces = 0;
    m_ui->progressBar->setRange(0, retryable);
    m_ui->progressBar->setValue(0);
    showRunning();
    m_retrying = true;
    m_ui->statusLabel->setText(tr("Trying %n place(s) again…", nullptr, retryable));
    setStage(Stage::Removing);
}

void RemoveEverywhereDialog::showRunning()
{
    for (const Security::PlaceRemoval& outcome : m_engine->summary().places) {
        if (outcome.result == Security::RemovalResult::Pending)
            showOutcome(outcome);
    }
}

void RemoveEverywhereDialog::showOutcome(const Security::PlaceRemoval& outcome)
{
    const int index = int(m_engine->currentPlan().places.indexOf(outcome.place));
    if (index < 0 || index >= m_rows.size())
        return;
    QTreeWidgetItem* item = m_rows.at(index);
    // Pending here means being removed now (execute() and retryFailed() report only finished places).
    Security::PlaceRemoval shown = outcome;
    if (shown.result == Security::RemovalResult::Pending)
        shown.attempts = std::max(shown.attempts, 1);
    item->setText(ResultColumn, EverywhereText::removalResult(shown));
    item->setToolTip(ResultColumn, PlainText::toolTip(item->text(ResultColumn)));
    item->setData(ResultColumn, ResultNameRole, Security::removalResultName(outcome.result));
    if (outcome.result == Security::RemovalResult::Removed)
        m_removedSomething = true;
    if (outcome.result != Security::RemovalResult::Pending && m_stage == Stage::Removing)
        m_ui->progressBar->setValue(++m_finishedPlaces);
}

void RemoveEverywhereDialog::showSummary(const Security::RemovalSummary& summary)
{
    const int gone
        = summary.count(Security::RemovalResult::Removed) + summary.count(Security::RemovalResult::AlreadyGone);
    QString text = tr("The key is gone from %n place(s).", nullptr, gone);
    if (summary.retryable() > 0)
        text += QLatin1Char(' ')
            + tr("%n place(s) may still have it: Retry tries them again.", nullptr, summary.retryable());
    m_ui->statusLabel->setText(text);
    setStage(Stage::Done);
}

void RemoveEverywhereDialog::setStage(Stage stage)
{
    m_stage = stage;
    const bool working = isWorking();
    m_ui->progressBar->setVisible(working);
    if (stage == Stage::Searching)
        m_ui->progressBar->setRange(0, 0);
    const bool removing = stage == Stage::Removing;
    m_ui->localKeyRadio->setEnabled(!removing && m_ui->localKeyCombo->currentData().isValid());
    m_ui->localKeyCombo->setEnabled(!removing && m_ui->localKeyCombo->currentData().isValid());
    m_ui->fingerprintRadio->setEnabled(!removing);
    m_ui->fingerprintEdit->setEnabled(!removing);
    m_removeButton->setEnabled(stage == Stage::Planned && !m_rows.isEmpty());
    const Security::RemovalSummary& summary = m_engine->summary();
    const bool retryable = stage == Stage::Done && summary.retryable() > 0;
    if (stage != Stage::Removing)
        m_retrying = false;
    m_retryButton->setVisible(summary.planId == m_engine->currentPlan().id && (retryable || m_retrying));
    m_retryButton->setEnabled(retryable);
    m_closeButton->setEnabled(!removing);
    revalidate();
    // Enter does the next step: search, then remove, then retry or close.
    QPushButton* next = m_ui->searchButton;
    if (m_removeButton->isEnabled())
        next = m_removeButton;
    else if (retryable)
        next = m_retryButton;
    else if (stage == Stage::Done)
        next = m_closeButton;
    for (QPushButton* button : {m_ui->searchButton, m_removeButton, m_retryButton, m_closeButton})
        button->setDefault(button == next);
    // A button that went off took the focus to the list; Enter and Space belong to the next step.
    const QWidget* focus = focusWidget();
    if ((stage == Stage::Planned || stage == Stage::Done)
        && (!focus || !focus->isEnabled() || focus == m_ui->placesView))
        next->setFocus();
}

void RemoveEverywhereDialog::reject()
{
    // A removal under way ends with every account's answer; closing now would leave its summary half-said.
    if (m_stage == Stage::Removing) {
        m_ui->statusLabel->setText(tr("Keydeck is still removing the key. The window can be closed once every "
                                      "account has answered."));
        return;
    }
    QDialog::reject();
}

void RemoveEverywhereDialog::closeEvent(QCloseEvent* event)
{
    if (m_stage == Stage::Removing) {
        event->ignore();
        reject();
        return;
    }
    QDialog::closeEvent(event);
}
