#include "dialogs/twofactor/BackupCodesDialog.h"
#include "ui_BackupCodesDialog.h"

#include "clipboard/SecretClipboard.h"
#include "secrets/BackupCodesFile.h"
#include "widgets/MessageBox.h"

#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QKeySequence>
#include <QShortcut>

BackupCodesDialog::BackupCodesDialog(const QStringList& codes, const QString& account, SecretClipboard* clipboard,
                                     QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::BackupCodesDialog)
    , m_clipboard(clipboard)
    , m_codes(codes)
    , m_account(account)
{
    m_ui->setupUi(this);
    m_ui->codesView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->codesView->setPlainText(m_codes.join(QLatin1Char('\n')));
    // Copies go through SecretClipboard only: no focus, so Ctrl+C reaches the dialog's shortcut, and no context menu
    // with a plain "Copy" (as NewKeyDialog).
    m_ui->codesView->setFocusPolicy(Qt::NoFocus);
    m_ui->codesView->setContextMenuPolicy(Qt::NoContextMenu);
    m_ui->codesView->setTextInteractionFlags(Qt::NoTextInteraction);
    m_ui->statusLabel->setVisible(false);
    m_ui->copyButton->setEnabled(m_clipboard != nullptr);
    connect(m_ui->copyButton, &QPushButton::clicked, this, &BackupCodesDialog::copy);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &BackupCodesDialog::save);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::accept);
    auto* copyShortcut = new QShortcut(QKeySequence::Copy, this);
    connect(copyShortcut, &QShortcut::activated, m_ui->copyButton, &QPushButton::click);
}

BackupCodesDialog::~BackupCodesDialog()
{
    for (QString& code : m_codes)
        code.fill(QChar(u'\0'));
}

void BackupCodesDialog::copy()
{
    if (!m_clipboard)
        return;
    m_clipboard->copySecret(m_codes.join(QLatin1Char('\n')));
    m_copied = true;
    setStatus(tr("Copied. The clipboard is cleared in %n second(s).", nullptr,
                 static_cast<int>(m_clipboard->clearTimeout().count() / 1000)),
              false);
}

void BackupCodesDialog::save()
{
    QString path = m_savePathForTesting;
    if (path.isEmpty()) {
        path = QFileDialog::getSaveFileName(this, tr("Save Backup Codes"),
                                            QDir::home().filePath(QStringLiteral("vast-backup-codes.txt")),
                                            tr("Text files (*.txt)"));
    }
    if (path.isEmpty())
        return;
    QString error;
    if (!BackupCodesFile::write(path, m_codes, m_account, &error)) {
        setStatus(tr("The codes could not be saved to %1: %2").arg(QDir::toNativeSeparators(path), error), true);
        return;
    }
    m_saved = true;
    setStatus(tr("Saved to %1, readable only by you.").arg(QDir::toNativeSeparators(path)), false);
}

void BackupCodesDialog::setStatus(const QString& message, bool error)
{
    m_ui->statusLabel->setText(message);
    m_ui->statusLabel->setStyleSheet(error ? QStringLiteral("color: #e5534b;") : QString());
    m_ui->statusLabel->setVisible(!message.isEmpty());
}

void BackupCodesDialog::done(int result)
{
    if (!codesKept()
        && !MessageBox::confirm(this, tr("Close Without Saving the Codes?"),
                                tr("You have neither copied nor saved these backup codes. The server shows them only "
                                   "once: after you close this window, nobody can see them again, and your old codes "
                                   "no longer work."),
                                tr("&Close Without Saving"))) {
        return;
    }
    m_ui->codesView->clear();
    for (QString& code : m_codes)
        code.fill(QChar(u'\0'));
    m_codes.clear();
    QDialog::done(result);
}
