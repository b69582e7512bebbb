#pragma once

#include <QMainWindow>
#include <memory>

namespace Ui {
class MainWindow;
}

/** The main window: the accounts sidebar and the Profile, SSH Keys and API Keys tabs. */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /** The tabs in their order; Ctrl+1… selects them. */
    enum class Tab { Profile, SshKeys, ApiKeys };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    void showTab(Tab tab);

signals:
    /** The user asked to add an account (the onboarding wizard answers it). */
    void addAccountRequested();

private:
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
};
