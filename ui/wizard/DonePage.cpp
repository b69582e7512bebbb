#include "wizard/DonePage.h"

#include "ui_DonePage.h"

DonePage::DonePage(QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::DonePage>())
{
    m_ui->setupUi(this);
    setFinalPage(true);
}

DonePage::~DonePage() = default;

void DonePage::setSummary(const QString& summary, const QString& nextSteps)
{
    m_ui->summaryLabel->setText(summary);
    m_ui->nextStepsLabel->setText(nextSteps);
}
