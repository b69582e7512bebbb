#include "dialogs/twofactor/TwoFactorDialog.h"
#include "ui_TwoFactorDialog.h"

#include "core/LocaleFormat.h"
#include "core/RequestTracker.h"
#include "providers/ConsoleProvider.h"
#include "widgets/MessageBox.h"
#include "widgets/TextTone.h"

#include <QPushButton>

#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <algorithm>

namespace {

QString withoutSpaces(const QString& code)
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
    setUp();
    showMethods({});
    // The account's own methods when the server lists them before sign-in (variant tfa-status); else the types.
    // It may come after the user has typed or sent a code: replacing the list then would reset the choice and wipe
    // the code, so a dialog the user has touched keeps its list.
    m_provider->twoFactorStatus(this, [this](ApiResult<TwoFactorStatus> status) {
        if (status.ok() && !status.value->methods.isEmpty() && !m_touched)
            showMethods(status.value->methods);
    });
}

TwoFactorDialog::TwoFactorDialog(ConsoleProvider* provider, const QList<TwoFactorMethod>& methods, Verify verify,
                                 SendCode sendCode, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::TwoFactorDialog)
    , m_provider(provider)
    , m_requests(new RequestTracker(this))
    , m_verify(std::move(verify))
    , m_sendCode(std::move(sendCode))
{
    setUp();
    setWindowTitle(tr("Confirm with Two-Factor Authentication"));
    m_ui->noteLabel->setVisible(false);
    m_ui->reasonLabel->setText(tr("Confirm this change with a code from one of your methods, or with a backup code."));
    showMethods(methods);
}

void TwoFactorDialog::setUp()
{
    m_ui->setupUi(this);
    connect(m_requests, &RequestTracker::busyChanged, this, &TwoFactorDialog::showBusy);
    m_lockEnds.setSingleShot(true);
    connect(&m_lockEnds, &QTimer::timeout, this, &TwoFactorDialog::updateButtons);
    m_ui->busyBar->setVisible(false);
    m_ui->errorLabel->setVisible(false);
    // A red that keeps its contrast on light and dark palettes alike.
    m_ui->errorLabel->setStyleSheet(TextTone::styleSheet(m_ui->errorLabel, TextTone::Tone::Error));
    m_ui->codeEdit->setInputMethodHints(Qt::ImhDigitsOnly);
    QPushButton* verify = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    verify->setText(tr("&Verify"));
    verify->setObjectName(QStringLiteral("verifyButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_ui->codeEdit, &QLineEdit::textChanged, this, &TwoFactorDialog::updateButtons);
    // A refusal is about the code that was sent: once the user types another, it no longer applies (issue 18).
    connect(m_ui->codeEdit, &QLineEdit::textEdited, this, [this] {
        m_touched = true;
        showError({});
    });
    connect(m_ui->methodCombo, &QComboBox::activated, this, [this] { m_touched = true; });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &TwoFactorDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &TwoFactorDialog::reject);
    connect(m_ui->sendCodeButton, &QPushButton::clicked, this, [this] {
        m_touched = true;
        sendCode();
    });
    connect(m_ui->methodCombo, &QComboBox::currentIndexChanged, this, &TwoFactorDialog::choiceChanged);
    m_ui->codeEdit->setFocus();
}

void TwoFactorDialog::setReasonText(const QString& text)
{
    m_ui->reasonLabel->setText(text);
}

void TwoFactorDialog::offerOnlyEmail()
{
    m_choices = {{{}, QStringLiteral("email")}};
    const QSignalBlocker blocker(m_ui->methodCombo);
    m_ui->methodCombo->clear();
    m_ui->methodCombo->addItem(tr("E-mail"));
    m_ui->methodLabel->setVisible(false);
    m_ui->methodCombo->setVisible(false);
    choiceChanged();
}

TwoFactorDialog::~TwoFactorDialog() = default;

bool TwoFactorDialog::isWellFormedCode(const QString& code)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{6}$"));
    return pattern.match(withoutSpaces(code)).hasMatch();
}

bool TwoFactorDialog::isWellFormedBackupCode(const QString& code)
{
    QString bare = withoutSpaces(code);
    bare.remove(u'-');
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9]{6,24}$"));
    return pattern.match(bare).hasMatch();
}

void TwoFactorDialog::setReason(ApiError::Kind kind)
{
    if (kind == ApiError::Kind::SessionExpired)
        m_ui->reasonLabel->setText(
            tr("Your two-factor session has expired. Enter a new code from one of your methods to continue."));
    else
        m_ui->reasonLabel->setText(
            tr("This account uses two-factor authentication. Enter a code from one of your methods to continue."));
}

void TwoFactorDialog::showMethods(const QList<TwoFactorMethod>& methods)
{
    const Choice previous = m_choices.isEmpty() ? Choice() : currentChoice();
    m_choices.clear();
    QStringList texts;
    int primary = 0;
    if (methods.isEmpty()) {
        m_choices = {{{}, QStringLiteral("totp")}, {{}, QStringLiteral("sms")}, {{}, QStringLiteral("email")}};
        texts = {tr("Authenticator app"), tr("Text message (SMS)"), tr("E-mail")};
    } else {
        for (const TwoFactorMethod& method : methods) {
            if (method.type != QLatin1String("totp") && method.type != QLatin1String("sms")
                && method.type != QLatin1String("email"))
                continue; // a kind Keydeck does not know how to ask for
            if (method.primary)
                primary = int(m_choices.size());
            m_choices.append({method.id, method.type});
            // The label is the user's own text (or the server's); the combo box shows it as plain text. A label that
            // only names the kind ("SMS", "E-mail") is not said twice: German read "SMS (SMS)".
            const bool totp = method.type == QLatin1String("totp");
            const bool sms = method.type == QLatin1String("sms");
            const QString kind = totp ? tr("Authenticator app") : sms ? tr("Text message (SMS)") : tr("E-mail");
            const QString label = method.label.trimmed();
            const auto same = [&label](const QString& word) { return label.compare(word, Qt::CaseInsensitive) == 0; };
            if (label.isEmpty() || same(method.type) || same(kind) || (sms && same(tr("text message")))
                || (!totp && !sms && (same(QStringLiteral("e-mail")) || same(QStringLiteral("email")))))
                texts.append(kind);
            else if (totp)
                texts.append(tr("%1 (authenticator app)").arg(label));
            else if (sms)
                texts.append(tr("%1 (text message)").arg(label));
            else
                texts.append(tr("%1 (e-mail)").arg(label));
        }
    }
    m_choices.append({{}, QStringLiteral("backup")});
    texts.append(tr("Backup code"));
    const QSignalBlocker blocker(m_ui->methodCombo);
    m_ui->methodCombo->clear();
    m_ui->methodCombo->addItems(texts);
    m_ui->methodCombo->setCurrentIndex(primary);
    m_ui->methodLabel->setVisible(m_choices.size() > 1);
    m_ui->methodCombo->setVisible(m_choices.size() > 1);
    // What the user typed stays when the list only got more precise about the same kind of method.
    if (previous.type.isEmpty() || previous.type != currentChoice().type)
        choiceChanged();
    else
        updateButtons();
}

TwoFactorDialog::Choice TwoFactorDialog::currentChoice() const
{
    const int index = m_ui->methodCombo->currentIndex();
    return index >= 0 && index < m_choices.size() ? m_choices.at(index) : Choice {{}, QStringLiteral("totp")};
}

void TwoFactorDialog::choiceChanged()
{
    const Choice choice = currentChoice();
    m_secret.clear();
    m_ui->codeEdit->clear();
    showError({});
    const bool backup = choice.type == QLatin1String("backup");
    if (backup) {
        m_ui->codeEdit->setValidator(
            new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9 -]{0,32}")), m_ui->codeEdit));
        m_ui->codeEdit->setMaxLength(32);
        m_ui->codeEdit->setPlaceholderText(QStringLiteral("ABCD-EFGH-JKMN"));
        m_ui->codeEdit->setInputMethodHints(Qt::ImhPreferUppercase | Qt::ImhNoPredictiveText);
        m_ui->methodNoteLabel->setText(tr("Each backup code works only once."));
    } else {
        m_ui->codeEdit->setValidator(
            new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,6}")), m_ui->codeEdit));
        m_ui->codeEdit->setMaxLength(6);
        m_ui->codeEdit->setPlaceholderText(QStringLiteral("123456"));
        m_ui->codeEdit->setInputMethodHints(Qt::ImhDigitsOnly);
        if (choice.type == QLatin1String("sms"))
            m_ui->methodNoteLabel->setText(tr("Send a code to your phone by text message, then enter it."));
        else if (choice.type == QLatin1String("email"))
            m_ui->methodNoteLabel->setText(tr("Send a code to your e-mail address, then enter it."));
        else
            m_ui->methodNoteLabel->setText(tr("Enter the 6-digit code your authenticator app shows."));
    }
    m_ui->sendCodeButton->setVisible(choice.type == QLatin1String("sms") || choice.type == QLatin1String("email"));
    m_ui->sendCodeButton->setText(tr("&Send Code"));
    updateButtons();
}

void TwoFactorDialog::updateButtons()
{
    const Choice choice = currentChoice();
    const QString code = m_ui->codeEdit->text();
    bool ready = choice.type == QLatin1String("backup") ? isWellFormedBackupCode(code) : isWellFormedCode(code);
    if (choice.type == QLatin1String("sms") || choice.type == QLatin1String("email"))
        ready = ready && !m_secret.isEmpty();
    const bool locked = m_lockedUntil.isValid() && QDateTime::currentDateTimeUtc() < m_lockedUntil;
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!isBusy() && ready && !locked);
    m_ui->sendCodeButton->setEnabled(!isBusy());
    m_ui->methodCombo->setEnabled(!isBusy());
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

void TwoFactorDialog::sendCode()
{
    if (isBusy())
        return;
    const Choice choice = currentChoice();
    showError({});
    QObject* request = m_requests->start();
    const bool sms = choice.type == QLatin1String("sms");
    auto sent = [this, sms](const QString& secret) {
        if (!secret.isEmpty())
            m_secret = secret;
        m_ui->sendCodeButton->setText(sms && !m_sendCode ? tr("Re&send Code") : tr("&Send Another Code"));
        m_ui->methodNoteLabel->setText(sms ? tr("A code is on its way to your phone. Enter it when it arrives.")
                                           : tr("A code is on its way to your e-mail address. Enter it when it "
                                                "arrives."));
        m_ui->codeEdit->setFocus();
        updateButtons();
    };
    auto onChallenge = [this, sent](ApiResult<TwoFactorChallenge> result) {
        if (!result.ok()) {
            showError(tr("The code could not be sent: %1").arg(result.error.userMessage()));
            return;
        }
        sent(result.value->secret);
    };
    if (m_sendCode) {
        m_sendCode(choice.methodId, choice.type, request, m_requests->done(request, onChallenge));
    } else if (sms && !m_secret.isEmpty()) {
        m_provider->resendTwoFactorSms(m_secret, request, m_requests->done(request, [this, sent](ApiResult<void> r) {
            if (!r.ok()) {
                const TwoFactorOutcome outcome = TwoFactorOutcome::fromError(r.error);
                if (outcome.kind == TwoFactorOutcome::Kind::Expired) {
                    m_secret.clear();
                    m_ui->sendCodeButton->setText(tr("&Send Code"));
                    showError(tr("That code has expired. Send a new one."));
                } else {
                    showError(tr("The code could not be sent: %1").arg(r.error.userMessage()));
                }
                updateButtons();
                return;
            }
            sent({});
        }));
    } else if (sms) {
        m_provider->sendTwoFactorSms({}, request, m_requests->done(request, onChallenge));
    } else {
        m_provider->sendTwoFactorEmail(request, m_requests->done(request, onChallenge));
    }
}

void TwoFactorDialog::accept()
{
    if (isBusy())
        return;
    const Choice choice = currentChoice();
    const QString code = withoutSpaces(m_ui->codeEdit->text());
    TwoFactorProof proof;
    if (choice.type == QLatin1String("backup")) {
        if (!isWellFormedBackupCode(code)) {
            showError(tr("Enter one of your backup codes."));
            return;
        }
        proof.backupCode = code.toUpper();
    } else {
        if (!isWellFormedCode(code)) {
            showError(tr("Enter the 6-digit code."));
            return;
        }
        proof.methodId = choice.methodId;
        if (choice.methodId.isEmpty())
            proof.methodType = choice.type;
        proof.code = code;
        proof.secret = m_secret;
    }
    showError({});
    QObject* request = m_requests->start();
    if (m_verify) {
        m_verify(proof, request, m_requests->done(request, [this, choice](const ApiError& error) {
            if (error.isError()) {
                showOutcome(TwoFactorOutcome::fromError(error), choice);
                return;
            }
            QDialog::accept();
        }));
        return;
    }
    m_provider->twoFactorSignIn(proof, request,
                                m_requests->done(request, [this, choice](ApiResult<TwoFactorSession> result) {
                                    if (!result.ok()) {
                                        showOutcome(TwoFactorOutcome::fromError(result.error), choice);
                                        return;
                                    }
                                    finish(*result.value, choice.type == QLatin1String("backup"));
                                }));
}

void TwoFactorDialog::showOutcome(const TwoFactorOutcome& outcome, const Choice& choice)
{
    using Kind = TwoFactorOutcome::Kind;
    // A code is single-use (a TOTP one also changes every 30 s), so a refused one is cleared for the next.
    m_ui->codeEdit->clear();
    m_ui->codeEdit->setFocus();
    switch (outcome.kind) {
    case Kind::WrongCode:
        if (choice.type == QLatin1String("backup"))
            showError(tr("The backup code was not accepted. Each backup code works only once."));
        else if (choice.type == QLatin1String("totp"))
            showError(tr("The code was not accepted. Enter the current code from your authenticator app; if it keeps "
                         "failing, check your device's clock."));
        else
            showError(tr("The code was not accepted. Check the code in your latest message, or send a new one."));
        break;
    case Kind::Locked:
        // An unknown end still holds Verify back for a minute: the user reads the message before trying again.
        m_lockedUntil
            = outcome.lockedUntil.isValid() ? outcome.lockedUntil : QDateTime::currentDateTimeUtc().addSecs(60);
        m_lockEnds.start(std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(m_lockedUntil)) + 500);
        if (outcome.lockedUntil.isValid())
            showError(tr("Too many wrong codes: two-factor sign-in is locked until %1.")
                          .arg(LocaleFormat::dateTime(outcome.lockedUntil, QLocale::ShortFormat)));
        else
            showError(tr("Too many wrong codes: two-factor sign-in is locked for a while. Try again later."));
        break;
    case Kind::Expired:
        m_secret.clear();
        m_ui->sendCodeButton->setText(tr("&Send Code"));
        showError(tr("That code has expired. Send a new one."));
        break;
    case Kind::Accepted:
    case Kind::Failed:
        showError(outcome.error.userMessage());
        break;
    }
    updateButtons();
}

void TwoFactorDialog::finish(const TwoFactorSession& session, bool backupCode)
{
    const TwoFactorOutcome outcome = TwoFactorOutcome::accepted(session.backupCodesRemaining);
    const int left = outcome.backupCodesRemaining.value_or(-1);
    if (backupCode && left >= 0)
        emit notice(tr("Signed in with a backup code; %n backup code(s) left.", nullptr, left));
    emit verified(session);
    if (backupCode && left >= 0) {
        if (outcome.fewBackupCodesLeft()) {
            MessageBox::warning(
                parentWidget(), tr("Few Backup Codes Left"),
                left == 0 ? tr("You signed in with your last backup code.")
                          : tr("You signed in with a backup code. Only %n backup code(s) are left.", nullptr, left),
                tr("Make new backup codes on the Profile tab, under Two-Factor Authentication, before you run out."));
        }
    }
    QDialog::accept();
}
