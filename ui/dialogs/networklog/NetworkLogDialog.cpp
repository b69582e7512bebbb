#include "dialogs/networklog/NetworkLogDialog.h"

#include "net/NetworkLog.h"
#include "ui_NetworkLogDialog.h"
#include "widgets/MessageBox.h"

#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QLocale>
#include <QPushButton>

NetworkLogDialog::NetworkLogDialog(NetworkLog* log, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NetworkLogDialog>())
    , m_log(log)
{
    m_ui->setupUi(this);
    m_ui->entriesTree->setObjectName(QStringLiteral("entriesTree"));
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->entriesTree, &QTreeWidget::currentItemChanged, this, &NetworkLogDialog::showSelected);
    connect(m_ui->copyCurlButton, &QPushButton::clicked, this, &NetworkLogDialog::copyCurl);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &NetworkLogDialog::save);
    connect(m_ui->clearButton, &QPushButton::clicked, m_log, &NetworkLog::clear);
    connect(m_log, &NetworkLog::entryAdded, this, [this] {
        // The log drops its oldest entries beyond its cap: then the rows no longer line up, so start over.
        if (m_ui->entriesTree->topLevelItemCount() + 1 != m_log->entries().size())
            reload();
        else
            appendEntry(int(m_log->entries().size()) - 1);
    });
    connect(m_log, &NetworkLog::cleared, this, &NetworkLogDialog::reload);
    reload();
}

NetworkLogDialog::~NetworkLogDialog() = default;

void NetworkLogDialog::reload()
{
    m_ui->entriesTree->clear();
    for (int i = 0; i < m_log->entries().size(); ++i)
        appendEntry(i);
    showSelected();
}

void NetworkLogDialog::appendEntry(int index)
{
    const NetworkLogEntry& e = m_log->entries().at(index);
    const QLocale locale;
    auto* item = new QTreeWidgetItem(m_ui->entriesTree);
    item->setText(0, locale.toString(e.time.toLocalTime().time(), QStringLiteral("HH:mm:ss.zzz")));
    item->setText(1, e.account.isEmpty() ? tr("(no account)") : e.account);
    item->setText(2, QString::fromLatin1(e.method));
    item->setText(3, e.url.path());
    item->setText(4, e.status > 0 ? QString::number(e.status) : tr("none"));
    item->setText(5, tr("%1 ms").arg(locale.toString(e.durationMs)));
    item->setText(6, locale.formattedDataSize(e.responseBytes));
    item->setText(7, e.errorKind);
    item->setData(0, Qt::UserRole, index);
    if (!m_ui->entriesTree->currentItem())
        m_ui->entriesTree->setCurrentItem(item);
    m_ui->copyCurlButton->setEnabled(true);
    m_ui->saveButton->setEnabled(true);
    m_ui->clearButton->setEnabled(true);
}

int NetworkLogDialog::selectedIndex() const
{
    const QTreeWidgetItem* item = m_ui->entriesTree->currentItem();
    return item ? item->data(0, Qt::UserRole).toInt() : -1;
}

void NetworkLogDialog::showSelected()
{
    const int index = selectedIndex();
    const bool any = !m_log->entries().isEmpty();
    m_ui->copyCurlButton->setEnabled(index >= 0);
    m_ui->saveButton->setEnabled(any);
    m_ui->clearButton->setEnabled(any);
    if (index < 0 || index >= m_log->entries().size()) {
        m_ui->detailsEdit->setPlainText(any ? QString() : tr("No request has been sent yet in this run."));
        return;
    }
    const NetworkLogEntry& e = m_log->entries().at(index);
    QStringList lines;
    lines << QStringLiteral("%1 %2").arg(QString::fromLatin1(e.method), e.url.toString(QUrl::FullyEncoded));
    lines << tr("Attempts: %1").arg(e.attempts);
    lines << tr("Sent: %1").arg(e.requestBody.isEmpty() ? tr("(no body)") : e.requestBody);
    lines << tr("Answer: %1").arg(e.responseBody.isEmpty() ? tr("(no body)") : e.responseBody);
    m_ui->detailsEdit->setPlainText(lines.join(QLatin1Char('\n')));
}

void NetworkLogDialog::copyCurl()
{
    const int index = selectedIndex();
    if (index < 0 || index >= m_log->entries().size())
        return;
    // Not a secret: the key is a $VARIABLE and bodies are redacted, so the ordinary clipboard is right.
    QGuiApplication::clipboard()->setText(NetworkLog::curlCommand(m_log->entries().at(index)));
}

void NetworkLogDialog::save()
{
    QString path = m_savePathForTesting;
    if (path.isEmpty()) {
        path = QFileDialog::getSaveFileName(this, tr("Save Network Log"),
                                            QDir::home().filePath(QStringLiteral("keydeck-network-log.txt")),
                                            tr("Text files (*.txt)"));
    }
    if (path.isEmpty())
        return;
    QString error;
    if (!m_log->saveTo(path, &error)) {
        MessageBox::warning(
            this, tr("Save Network Log"),
            tr("The network log could not be saved to %1: %2").arg(QDir::toNativeSeparators(path), error));
    }
}
