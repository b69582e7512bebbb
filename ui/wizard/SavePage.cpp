#include "wizard/SavePage.h"

#include "ui_SavePage.h"

SavePage::SavePage(QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::SavePage>())
{
    m_ui->setupUi(this);
    m_ui->errorLabel->setVisible(false);
    m_ui->errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_ui->memoryOnlyCheck, &QCheckBox::toggled, this, &SavePage::completeChanged);
    connect(m_ui->accountNameEdit, &QLineEdit::textChanged, this, &SavePage::completeChanged);
    showProbing();
}

SavePage::~SavePage() = default;

void SavePage::setAccountName(const QString& name)
{
    m_ui->accountNameEdit->setText(name);
}

QString SavePage::accountName() const
{
    return m_ui->accountNameEdit->text().simplified();
}

void SavePage::showProbing()
{
    m_keychain = KeychainState::Probing;
    m_ui->storageLabel->setText(tr("Checking the system keychain…"));
    m_ui->saveProgressBar->setVisible(true);
    m_ui->memoryOnlyCheck->setVisible(false);
    emit completeChanged();
}

void SavePage::showKeychainAvailable()
{
    m_keychain = KeychainState::Available;
    m_ui->storageLabel->setText(tr("The key will be stored in your system keychain, protected by your login. "
                                   "Keydeck never writes it to a file."));
    m_ui->saveProgressBar->setVisible(m_saving);
    m_ui->memoryOnlyCheck->setVisible(false);
    m_ui->memoryOnlyCheck->setChecked(false);
    emit completeChanged();
}

void SavePage::showKeychainUnavailable(const QString& explanation)
{
    m_keychain = KeychainState::Unavailable;
    m_ui->storageLabel->setText(explanation);
    m_ui->saveProgressBar->setVisible(m_saving);
    m_ui->memoryOnlyCheck->setVisible(true);
    emit completeChanged();
}

void SavePage::showMemoryOnlyActive(const QString& explanation)
{
    m_keychain = KeychainState::MemoryOnly;
    m_ui->storageLabel->setText(explanation);
    m_ui->saveProgressBar->setVisible(m_saving);
    m_ui->memoryOnlyCheck->setVisible(false);
    emit completeChanged();
}

void SavePage::showSaving()
{
    m_saving = true;
    m_ui->errorLabel->setVisible(false);
    m_ui->saveProgressBar->setVisible(true);
    m_ui->accountNameEdit->setEnabled(false);
    m_ui->memoryOnlyCheck->setEnabled(false);
    emit completeChanged();
}

void SavePage::showSaveFailed(const QString& message)
{
    m_saving = false;
    m_ui->errorLabel->setText(tr("The account was not saved. %1").arg(message));
    m_ui->errorLabel->setVisible(true);
    m_ui->saveProgressBar->setVisible(false);
    m_ui->accountNameEdit->setEnabled(true);
    m_ui->memoryOnlyCheck->setEnabled(true);
    emit completeChanged();
}

void SavePage::markSaved()
{
    m_saving = false;
    m_saved = true;
    m_ui->errorLabel->setVisible(false);
    m_ui->saveProgressBar->setVisible(false);
    m_ui->accountNameEdit->setEnabled(true);
    m_ui->memoryOnlyCheck->setEnabled(false);
    emit completeChanged();
}

void SavePage::markUnsaved()
{
    m_saving = false;
    m_saved = false;
    m_ui->accountNameEdit->setEnabled(true);
    m_ui->memoryOnlyCheck->setEnabled(true);
    emit completeChanged();
}

bool SavePage::memoryOnlyChosen() const
{
    return m_keychain == KeychainState::MemoryOnly
        || (m_keychain == KeychainState::Unavailable && m_ui->memoryOnlyCheck->isChecked());
}

bool SavePage::isComplete() const
{
    if (m_saving || accountName().isEmpty())
        return false;
    if (m_saved)
        return true;
    return m_keychain == KeychainState::Available || memoryOnlyChosen();
}

bool SavePage::validatePage()
{
    if (m_saved) {
        emit saveRequested(accountName(), memoryOnlyChosen()); // a changed name is a rename, done at once
        return true;
    }
    // The save is asynchronous (keychain): ask for it and stay; the controller moves on when it succeeded.
    emit saveRequested(accountName(), memoryOnlyChosen());
    return false;
}
