#include "pages/profile/TwoFactorSection.h"
#include "ui_TwoFactorSection.h"

#include "UiContext.h"
#include "core/LocaleFormat.h"
#include "core/RequestTracker.h"
#include "dialogs/twofactor/BackupCodesDialog.h"
#include "dialogs/twofactor/TwoFactorController.h"
#include "dialogs/twofactor/TwoFactorDialog.h"
#include "pages/profile/NewTwoFactorMethodDialog.h"
#include "providers/ConsoleProvider.h"
#include "secrets/AccountsRegistry.h"
#include "widgets/ListHeader.h"
#include "widgets/MessageBox.h"

#include <QHeaderView>
#include <QPushButton>

namespace { } // namespace

TwoFactorSection::TwoFactorSection(ConsoleProvider* provider, UiContext* context, QWidget* parent)
    : QGroupBox(parent)
    , m_ui(new Ui::TwoFactorSection)
    , m_provider(provider)
    , m_context(context)
    , m_requests(new RequestTracker(this))
{
    m_ui->setupUi(this);
    m_ui->errorLabel->setVisible(false);
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #e5534b;"));
    m_ui->methodsTree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    ListHeader::uniformRows(m_ui->methodsTree);
    // Room for the header and two methods, whatever the window's height (the page scrolls instead).
    m_ui->methodsTree->setMinimumHeight(m_ui->methodsTree->header()->sizeHint().height()
                                        + 2 * ListHeader::rowHeight(m_ui->methodsTree)
                                        + 2 * m_ui->methodsTree->frameWidth());
    connect(m_requests, &RequestTracker::busyChanged, this, [this](bool busy) {
        updateButtons();
        emit busyChanged(busy);
    });
    connect(m_ui->methodsTree, &QTreeWidget::currentItemChanged, this, [this] {
        const TwoFactorMethod* method = selectedMethod();
        m_ui->labelEdit->setText(method ? method->label : QString());
        updateButtons();
    });
    connect(m_ui->labelEdit, &QLineEdit::textChanged, this, &TwoFactorSection::updateButtons);
    connect(m_ui->labelEdit, &QLineEdit::returnPressed, this, &TwoFactorSection::renameSelected);
    connect(m_ui->renameButton, &QPushButton::clicked, this, &TwoFactorSection::renameSelected);
    connect(m_ui->makePrimaryButton, &QPushButton::clicked, this, &TwoFactorSection::makeSelectedPrimary);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &TwoFactorSection::removeSelected);
    connect(m_ui->setUpAuthenticatorButton, &QPushButton::clicked, this, &TwoFactorSection::setUpAuthenticator);
    connect(m_ui->addPhoneButton, &QPushButton::clicked, this, &TwoFactorSection::addPhone);
    connect(m_ui->regenerateButton, &QPushButton::clicked, this, &TwoFactorSection::regenerateBackupCodes);
    showStatus();
}

TwoFactorSection::~TwoFactorSection() = default;

void TwoFactorSection::setTwoFactorController(TwoFactorController* controller)
{
    m_controller = controller;
}

bool TwoFactorSection::handleFailure(const ApiError& error, const QString& sentence, std::function<void()> retry)
{
    if (error.needsTwoFactorSession()) {
        // Seen in the running app: a rename refused for want of a session asked for a code, then dropped the new
        // label. With the controller, the action runs again with it once signed in.
        if (m_controller)
            m_controller->handleApiError(error, std::move(retry));
        else
            emit twoFactorNeeded(error);
        return true;
    }
    showError(sentence.arg(error.userMessage()));
    return true;
}

void TwoFactorSection::refresh()
{
    QObject* request = m_requests->replacing(QStringLiteral("status"));
    m_provider->twoFactorStatus(request, m_requests->done(request, [this](ApiResult<TwoFactorStatus> status) {
        if (!status.ok()) {
            handleFailure(status.error, tr("The two-factor status could not be loaded: %1"));
            return;
        }
        showError({});
        m_status = *status.value;
        m_loaded = true;
        showStatus();
        emit enabledChanged(m_status.enabled && !m_status.methods.isEmpty());
    }));
}

void TwoFactorSection::showStatus()
{
    const QString selectedId = selectedMethod() ? selectedMethod()->id : QString();
    m_ui->methodsTree->clear();
    if (!m_loaded) {
        m_ui->statusLabel->setText(tr("Loading the two-factor status…"));
    } else if (!m_status.enabled || m_status.methods.isEmpty()) {
        m_ui->statusLabel->setText(tr("Two-factor authentication is off. Set up an authenticator app or a phone to "
                                      "turn it on; from then on, the API key alone no longer signs in."));
    } else {
        m_ui->statusLabel->setText(
            tr("Two-factor authentication is on with %n method(s).", nullptr, int(m_status.methods.size())));
    }
    for (const TwoFactorMethod& method : std::as_const(m_status.methods)) {
        QString type = method.type == QLatin1String("totp") ? tr("Authenticator app")
            : method.type == QLatin1String("sms")           ? tr("Text message")
            : method.type == QLatin1String("email")         ? tr("E-mail")
                                                            : method.type;
        if (method.primary)
            type = tr("%1 (primary)").arg(type);
        QString label = method.label;
        if (!method.phoneNumber.isEmpty())
            label = tr("%1, %2").arg(method.label, method.phoneNumber);
        auto* item = new QTreeWidgetItem(
            {type, label,
             method.createdAt.isValid()
                 ? LocaleFormat::date(method.createdAt.toLocalTime().date(), QLocale::ShortFormat)
                 : QString(),
             method.lastUsed.isValid() ? LocaleFormat::dateTime(method.lastUsed, QLocale::ShortFormat) : tr("Never")});
        item->setData(0, Qt::UserRole, method.id);
        m_ui->methodsTree->addTopLevelItem(item);
        if (method.id == selectedId)
            m_ui->methodsTree->setCurrentItem(item);
    }
    m_ui->methodsTree->setVisible(!m_status.methods.isEmpty());
    if (m_status.backupCodesRemaining && m_status.enabled) {
        const int left = *m_status.backupCodesRemaining;
        m_ui->backupCodesLabel->setText(
            left <= TwoFactorOutcome::kFewBackupCodes
                ? tr("Only %n backup code(s) left: make new ones before you run out.", nullptr, left)
                : tr("%n backup code(s) left.", nullptr, left));
    } else {
        m_ui->backupCodesLabel->setText({});
    }
    updateButtons();
}

void TwoFactorSection::updateButtons()
{
    const bool busy = m_requests->isBusy();
    const TwoFactorMethod* method = selectedMethod();
    const QString label = m_ui->labelEdit->text().trimmed();
    m_ui->renameButton->setEnabled(!busy && method && !label.isEmpty() && label != method->label);
    m_ui->labelEdit->setEnabled(method != nullptr);
    m_ui->makePrimaryButton->setEnabled(!busy && method && !method->primary);
    m_ui->removeButton->setEnabled(!busy && method);
    m_ui->setUpAuthenticatorButton->setEnabled(!busy && m_loaded);
    m_ui->addPhoneButton->setEnabled(!busy && m_loaded);
    m_ui->regenerateButton->setEnabled(!busy && m_loaded && m_status.enabled && !m_status.methods.isEmpty());
}

void TwoFactorSection::showError(const QString& text)
{
    m_ui->errorLabel->setText(text);
    m_ui->errorLabel->setVisible(!text.isEmpty());
}

const TwoFactorMethod* TwoFactorSection::selectedMethod() const
{
    const QTreeWidgetItem* item = m_ui->methodsTree->currentItem();
    if (!item)
        return nullptr;
    const QString id = item->data(0, Qt::UserRole).toString();
    for (const TwoFactorMethod& method : m_status.methods) {
        if (method.id == id)
            return &method;
    }
    return nullptr;
}

void TwoFactorSection::renameSelected()
{
    const TwoFactorMethod* method = selectedMethod();
    const QString label = m_ui->labelEdit->text().trimmed();
    if (!method || label.isEmpty() || m_requests->isBusy())
        return;
    rename(method->id, label);
}

void TwoFactorSection::rename(const QString& id, const QString& label)
{
    QObject* request = m_requests->start();
    m_provider->updateTwoFactorMethod(id, label, std::nullopt, request,
                                      m_requests->done(request, [this, id, label](ApiResult<void> r) {
                                          if (!r.ok()) {
                                              handleFailure(r.error, tr("The method could not be renamed: %1"),
                                                            [this, id, label] { rename(id, label); });
                                              return;
                                          }
                                          emit statusMessage(tr("The method was renamed."));
                                          refresh();
                                      }));
}

void TwoFactorSection::makeSelectedPrimary()
{
    const TwoFactorMethod* method = selectedMethod();
    if (!method || m_requests->isBusy())
        return;
    makePrimary(method->id);
}

void TwoFactorSection::makePrimary(const QString& id)
{
    QObject* request = m_requests->start();
    m_provider->updateTwoFactorMethod(
        id, std::nullopt, true, request, m_requests->done(request, [this, id](ApiResult<void> r) {
            if (!r.ok()) {
                handleFailure(r.error, tr("The method could not be made primary: %1"), [this, id] { makePrimary(id); });
                return;
            }
            emit statusMessage(tr("The primary method was changed."));
            refresh();
        }));
}

TwoFactorDialog* TwoFactorSection::openProofDialog(
    const QString& reason,
    std::function<void(const TwoFactorProof&, QObject*, std::function<void(const ApiError&)>)> verify)
{
    auto* dialog = new TwoFactorDialog(m_provider, m_status.methods, std::move(verify), {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setReasonText(reason);
    dialog->open();
    return dialog;
}

void TwoFactorSection::removeSelected()
{
    const TwoFactorMethod* method = selectedMethod();
    if (!method)
        return;
    const QString id = method->id;
    const bool last = m_status.methods.size() == 1;
    if (!MessageBox::confirm(
            this, tr("Remove Two-Factor Method?"),
            last ? tr("Remove \"%1\", your last method? Two-factor authentication turns off and your "
                      "backup codes stop working.")
                       .arg(method->label)
                 : tr("Remove \"%1\"? You can still sign in with your other methods.").arg(method->label),
            tr("&Remove"))) {
        return;
    }
    openProofDialog(tr("Confirm the removal with a code from one of your methods, or with a backup code."),
                    [this, id](const TwoFactorProof& proof, QObject* context, auto done) {
                        m_provider->deleteTwoFactorMethod(
                            id, proof, context, [this, done](ApiResult<TwoFactorRemoval> r) {
                                done(r.error);
                                if (!r.ok())
                                    return;
                                emit statusMessage(r.value->remainingMethods
                                                       ? tr("The method was removed.")
                                                       : tr("The method was removed. Two-factor authentication is "
                                                            "off."));
                                refresh();
                            });
                    });
}

void TwoFactorSection::regenerateBackupCodes()
{
    if (!MessageBox::confirm(this, tr("Make New Backup Codes?"),
                             tr("Your current backup codes stop working as soon as the new ones are made."),
                             tr("&Make New Codes"))) {
        return;
    }
    openProofDialog(tr("Confirm with a code from one of your methods, or with a backup code."),
                    [this](const TwoFactorProof& proof, QObject* context, auto done) {
                        m_provider->regenerateBackupCodes(proof, context, [this, done](ApiResult<QStringList> r) {
                            done(r.error);
                            if (!r.ok())
                                return;
                            showBackupCodes(*r.value);
                            refresh();
                        });
                    });
}

void TwoFactorSection::showBackupCodes(const QStringList& codes)
{
    if (codes.isEmpty())
        return;
    // The file's heading names the account as the user knows it (its label), else the e-mail address it signs in
    // with; never the internal id.
    QString account;
    if (m_context && m_context->accounts) {
        if (const std::optional<Account> found = m_context->accounts->find(m_context->accountId))
            account = found->label;
    }
    if (account.isEmpty())
        account = tr("your Vast.ai account");
    auto* dialog = new BackupCodesDialog(codes, account, m_context ? m_context->clipboard : nullptr, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void TwoFactorSection::authorizeThen(std::function<void()> next)
{
    // vastai tfa auth-new: prove an existing method (its code, or a backup code), or, without any, the e-mail address.
    auto secret = std::make_shared<QString>();
    auto send = [this, secret](const QString& methodId, const QString& type, QObject* context, auto done) {
        TwoFactorProof which;
        which.methodId = methodId;
        which.methodType = methodId.isEmpty() ? type : QString();
        m_provider->authorizeNewTwoFactorMethod(which, context, [secret, done](ApiResult<TwoFactorChallenge> r) {
            if (r.ok())
                *secret = r.value->secret;
            done(std::move(r));
        });
    };
    auto verify
        = [this, secret](const TwoFactorProof& proof, QObject* context, std::function<void(const ApiError&)> done) {
              auto finish = [this, done, context](const QString& challengeSecret, const QString& code) {
                  m_provider->finishAuthorizeNewTwoFactorMethod(challengeSecret, code, context,
                                                                [done](ApiResult<void> r) { done(r.error); });
              };
              if (!proof.backupCode.isEmpty() || (proof.secret.isEmpty() && secret->isEmpty())) {
                  // A backup code authorizes at once; an authenticator's code needs the challenge's secret first.
                  m_provider->authorizeNewTwoFactorMethod(proof, context,
                                                          [proof, finish, done](ApiResult<TwoFactorChallenge> r) {
                                                              if (!r.ok() || r.value->secret.isEmpty()) {
                                                                  done(r.error);
                                                                  return;
                                                              }
                                                              finish(r.value->secret, proof.code);
                                                          });
                  return;
              }
              finish(proof.secret.isEmpty() ? *secret : proof.secret, proof.code);
          };
    auto* dialog = new TwoFactorDialog(m_provider, m_status.methods, verify, send, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Authorize a New Method"));
    if (m_status.methods.isEmpty()) {
        dialog->offerOnlyEmail();
        dialog->setReasonText(tr("To add your first method, confirm with a code sent to your e-mail address."));
    } else {
        dialog->setReasonText(tr("To add a method, confirm with one you already have, or with a backup code."));
    }
    connect(dialog, &QDialog::accepted, this, [next] { next(); });
    dialog->open();
}

void TwoFactorSection::setUpAuthenticator()
{
    authorizeThen([this] {
        auto* dialog = new NewTwoFactorMethodDialog(m_provider, NewTwoFactorMethodDialog::Kind::Authenticator, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &NewTwoFactorMethodDialog::activated, this, [this](const TwoFactorActivation& activation) {
            emit statusMessage(tr("The authenticator app was added."));
            showBackupCodes(activation.backupCodes);
            refresh();
        });
        dialog->open();
    });
}

void TwoFactorSection::addPhone()
{
    authorizeThen([this] {
        auto* dialog = new NewTwoFactorMethodDialog(m_provider, NewTwoFactorMethodDialog::Kind::Phone, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &NewTwoFactorMethodDialog::activated, this, [this](const TwoFactorActivation& activation) {
            emit statusMessage(tr("The phone was added."));
            showBackupCodes(activation.backupCodes);
            refresh();
        });
        dialog->open();
    });
}
