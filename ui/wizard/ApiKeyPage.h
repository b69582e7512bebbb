#pragma once

#include <optional>

#include "secrets/ImportCandidate.h"
#include "secrets/Provider.h"

#include <QList>
#include <QWizardPage>
#include <memory>

namespace Ui {
class ApiKeyPage;
}

/**
 * The API key: a paste field with show/hide, a button that opens the provider's key page, and the keys found
 * in the environment or the CLI's files offered for import. The key stays in this page's field (memory only).
 */
class ApiKeyPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ApiKeyPage(QWidget* parent = nullptr);
    ~ApiKeyPage() override;

    /** Adapts the texts to @p provider and offers @p candidates (only those for @p provider are listed). */
    void setProvider(Provider provider, const QList<ImportCandidate>& candidates);
    /** The key as typed, without surrounding whitespace. */
    QString apiKey() const;
    /** Overwrites and empties the field (when the wizard closes). */
    void clearKey();

    /** Where each provider lets users create keys. */
    static QUrl keyPageUrl(Provider provider);
    /** Why @p key cannot be an API key (a translated sentence), or an empty string. */
    static QString keyProblem(const QString& key);

    bool isComplete() const override;

signals:
    /** The user asked to open the provider's key page (the wizard opens the browser). */
    void keyPageRequested(const QUrl& url);

public:
    /**
     * The CLI key file the key in the field was imported from, if it was and the user did not change it since;
     * the candidate's key is blanked. The Done page offers to delete that file.
     */
    std::optional<ImportCandidate> importedFile() const { return m_importedFile; }

private:
    void importSelected();
    void updateProblem();

    std::unique_ptr<Ui::ApiKeyPage> m_ui;
    Provider m_provider = Provider::Vast;
    QList<ImportCandidate> m_candidates;
    /** The CLI key file the key in the field came from (key blanked), while the field still holds that key. */
    std::optional<ImportCandidate> m_importedFile;
    QByteArray m_importedDigest;
    bool m_clearing = false;
};
