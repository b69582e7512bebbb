#include "dialogs/twofactor/TwoFactorDialog.h"
#include "ui_TwoFactorDialog.h"

#include "core/RequestTracker.h"
#include "providers/ConsoleProvider.h"
#include "widgets/TextTone.h"

#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>

namespace {

QString digitsOnly(const QString& code)
{
    QString result = code;
    result.remove(u' ');
    return result;
}

} // namespace

TwoFactorDialog::TwoFactorDialog(ConsoleProvider* provider, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::TwoFactorDialog)
    , m_provider(provider)
    , m_requests(new RequestTracker(this))
{
    m_ui->setupUi(this);
    connect(m_requests, &RequestTracker::busyChanged, this, &TwoFactorDialog::showBusy);
    m_ui->busyBar->setVisible(false);
    m_ui->errorLabel->setVisible(false);
    // A red that keeps its contrast on light and dark palettes alike.
    m_ui->errorLabel->setStyleSheet(TextTone::styleSheet(m_ui->errorLabel, TextTone::Tone::Error));
    m_ui->codeEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,6}")), m_ui->codeEdit));
    m_ui->codeEdit->setInputMethodHints(Qt::ImhDigitsOnly);
    QPushButton* verify = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    verify->setText(tr("&Verify"));
    verify->setObjectName(QStringLiteral("verifyButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_ui->codeEdit, &QLineEdit::textChanged, this, &TwoFactorDialog::updateButtons);
    // A refusal is about the code that was sent: once the user types another, it no longer applies (issue 18).
    connect(m_ui->codeEdit, &QLineEdit::textEdited, this, [this] { showError({}); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &TwoFactorDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &TwoFactorDialog::reject);
    m_ui->codeEdit->setFocus();
    updateButtons();
}

TwoFactorDialog::~TwoFactorDialog() = default;

bool TwoFactorDialog::isWellFormedCode(const QString& code)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{6}$"));
    return pattern.match(digitsOnly(code)).hasMatch();
}

void TwoFactorDialog::setReason(ApiError::Kind kind)
{
    if (kind == ApiError::Kind::SessionExpired)
        m_ui->reasonLabel->setText(tr("Your two-factor session has expired. Enter a new 6-digit code from your "
                                      "authenticator app to continue."));
    else
        m_ui->reasonLabel->setText(tr("This account uses two-factor authentication. Enter the 6-digit code from your "
                                      "authenticator app to continue."));
}

void TwoFactorDialog::updateButtons()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!isBusy() && isWellFormedCode(m_ui->codeEdit->text()));
}

bool TwoFactorDialog::isBusy() const
{
    return m_requests->isBusy();
}

void TwoFactorDialog::showBusy(bool busy)
{
    m_ui->busyBar->setVisible(busy);
    m_ui->codeEdit->setReadOnly(busy);
    updateButtons();
    emit busyChanged(busy);
}

void TwoFactorDialog::showError(const QString& text)
{
    m_ui->errorLabel->setText(text);
    m_ui->errorLabel->setVisible(!text.isEmpty());
}

void TwoFactorDialog::accept()
{
    if (isBusy())
        return;
    const QString code = digitsOnly(m_ui->codeEdit->text());
    if (!isWellFormedCode(code)) {
        showError(tr("Enter the 6 digits your authenticator app shows."));
        return;
    }
    showError({});
    QObject* request = m_requests->start();
    m_provider->twoFactorLogin(code, request, m_requests->done(request, [this](ApiResult<TwoFactorSession> result) {
        if (!result.ok()) {
            // A TOTP code is single-use and changes every 30 s, so a refused one is cleared for the next.
            // A wrong code comes back as a 4xx about the "code" (sandbox: 401 "Invalid 2FA code."); the
            // generic sentences would blame the API key or the input as a whole.
            const bool codeRefused
                = (result.error.kind() == ApiError::Kind::Auth || result.error.kind() == ApiError::Kind::Validation)
                && result.error.serverMessage().contains(QLatin1String("code"), Qt::CaseInsensitive);
            showError(codeRefused ? tr("The code was not accepted. Enter the current code from your authenticator "
                                       "app; if it keeps failing, check your device's clock.")
                                  : result.error.userMessage());
            m_ui->codeEdit->clear();
            m_ui->codeEdit->setFocus();
            return;
        }
        emit verified(*result.value);
        QDialog::accept();
    }));
}
