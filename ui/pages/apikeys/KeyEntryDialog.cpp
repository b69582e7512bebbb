#include "pages/apikeys/KeyEntryDialog.h"
#include "ui_KeyEntryDialog.h"

#include "UiContext.h"
#include "core/RequestTracker.h"
#include "pages/apikeys/ConsoleLinks.h"
#include "pages/apikeys/KeySwitcher.h"
#include "providers/ConsoleProvider.h"
#include "secrets/AccountsRegistry.h"
#include "widgets/TextTone.h"

#include <QPushButton>

KeyEntryDialog::KeyEntryDialog(ConsoleProvider* provider, UiContext* context, Purpose purpose, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::KeyEntryDialog)
    , m_provider(provider)
    , m_context(context)
    , m_switcher(new KeySwitcher(provider, context, this))
    , m_requests(new RequestTracker(this))
{
    m_ui->setupUi(this);
    connect(m_requests, &RequestTracker::busyChanged, this, &KeyEntryDialog::showBusy);
    connect(m_requests, &RequestTracker::busyChanged, this, &KeyEntryDialog::busyChanged);
    QString label;
    if (context && context->accounts) {
        if (const auto account = context->accounts->find(context->accountId))
            label = account->label;
    }
    if (label.isEmpty())
        label = provider->displayName();
    if (purpose == Purpose::Rejected) {
        setWindowTitle(tr("Enter a New API Key"));
        m_ui->messageLabel->setText(tr("%1 no longer accepts the API key Keydeck has for “%2”: it was deleted, "
                                       "reset or has expired. Paste a valid key; Keydeck checks it with the server, "
                                       "stores it for this account and carries on. Nothing else about the account "
                                       "changes.")
                                        .arg(provider->displayName(), label));
    } else if (purpose == Purpose::ResetWithoutKey) {
        setWindowTitle(tr("Enter the Reset API Key"));
        m_ui->messageLabel->setText(tr("The API key of “%1” was reset, but its new key did not reach Keydeck. Open "
                                       "the %2 console, copy the new key and paste it here; Keydeck checks it with "
                                       "the server before it replaces the stored key.")
                                        .arg(label, provider->displayName()));
    } else {
        setWindowTitle(tr("Use a New API Key"));
        m_ui->messageLabel->setText(tr("Paste the key you generated in the %1 console. Keydeck checks it with the "
                                       "server, then replaces the stored key of “%2” with it.")
                                        .arg(provider->displayName(), label));
    }
    m_ui->statusLabel->setVisible(false);
    // The key comes from the console: the way there, and what happened when it was opened, are in the dialog.
    m_ui->openConsoleButton->setVisible(purpose != Purpose::Rejected);
    m_ui->consoleLabel->setVisible(false);
    connect(m_ui->openConsoleButton, &QPushButton::clicked, this, &KeyEntryDialog::openConsole);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Verify and Save"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("verifyButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_ui->keyEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty() && !m_requests->isBusy());
    });
    connect(m_ui->showKeyCheck, &QCheckBox::toggled, this, [this](bool show) { m_ui->keyEdit->setSecretShown(show); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &KeyEntryDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

KeyEntryDialog::~KeyEntryDialog()
{
    m_ui->keyEdit->clear();
}

void KeyEntryDialog::showBusy(bool busy)
{
    m_ui->keyEdit->setReadOnly(busy);
    auto* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setEnabled(!busy && !m_ui->keyEdit->text().trimmed().isEmpty());
    ok->setText(busy ? tr("Checking…") : tr("&Verify and Save"));
}

void KeyEntryDialog::done(int result)
{
    m_requests->cancelAll();
    QDialog::done(result);
}

void KeyEntryDialog::openConsole()
{
    ConsoleLinks::showIn(ConsoleLinks::openApiKeysPage(m_provider, m_context), m_ui->consoleLabel);
}

void KeyEntryDialog::setExplanation(const QString& text)
{
    m_ui->messageLabel->setText(text);
}

void KeyEntryDialog::setStatus(const QString& text, bool error)
{
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setStyleSheet(error ? TextTone::styleSheet(m_ui->statusLabel, TextTone::Tone::Error)
                                           : QString());
    m_ui->statusLabel->setVisible(!text.isEmpty());
}

void KeyEntryDialog::accept()
{
    if (m_requests->isBusy())
        return;
    // Keys are pasted from web pages and e-mails: surrounding whitespace is never part of them.
    const QString key = m_ui->keyEdit->text().trimmed();
    if (key.isEmpty())
        return;
    if (m_provider->providerId() == QLatin1String("spheron") && !key.startsWith(QLatin1String("sai_"))) {
        setStatus(tr("Spheron AI keys start with \"sai_\". Check that you copied the whole key."), true);
        return;
    }
    QObject* r = m_requests->start();
    setStatus(tr("Checking the key with %1…").arg(m_provider->displayName()), false);
    m_switcher->verifyAndAdopt(key, r, m_requests->done(r, [this](const KeySwitcher::Outcome& outcome) {
        if (!outcome.ok()) {
            setStatus(outcome.message(), true);
            return;
        }
        QDialog::accept();
    }));
}
