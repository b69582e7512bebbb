#include "pages/profile/NewTwoFactorMethodDialog.h"
#include "ui_NewTwoFactorMethodDialog.h"

#include "core/QrCode.h"
#include "core/RequestTracker.h"
#include "providers/ConsoleProvider.h"

#include <QFontDatabase>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>

namespace {

/** The key in groups of four, as authenticator apps print it: easier to type without a slip. */
QString grouped(const QString& secret)
{
    QString out;
    for (qsizetype i = 0; i < secret.size(); i += 4) {
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += secret.mid(i, 4);
    }
    return out;
}

} // namespace

NewTwoFactorMethodDialog::NewTwoFactorMethodDialog(ConsoleProvider* provider, Kind kind, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::NewTwoFactorMethodDialog)
    , m_provider(provider)
    , m_kind(kind)
    , m_requests(new RequestTracker(this))
{
    m_ui->setupUi(this);
    m_ui->errorLabel->setVisible(false);
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #e5534b;"));
    m_ui->codeEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,6}")), m_ui->codeEdit));
    m_ui->codeEdit->setInputMethodHints(Qt::ImhDigitsOnly);
    m_ui->secretEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // A SecretLineEdit: the key never reaches the primary selection (docs/SECURITY.md); it is meant to be typed.
    m_ui->secretEdit->setContextMenuPolicy(Qt::NoContextMenu);
    m_ui->secretEdit->setDragEnabled(false);
    QPushButton* activate = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    activate->setText(tr("&Activate"));
    activate->setObjectName(QStringLiteral("activateButton"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &NewTwoFactorMethodDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &NewTwoFactorMethodDialog::reject);
    connect(m_ui->codeEdit, &QLineEdit::textChanged, this, &NewTwoFactorMethodDialog::updateButtons);
    connect(m_ui->sendCodeButton, &QPushButton::clicked, this, &NewTwoFactorMethodDialog::sendCode);
    connect(m_requests, &RequestTracker::busyChanged, this, &NewTwoFactorMethodDialog::updateButtons);
    const bool phone = kind == Kind::Phone;
    m_ui->qrView->setVisible(!phone);
    m_ui->secretLabel->setVisible(!phone);
    m_ui->secretEdit->setVisible(!phone);
    m_ui->phoneLabel->setVisible(phone);
    m_ui->phoneEdit->setVisible(phone);
    m_ui->sendCodeButton->setVisible(phone);
    if (phone) {
        setWindowTitle(tr("Add a Phone for Text Messages"));
        m_ui->explanationLabel->setText(tr("Enter the phone number with its country code, send a code to it, and "
                                           "enter the code you receive."));
        m_ui->labelEdit->setPlaceholderText(tr("Phone"));
        // Without the QR code the authenticator's height (the .ui's) left the fields spread over empty space.
        layout()->activate();
        resize(width(), sizeHint().height());
    } else {
        m_ui->explanationLabel->setText(tr("Scan the QR code with your authenticator app, or type the key in by hand. "
                                           "Then enter the 6-digit code the app shows."));
        m_ui->labelEdit->setPlaceholderText(tr("Authenticator app"));
        QObject* request = m_requests->start();
        m_provider->setUpTotp(request, m_requests->done(request, [this](ApiResult<TotpSetup> setup) {
            if (!setup.ok()) {
                showError(tr("The authenticator could not be set up: %1").arg(setup.error.userMessage()));
                return;
            }
            m_secret = setup.value->secret;
            m_ui->qrView->setCode(QrCode::encode(setup.value->provisioningUri.toUtf8()));
            m_ui->secretEdit->setText(grouped(m_secret));
            // Typed by hand from the start: show its beginning, not the end setText() scrolls to.
            m_ui->secretEdit->setCursorPosition(0);
            m_ui->secretEdit->setMinimumWidth(
                m_ui->secretEdit->fontMetrics().horizontalAdvance(m_ui->secretEdit->text() + QStringLiteral("  ")));
            m_ui->codeEdit->setFocus();
            updateButtons();
        }));
    }
    updateButtons();
}

NewTwoFactorMethodDialog::~NewTwoFactorMethodDialog()
{
    m_secret.fill(QChar(u'\0'));
}

bool NewTwoFactorMethodDialog::isBusy() const
{
    return m_requests->isBusy();
}

void NewTwoFactorMethodDialog::updateButtons()
{
    static const QRegularExpression sixDigits(QStringLiteral("^[0-9]{6}$"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(!isBusy() && !m_secret.isEmpty() && sixDigits.match(m_ui->codeEdit->text()).hasMatch());
    m_ui->sendCodeButton->setEnabled(!isBusy());
}

void NewTwoFactorMethodDialog::showError(const QString& text)
{
    m_ui->errorLabel->setText(text);
    m_ui->errorLabel->setVisible(!text.isEmpty());
}

void NewTwoFactorMethodDialog::sendCode()
{
    if (isBusy())
        return;
    showError({});
    QObject* request = m_requests->start();
    m_provider->sendTwoFactorSms(m_ui->phoneEdit->text().trimmed(), request,
                                 m_requests->done(request, [this](ApiResult<TwoFactorChallenge> challenge) {
                                     if (!challenge.ok()) {
                                         showError(
                                             tr("The code could not be sent: %1").arg(challenge.error.userMessage()));
                                         return;
                                     }
                                     m_secret = challenge.value->secret;
                                     m_ui->sendCodeButton->setText(tr("&Send Another Code"));
                                     m_ui->codeEdit->setFocus();
                                     updateButtons();
                                 }));
}

void NewTwoFactorMethodDialog::accept()
{
    if (isBusy() || m_secret.isEmpty())
        return;
    showError({});
    const bool phone = m_kind == Kind::Phone;
    QObject* request = m_requests->start();
    m_provider->confirmNewTwoFactorMethod(
        phone ? QStringLiteral("sms") : QStringLiteral("totp"), m_ui->codeEdit->text(), m_secret,
        phone ? m_ui->phoneEdit->text().trimmed() : QString(), m_ui->labelEdit->text().trimmed(), request,
        m_requests->done(request, [this](ApiResult<TwoFactorActivation> result) {
            if (!result.ok()) {
                const TwoFactorOutcome outcome = TwoFactorOutcome::fromError(result.error);
                m_ui->codeEdit->clear();
                showError(outcome.kind == TwoFactorOutcome::Kind::WrongCode
                              ? tr("The code was not accepted. Enter the code the new method shows now.")
                              : result.error.userMessage());
                return;
            }
            emit activated(*result.value);
            QDialog::accept();
        }));
}

void NewTwoFactorMethodDialog::done(int result)
{
    // The secret and the URI it hides in are not left in the widgets.
    m_ui->qrView->setCode(std::nullopt);
    m_ui->secretEdit->clear();
    m_ui->codeEdit->clear();
    m_secret.fill(QChar(u'\0'));
    m_secret.clear();
    QDialog::done(result);
}
