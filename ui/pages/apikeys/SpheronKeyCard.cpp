#include "pages/apikeys/SpheronKeyCard.h"
#include "ui_SpheronKeyCard.h"

#include "UiContext.h"
#include "clipboard/SecretClipboard.h"
#include "core/LocaleFormat.h"
#include "core/RequestTracker.h"
#include "pages/apikeys/ConsoleLinks.h"
#include "pages/apikeys/ExpiryDialog.h"
#include "pages/apikeys/KeyEntryDialog.h"
#include "pages/apikeys/KeyExpiry.h"
#include "pages/apikeys/KeyMask.h"
#include "pages/apikeys/KeySwitcher.h"
#include "providers/ConsoleProvider.h"
#include "widgets/MessageBox.h"
#include "widgets/TextTone.h"

#include <QFontDatabase>
#include <QShortcut>

SpheronKeyCard::SpheronKeyCard(ConsoleProvider* provider, UiContext* context, RequestTracker* requests, QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::SpheronKeyCard)
    , m_provider(provider)
    , m_context(context)
    , m_requests(requests)
    , m_switcher(new KeySwitcher(provider, context, this))
    , m_hideTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->keyValueLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->keyStatusLabel->setVisible(false);
    connect(m_ui->revealButton, &QPushButton::toggled, this, &SpheronKeyCard::showStoredKey);
    // A revealed key does not stay on screen: it hides after 30 s, and when the window loses focus (eventFilter).
    m_hideTimer->setObjectName(QStringLiteral("revealTimer"));
    m_hideTimer->setSingleShot(true);
    m_hideTimer->setInterval(std::chrono::seconds(30));
    connect(m_hideTimer, &QTimer::timeout, this, [this] { m_ui->revealButton->setChecked(false); });
    connect(m_ui->copyKeyButton, &QPushButton::clicked, this, &SpheronKeyCard::copyStoredKey);
    connect(m_ui->setExpiryButton, &QPushButton::clicked, this, &SpheronKeyCard::editExpiry);
    connect(m_ui->testKeyButton, &QPushButton::clicked, this, &SpheronKeyCard::testKey);
    connect(m_ui->revokeButton, &QPushButton::clicked, this, &SpheronKeyCard::revokeKey);
    connect(m_ui->generateKeyButton, &QPushButton::clicked, this, &SpheronKeyCard::generateKey);
    connect(m_ui->spheronRotateButton, &QPushButton::clicked, this, &SpheronKeyCard::rotationRequested);
    auto* copyShortcut = new QShortcut(QKeySequence::Copy, m_ui->activeKeyGroup);
    copyShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(copyShortcut, &QShortcut::activated, this, &SpheronKeyCard::copyStoredKey);
    showStoredKey();
}

SpheronKeyCard::~SpheronKeyCard()
{
    m_storedKey.fill(QChar(u'\0'));
}

void SpheronKeyCard::setRevealTimeout(std::chrono::milliseconds timeout)
{
    m_hideTimer->setInterval(timeout);
}

void SpheronKeyCard::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    QWidget* top = window();
    if (top != m_watchedWindow) {
        if (m_watchedWindow)
            m_watchedWindow->removeEventFilter(this);
        m_watchedWindow = top;
        top->installEventFilter(this);
    }
}

bool SpheronKeyCard::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_watchedWindow && event->type() == QEvent::WindowDeactivate && m_ui->revealButton->isChecked())
        m_ui->revealButton->setChecked(false);
    return QWidget::eventFilter(watched, event);
}

void SpheronKeyCard::showExpiry(const QDate& today, const QDate& expiry)
{
    const KeyExpiry::Level level = KeyExpiry::level(today, expiry);
    m_ui->expiresValueLabel->setText(expiry.isValid() ? LocaleFormat::date(expiry, QLocale::LongFormat)
                                                      : tr("Unknown"));
    m_ui->daysLeftLabel->setText(expiry.isValid() ? KeyExpiry::daysLeftText(today, expiry) : QString());
    m_ui->daysLeftLabel->setStyleSheet(TextTone::styleSheet(
        m_ui->daysLeftLabel, level == KeyExpiry::Level::None ? TextTone::Tone::Neutral : TextTone::Tone::Error,
        QStringLiteral("font-weight: bold;")));
}

void SpheronKeyCard::loadStoredKey()
{
    QObject* r = m_requests->replacing(QStringLiteral("storedKey"));
    m_switcher->readStoredKey(r, m_requests->done(r, [this](const SecretError& error, const QString& key) {
        m_storedKey.fill(QChar(u'\0'));
        m_storedKey = error.isOk() ? key : QString();
        m_hasStoredKey = error.isOk() && !key.isEmpty();
        // A status from an earlier key (e.g. "the key works") must not stay next to a different or no key.
        m_ui->keyStatusLabel->setStyleSheet({});
        m_ui->keyStatusLabel->setText(m_hasStoredKey ? QString()
                                                     : tr("Generate a key in the %1 console, then paste it here with "
                                                          "Generate New Key.")
                                                           .arg(m_provider->displayName()));
        m_ui->keyStatusLabel->setVisible(!m_hasStoredKey);
        showStoredKey();
        if (!error.isOk() && error.kind() != SecretError::Kind::NotFound) {
            m_ui->keyStatusLabel->setText(tr("The stored key could not be read. %1").arg(error.message()));
            m_ui->keyStatusLabel->setVisible(true);
        }
    }));
}

void SpheronKeyCard::showStoredKey()
{
    m_ui->keyValueLabel->setFont(m_hasStoredKey ? QFontDatabase::systemFont(QFontDatabase::FixedFont) : font());
    if (!m_hasStoredKey) {
        m_ui->keyValueLabel->setText(tr("No key stored for this account"));
        m_ui->revealButton->setChecked(false);
    } else {
        m_ui->keyValueLabel->setText(m_ui->revealButton->isChecked() ? m_storedKey : KeyMask::mask(m_storedKey));
    }
    m_ui->revealButton->setText(m_ui->revealButton->isChecked() ? tr("H&ide") : tr("Revea&l"));
    if (m_ui->revealButton->isChecked())
        m_hideTimer->start();
    else
        m_hideTimer->stop();
    for (QWidget* w : {static_cast<QWidget*>(m_ui->revealButton), static_cast<QWidget*>(m_ui->copyKeyButton),
                       static_cast<QWidget*>(m_ui->testKeyButton), static_cast<QWidget*>(m_ui->revokeButton),
                       static_cast<QWidget*>(m_ui->spheronRotateButton)}) {
        w->setEnabled(m_hasStoredKey);
    }
}

void SpheronKeyCard::copyStoredKey()
{
    if (!m_hasStoredKey || !m_context || !m_context->clipboard)
        return;
    m_context->clipboard->copySecret(m_storedKey);
    emit statusMessage(tr("Copied the API key. The clipboard is cleared automatically."));
}

void SpheronKeyCard::testKey()
{
    m_ui->testKeyButton->setEnabled(false);
    m_ui->keyStatusLabel->setText(tr("Testing the key…"));
    m_ui->keyStatusLabel->setStyleSheet({});
    m_ui->keyStatusLabel->setVisible(true);
    QObject* r = m_requests->start();
    m_provider->verifyKey(r, m_requests->done(r, [this](ApiResult<void> result) {
        m_ui->testKeyButton->setEnabled(m_hasStoredKey);
        if (result.ok()) {
            emit keyAccepted();
            m_ui->keyStatusLabel->setText(tr("The key works: %1 accepted it.").arg(m_provider->displayName()));
            m_ui->keyStatusLabel->setStyleSheet(TextTone::styleSheet(m_ui->keyStatusLabel, TextTone::Tone::Good));
        } else {
            emit apiError(result.error);
            m_ui->keyStatusLabel->setText(tr("The key test failed. %1").arg(result.error.userMessage()));
            m_ui->keyStatusLabel->setStyleSheet(TextTone::styleSheet(m_ui->keyStatusLabel, TextTone::Tone::Error));
        }
    }));
}

void SpheronKeyCard::revokeKey()
{
    // Spheron has no key API (docs/api/spheron.md §3): revoking happens in the console; Keydeck only forgets its copy.
    // The question says what really happened to the console page (issue 18 item 4).
    const ConsoleLinks::Result console = ConsoleLinks::openApiKeysPage(m_provider, m_context);
    const QString label = m_switcher->accountLabel();
    QString text;
    switch (console.opened) {
    case ConsoleLinks::Opened::Browser:
        text = tr("The console's API keys page was opened in your web browser (%1). Revoke the key there. Should "
                  "Keydeck also forget its copy of the key for “%2”?")
                   .arg(console.url.toString(), label);
        break;
    case ConsoleLinks::Opened::NoBrowser:
        text = tr("No web browser opened. Open %1 yourself and revoke the key there. Should Keydeck also forget its "
                  "copy of the key for “%2”?")
                   .arg(console.url.toString(), label);
        break;
    case ConsoleLinks::Opened::Demo:
        text = tr("This demo account has no web console, so there is nothing to revoke there. Should Keydeck forget "
                  "its copy of the key for “%1”?")
                   .arg(label);
        break;
    }
    emit statusMessage(console.message);
    if (!MessageBox::confirm(this, tr("Revoke API Key"), text, tr("&Forget the Key"),
                             tr("The account stays in Keydeck; use Generate New Key to enter a new key later."))) {
        return;
    }
    QObject* r = m_requests->start();
    m_switcher->forget(r, m_requests->done(r, [this](const KeySwitcher::Outcome& outcome) {
        if (!outcome.ok()) {
            MessageBox::warning(this, tr("Revoke API Key"), tr("Keydeck could not forget the key."), outcome.message());
            return;
        }
        m_switcher->clearKeyExpiry();
        emit statusMessage(tr("Keydeck forgot the API key of “%1”.").arg(m_switcher->accountLabel()));
        emit keyChanged();
    }));
}

void SpheronKeyCard::generateKey()
{
    auto* dialog = new KeyEntryDialog(m_provider, m_context, KeyEntryDialog::Purpose::Replace, this);
    dialog->setObjectName(QStringLiteral("keyEntryDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &KeyEntryDialog::busyChanged, m_requests, &RequestTracker::hold);
    connect(dialog, &QDialog::accepted, this, [this] {
        emit keyAccepted();
        m_switcher->clearKeyExpiry();
        emit statusMessage(tr("Keydeck uses the new key. Set its expiry date so Keydeck can warn you in time."));
        emit keyChanged();
    });
    dialog->open();
    dialog->openConsole();
}

void SpheronKeyCard::editExpiry()
{
    auto* dialog = new ExpiryDialog(m_switcher->keyExpiry(), this);
    dialog->setObjectName(QStringLiteral("expiryDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_switcher->setKeyExpiry(dialog->expiry());
        emit expiryChanged();
    });
    dialog->open();
}
