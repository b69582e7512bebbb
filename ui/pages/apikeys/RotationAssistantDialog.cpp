#include "pages/apikeys/RotationAssistantDialog.h"
#include "ui_RotationAssistantDialog.h"

#include "UiContext.h"
#include "clipboard/SecretClipboard.h"
#include "core/LocaleFormat.h"
#include "core/RequestTracker.h"
#include "pages/apikeys/ApiKeyPermissions.h"
#include "pages/apikeys/ConsoleLinks.h"
#include "pages/apikeys/KeyEntryDialog.h"
#include "pages/apikeys/KeySwitcher.h"
#include "pages/apikeys/LostKeyRecovery.h"
#include "providers/ConsoleProvider.h"
#include "providers/Reconcile.h"
#include "widgets/MessageBox.h"
#include "widgets/TextTone.h"

#include <QDate>
#include <QFontDatabase>

RotationAssistantDialog::RotationAssistantDialog(ConsoleProvider* provider, UiContext* context,
                                                 const ApiKeyInfo& oldKey, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::RotationAssistantDialog)
    , m_provider(provider)
    , m_context(context)
    , m_switcher(new KeySwitcher(provider, context, this))
    , m_requests(new RequestTracker(this))
    , m_oldKey(oldKey)
{
    m_ui->setupUi(this);
    connect(m_requests, &RequestTracker::busyChanged, this, &RotationAssistantDialog::showBusy);
    connect(m_requests, &RequestTracker::busyChanged, this, &RotationAssistantDialog::busyChanged);
    const QString product = provider->displayName();
    const QString variable = provider->info().apiKeyVariable;
    m_ui->newKeyEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // The key leaves only through SecretClipboard (hint and auto-clear), never through the line edit's own copy.
    m_ui->newKeyEdit->setFocusPolicy(Qt::NoFocus);
    m_ui->newKeyEdit->setContextMenuPolicy(Qt::NoContextMenu);
    m_ui->envSnippetEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // The example names the variable only; the key itself is pasted by the user, never written into text.
    m_ui->envSnippetEdit->setText(QStringLiteral("export %1=\"<%2>\"").arg(variable, tr("paste the new key here")));

    if (isVast()) {
        m_ui->generateText->setText(
            tr("Keydeck creates a second key with the same permissions as the old one. The old key keeps working "
               "until the last step, so nothing breaks while you update your applications."));
        m_ui->newKeyNameEdit->setText(
            tr("Rotated %1").arg(LocaleFormat::date(QDate::currentDate(), QLocale::ShortFormat)));
        m_ui->openConsoleButton->setVisible(false);
        m_ui->pasteKeyButton->setVisible(false);
        m_ui->updateText->setText(tr("Put the new key into every application and environment that used the old one, "
                                     "for example in the %1 environment variable. The server shows this key only "
                                     "now.")
                                      .arg(variable));
        m_ui->revokeText->setText(m_oldKey.id.isEmpty()
                                      ? tr("Delete the old key once everything works with the new one. Keydeck "
                                           "does not know which key is the old one: close this assistant and "
                                           "delete it in the list.")
                                      : tr("Delete the old key (ID %1) once everything works with the new one. "
                                           "Anything still using it stops working at once.")
                                            .arg(m_oldKey.id));
        m_ui->revokeOldButton->setText(tr("&Delete the Old Key…"));
        m_ui->revokeOldButton->setEnabled(!m_oldKey.id.isEmpty());
    } else {
        m_ui->generateText->setText(tr("Generate a new key in the %1 console (Settings, API tab), then paste it "
                                       "here. Keydeck checks it and stores it in place of the old one.")
                                        .arg(product));
        m_ui->newKeyNameLabel->setVisible(false);
        m_ui->newKeyNameEdit->setVisible(false);
        m_ui->createKeyButton->setVisible(false);
        m_ui->newKeyEdit->setVisible(false);
        m_ui->useInKeydeckButton->setVisible(false);
        m_ui->copyNewKeyButton->setText(tr("&Copy the New Key"));
        m_ui->updateText->setText(tr("Keydeck already uses the new key. Put it into every application and "
                                     "environment that used the old one, for example in the %1 environment "
                                     "variable.")
                                      .arg(variable));
        m_ui->revokeText->setText(tr("Revoke the old key in the %1 console once everything works with the new one. "
                                     "Anything still using it stops working at once.")
                                      .arg(product));
        m_ui->revokeOldButton->setText(tr("&Open the Console to Revoke the Old Key"));
    }
    m_ui->testText->setText(tr("Test your applications with the new key. Keydeck tests its own key with a live "
                               "call to %1.")
                                .arg(product));
    for (QLabel* status : {m_ui->generateStatus, m_ui->updateStatus, m_ui->testStatus, m_ui->revokeStatus})
        status->setVisible(false);

    connect(m_ui->createKeyButton, &QPushButton::clicked, this, &RotationAssistantDialog::createKey);
    connect(m_ui->openConsoleButton, &QPushButton::clicked, this, [this] {
        ConsoleLinks::showIn(ConsoleLinks::openApiKeysPage(m_provider, m_context), m_ui->generateStatus);
    });
    connect(m_ui->pasteKeyButton, &QPushButton::clicked, this, &RotationAssistantDialog::pasteKey);
    connect(m_ui->copyNewKeyButton, &QPushButton::clicked, this, &RotationAssistantDialog::copyNewKey);
    connect(m_ui->useInKeydeckButton, &QPushButton::clicked, this, &RotationAssistantDialog::useNewKey);
    connect(m_ui->testKeyButton, &QPushButton::clicked, this, &RotationAssistantDialog::testKey);
    connect(m_ui->revokeOldButton, &QPushButton::clicked, this, &RotationAssistantDialog::revokeOld);
    connect(m_ui->backButton, &QPushButton::clicked, this,
            [this] { goTo(static_cast<Step>(std::max(0, m_ui->stepStack->currentIndex() - 1))); });
    connect(m_ui->nextButton, &QPushButton::clicked, this,
            [this] { goTo(static_cast<Step>(std::min(3, m_ui->stepStack->currentIndex() + 1))); });
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::accept);
    goTo(Step::Generate);
}

void RotationAssistantDialog::setListedKeys(const QList<ApiKeyInfo>& keys)
{
    m_listedKeys = keys;
}

RotationAssistantDialog::~RotationAssistantDialog()
{
    m_newKey.key.fill(QChar(u'\0'));
}

bool RotationAssistantDialog::isVast() const
{
    return m_provider && m_provider->has(ConsoleProvider::Capability::ApiKeysManage);
}

RotationAssistantDialog::Step RotationAssistantDialog::step() const
{
    return static_cast<Step>(m_ui->stepStack->currentIndex());
}

void RotationAssistantDialog::goTo(Step step)
{
    const int index = static_cast<int>(step);
    m_ui->stepStack->setCurrentIndex(index);
    static const char* const titles[] = {
        QT_TR_NOOP("Step 1 of 4: generate a new key"),
        QT_TR_NOOP("Step 2 of 4: update your applications"),
        QT_TR_NOOP("Step 3 of 4: test"),
        QT_TR_NOOP("Step 4 of 4: revoke the old key"),
    };
    m_ui->stepLabel->setText(QStringLiteral("<b>%1</b>").arg(tr(titles[index]).toHtmlEscaped()));
    m_ui->backButton->setEnabled(index > 0);
    m_ui->nextButton->setVisible(index < 3);
    m_ui->nextButton->setEnabled(index > 0 || m_generated);
    m_ui->closeButton->setText(index == 3 ? tr("&Finish") : tr("C&lose"));
}

void RotationAssistantDialog::setStatus(QLabel* label, const QString& text, bool error)
{
    label->setText(text);
    label->setStyleSheet(error ? TextTone::styleSheet(label, TextTone::Tone::Error) : QString());
    label->setVisible(!text.isEmpty());
}

void RotationAssistantDialog::showBusy(bool busy)
{
    for (QPushButton* button : {m_ui->createKeyButton, m_ui->pasteKeyButton, m_ui->useInKeydeckButton,
                                m_ui->testKeyButton, m_ui->revokeOldButton, m_ui->nextButton, m_ui->backButton}) {
        button->setEnabled(!busy);
    }
    if (!busy)
        goTo(step());
    if (!busy) {
        m_ui->createKeyButton->setEnabled(!m_generated);
        m_ui->useInKeydeckButton->setEnabled(!m_usingNewKey && m_generated);
        m_ui->revokeOldButton->setEnabled(!m_oldRevoked && (!isVast() || !m_oldKey.id.isEmpty()));
    }
}

void RotationAssistantDialog::createKey()
{
    if (!m_provider || m_generated)
        return;
    // Same permissions as the old key when the list showed them; otherwise the console's default, full access.
    QJsonObject permissions = m_oldKey.permissions;
    if (!permissions.value(QLatin1String("api")).isObject())
        permissions = ApiKeyPermissions::fromCategories(ApiKeyPermissions::categories());
    // One request until the outcome is known, including the re-list after a lost answer (LostKeyRecovery).
    QObject* r = m_requests->start();
    setStatus(m_ui->generateStatus, tr("Creating the new key…"), false);
    const QString name = m_ui->newKeyNameEdit->text().trimmed();
    Reconcile::createApiKey(
        m_provider, name, permissions, m_listedKeys, r, [this, r, name](const Reconcile::ApiKeyCreated& outcome) {
            if (outcome.answerLost()) {
                // The server may have created it anyway: Reconcile looked before the user creates it twice.
                LostKeyRecovery::settle(m_provider, name, outcome, this,
                                        m_requests->done(r, [this](const LostKeyRecovery::Outcome& settled) {
                                            setStatus(m_ui->generateStatus, settled.message,
                                                      settled.finding != LostKeyRecovery::Finding::CreatedAndDeleted);
                                            if (settled.keys)
                                                m_listedKeys = *settled.keys;
                                            if (settled.finding != LostKeyRecovery::Finding::NotCreated)
                                                emit keysChanged();
                                        }));
                return;
            }
            if (outcome.ok()) {
                m_newKey = *outcome.value;
                m_generated = true;
                m_ui->newKeyEdit->setText(m_newKey.key);
                m_ui->newKeyEdit->setCursorPosition(0);
            }
            // Ended once the key is known, so the buttons come back for the step it reached.
            m_requests->finish(r);
            if (!outcome.ok()) {
                setStatus(m_ui->generateStatus, tr("The key was not created. %1").arg(outcome.error.userMessage()),
                          true);
                return;
            }
            setStatus(m_ui->generateStatus,
                      tr("The new key (ID %1) was created. Continue with the next step.").arg(m_newKey.id), false);
            emit keysChanged();
        });
}

void RotationAssistantDialog::pasteKey()
{
    auto* dialog = new KeyEntryDialog(m_provider, m_context, KeyEntryDialog::Purpose::Replace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        m_generated = true;
        m_usingNewKey = true;
        setStatus(m_ui->generateStatus, tr("Keydeck checked the new key, stored it and uses it now."), false);
        goTo(step());
        emit keySwitched({});
    });
    dialog->open();
}

void RotationAssistantDialog::copyNewKey()
{
    if (!m_context || !m_context->clipboard)
        return;
    if (isVast()) {
        if (m_newKey.key.isEmpty())
            return;
        m_context->clipboard->copySecret(m_newKey.key);
        setStatus(m_ui->updateStatus, tr("Copied. The clipboard is cleared automatically."), false);
        return;
    }
    m_switcher->readStoredKey(this, [this](const SecretError& error, const QString& key) {
        if (!error.isOk() || key.isEmpty()) {
            setStatus(m_ui->updateStatus, error.isOk() ? tr("No key is stored.") : error.message(), true);
            return;
        }
        m_context->clipboard->copySecret(key);
        setStatus(m_ui->updateStatus, tr("Copied. The clipboard is cleared automatically."), false);
    });
}

void RotationAssistantDialog::useNewKey()
{
    if (m_newKey.key.isEmpty())
        return;
    QObject* r = m_requests->start();
    setStatus(m_ui->updateStatus, tr("Checking the new key…"), false);
    m_switcher->verifyAndAdopt(m_newKey.key, r, [this, r](const KeySwitcher::Outcome& outcome) {
        if (outcome.ok() || outcome.step == KeySwitcher::Outcome::Step::Store)
            m_usingNewKey = true;
        m_requests->finish(r);
        if (!outcome.ok()) {
            setStatus(m_ui->updateStatus, outcome.message(), true);
        } else {
            setStatus(m_ui->updateStatus, tr("Keydeck stored the new key and uses it now."), false);
        }
        if (m_usingNewKey)
            emit keySwitched(m_newKey.id);
    });
}

void RotationAssistantDialog::testKey()
{
    if (!m_provider)
        return;
    QObject* r = m_requests->start();
    setStatus(m_ui->testStatus, tr("Testing…"), false);
    m_provider->verifyKey(r, m_requests->done(r, [this](ApiResult<void> result) {
        if (result.ok())
            setStatus(m_ui->testStatus, tr("The key works: %1 accepted it.").arg(m_provider->displayName()), false);
        else
            setStatus(m_ui->testStatus, tr("The test failed. %1").arg(result.error.userMessage()), true);
    }));
}

void RotationAssistantDialog::revokeOld()
{
    if (!m_provider)
        return;
    if (!isVast()) {
        ConsoleLinks::Result console = ConsoleLinks::openApiKeysPage(m_provider, m_context);
        if (console.opened != ConsoleLinks::Opened::Demo)
            console.message = tr("%1 Revoke the old key there.").arg(console.message);
        ConsoleLinks::showIn(console, m_ui->revokeStatus);
        return;
    }
    if (m_oldKey.id.isEmpty())
        return;
    const QString text = m_usingNewKey
        ? tr("Delete the old API key (ID %1)? Anything still using it stops working at once.").arg(m_oldKey.id)
        : tr("Keydeck still uses the old key (ID %1). Deleting it locks Keydeck out of this account until you enter "
             "another key. Delete it anyway?")
              .arg(m_oldKey.id);
    if (!MessageBox::confirm(this, tr("Delete the Old Key"), text, tr("&Delete")))
        return;
    QObject* r = m_requests->start();
    m_provider->deleteApiKey(m_oldKey.id, r, [this, r](ApiResult<void> result) {
        if (result.ok())
            m_oldRevoked = true;
        m_requests->finish(r);
        if (result.ok()) {
            setStatus(m_ui->revokeStatus, tr("The old key was deleted. The rotation is complete."), false);
            emit keysChanged();
        } else {
            setStatus(m_ui->revokeStatus, tr("The old key was not deleted. %1").arg(result.error.userMessage()), true);
        }
    });
}

void RotationAssistantDialog::done(int result)
{
    // Closing abandons what is under way (the calls are aborted) and ends busyChanged for the page.
    m_requests->cancelAll();
    m_ui->newKeyEdit->clear();
    m_newKey.key.fill(QChar(u'\0'));
    m_newKey.key.clear();
    QDialog::done(result);
}
