#pragma once

#include <QWizardPage>
#include <memory>

namespace Ui {
class WelcomePage;
}

/** What Keydeck does and what the assistant needs (an API key, or nothing for the demo). */
class WelcomePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget* parent = nullptr);
    ~WelcomePage() override;

private:
    std::unique_ptr<Ui::WelcomePage> m_ui;
};
