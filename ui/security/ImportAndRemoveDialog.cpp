#include "ImportAndRemoveDialog.h"
#include "ui_ImportAndRemoveDialog.h"

#include "AppServices.h"
#include "pages/apikeys/KeyMask.h"
#include "pages/sshkeys/SshKeyUi.h"
#include "secrets/AccountsRegistry.h"
#include "widgets/MessageBox.h"

#include <QDir>
#include <QFontDatabase>
#include <QLayout>
#include <QPushButton>

using Security::PlaintextImport;

ImportAndRemoveDialog::ImportAndRemoveDialog(const Security::Finding& finding, AppServices* services,
                                             PlaintextImport::ProviderFactory providerFactory, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ImportAndRemoveDialog>())
    , m_services(services)
    , m_import(new PlaintextImport(finding, services->accounts(), services->secrets(), std::move(providerFactory),
                                   QDir::homePath(), qEnvironmentVariable("XDG_CONFIG_HOME"), this))
{
    m_ui->setupUi(this);
    m_ui->foundLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_importButton = m_ui->buttonBox->addButton(tr("&Import"), QDialogButtonBox::ActionRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_removeButton = m_ui->buttonBox->addButton(m_import->isExport() ? tr("Comment &Out Line…") : tr("&Delete File…"),
                                                QDialogButtonBox::ActionRole);
    m_removeButton->setObjectName(QStringLiteral("removeButton"));
    m_closeButton = m_ui->buttonBox->button(QDialogButtonBox::Close);
    m_closeButton->setText(tr("&Close"));
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_ui->statusLabel->hide();
    connect(m_importButton, &QPushButton::clicked, m_import, &PlaintextImport::import);
    connect(m_removeButton, &QPushButton::clicked, this, &ImportAndRemoveDialog::remove);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, [this] {
        if (m_import->state() != PlaintextImport::State::Importing)
            reject();
    });
    connect(m_import, &PlaintextImport::stateChanged, this, [this] {
        showState();
        fitToText();
    });
    connect(m_import, &PlaintextImport::importFinished, this, &ImportAndRemoveDialog::importFinished);

    const QString path = QDir::toNativeSeparators(m_import->filePath());
    if (!m_import->read()) {
        m_ui->explanationLabel->setText(m_import->error());
        m_ui->foundLabel->hide();
        m_ui->storedLabel->hide();
        showState();
        return;
    }
    const QString provider = Providers::displayName(m_import->provider());
    const QString masked = KeyMask::mask(m_import->key());
    if (m_import->isExport()) {
        m_ui->explanationLabel->setText(
            tr("Line %1 of %2 exports your %3 API key in plaintext:").arg(m_import->line()).arg(path, provider));
        m_ui->foundLabel->setText(m_import->shownLine(masked));
    } else {
        m_ui->explanationLabel->setText(tr("%1 holds your %2 API key in plaintext:").arg(path, provider));
        m_ui->foundLabel->setText(masked);
    }
    showState();
}

ImportAndRemoveDialog::~ImportAndRemoveDialog() = default;

QString ImportAndRemoveDialog::storedLabel() const
{
    const std::optional<Account> account = m_services->accounts()->find(m_import->storedAccountId());
    return account ? account->label : QString();
}

void ImportAndRemoveDialog::showState()
{
    using State = PlaintextImport::State;
    const State state = m_import->state();
    const QString provider = Providers::displayName(m_import->provider());
    m_ui->busyBar->setVisible(state == State::Checking || state == State::Importing);
    m_importButton->setVisible(state == State::New || state == State::Importing || state == State::Checking);
    m_importButton->setEnabled(state == State::New);
    m_removeButton->setVisible(state != State::Unread && state != State::Removed);
    m_removeButton->setEnabled(state == State::Stored);
    m_closeButton->setEnabled(state != State::Importing);
    switch (state) {
    case State::Unread:
    case State::Removed:
        m_closeButton->setDefault(true);
        m_closeButton->setFocus();
        return;
    case State::Checking:
        m_ui->storedLabel->setText(tr("Looking for this key among your accounts…"));
        return;
    case State::New:
        m_ui->storedLabel->setText(
            tr("No account in Keydeck has this key yet. Import checks it with %1, stores it in your system keychain "
               "and adds the account; then Keydeck can remove the plaintext copy.")
                .arg(provider));
        m_importButton->setDefault(true);
        m_importButton->setFocus();
        return;
    case State::Importing:
        SshKeyUi::showMessage(m_ui->statusLabel, tr("Checking the key with %1…").arg(provider),
                              SshKeyUi::Tone::Neutral);
        return;
    case State::Stored:
        if (m_import->imported())
            m_ui->storedLabel->setText(
                tr("Imported as the account “%1”. The key is in your system keychain.").arg(storedLabel()));
        else
            m_ui->storedLabel->setText(tr("This key is already stored as the account “%1”: there is nothing to "
                                          "import, only the plaintext copy to remove.")
                                           .arg(storedLabel()));
        m_removeButton->setDefault(true);
        m_removeButton->setFocus();
        return;
    }
}

void ImportAndRemoveDialog::importFinished(bool ok)
{
    if (ok) {
        m_ui->statusLabel->hide();
        fitToText();
        return;
    }
    const QString provider = Providers::displayName(m_import->provider());
    const ApiError error = m_import->importError();
    QString text;
    if (!error.isError())
        text = m_import->error(); // the keychain, or memory-only
    else if (error.needsTwoFactorSession())
        text = tr("This %1 account asks for a two-factor code, which Import does not ask for. Add the account with "
                  "Add Account, then remove the plaintext copy here. Nothing was removed.")
                   .arg(provider);
    else if (error.kind() == ApiError::Kind::Auth || error.kind() == ApiError::Kind::Forbidden)
        text = tr("%1 did not accept the key: %2 Nothing was imported and nothing was removed.")
                   .arg(provider, error.userMessage());
    else
        text = tr("The key could not be checked with %1: %2 Nothing was imported and nothing was removed.")
                   .arg(provider, error.userMessage());
    SshKeyUi::showMessage(m_ui->statusLabel, text, SshKeyUi::Tone::Error);
    fitToText();
}

void ImportAndRemoveDialog::fitToText()
{
    // A top-level window does not grow by itself when a wrapped label gets more lines: without this the new
    // message would be cut off (seen at 800x600 in German).
    if (!isVisible())
        return; // the first show sizes it from its hints
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : sizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

void ImportAndRemoveDialog::remove()
{
    const QString path = QDir::toNativeSeparators(m_import->filePath());
    const QString account = storedLabel();
    const bool confirmed = m_import->isExport()
        ? MessageBox::confirm(this, tr("Comment Out Line"),
                              tr("Comment out line %1 of %2?").arg(m_import->line()).arg(path), tr("Comment &Out"),
                              tr("Keydeck puts “# ” before the line and first keeps a copy of the file beside it. "
                                 "The key stays in your system keychain as “%1”.")
                                  .arg(account))
        : MessageBox::confirm(this, tr("Delete Key File"), tr("Delete %1?").arg(path), tr("&Delete"),
                              tr("The key stays in your system keychain as “%1”. Tools that read this file need "
                                 "the key from elsewhere.")
                                  .arg(account));
    if (!confirmed)
        return;
    const Security::LocalActions::Result result = m_import->remove();
    if (!result.ok) {
        SshKeyUi::showMessage(m_ui->statusLabel, result.error, SshKeyUi::Tone::Error);
        fitToText();
        return;
    }
    const QString text = m_import->isExport()
        ? tr("Line %1 of %2 is commented out. The old file is kept as %3 and still holds the key: delete it once your "
             "shell starts without the line.")
              .arg(m_import->line())
              .arg(path, QDir::toNativeSeparators(result.backupPath))
        : tr("Deleted %1. The key is kept in your system keychain.").arg(path);
    SshKeyUi::showMessage(m_ui->statusLabel, text, SshKeyUi::Tone::Good);
    fitToText();
    emit removed();
}
