#include "AddEverywhereDialog.h"
#include "ui_AddEverywhereDialog.h"

#include "EverywhereText.h"
#include "widgets/PlainText.h"

#include <QCloseEvent>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidgetItem>

namespace {

enum Column { AccountColumn, ResultColumn };

/** The result's stable name on each row (AddEverywhere's), for tests and accessibility tools. */
constexpr int ResultNameRole = Qt::UserRole;

QString rowKey(const QString& accountId, const QString& teamId)
{
    return accountId + QLatin1Char('\n') + teamId;
}

} // namespace

AddEverywhereDialog::AddEverywhereDialog(const QList<Security::AccountTarget>& accounts, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AddEverywhereDialog>())
    , m_accounts(accounts)
    , m_localKeys(EverywhereText::usableLocalKeys())
    , m_engine(new Security::AddEverywhere(this))
{
    m_ui->setupUi(this);
    for (const Security::AccountTarget& target : accounts)
        m_labels.insert(target.account.id, target.account.label);
    m_addButton = m_ui->buttonBox->addButton(tr("&Add Where Missing"), QDialogButtonBox::AcceptRole);
    m_addButton->setObjectName(QStringLiteral("addButton"));
    m_retryButton = m_ui->buttonBox->addButton(tr("Re&try Failed"), QDialogButtonBox::ActionRole);
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    m_closeButton = m_ui->buttonBox->button(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_closeButton->setText(tr("&Close"));
    // The buttons act themselves: AcceptRole would close the dialog before anything is added.
    disconnect(m_ui->buttonBox, nullptr, this, nullptr);
    connect(m_addButton, &QPushButton::clicked, this, &AddEverywhereDialog::add);
    connect(m_retryButton, &QPushButton::clicked, this, &AddEverywhereDialog::retry);
    connect(m_closeButton, &QPushButton::clicked, this, &AddEverywhereDialog::reject);
    connect(m_ui->searchButton, &QPushButton::clicked, this, &AddEverywhereDialog::search);

    for (const LocalKey& key : std::as_const(m_localKeys)) {
        m_ui->localKeyCombo->addItem(EverywhereText::localKeyLabel(key));
        // The fingerprint, at the end, is cut in a narrow window.
        m_ui->localKeyCombo->setItemData(m_ui->localKeyCombo->count() - 1,
                                         PlainText::toolTip(EverywhereText::localKeyLabel(key)), Qt::ToolTipRole);
    }
    if (m_localKeys.isEmpty()) {
        m_ui->localKeyCombo->addItem(tr("No public keys in ~/.ssh"));
        m_ui->statusLabel->setText(tr("There is no public key in ~/.ssh. Generate one on the SSH Keys tab first."));
    }
    connect(m_ui->localKeyCombo, &QComboBox::currentIndexChanged, this, &AddEverywhereDialog::keyChoiceChanged);
    connect(m_ui->nameEdit, &QLineEdit::textEdited, this, [this] { m_nameTouched = true; });

    QHeaderView* header = m_ui->placesView->header();
    header->setSectionResizeMode(AccountColumn, QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);

    connect(m_engine, &Security::AddEverywhere::planned, this, &AddEverywhereDialog::showPlan);
    connect(m_engine, &Security::AddEverywhere::targetFinished, this, &AddEverywhereDialog::showOutcome);
    connect(m_engine, &Security::AddEverywhere::finished, this, &AddEverywhereDialog::showSummary);
    keyChoiceChanged();
}

AddEverywhereDialog::~AddEverywhereDialog() = default;

void AddEverywhereDialog::setNotIncluded(const QStringList& accountLabels)
{
    m_ui->explanationLabel->setText(m_ui->explanationLabel->text().section(QLatin1Char('\n'), 0, 0));
    const QString note = EverywhereText::notIncluded(accountLabels);
    if (!note.isEmpty())
        m_ui->explanationLabel->setText(m_ui->explanationLabel->text() + QLatin1Char('\n') + note);
}

bool AddEverywhereDialog::isWorking() const
{
    return m_stage == Stage::Searching || m_stage == Stage::Adding;
}

void AddEverywhereDialog::keyChoiceChanged()
{
    const int index = m_ui->localKeyCombo->currentIndex();
    if (!m_nameTouched && index >= 0 && index < m_localKeys.size()) {
        const LocalKey& key = m_localKeys.at(index);
        m_ui->nameEdit->setText(Security::AddEverywhere::defaultName(key.key.authorizedKeysLine(), key.path));
    }
    // Another key: what was found (or added) for the previous one no longer applies to the choice shown.
    m_ui->placesView->clear();
    m_rows.clear();
    m_ui->failuresLabel->clear();
    if (!m_localKeys.isEmpty())
        m_ui->statusLabel->clear();
    setStage(Stage::Choosing);
}

void AddEverywhereDialog::search()
{
    const int index = m_ui->localKeyCombo->currentIndex();
    if (index < 0 || index >= m_localKeys.size())
        return;
    const LocalKey& key = m_localKeys.at(index);
    if (!m_engine->plan(key.key.authorizedKeysLine(), key.path, m_accounts))
        return;
    m_ui->placesView->clear();
    m_rows.clear();
    m_ui->failuresLabel->clear();
    m_ui->statusLabel->setText(tr("Looking in %n account(s)…", nullptr, int(m_accounts.size())));
    setStage(Stage::Searching);
}

QTreeWidgetItem* AddEverywhereDialog::addRow(const QString& accountId, const QString& teamId, const QString& teamName)
{
    auto* item = new QTreeWidgetItem(m_ui->placesView);
    item->setText(AccountColumn, EverywhereText::placeName(m_labels.value(accountId), teamName));
    m_rows.insert(rowKey(accountId, teamId), item);
    return item;
}

void AddEverywhereDialog::showPlan(const Security::AdditionPlan& plan)
{
    if (!plan.keyError.isEmpty()) {
        m_ui->statusLabel->setText(plan.keyError);
        setStage(Stage::Choosing);
        return;
    }
    // The choice changed while Keydeck looked: what was found is another key's.
    const int index = m_ui->localKeyCombo->currentIndex();
    if (index < 0 || index >= m_localKeys.size() || plan.fingerprint != m_localKeys.at(index).key.fingerprint()) {
        m_ui->statusLabel->clear();
        setStage(Stage::Choosing);
        return;
    }
    // In the accounts' order: where it is missing and where it is there already.
    for (const Security::AccountTarget& account : std::as_const(m_accounts)) {
        for (const Security::KeyPlace& place : plan.present) {
            if (place.accountId != account.account.id || m_rows.contains(rowKey(place.accountId, place.teamId)))
                continue;
            Security::TargetAddition there;
            there.target = {place.accountId, place.teamId, place.teamName};
            there.result = Security::AdditionResult::AlreadyThere;
            addRow(place.accountId, place.teamId, place.teamName);
            showOutcome(there);
        }
        for (const Security::KeyTarget& target : plan.missing) {
            if (target.accountId != account.account.id)
                continue;
            Security::TargetAddition missing;
            missing.target = target;
            addRow(target.accountId, target.teamId, target.teamName);
            showOutcome(missing);
        }
    }
    m_ui->failuresLabel->setText(EverywhereText::listingFailures(plan.listingFailures, m_labels, true));
    QString status;
    if (plan.missing.isEmpty())
        status = plan.listingFailures.isEmpty() ? tr("The key is registered in every account already.")
                                                : tr("The key is registered in every list Keydeck could read.");
    else
        status = tr("The key is missing in %n place(s).", nullptr, int(plan.missing.size()));
    m_ui->statusLabel->setText(status);
    setStage(Stage::Planned);
}

void AddEverywhereDialog::add()
{
    if (m_stage != Stage::Planned)
        return;
    Security::AdditionPlan plan = m_engine->currentPlan();
    plan.name = m_ui->nameEdit->text().trimmed();
    if (!m_engine->execute(plan))
        return;
    m_finishedTargets = 0;
    m_ui->progressBar->setRange(0, int(plan.missing.size()));
    m_ui->progressBar->setValue(0);
    showRunning();
    m_ui->statusLabel->setText(tr("Adding the key in %n place(s)…", nullptr, int(plan.missing.size())));
    setStage(Stage::Adding);
}

void AddEverywhereDialog::retry()
{
    const int retryable = m_engine->summary().retryable();
    if (m_stage != Stage::Done || !m_engine->retryFailed())
        return;
    m_finishedTargets = 0;
    m_ui->progressBar->setRange(0, retryable);
    m_ui->progressBar->setValue(0);
    showRunning();
    m_retrying = true;
    m_ui->statusLabel->setText(tr("Trying %n place(s) again…", nullptr, retryable));
    setStage(Stage::Adding);
}

void AddEverywhereDialog::showRunning()
{
    for (const Security::TargetAddition& outcome : m_engine->summary().targets) {
        if (outcome.result != Security::AdditionResult::Pending)
            continue;
        Security::TargetAddition shown = outcome;
        shown.uploads = std::max(shown.uploads, 1);
        showOutcome(shown);
    }
}

void AddEverywhereDialog::showOutcome(const Security::TargetAddition& outcome)
{
    QTreeWidgetItem* item = m_rows.value(rowKey(outcome.target.accountId, outcome.target.teamId));
    if (!item)
        return;
    QString text = EverywhereText::additionResult(outcome);
    if (outcome.result == Security::AdditionResult::AlreadyThere && !outcome.key.name.isEmpty())
        text = tr("Already there, as “%1”").arg(outcome.key.name);
    item->setText(ResultColumn, text);
    item->setToolTip(ResultColumn, PlainText::toolTip(text));
    item->setData(ResultColumn, ResultNameRole, Security::additionResultName(outcome.result));
    if (outcome.result == Security::AdditionResult::Added)
        m_addedSomething = true;
    if (outcome.result != Security::AdditionResult::Pending && m_stage == Stage::Adding)
        m_ui->progressBar->setValue(++m_finishedTargets);
}

void AddEverywhereDialog::showSummary(const Security::AdditionSummary& summary)
{
    const int there
        = summary.count(Security::AdditionResult::Added) + summary.count(Security::AdditionResult::AlreadyThere);
    QString text = tr("The key is registered in %n place(s).", nullptr, there);
    if (summary.retryable() > 0)
        text += QLatin1Char(' ')
            + tr("%n place(s) may still lack it: Retry looks there and adds it only where it is missing.", nullptr,
                 summary.retryable());
    m_ui->statusLabel->setText(text);
    setStage(Stage::Done);
}

void AddEverywhereDialog::setStage(Stage stage)
{
    m_stage = stage;
    const bool working = isWorking();
    const bool adding = stage == Stage::Adding;
    m_ui->progressBar->setVisible(working);
    if (stage == Stage::Searching)
        m_ui->progressBar->setRange(0, 0);
    const bool haveKeys = !m_localKeys.isEmpty();
    m_ui->localKeyCombo->setEnabled(haveKeys && !adding);
    m_ui->nameEdit->setEnabled(haveKeys && !adding && stage != Stage::Done);
    m_ui->searchButton->setEnabled(haveKeys && !working);
    m_addButton->setEnabled(stage == Stage::Planned && !m_engine->currentPlan().missing.isEmpty());
    const Security::AdditionSummary& summary = m_engine->summary();
    const bool retryable = stage == Stage::Done && summary.retryable() > 0;
    if (!adding)
        m_retrying = false;
    m_retryButton->setVisible(summary.planId == m_engine->currentPlan().id && (retryable || m_retrying));
    m_retryButton->setEnabled(retryable);
    m_closeButton->setEnabled(!adding);
    // Enter does the next step: search, then add, then retry or close.
    QPushButton* next = m_ui->searchButton;
    if (m_addButton->isEnabled())
        next = m_addButton;
    else if (retryable)
        next = m_retryButton;
    else if (stage == Stage::Done)
        next = m_closeButton;
    for (QPushButton* button : {m_ui->searchButton, m_addButton, m_retryButton, m_closeButton})
        button->setDefault(button == next);
    // A button that went off took the focus to the list; Enter and Space belong to the next step.
    const QWidget* focus = focusWidget();
    if ((stage == Stage::Planned || stage == Stage::Done)
        && (!focus || !focus->isEnabled() || focus == m_ui->placesView))
        next->setFocus();
}

void AddEverywhereDialog::reject()
{
    // An upload under way ends with every account's answer; closing now would leave its summary half-said.
    if (m_stage == Stage::Adding) {
        m_ui->statusLabel->setText(
            tr("Keydeck is still adding the key. The window can be closed once every account has answered."));
        return;
    }
    QDialog::reject();
}

void AddEverywhereDialog::closeEvent(QCloseEvent* event)
{
    if (m_stage == Stage::Adding) {
        event->ignore();
        reject();
        return;
    }
    QDialog::closeEvent(event);
}
