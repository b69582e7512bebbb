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

    /**
     * Offers to delete the plaintext file the key was imported from; @p explanation says why (a translated
     * sentence from CredentialImporter::plaintextFileExplanation()). An empty explanation hides the offer.
     */
    void offerPlaintextFileDeletion(const QString& explanation);
    /** The outcome of the deletion: a translated sentence; the button goes away once the file is gone. */
    void showPlaintextFileResult(const QString& text, bool deleted);

signals:
    /** The user asked to delete the plaintext key file (the controller does it). */
    void deletePlaintextFileRequested();

private:
    std::unique_ptr<Ui::DonePage> m_ui;
};
