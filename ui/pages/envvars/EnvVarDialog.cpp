#include "pages/envvars/EnvVarDialog.h"
#include "ui_EnvVarDialog.h"

#include "core/RequestTracker.h"
#include "pages/envvars/EnvVarRules.h"
#include "providers/ConsoleProvider.h"
#include "providers/Reconcile.h"
#include "widgets/TextTone.h"

#include <QPushButton>

#include <algorithm>

EnvVarDialog::EnvVarDialog(ConsoleProvider* provider, Mode mode, const QString& name, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::EnvVarDialog)
    , m_provider(provider)
    , m_mode(mode)
    , m_requests(new RequestTracker(this))
{
    m_ui->setupUi(this);
    connect(m_requests, &RequestTracker::busyChanged, this, &EnvVarDialog::showBusy);
    m_ui->busyBar->setVisible(false);
    m_ui->errorLabel->setVisible(false);
    // A red that keeps its contrast on light and dark palettes alike.
    m_ui->errorLabel->setStyleSheet(TextTone::styleSheet(m_ui->errorLabel, TextTone::Tone::Error));
    QPushButton* save = m_ui->buttonBox->button(QDialogButtonBox::Save);
    save->setObjectName(QStringLiteral("saveButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));

    if (m_mode == Mode::Update) {
        setWindowTitle(tr("Change Environment Variable"));
        m_ui->nameEdit->setText(name);
        m_ui->nameEdit->setReadOnly(true);
        m_ui->introLabel->setText(tr("Enter a new value for %1. The old value cannot be shown: Vast.ai only "
                                     "returns it masked.")
                                      .arg(name));
        m_ui->valueEdit->setFocus();
    } else {
        setWindowTitle(tr("New Environment Variable"));
        m_ui->nameEdit->setFocus();
    }

    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &EnvVarDialog::updateHints);
    // An error is about what was sent: once the user changes it, it no longer applies (issue 18 item 12).
    for (QLineEdit* edit : {m_ui->nameEdit, m_ui->valueEdit})
        connect(edit, &QLineEdit::textEdited, m_ui->errorLabel, &QWidget::hide);
    connect(m_ui->valueEdit, &QLineEdit::textChanged, this, &EnvVarDialog::updateHints);
    connect(m_ui->showValueCheck, &QCheckBox::toggled, this,
            [this](bool show) { m_ui->valueEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password); });
    // Enter while Save is disabled would otherwise do nothing at all; accept() explains what is missing.
    connect(m_ui->nameEdit, &QLineEdit::returnPressed, this, &EnvVarDialog::accept);
    connect(m_ui->valueEdit, &QLineEdit::returnPressed, this, &EnvVarDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &EnvVarDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &EnvVarDialog::reject);
    updateHints();
}

EnvVarDialog::~EnvVarDialog() = default;

QString EnvVarDialog::savedName() const
{
    return EnvVarRules::normalizedName(m_ui->nameEdit->text());
}

void EnvVarDialog::setListedNames(const QStringList& names)
{
    m_listedNames = names;
    updateHints();
}

QString EnvVarDialog::listedNameProblem() const
{
    if (m_mode != Mode::Create || !m_listedNames.contains(savedName()))
        return {};
    return tr("A variable named %1 already exists. To replace its value, select it and choose Change Value.")
        .arg(savedName());
}

void EnvVarDialog::showError(const QString& text)
{
    m_ui->errorLabel->setText(text);
    m_ui->errorLabel->setVisible(true);
}

void EnvVarDialog::updateHints()
{
    const QString name = m_ui->nameEdit->text();
    const QString value = m_ui->valueEdit->text();
    QString nameHint;
    if (m_mode == Mode::Create && !name.trimmed().isEmpty()) {
        nameHint = EnvVarRules::nameProblem(name);
        if (nameHint.isEmpty())
            nameHint = listedNameProblem();
        if (nameHint.isEmpty() && savedName() != name)
            nameHint = tr("It will be saved as %1.").arg(savedName());
    }
    m_ui->nameHintLabel->setText(nameHint);
    m_ui->nameHintLabel->setVisible(!nameHint.isEmpty());
    const QString valueHint = value.isEmpty() ? QString() : EnvVarRules::valueProblem(value);
    m_ui->valueHintLabel->setText(valueHint);
    m_ui->valueHintLabel->setVisible(!valueHint.isEmpty());

    const bool valid = EnvVarRules::nameProblem(name).isEmpty() && listedNameProblem().isEmpty()
        && EnvVarRules::valueProblem(value).isEmpty();
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(valid && !m_requests->isBusy());
}

void EnvVarDialog::showBusy(bool busy)
{
    m_ui->busyBar->setVisible(busy);
    m_ui->nameEdit->setEnabled(!busy);
    m_ui->valueEdit->setEnabled(!busy);
    updateHints();
    emit busyChanged(busy);
}

void EnvVarDialog::accept()
{
    if (m_requests->isBusy())
        return;
    const QString name = m_ui->nameEdit->text();
    const QString value = m_ui->valueEdit->text();
    // The Save button is disabled while these fail, but Enter in a field still lands here.
    QString problem = EnvVarRules::nameProblem(name);
    if (problem.isEmpty())
        problem = listedNameProblem();
    if (problem.isEmpty())
        problem = EnvVarRules::valueProblem(value);
    if (!problem.isEmpty()) {
        m_ui->errorLabel->setText(problem);
        m_ui->errorLabel->setVisible(true);
        return;
    }
    m_ui->errorLabel->setVisible(false);
    m_createdAfterLostAnswer = false;
    QObject* request = m_requests->start();
    if (m_mode == Mode::Update) {
        // The server masks values (docs/api/vast-endpoints.md §3.3), so whether a lost update landed cannot be read
        // back; this PUT is idempotent, so trying again is safe.
        m_provider->updateEnvVar(savedName(), value, request, m_requests->done(request, [this](ApiResult<void> result) {
            if (!result.ok()) {
                // What the user typed stays in the fields so that they can correct it and try again.
                showError(result.error.userMessage());
                return;
            }
            QDialog::accept();
        }));
        return;
    }
    const QString saved = savedName();
    Reconcile::createEnvVar(
        m_provider, saved, value, m_listedNames, request,
        m_requests->done(request, [this, name = saved](const Reconcile::EnvVarCreated& outcome) {
            if (outcome.reread)
                emit variablesRelisted(*outcome.reread);
            if (outcome.ok()) {
                m_createdAfterLostAnswer = outcome.answerLost();
                QDialog::accept();
                return;
            }
            // The fields keep what the user typed; Save sends it again.
            if (outcome.state == Reconcile::State::Unknown) {
                showError(tr("No readable answer came back from the server, and Keydeck could not check whether the "
                             "variable %1 "
                             "was created. Look at the list before you try again.")
                              .arg(name));
            } else if (outcome.answerLost() && outcome.error.kind() == ApiError::Kind::Conflict) {
                showError(
                    tr("No readable answer came back from the server. The variable %1 already existed, and the server "
                       "does not create a name twice, so nothing changed; use Change Value to replace its value.")
                        .arg(name));
            } else if (outcome.answerLost()) {
                showError(
                    tr("No readable answer came back from the server, and the variable %1 was not created; you can try "
                       "again.")
                        .arg(name));
            } else if (outcome.error.kind() == ApiError::Kind::Conflict) {
                // The server's own words ("…; use update.") name its API, not what the user can do.
                showError(tr("A variable named %1 already exists. To replace its value, select it and choose Change "
                             "Value.")
                              .arg(name));
            } else {
                showError(outcome.error.userMessage());
            }
        }));
}
