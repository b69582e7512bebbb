#include "wizard/DonePage.h"

#include "ui_DonePage.h"

DonePage::DonePage(QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::DonePage>())
{
    m_ui->setupUi(this);
    setFinalPage(true);
    connect(m_ui->deletePlaintextFileButton, &QPushButton::clicked, this, &DonePage::deletePlaintextFileRequested);
}

DonePage::~DonePage() = default;

void DonePage::setSummary(const QString& summary, const QString& nextSteps)
{
    m_ui->summaryLabel->setText(summary);
    m_ui->nextStepsLabel->setText(nextSteps);
}

void DonePage::offerPlaintextFileDeletion(const QString& explanation)
{
    m_ui->plaintextFileLabel->setText(explanation);
    m_ui->deletePlaintextFileButton->setVisible(true);
    m_ui->plaintextFileBox->setVisible(!explanation.isEmpty());
}

void DonePage::showPlaintextFileResult(const QString& text, bool deleted)
{
    m_ui->plaintextFileLabel->setText(text);
    m_ui->deletePlaintextFileButton->setVisible(!deleted);
}
