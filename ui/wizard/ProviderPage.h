#pragma once

#include "secrets/Provider.h"

#include <QWizardPage>
#include <memory>

namespace Ui {
class ProviderPage;
}

/** Vast.ai, Spheron AI, or the local demo (with the dialect the demo speaks). */
class ProviderPage : public QWizardPage
{
    Q_OBJECT

public:
    enum class Choice { None, Vast, Spheron, Demo };

    /** @p demoAvailable false hides the demo choice (no DemoMode was given). */
    explicit ProviderPage(bool demoAvailable, QWidget* parent = nullptr);
    ~ProviderPage() override;

    Choice choice() const;
    bool isDemo() const { return choice() == Choice::Demo; }
    /** The provider of a real account, or the demo's dialect. */
    Provider provider() const;
    /** Selects a choice (and the demo's dialect) as if the user had clicked it. */
    void select(Choice choice, Provider demoDialect = Provider::Vast);

    bool isComplete() const override;
    int nextId() const override;

private:
    void updateDemoControls();

    std::unique_ptr<Ui::ProviderPage> m_ui;
};
