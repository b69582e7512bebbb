// MainWindow and the security overview (issue 23): the sidebar's Security entry and its page, the daily check's
// mark, and going from a finding to its account's tab. The window's frame, menus and status bar are in
// MainWindow.cpp, the accounts' life cycle in MainWindowAccounts.cpp.
#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "AppServices.h"
#include "accounts/AccountListModel.h"
#include "accounts/OpenAccount.h"
#include "pages/profile/TeamSwitcher.h"
#include "security/SecurityOverview.h"
#include "security/SecurityPage.h"
#include "security/SecurityReminders.h"

#include <QHBoxLayout>
#include <QLabel>

#include <utility>

SecurityOverview* MainWindow::securityOverview()
{
    if (!m_securityOverview) {
        m_securityOverview = new SecurityOverview(m_services, this);
        m_securityOverview->setAccountPreparer(m_preparer);
    }
    return m_securityOverview;
}

void MainWindow::startSecurityReminders()
{
    if (!m_services || m_securityReminders)
        return;
    m_securityReminders = new SecurityReminders(m_services, securityOverview(), this);
    m_securityReminders->setPageShown(isSecurityShown());
    connect(m_securityReminders, &SecurityReminders::newCountChanged, this, &MainWindow::updateSecurityMarker);
    m_securityReminders->start();
}

void MainWindow::updateSecurityMarker(int newCount)
{
    if (!m_securityMarker && newCount > 0) {
        // Made when first needed, not at start-up (docs/PERFORMANCE.md). On the button, at its end, so the entry
        // keeps its place and its click (the mark takes no mouse events).
        auto* layout = new QHBoxLayout(m_ui->securityButton);
        layout->setContentsMargins(0, 0, 6, 0);
        layout->addStretch(1);
        m_securityMarker = new QLabel(tr("New"));
        m_securityMarker->setObjectName(QStringLiteral("securityNewMarker"));
        m_securityMarker->setAttribute(Qt::WA_TransparentForMouseEvents);
        m_securityMarker->setStyleSheet(
            QStringLiteral("QLabel { background: #c0392b; color: white; border-radius: 3px; padding: 0px 5px; }"));
        layout->addWidget(m_securityMarker, 0, Qt::AlignVCenter);
        m_securityToolTip = m_ui->securityButton->toolTip();
    }
    if (!m_securityMarker)
        return;
    m_securityMarker->setVisible(newCount > 0);
    const QString news = newCount > 0
        ? tr("%n new security finding(s) since the overview was last shown.", nullptr, newCount)
        : QString();
    // The button's tooltip says it (the mark itself takes no mouse events, so it shows none).
    m_ui->securityButton->setToolTip(news.isEmpty() ? m_securityToolTip : m_securityToolTip + QLatin1Char('\n') + news);
    m_ui->securityButton->setAccessibleDescription(news);
}

void MainWindow::showSecurity()
{
    if (!m_services)
        return;
    if (!m_securityPage) {
        m_securityPage = new SecurityPage(m_services, m_ui->workspaceStack, securityOverview());
        m_securityPage->setObjectName(QStringLiteral("securityPage"));
        m_ui->workspaceStack->addWidget(m_securityPage);
        connect(m_securityPage, &SecurityPage::busyChanged, this,
                [this](bool busy) { setPageBusy(m_securityPage, busy); });
        connect(m_securityPage, &SecurityPage::openAccountPage, this,
                [this](const QString& id, SecurityPage::Destination destination, const QString& teamId) {
                    openAccountPage(id, int(destination), teamId);
                });
        // The daily check may be under way: the page shows it, and the status bar says it is busy.
        setPageBusy(m_securityPage, m_securityPage->isChecking());
    }
    m_ui->workspaceStack->setCurrentWidget(m_securityPage);
    m_ui->securityButton->setChecked(true);
    if (m_securityReminders)
        m_securityReminders->setPageShown(true);
    // No account is selected while the overview shows, so that choosing any account (the open one too) leaves it.
    m_ui->accountsView->setCurrentIndex(QModelIndex());
    m_ui->accountsView->clearSelection();
    updateTitle();
    m_securityPage->checkIfNeverChecked();
}

void MainWindow::showAccountWorkspace()
{
    m_ui->workspaceStack->setCurrentWidget(m_ui->mainTabs);
    m_ui->securityButton->setChecked(false);
    if (m_securityReminders)
        m_securityReminders->setPageShown(false);
    updateTitle();
}

bool MainWindow::isSecurityShown() const
{
    return m_securityPage && m_ui->workspaceStack->currentWidget() == m_securityPage;
}

void MainWindow::openAccountPage(const QString& id, int destination, const QString& teamId)
{
    m_pendingAccountId = id;
    m_pendingDestination = destination;
    m_pendingTeamId = teamId;
    selectAccount(id);
    // The account was open already: its pages are there (else they are built when it opens).
    if (m_opened && currentAccountId() == id && m_ui->mainTabs->count() > 0
        && !m_noAccountTabs.contains(m_ui->mainTabs->widget(0)))
        showPendingDestination();
}

void MainWindow::showPendingDestination()
{
    if (m_pendingAccountId.isEmpty() || m_pendingAccountId != currentAccountId())
        return;
    const auto destination = SecurityPage::Destination(m_pendingDestination);
    const QString teamId = std::exchange(m_pendingTeamId, QString());
    m_pendingAccountId.clear();
    m_pendingDestination = -1;
    showAccountWorkspace();
    // A Spheron AI finding belongs to the team whose list showed it, which need not be the team chosen now: choose
    // it, now or when the teams arrive, so that the key is on the SSH Keys tab (issue 23).
    if (!teamId.isEmpty()) {
        for (int i = 0; i < m_ui->mainTabs->count(); ++i) {
            if (auto* switcher = m_ui->mainTabs->widget(i)->findChild<TeamSwitcher*>()) {
                switcher->setPreferredTeamId(teamId);
                switcher->selectTeam(teamId);
            }
        }
    }
    switch (destination) {
    case SecurityPage::Destination::Profile:
        showTab(Tab::Profile);
        break;
    case SecurityPage::Destination::SshKeys:
        showTab(Tab::SshKeys);
        break;
    case SecurityPage::Destination::ApiKeys:
        showTab(Tab::ApiKeys);
        break;
    case SecurityPage::Destination::Sessions:
        // The window does not know the page classes; the Sessions tab is the one whose page is a SessionsPage.
        for (int i = 0; i < m_ui->mainTabs->count(); ++i) {
            if (m_ui->mainTabs->widget(i)->inherits("SessionsPage"))
                m_ui->mainTabs->setCurrentIndex(i);
        }
        break;
    }
}
