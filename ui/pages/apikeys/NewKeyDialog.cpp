#include "pages/apikeys/NewKeyDialog.h"
#include "ui_NewKeyDialog.h"

#include "clipboard/SecretClipboard.h"
#include "widgets/MessageBox.h"
#include "widgets/TextTone.h"

#include <QFontDatabase>
#include <QFontMetrics>
#include <QKeySequence>
#include <QShortcut>

NewKeyDialog::NewKeyDialog(const QString& key, Origin origin, SecretClipboard* clipboard, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::NewKeyDialog)
    , m_clipboard(clipboard)
    , m_key(key)
{
    m_ui->setupUi(this);
    m_ui->keyEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->keyEdit->setText(m_key);
    // Copies go through SecretClipboard only (password-manager hint, auto-clear): no focus, so Ctrl+C reaches the
    // dialog's shortcut, and no context menu with a plain "Copy".
    m_ui->keyEdit->setFocusPolicy(Qt::NoFocus);
    m_ui->keyEdit->setContextMenuPolicy(Qt::NoContextMenu);
    m_ui->keyEdit->setDragEnabled(false);
    m_ui->keyEdit->setCursorPosition(0);
    // The whole key is visible (issue 18 item 22): a 64-character key must not be cut off under empty space.
    const QFontMetrics metrics(m_ui->keyEdit->font());
    m_ui->keyEdit->setMinimumWidth(metrics.horizontalAdvance(m_key) + 4 * metrics.averageCharWidth());
    m_ui->statusLabel->setVisible(false);
    m_ui->copyKeyButton->setEnabled(m_clipboard != nullptr);
    if (origin == Origin::Created) {
        m_ui->explanationLabel->setText(
            tr("This is the only time the server shows this key. Copy it into your application or password "
               "manager now; Keydeck does not keep it unless you choose to use it here."));
    } else if (origin == Origin::OtherKeyReset) {
        m_ui->explanationLabel->setText(
            tr("This is the new value of the key the server reset, most likely the account's main key. Keydeck keeps "
               "using its own key. Copy this one now for the applications that used the old one: the server will not "
               "show it again."));
        m_ui->useKeyButton->setVisible(false);
    } else {
        m_ui->explanationLabel->setText(
            tr("Your old key stopped working. Keydeck uses this new key from now on. Copy it now if other "
               "applications need it: the server will not show it again."));
        m_ui->useKeyButton->setVisible(false);
    }
    connect(m_ui->copyKeyButton, &QPushButton::clicked, this, [this] {
        if (!m_clipboard)
            return;
        m_clipboard->copySecret(m_key);
        m_copied = true;
        setStatus(tr("Copied. The clipboard is cleared in %n second(s).", nullptr,
                     static_cast<int>(m_clipboard->clearTimeout().count() / 1000)),
                  false);
    });
    auto* copyShortcut = new QShortcut(QKeySequence::Copy, this);
    connect(copyShortcut, &QShortcut::activated, m_ui->copyKeyButton, &QPushButton::click);
    connect(m_ui->useKeyButton, &QPushButton::clicked, this, [this] {
        m_ui->useKeyButton->setEnabled(false);
        m_ui->useKeyButton->setText(tr("Checking the key…"));
        emit useKeyRequested(m_key);
    });
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::accept);
    adjustSize();
}

NewKeyDialog::~NewKeyDialog()
{
    m_key.fill(QChar(u'\0'));
}

void NewKeyDialog::setUseResult(bool ok, const QString& message)
{
    if (ok)
        markSaved();
    m_ui->useKeyButton->setText(ok ? tr("Keydeck Uses This Key") : tr("&Use This Key in Keydeck"));
    m_ui->useKeyButton->setEnabled(!ok);
    setStatus(message, !ok);
}

void NewKeyDialog::setStatus(const QString& message, bool error)
{
    m_ui->statusLabel->setText(message);
    m_ui->statusLabel->setStyleSheet(error ? TextTone::styleSheet(m_ui->statusLabel, TextTone::Tone::Error)
                                           : QString());
    m_ui->statusLabel->setVisible(!message.isEmpty());
}

void NewKeyDialog::markSaved()
{
    m_saved = true;
}

void NewKeyDialog::done(int result)
{
    if (!keyKept()
        && !MessageBox::confirm(this, tr("Close Without Saving the Key"),
                                tr("You have not copied this key, and Keydeck has not stored it. The server shows it "
                                   "only once: after you close this window, nobody can see it again."),
                                tr("&Close Without Saving"))) {
        return;
    }
    // Shown once: nothing of the key stays in the widgets after the dialog closes.
    m_ui->keyEdit->clear();
    m_key.fill(QChar(u'\0'));
    m_key.clear();
    QDialog::done(result);
}
