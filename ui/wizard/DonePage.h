#pragma once

#include <QWizardPage>
#include <memory>

namespace Ui {
class DonePage;
}

/** The last page: what was set up and what to do next in the main window. */
class DonePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit DonePage(QWidget* parent = nullptr);
    ~DonePage() override;

    /** @p summary says what was set up; @p nextSteps what to do next (both translated, simple rich text). */
    void setSummary(const QString& summary, const QString& nextSteps);

private:
    std::unique_ptr<Ui::DonePage> m_ui;
};
