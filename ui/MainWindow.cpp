#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "core/AppInfo.h"

#include <QKeySequence>
#include <QMessageBox>

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/keydeck.svg")));
    QFont headingFont = m_ui->accountsHeading->font();
    headingFont.setBold(true);
    m_ui->accountsHeading->setFont(headingFont);
    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setSizes({240, 800});
    m_ui->quitAction->setShortcut(QKeySequence::Quit);
    m_ui->addAccountAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));

    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->addAccountAction, &QAction::triggered, this, &MainWindow::addAccountRequested);
    connect(m_ui->addAccountButton, &QPushButton::clicked, this, &MainWindow::addAccountRequested);
    connect(m_ui->showProfileAction, &QAction::triggered, this, [this] { showTab(Tab::Profile); });
    connect(m_ui->showSshKeysAction, &QAction::triggered, this, [this] { showTab(Tab::SshKeys); });
    connect(m_ui->showApiKeysAction, &QAction::triggered, this, [this] { showTab(Tab::ApiKeys); });

    m_ui->accountsStack->setCurrentWidget(m_ui->accountsEmptyPage);
    statusBar()->showMessage(tr("Ready"));
}

MainWindow::~MainWindow() = default;

void MainWindow::showTab(Tab tab)
{
    m_ui->mainTabs->setCurrentIndex(static_cast<int>(tab));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Keydeck"),
                       tr("<h3>Keydeck %1</h3><p>SSH keys, API keys and profile of your GPU cloud accounts, "
                          "with every secret kept in your system keychain.</p>")
                           .arg(AppInfo::version()));
}
