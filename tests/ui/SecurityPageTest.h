#pragma once

#include "sandbox/SandboxServer.h"
#include "security/Finding.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QTemporaryDir>

#include <memory>

class AppServices;
class FindingRow;
class MainWindow;
class SecurityPage;

/**
 * What the security overview's GUI suites share (issue 23): the sandbox's demo accounts (Ada on Vast.ai and on
 * Spheron AI) in a settings file of their own, a throwaway HOME with an open ~/.ssh and a key without a passphrase
 * (made by the real ssh-keygen), and the window with the overview shown. Suites derive from it and call
 * startSandbox() / prepareAccounts() / tearDown() / stopSandbox() from their own initTestCase(), init(), cleanup()
 * and cleanupTestCase().
 */
class SecurityPageTest : public QObject
{
    Q_OBJECT

public:
    SecurityPageTest();
    ~SecurityPageTest() override;

protected:
    void startSandbox();
    /** A fresh demo, no faults, no settings file, a new HOME, and both of Ada's accounts added. */
    void prepareAccounts();
    /** Closes the services and checks that no programmed message-box answer is left. */
    void tearDown();
    void stopSandbox();

    /** Services on the suite's settings file, with every account's key stored again (the store is memory only). */
    std::unique_ptr<AppServices> makeServices();
    std::unique_ptr<MainWindow> makeWindow(AppServices* services);
    /** Shows the overview with Ctrl+0 and waits for its scan; null when it does not finish. */
    SecurityPage* showOverview(MainWindow* window);
    static QList<FindingRow*> rows(SecurityPage* page, Security::Check check, const QString& accountId = {});
    /** Clicks every group's Show More until every finding has its row. */
    static void showAllRows(SecurityPage* page);
    /** Triggers the action @p actionName of @p row's Later menu. */
    static void trigger(FindingRow* row, const char* actionName);

    QTemporaryDir m_dir;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<SandboxServer> m_sandbox;
    SandboxDemo m_demo;
    std::unique_ptr<AppServices> m_services;
    QString m_vastId;
    QString m_spheronId;
};
