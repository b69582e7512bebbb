#include "wizard/ProviderPage.h"

#include "ui_ProviderPage.h"
#include "wizard/OnboardingPage.h"

ProviderPage::ProviderPage(bool demoAvailable, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ProviderPage>())
{
    m_ui->setupUi(this);
    // Product names: not translated.
    m_ui->demoDialectCombo->addItem(Providers::displayName(Provider::Vast), static_cast<int>(Provider::Vast));
    m_ui->demoDialectCombo->addItem(Providers::displayName(Provider::Spheron), static_cast<int>(Provider::Spheron));
    m_ui->demoRadio->setVisible(demoAvailable);
    m_ui->demoHintLabel->setVisible(demoAvailable);
    m_ui->demoDialectLabel->setVisible(demoAvailable);
    m_ui->demoDialectCombo->setVisible(demoAvailable);

    for (QRadioButton* radio : {m_ui->vastRadio, m_ui->spheronRadio, m_ui->demoRadio}) {
        connect(radio, &QRadioButton::toggled, this, [this] {
            updateDemoControls();
            emit completeChanged();
        });
    }
    updateDemoControls();
}

ProviderPage::~ProviderPage() = default;

ProviderPage::Choice ProviderPage::choice() const
{
    if (m_ui->vastRadio->isChecked())
        return Choice::Vast;
    if (m_ui->spheronRadio->isChecked())
        return Choice::Spheron;
    if (m_ui->demoRadio->isChecked())
        return Choice::Demo;
    return Choice::None;
}

Provider ProviderPage::provider() const
{
    switch (choice()) {
    case Choice::Spheron:
        return Provider::Spheron;
    case Choice::Demo:
        return static_cast<Provider>(m_ui->demoDialectCombo->currentData().toInt());
    case Choice::Vast:
    case Choice::None:
        break;
    }
    return Provider::Vast;
}

void ProviderPage::select(Choice choice, Provider demoDialect)
{
    m_ui->vastRadio->setChecked(choice == Choice::Vast);
    m_ui->spheronRadio->setChecked(choice == Choice::Spheron);
    m_ui->demoRadio->setChecked(choice == Choice::Demo);
    m_ui->demoDialectCombo->setCurrentIndex(m_ui->demoDialectCombo->findData(static_cast<int>(demoDialect)));
}

bool ProviderPage::isComplete() const
{
    return choice() != Choice::None;
}

int ProviderPage::nextId() const
{
    // The demo brings its own key, so it skips the key and save pages (the demo account is made while verifying).
    return static_cast<int>(isDemo() ? OnboardingPage::Verify : OnboardingPage::ApiKey);
}

void ProviderPage::updateDemoControls()
{
    m_ui->demoDialectLabel->setEnabled(m_ui->demoRadio->isChecked());
    m_ui->demoDialectCombo->setEnabled(m_ui->demoRadio->isChecked());
}
