#include "wizard/WelcomePage.h"

#include "ui_WelcomePage.h"

WelcomePage::WelcomePage(QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::WelcomePage>())
{
    m_ui->setupUi(this);
}

WelcomePage::~WelcomePage() = default;
