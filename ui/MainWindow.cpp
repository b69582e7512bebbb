#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "AppServices.h"
#include "accounts/AccountDelegate.h"
#include "accounts/AccountListModel.h"
#include "accounts/KeptAccounts.h"
#include "accounts/OpenAccount.h"
#include "clipboard/SecretClipboard.h"
#include "core/AppInfo.h"
#include "dialogs/help/AboutDialog.h"
#include "dialogs/help/ShortcutsDialog.h"
#include "dialogs/networklog/NetworkLogDialog.h"
#include "secrets/AccountsRegistry.h"
#include "secrets/SecretError.h"
#include "secrets/SecretsService.h"
#include "security/SecurityOverview.h"
#include "security/SecurityPage.h"
#include "security/SecurityReminders.h"
#include "widgets/Appearance.h"
#include "widgets/ItemViews.h"
#include "widgets/MessageBox.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QPointer>
#include <QProgressBar>

#include <algorithm>
#include <utility>

MainWindow::MainWindow(AppServices* services, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_services(services)
    , m_kept(std::make_unique<KeptAccounts>(MaxKeptAccounts))
    , m_memoryOnlyMarker(new QLabel(this))
    , m_demoMarker(new QLabel(this))
    , m_clipboardCountdown(new QLabel(this))
    , m_busyIndicator(new QProgressBar(this))
{
    m_ui->setupUi(this);
    ItemViews::tabBetweenControls(this);
    // The icon is the application's (Application::run sets it once the window has painted).
    QFont headingFont = m_ui->accountsHeading->font();
    headingFont.setBold(true);
    m_ui->accountsHeading->setFont(headingFont);
    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setSizes({240, 800});
    for (int i = 0; i < m_ui->mainTabs->count(); ++i)
        m_noAccountTabs.append(m_ui->mainTabs->widget(i));

    // Not QKeySequence::Quit: it is empty under Windows' key scheme (Windows, Qt's offscreen platform), and README.md
    // promises Ctrl+Q (Cmd+Q on macOS, where Qt::CTRL is Command).
    m_ui->quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_ui->addAccountAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    // F2 and Del act on the sidebar only, so they never collide with the pages' own Del (delete a key).
    m_ui->renameAccountAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_ui->removeAccountAction->setShortcut(QKeySequence::Delete);
    for (QAction* action : {m_ui->renameAccountAction, m_ui->removeAccountAction}) {
        action->setShortcutContext(Qt::WidgetShortcut);
        m_ui->accountsView->addAction(action);
    }
    m_ui->accountsView->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_memoryOnlyMarker->setObjectName(QStringLiteral("memoryOnlyMarker"));
    m_memoryOnlyMarker->setText(tr("Memory only"));
    m_memoryOnlyMarker->setToolTip(SecretsService::memoryOnlyExplanation());
    m_memoryOnlyMarker->setAccessibleName(tr("Memory only: keys are not saved"));
    m_memoryOnlyMarker->setStyleSheet(
        QStringLiteral("QLabel { background: #b35c00; color: white; border-radius: 3px; padding: 1px 6px; }"));
    m_memoryOnlyMarker->hide();
    statusBar()->addPermanentWidget(m_memoryOnlyMarker);
    m_demoMarker->setObjectName(QStringLiteral("demoMarker"));
    m_demoMarker->setText(tr("Demo"));
    m_demoMarker->setToolTip(tr("This account lives in Keydeck's local sandbox, not at a real provider."));
    m_demoMarker->setAccessibleName(tr("Demo account"));
    m_demoMarker->setStyleSheet(
        QStringLiteral("QLabel { background: #2f6fd6; color: white; border-radius: 3px; padding: 1px 6px; }"));
    m_demoMarker->hide();
    statusBar()->addPermanentWidget(m_demoMarker);
    m_clipboardCountdown->setObjectName(QStringLiteral("clipboardCountdown"));
    m_clipboardCountdown->setTextFormat(Qt::PlainText);
    m_clipboardCountdown->hide();
    statusBar()->insertPermanentWidget(0, m_clipboardCountdown);
    m_busyIndicator->setObjectName(QStringLiteral("busyIndicator"));
    m_busyIndicator->setRange(0, 0);
    m_busyIndicator->setMaximumSize(120, 14);
    m_busyIndicator->setTextVisible(false);
    m_busyIndicator->setAccessibleName(tr("Working"));
    m_busyIndicator->hide();
    statusBar()->addPermanentWidget(m_busyIndicator);

    // Ctrl+4 and Ctrl+5 reach the tabs only some providers have (Environment, Sessions); the View menu lists them
    // by the tab's own name whenever the opened account has them (issue 18 item 11).
    for (int position : {3, 4}) {
        auto* action = new QAction(this);
        action->setObjectName(QStringLiteral("showTab%1Action").arg(position + 1));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + position)));
        connect(action, &QAction::triggered, this, [this, position] {
            if (position < m_ui->mainTabs->count() && m_ui->mainTabs->isTabVisible(position))
                m_ui->mainTabs->setCurrentIndex(position);
        });
        addAction(action);
        m_ui->viewMenu->addAction(action);
        m_extraTabActions.append(action);
    }
    connect(m_ui->viewMenu, &QMenu::aboutToShow, this, &MainWindow::updateViewMenu);
    updateViewMenu();

    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->networkLogAction, &QAction::triggered, this, &MainWindow::showNetworkLog);
    connect(m_ui->keyboardShortcutsAction, &QAction::triggered, this, &MainWindow::showKeyboardShortcuts);
    connect(m_ui->addAccountAction, &QAction::triggered, this, &MainWindow::addAccountRequested);
    connect(m_ui->addAccountButton, &QPushButton::clicked, this, &MainWindow::addAccountRequested);
    connect(m_ui->renameAccountAction, &QAction::triggered, this, &MainWindow::renameCurrentAccount);
    connect(m_ui->removeAccountAction, &QAction::triggered, this, &MainWindow::removeCurrentAccount);
    connect(m_ui->showSecurityAction, &QAction::triggered, this, &MainWindow::showSecurity);
    // The entry has no Alt+letter: it stays beside every tab, whose controls take each free letter in some
    // language (tst_mnemonics); Tab and Ctrl+0 reach it.
    connect(m_ui->securityButton, &QPushButton::clicked, this, &MainWindow::showSecurity);
    m_ui->showSecurityAction->setEnabled(m_services != nullptr);
    m_ui->securityButton->setEnabled(m_services != nullptr);
    connect(m_ui->showProfileAction, &QAction::triggered, this, [this] { showTab(Tab::Profile); });
    connect(m_ui->showSshKeysAction, &QAction::triggered, this, [this] { showTab(Tab::SshKeys); });
    connect(m_ui->showApiKeysAction, &QAction::triggered, this, [this] { showTab(Tab::ApiKeys); });
    connect(m_ui->bannerButton, &QPushButton::clicked, this, [this] {
        if (m_bannerAction)
            m_bannerAction();
    });

    if (m_services) {
        m_model = new AccountListModel(m_services->accounts(), this);
        m_ui->accountsView->setModel(m_model);
        auto* delegate = new AccountDelegate(m_ui->accountsView);
        m_ui->accountsView->setItemDelegate(delegate);
        m_ui->accountsView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        connect(delegate, &AccountDelegate::renameRefused, this, [this](const QString& name) {
            statusBar()->showMessage(tr("An account needs a name, so it is still called “%1”.").arg(name), 6000);
        });
        m_ui->accountsView->setEditTriggers(QAbstractItemView::EditKeyPressed);
        connect(m_ui->accountsView->selectionModel(), &QItemSelectionModel::currentChanged, this,
                &MainWindow::openSelectedAccount);
        connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
            // Keep the opened account selected across renames and additions (not while the overview is shown:
            // selecting an account leaves it).
            if (m_opened && !isSecurityShown())
                m_ui->accountsView->setCurrentIndex(m_model->indexOf(m_opened->account().id));
            updateAccountsState();
        });
        connect(m_services->accounts(), &AccountsRegistry::accountRemoved, this,
                [this](const QString& id) { m_kept->forget(id); });
        connect(m_services->accounts(), &AccountsRegistry::accountChanged, this, [this](const QString& id) {
            if (m_opened && m_opened->account().id == id)
                updateTitle();
        });
        connect(m_services->secrets(), &SecretsService::memoryOnlyChanged, this, &MainWindow::updateMemoryOnlyMarker);
        // The clipboard countdown ("Clearing the clipboard in 12 seconds…") has its own place in the status bar: as
        // the message it replaced every other one each second ("9 backup codes left" was never read), and its end
        // wiped whatever was said since.
        connect(m_services->clipboard(), &SecretClipboard::countdownChanged, this,
                [this](int seconds, const QString& text) {
                    m_clipboardCountdown->setText(text);
                    m_clipboardCountdown->setVisible(seconds > 0);
                });
    }
    updateAccountsState();
    updateTitle();
    statusBar()->showMessage(tr("Ready"));
}

MainWindow::~MainWindow()
{
    // Pages hold pointers into the opened account's provider: delete them before it goes.
    showNoAccountTabs();
    m_kept->clear();
}

void MainWindow::setPageBuilder(PageBuilder builder)
{
    m_pageBuilder = std::move(builder);
}

void MainWindow::setAccountPreparer(AccountPreparer preparer)
{
    m_preparer = std::move(preparer);
    if (m_securityOverview)
        m_securityOverview->setAccountPreparer(m_preparer);
}

void MainWindow::setDemoAccountIds(const QStringList& ids)
{
    m_demoIds = ids;
    if (m_model)
        m_model->setDemoAccountIds(ids);
    updateTitle();
}

void MainWindow::showTab(Tab tab)
{
    // Ctrl+1… from the overview go back to the open account's tabs, with the account selected again.
    if (isSecurityShown() && m_opened) {
        showAccountWorkspace();
        if (m_model)
            m_ui->accountsView->setCurrentIndex(m_model->indexOf(m_opened->account().id));
    }
    const int index = static_cast<int>(tab);
    if (index < m_ui->mainTabs->count())
        m_ui->mainTabs->setCurrentIndex(index);
}

void MainWindow::selectAccount(const QString& id)
{
    if (!m_model)
        return;
    const QModelIndex index = m_model->indexOf(id);
    if (index.isValid())
        m_ui->accountsView->setCurrentIndex(index);
}

QString MainWindow::currentAccountId() const
{
    return m_opened ? m_opened->account().id : QString();
}

OpenAccount* MainWindow::openAccount() const
{
    return m_opened.get();
}

void MainWindow::showBanner(const QString& text, const QString& buttonText, std::function<void()> action)
{
    m_ui->bannerLabel->setText(text);
    m_ui->bannerButton->setText(buttonText);
    m_ui->bannerButton->setAccessibleName(QString(buttonText).remove(QLatin1Char('&')));
    m_ui->bannerButton->setVisible(!buttonText.isEmpty());
    m_bannerAction = std::move(action);
    m_ui->bannerFrame->show();
}

void MainWindow::hideBanner()
{
    m_ui->bannerFrame->hide();
    m_bannerAction = nullptr;
}

void MainWindow::setPageBusy(QObject* page, bool busy)
{
    if (busy)
        m_busyPages.insert(page);
    else
        m_busyPages.remove(page);
    updateBusyIndicator();
}

void MainWindow::updateBusyIndicator()
{
    // A kept account's pages may still be loading (issue 24 item 3): only the pages shown count (the account's tabs,
    // and the security overview, which is not one of them).
    const bool busy = std::any_of(m_busyPages.cbegin(), m_busyPages.cend(), [this](QObject* page) {
        return m_ui->mainTabs->indexOf(static_cast<QWidget*>(page)) >= 0
            || (page == m_securityPage && m_securityPage != nullptr);
    });
    m_busyIndicator->setVisible(busy);
    if (!busy && !m_refreshingMessage.isEmpty()) {
        if (statusBar()->currentMessage() == m_refreshingMessage)
            statusBar()->clearMessage();
        m_refreshingMessage.clear();
    }
}

void MainWindow::updateAccountsState()
{
    const bool hasAccounts = m_model && m_model->rowCount() > 0;
    m_ui->accountsStack->setCurrentWidget(hasAccounts ? m_ui->accountsListPage : m_ui->accountsEmptyPage);
    m_ui->renameAccountAction->setEnabled(hasAccounts);
    m_ui->removeAccountAction->setEnabled(hasAccounts);
}

void MainWindow::updateMemoryOnlyMarker()
{
    const bool memoryOnly = (m_services && m_services->secrets()->isMemoryOnly())
        || (m_opened && m_opened->account().storage == Account::Storage::MemoryOnly);
    m_memoryOnlyMarker->setVisible(memoryOnly);
    const bool demo = m_opened && m_demoIds.contains(m_opened->account().id);
    m_demoMarker->setVisible(demo);
}

void MainWindow::updateTitle()
{
    // The platform appends the application display name ("— Keydeck") to a non-empty title on its own.
    if (isSecurityShown()) {
        setWindowTitle(tr("Security"));
        return;
    }
    if (!m_opened) {
        setWindowTitle(AppInfo::name());
        return;
    }
    QString label = m_opened->account().label;
    if (m_services) {
        if (const auto account = m_services->accounts()->find(m_opened->account().id))
            label = account->label;
    }
    // A demo account's own name usually says so already ("Vast.ai demo"): no "Vast.ai demo (Demo)" (issue 18
    // item 24). The Demo badge in the status bar says it in any case.
    const bool demo = m_demoIds.contains(m_opened->account().id);
    const bool named
        = label.contains(tr("Demo"), Qt::CaseInsensitive) || label.contains(QLatin1String("demo"), Qt::CaseInsensitive);
    setWindowTitle(demo && !named ? tr("%1 (Demo)").arg(label) : label);
    updateMemoryOnlyMarker();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Any page may hold edits: one that declares an invokable hasUnsavedChanges() is asked (today the Profile).
    // The accounts kept for switching back (issue 24 item 3) are asked too.
    QList<std::pair<const OpenAccount*, QWidget*>> pages = m_kept->pages();
    for (int i = 0; m_opened && i < m_ui->mainTabs->count(); ++i)
        pages.prepend({m_opened.get(), m_ui->mainTabs->widget(i)});
    const OpenAccount* unsavedAccount = nullptr;
    for (const auto& [account, page] : std::as_const(pages)) {
        bool unsaved = false;
        if (page && page->metaObject()->indexOfMethod("hasUnsavedChanges()") >= 0)
            QMetaObject::invokeMethod(page, "hasUnsavedChanges", Qt::DirectConnection, Q_RETURN_ARG(bool, unsaved));
        if (unsaved) {
            unsavedAccount = account;
            break;
        }
    }
    if (unsavedAccount
        && !MessageBox::confirm(
            this, tr("Quit Without Saving"),
            tr("The profile of “%1” has changes that are not saved.").arg(unsavedAccount->account().label),
            tr("&Quit Without Saving"), tr("To keep them, choose Cancel, then Save (Ctrl+S)."))) {
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::showNetworkLog()
{
    // One window, kept beside the main one so a user can watch the requests while using a page.
    auto* dialog = findChild<NetworkLogDialog*>(QStringLiteral("networkLogDialog"));
    if (!dialog) {
        dialog = new NetworkLogDialog(m_services->networkLog(), this);
        dialog->setObjectName(QStringLiteral("networkLogDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::showAbout()
{
    auto* dialog = findChild<AboutDialog*>(QStringLiteral("aboutDialog"));
    if (!dialog) {
        dialog = new AboutDialog(this);
        dialog->setObjectName(QStringLiteral("aboutDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
}

void MainWindow::showKeyboardShortcuts()
{
    // Made anew each time: the sheet lists the shortcuts of the pages open now.
    delete findChild<ShortcutsDialog*>(QStringLiteral("shortcutsDialog"));
    auto* dialog = new ShortcutsDialog(this);
    dialog->setObjectName(QStringLiteral("shortcutsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::setAppearance(Appearance* appearance)
{
    m_ui->viewMenu->addSeparator();
    appearance->addMenu(m_ui->viewMenu);
}

void MainWindow::updateViewMenu()
{
    for (int i = 0; i < m_extraTabActions.size(); ++i) {
        QAction* action = m_extraTabActions.at(i);
        const int position = 3 + i;
        const bool present = position < m_ui->mainTabs->count() && m_ui->mainTabs->isTabVisible(position);
        // The tab's own text carries its translated name and mnemonic ("&Environment", "Sess&ions").
        action->setText(present ? m_ui->mainTabs->tabText(position) : QString());
        // A hidden action's shortcut is off too: without the tab there is nothing for Ctrl+4 or Ctrl+5 to show.
        action->setVisible(present);
    }
}
