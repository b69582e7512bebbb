#include "AddPassphraseDialog.h"
#include "ui_AddPassphraseDialog.h"

#include "pages/sshkeys/SshKeyUi.h"
#include "security/LocalActions.h"

#include <QDir>
#include <QPushButton>

AddPassphraseDialog::AddPassphraseDialog(const QString& privateKeyPath, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AddPassphraseDialog>())
    , m_path(privateKeyPath)
{
    m_ui->setupUi(this);
    m_ui->explanationLabel->setText(
        tr("Keydeck encrypts %1 with the passphrase. The old file is kept beside it as a backup, which still opens "
           "without a passphrase: delete it once the key works with the new one.")
            .arg(QDir::toNativeSeparators(privateKeyPath)));
    m_addButton = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    m_addButton->setText(tr("&Add Passphrase"));
    m_addButton->setObjectName(QStringLiteral("addPassphraseButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    m_ui->busyBar->hide();
    m_ui->statusLabel->hide();
    connect(m_ui->passphraseEdit, &QLineEdit::textChanged, this, &AddPassphraseDialog::revalidate);
    connect(m_ui->confirmEdit, &QLineEdit::textChanged, this, &AddPassphraseDialog::revalidate);
    connect(m_addButton, &QPushButton::clicked, this, &AddPassphraseDialog::start);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, [this] {
        if (!m_busy)
            reject();
    });
    revalidate();
}

AddPassphraseDialog::~AddPassphraseDialog()
{
    // The line edits' buffers are not wipeable, but the text should not outlive the dialog's widgets either.
    m_ui->passphraseEdit->clear();
    m_ui->confirmEdit->clear();
}

void AddPassphraseDialog::revalidate()
{
    const bool agree = SshKeyUi::showPassphraseState(m_ui->strengthLabel, m_ui->matchLabel,
                                                     m_ui->passphraseEdit->text(), m_ui->confirmEdit->text());
    // An empty passphrase would write the key unprotected again.
    m_addButton->setEnabled(!m_busy && agree && !m_ui->passphraseEdit->text().isEmpty());
}

void AddPassphraseDialog::start()
{
    m_busy = true;
    m_ui->passphraseEdit->setEnabled(false);
    m_ui->confirmEdit->setEnabled(false);
    m_ui->busyBar->show();
    m_ui->statusLabel->hide();
    revalidate();
    // LocalActions copies the passphrase and wipes its copy; text() shares the edit's buffer, cleared right after.
    Security::LocalActions::addPassphrase(
        m_path, m_ui->passphraseEdit->text(), this, [this](const Security::LocalActions::Result& result) {
            m_busy = false;
            m_ui->busyBar->hide();
            if (!result.ok) {
                m_ui->passphraseEdit->setEnabled(true);
                m_ui->confirmEdit->setEnabled(true);
                SshKeyUi::showMessage(m_ui->statusLabel, result.error, SshKeyUi::Tone::Error);
                revalidate();
                return;
            }
            m_ui->passphraseEdit->clear();
            m_ui->confirmEdit->clear();
            m_backupPath = result.backupPath;
            SshKeyUi::showMessage(m_ui->statusLabel,
                                  tr("The key has a passphrase now. The old file is kept as %1 and still opens "
                                     "without one: delete it once the key works with the passphrase.")
                                      .arg(QDir::toNativeSeparators(result.backupPath)),
                                  SshKeyUi::Tone::Good);
            m_addButton->hide();
            m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("&Close"));
            emit passphraseAdded();
        });
    m_ui->passphraseEdit->clear();
    m_ui->confirmEdit->clear();
}
