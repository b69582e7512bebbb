#include "wizard/VerifyPage.h"

#include "ui_VerifyPage.h"
#include "wizard/OnboardingPage.h"

#include <QAccessible>

VerifyPage::VerifyPage(QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::VerifyPage>())
{
    m_ui->setupUi(this);
    m_ui->verifyStatusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &VerifyPage::retryRequested);
    connect(m_ui->memoryOnlyButton, &QPushButton::clicked, this, &VerifyPage::memoryOnlyRequested);
    auto submitCode = [this] {
        const QString code = m_ui->tfaCodeEdit->text().trimmed();
        if (!code.isEmpty())
            emit twoFactorCodeEntered(code);
    };
    connect(m_ui->tfaButton, &QPushButton::clicked, this, submitCode);
    connect(m_ui->tfaCodeEdit, &QLineEdit::returnPressed, this, submitCode);
    showChecking(QString());
}

VerifyPage::~VerifyPage() = default;

void VerifyPage::showChecking(const QString& text)
{
    m_verified = false;
    m_ui->verifyStatusLabel->setText(text);
    m_ui->verifyProgressBar->setVisible(true);
    m_ui->retryButton->setVisible(false);
    m_ui->memoryOnlyButton->setVisible(false);
    // Keep the code field while a code is being checked (it reappears enabled if the code is refused).
    m_ui->tfaWidget->setEnabled(false);
    if (!m_ui->tfaWidget->isVisibleTo(this) || m_ui->tfaCodeEdit->text().isEmpty())
        m_ui->tfaWidget->setVisible(false);
    emit completeChanged();
}

void VerifyPage::showSuccess(const QString& text)
{
    m_verified = true;
    m_ui->verifyStatusLabel->setText(text);
    m_ui->verifyProgressBar->setVisible(false);
    m_ui->retryButton->setVisible(false);
    m_ui->memoryOnlyButton->setVisible(false);
    m_ui->tfaWidget->setVisible(false);
    m_ui->tfaCodeEdit->clear();
    emit completeChanged();
}

void VerifyPage::showFailure(const QString& text, bool askTwoFactor, bool offerMemoryOnly)
{
    m_verified = false;
    m_ui->verifyStatusLabel->setText(text);
    m_ui->verifyProgressBar->setVisible(false);
    m_ui->retryButton->setVisible(!askTwoFactor);
    m_ui->memoryOnlyButton->setVisible(offerMemoryOnly);
    m_ui->tfaWidget->setVisible(askTwoFactor);
    m_ui->tfaWidget->setEnabled(true);
    m_ui->tfaCodeEdit->clear();
    if (askTwoFactor)
        m_ui->tfaCodeEdit->setFocus();
    else
        m_ui->retryButton->setFocus();
    // Screen readers announce the outcome, which arrives without the user doing anything.
    QAccessibleEvent event(m_ui->verifyStatusLabel, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
    emit completeChanged();
}

QString VerifyPage::statusText() const
{
    return m_ui->verifyStatusLabel->text();
}

bool VerifyPage::isComplete() const
{
    return m_verified;
}

int VerifyPage::nextId() const
{
    return static_cast<int>(m_demo ? OnboardingPage::SshKey : OnboardingPage::Save);
}
