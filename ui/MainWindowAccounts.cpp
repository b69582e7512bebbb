// MainWindow's account life cycle: opening, keeping for switching back (issue 24 item 3), closing, renaming and
// removing accounts. The window's frame, menus and status bar are in MainWindow.cpp.
#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "AppServices.h"
#include "accounts/AccountListModel.h"
#include "accounts/KeptAccounts.h"
#include "accounts/OpenAccount.h"
#include "secrets/AccountsRegistry.h"
#include "secrets/SecretError.h"
#include "widgets/MessageBox.h"

#include <QPointer>
#include <QStatusBar>

#include <algorithm>

QStringList MainWindow::keptAccountIds() const
{
    return m_kept->ids();
}

void MainWindow::openSelectedAccount()
{
    const QString id = m_ui->accountsView->currentIndex().data(AccountListModel::IdRole).toString();
    if (!id.isEmpty())
        showAccountWorkspace();
    if (id.isEmpty() || id == currentAccountId() || id == m_preparingId)
        return;
    keepOpenedAccount();
    m_preparingId.clear();
    if (showKeptAccount(id))
        return;
    if (!m_preparer) {
        openAccount(id);
        return;
    }
    m_preparingId = id;
    statusBar()->showMessage(tr("Preparing the account…"));
    m_preparer(id, [this, guard = QPointer<MainWindow>(this), id](const QString& error) {
        if (!guard || m_preparingId != id)
            return; // the window closed, or the user picked another account meanwhile
        m_preparingId.clear();
        if (!error.isEmpty()) {
            statusBar()->clearMessage();
            showBanner(error, QString(), nullptr);
            return;
        }
        openAccount(id);
    });
}

void MainWindow::openAccount(const QString& id)
{
    // Read the account now, not before preparing: the preparer may have changed it (the demo's new port).
    const auto account = m_services->accounts()->find(id);
    if (!account)
        return;
    m_opened = std::make_unique<OpenAccount>(m_services, *account);
    m_openedReady = false;
    OpenAccount* opened = m_opened.get();
    opened->uiContext()->demo = m_demoIds.contains(id);
    connect(opened, &OpenAccount::ready, this, [this, opened] {
        hideBanner();
        m_ui->mainTabs->clear();
        if (m_pageBuilder) {
            m_pageBuilder(opened, m_ui->mainTabs, this);
            m_openedReady = true;
        } else {
            showNoAccountTabs();
        }
        updateViewMenu();
        statusBar()->showMessage(tr("Opened %1.").arg(opened->account().label), 4000);
        emit accountOpened(opened);
        showPendingDestination();
    });
    connect(opened, &OpenAccount::failed, this, [this](const QString& message, bool) {
        showBanner(message, QString(), nullptr);
        statusBar()->clearMessage();
    });
    updateTitle();
    updateMemoryOnlyMarker();
    statusBar()->showMessage(tr("Opening %1…").arg(account->label));
    opened->open();
}

void MainWindow::closeAccount()
{
    showNoAccountTabs();
    hideBanner();
    m_opened.reset();
    m_openedReady = false;
    updateBusyIndicator();
    updateTitle();
    updateMemoryOnlyMarker();
}

void MainWindow::keepOpenedAccount()
{
    if (!m_opened || !m_openedReady) {
        closeAccount(); // still opening, or it failed to: nothing to come back to
        return;
    }
    m_kept->keep(std::move(m_opened), m_ui->mainTabs);
    m_openedReady = false;
    closeAccount();
}

bool MainWindow::showKeptAccount(const QString& id)
{
    if (!m_kept->ids().contains(id))
        return false;
    // The placeholder tabs go out (kept, not deleted, as when an account opens): the kept pages take their place.
    while (m_ui->mainTabs->count() > 0)
        m_ui->mainTabs->removeTab(m_ui->mainTabs->count() - 1);
    m_opened = m_kept->restore(id, m_ui->mainTabs);
    m_openedReady = true;
    hideBanner();
    updateTitle();
    updateMemoryOnlyMarker();
    updateViewMenu();
    // Its last data is on screen now; each page asks again without replacing it (RefreshRule::Mode::Background). The
    // busy indicator and this message say so, and go when every page has its answer.
    m_refreshingMessage = tr("Refreshing %1…").arg(m_opened->account().label);
    statusBar()->showMessage(m_refreshingMessage);
    for (int i = 0; i < m_ui->mainTabs->count(); ++i) {
        QWidget* page = m_ui->mainTabs->widget(i);
        if (page->metaObject()->indexOfMethod("refreshInBackground()") >= 0)
            QMetaObject::invokeMethod(page, "refreshInBackground");
    }
    updateBusyIndicator();
    showPendingDestination();
    return true;
}

void MainWindow::showNoAccountTabs()
{
    // Delete the previous account's pages (not the built-in empty-state tabs), then show those again.
    for (int i = m_ui->mainTabs->count() - 1; i >= 0; --i) {
        QWidget* page = m_ui->mainTabs->widget(i);
        m_ui->mainTabs->removeTab(i);
        if (!m_noAccountTabs.contains(page))
            delete page;
    }
    const QStringList titles {tr("&Profile"), tr("&SSH Keys"), tr("API &Keys")};
    for (int i = 0; i < m_noAccountTabs.size(); ++i)
        m_ui->mainTabs->addTab(m_noAccountTabs.at(i), titles.value(i));
}

void MainWindow::renameCurrentAccount()
{
    const QModelIndex index = m_ui->accountsView->currentIndex();
    if (index.isValid())
        m_ui->accountsView->edit(index);
}

void MainWindow::removeCurrentAccount()
{
    const QModelIndex index = m_ui->accountsView->currentIndex();
    if (!index.isValid())
        return;
    const QString id = index.data(AccountListModel::IdRole).toString();
    const QString label = index.data(Qt::DisplayRole).toString();
    if (!MessageBox::confirm(this, tr("Remove Account"), tr("Remove the account “%1” from Keydeck?").arg(label),
                             tr("&Remove"),
                             tr("Its API key is deleted from the keychain. The account itself, its SSH keys and "
                                "API keys at the provider are not touched.")))
        return;
    const bool wasOpen = id == currentAccountId();
    const int row = index.row();
    if (wasOpen)
        closeAccount();
    m_services->accounts()->remove(id, this, [this, label, wasOpen, row](const SecretError& error) {
        if (error.isOk()) {
            // Issue 18 item 10: the neighbour takes the removed account's place, as in a file manager, so the main
            // area never says "Once you add an account…" while accounts remain.
            if (wasOpen && m_model && m_model->rowCount() > 0 && currentAccountId().isEmpty())
                m_ui->accountsView->setCurrentIndex(m_model->index(std::min(row, m_model->rowCount() - 1), 0));
            statusBar()->showMessage(tr("Removed %1.").arg(label), 4000);
            return;
        }
        MessageBox::warning(this, tr("Remove Account"),
                            tr("The account “%1” was kept because its key could not be deleted.").arg(label),
                            error.message());
    });
}
