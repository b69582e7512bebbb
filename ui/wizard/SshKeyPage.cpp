#include "wizard/SshKeyPage.h"

#include "ssh/KeyFiles.h"
#include "ui_SshKeyPage.h"

SshKeyPage::SshKeyPage(QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::SshKeyPage>())
{
    m_ui->setupUi(this);
    // Indent the controls under the choice they belong to.
    m_ui->localLayout->setContentsMargins(24, 0, 0, 0);
    m_ui->generateForm->setContentsMargins(24, 0, 0, 0);
    m_ui->sshStatusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QRadioButton* radio : {m_ui->useLocalRadio, m_ui->generateRadio, m_ui->skipRadio}) {
        connect(radio, &QRadioButton::toggled, this, &SshKeyPage::inputChanged);
        // clicked() is the user's own choice (toggled() also fires for ours): the scan must not override it.
        connect(radio, &QRadioButton::clicked, this, [this] { m_userChose = true; });
    }
    for (QLineEdit* edit : {m_ui->keyNameEdit, m_ui->passphraseEdit, m_ui->repeatEdit})
        connect(edit, &QLineEdit::textChanged, this, &SshKeyPage::inputChanged);
    connect(m_ui->localKeyCombo, &QComboBox::currentIndexChanged, this, &SshKeyPage::inputChanged);
    m_ui->skipRadio->setChecked(true);
    showLoading(QString());
}

SshKeyPage::~SshKeyPage()
{
    m_ui->passphraseEdit->clear();
    m_ui->repeatEdit->clear();
}

void SshKeyPage::showLoading(const QString& text)
{
    m_busy = true;
    m_done = false;
    m_ui->sshStatusLabel->setText(text);
    m_ui->sshProgressBar->setVisible(true);
    m_ui->useLocalRadio->setEnabled(false);
    m_ui->localKeyCombo->setEnabled(false);
    emit completeChanged();
}

void SshKeyPage::setLocalKeys(const QStringList& labels, const QString& note, int select)
{
    m_busy = false;
    m_ui->sshProgressBar->setVisible(false);
    m_ui->sshStatusLabel->clear();
    const QSignalBlocker blocker(m_ui->localKeyCombo);
    m_ui->localKeyCombo->clear();
    m_ui->localKeyCombo->addItems(labels);
    m_ui->localKeyCombo->setCurrentIndex(labels.isEmpty() ? -1 : qBound(0, select, int(labels.size()) - 1));
    m_ui->localNoteLabel->setText(note);
    m_ui->localNoteLabel->setVisible(!note.isEmpty());
    m_ui->useLocalRadio->setEnabled(!labels.isEmpty());
    // Preselect the likely answer, unless the user already chose while the keys were being looked up; Skip
    // stays one click away and nothing happens before Next.
    const bool keepUserChoice = m_userChose && !(choice() == Choice::UseLocal && labels.isEmpty());
    if (!keepUserChoice)
        setChoice(labels.isEmpty() ? Choice::Generate : Choice::UseLocal);
    inputChanged();
}

void SshKeyPage::setDefaultKeyName(const QString& name)
{
    m_ui->keyNameEdit->setText(name);
}

SshKeyPage::Choice SshKeyPage::choice() const
{
    if (m_ui->useLocalRadio->isChecked())
        return Choice::UseLocal;
    if (m_ui->generateRadio->isChecked())
        return Choice::Generate;
    return Choice::Skip;
}

void SshKeyPage::setChoice(Choice choice)
{
    m_ui->useLocalRadio->setChecked(choice == Choice::UseLocal);
    m_ui->generateRadio->setChecked(choice == Choice::Generate);
    m_ui->skipRadio->setChecked(choice == Choice::Skip);
}

int SshKeyPage::localKeyIndex() const
{
    return m_ui->localKeyCombo->currentIndex();
}

QString SshKeyPage::keyName() const
{
    return m_ui->keyNameEdit->text().trimmed();
}

void SshKeyPage::showWorking(const QString& text)
{
    m_busy = true;
    m_ui->sshStatusLabel->setText(text);
    m_ui->sshProgressBar->setVisible(true);
    emit completeChanged();
}

void SshKeyPage::showFailed(const QString& text)
{
    m_busy = false;
    m_done = false;
    m_ui->sshStatusLabel->setText(text);
    m_ui->sshProgressBar->setVisible(false);
    emit completeChanged();
}

void SshKeyPage::markDone(const QString& text)
{
    m_busy = false;
    // Clearing the passphrase counts as an edit (inputChanged), so it comes before the done flag.
    m_ui->passphraseEdit->clear();
    m_ui->repeatEdit->clear();
    m_done = true;
    m_ui->sshStatusLabel->setText(text);
    m_ui->sshProgressBar->setVisible(false);
    emit completeChanged();
}

QString SshKeyPage::statusText() const
{
    return m_ui->sshStatusLabel->text();
}

QString SshKeyPage::passphraseProblem() const
{
    if (m_ui->passphraseEdit->text() != m_ui->repeatEdit->text())
        return tr("The two passphrases do not match.");
    return {};
}

void SshKeyPage::inputChanged()
{
    if (m_busy)
        return;
    // A changed choice is a new request: what was registered before does not count for it.
    m_done = false;
    const bool generate = choice() == Choice::Generate;
    m_ui->localKeyCombo->setEnabled(choice() == Choice::UseLocal);
    for (QWidget* w : {static_cast<QWidget*>(m_ui->keyNameEdit), static_cast<QWidget*>(m_ui->passphraseEdit),
                       static_cast<QWidget*>(m_ui->repeatEdit)})
        w->setEnabled(generate);
    QString problem;
    if (generate && !keyName().isEmpty() && !KeyFiles::isValidName(keyName()))
        problem = tr("Use a plain file name such as id_ed25519, without slashes.");
    else if (generate)
        problem = passphraseProblem();
    m_ui->sshStatusLabel->setText(problem);
    emit completeChanged();
}

bool SshKeyPage::isComplete() const
{
    if (m_busy)
        return false;
    switch (choice()) {
    case Choice::Skip:
        return true;
    case Choice::UseLocal:
        return localKeyIndex() >= 0;
    case Choice::Generate:
        return KeyFiles::isValidName(keyName()) && passphraseProblem().isEmpty();
    }
    return false;
}

bool SshKeyPage::validatePage()
{
    if (m_done || choice() == Choice::Skip)
        return true;
    // The choice is being acted on; what the controller offers next (e.g. the key just generated, after a failed
    // registration) may preselect again.
    m_userChose = false;
    if (choice() == Choice::UseLocal)
        emit useLocalKeyRequested(localKeyIndex());
    else
        emit generateRequested(keyName(), m_ui->passphraseEdit->text());
    return false;
}
