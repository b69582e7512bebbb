#include "wizard/ApiKeyPage.h"

#include "ui_ApiKeyPage.h"

#include <QCryptographicHash>
#include <QScopedValueRollback>

#include <QUrl>

namespace {

/** Longer input is a paste accident (a whole file, a log), not a key. */
constexpr int MaxKeyLength = 1024;

/** The last four characters only, so the list tells keys apart without showing them. */
QString maskedKey(const QString& key)
{
    return QStringLiteral("••••") + key.right(4);
}

} // namespace

ApiKeyPage::ApiKeyPage(QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ApiKeyPage>())
{
    m_ui->setupUi(this);
    m_ui->keyProblemLabel->setVisible(false);
    m_ui->apiKeyEdit->setMaxLength(MaxKeyLength);
    registerField(QStringLiteral("apiKey*"), m_ui->apiKeyEdit);

    connect(m_ui->showKeyButton, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->apiKeyEdit->setSecretShown(shown);
        m_ui->showKeyButton->setText(shown ? tr("&Hide") : tr("S&how"));
    });
    connect(m_ui->openKeyPageButton, &QPushButton::clicked, this,
            [this] { emit keyPageRequested(keyPageUrl(m_provider)); });
    connect(m_ui->importButton, &QPushButton::clicked, this, &ApiKeyPage::importSelected);
    connect(m_ui->apiKeyEdit, &QLineEdit::textChanged, this, &ApiKeyPage::updateProblem);
}

ApiKeyPage::~ApiKeyPage()
{
    clearKey();
}

QUrl ApiKeyPage::keyPageUrl(Provider provider)
{
    return Providers::info(provider).apiKeysPageUrl;
}

QString ApiKeyPage::keyProblem(const QString& key)
{
    const QString trimmed = key.trimmed();
    if (trimmed.isEmpty())
        return {};
    for (const QChar c : trimmed) {
        if (c.isSpace())
            return tr("An API key has no spaces or line breaks. Paste the key alone.");
        if (!c.isPrint())
            return tr("The key contains characters an API key never has. Copy it again from the provider's page.");
    }
    return {};
}

void ApiKeyPage::setProvider(Provider provider, const QList<ImportCandidate>& candidates)
{
    m_provider = provider;
    const QString name = Providers::displayName(provider);
    setTitle(tr("Enter your %1 API key").arg(name));
    m_ui->whereLabel->setText(
        provider == Provider::Vast
            ? tr("Create or copy a key on the Keys page of the Vast.ai console. A full-access key "
                 "lets Keydeck manage everything; a read-only key shows your account only.")
            : tr("Generate a key in the Spheron AI dashboard under Settings, API Keys. It starts "
                 "with “sai_pk_” and is shown only once, so paste it here right away."));

    m_candidates.clear();
    m_ui->importCombo->clear();
    for (const ImportCandidate& candidate : candidates) {
        if (candidate.provider != provider || candidate.key.isEmpty())
            continue;
        m_candidates.append(candidate);
        m_ui->importCombo->addItem(tr("%1, key ending %2").arg(candidate.sourceDescription, maskedKey(candidate.key)));
    }
    m_ui->importGroup->setVisible(!m_candidates.isEmpty());
    m_ui->importNoteLabel->setText(
        tr("Keydeck found %n %1 key(s) on this computer. Use one to skip copying; the original stays where it is.", "",
           static_cast<int>(m_candidates.size()))
            .arg(name));
}

QString ApiKeyPage::apiKey() const
{
    return m_ui->apiKeyEdit->text().trimmed();
}

void ApiKeyPage::clearKey()
{
    // Overwrite first: QLineEdit keeps no history we could reach, but our own copy should not linger.
    const QScopedValueRollback clearing(m_clearing, true);
    m_ui->apiKeyEdit->setText(QString(m_ui->apiKeyEdit->text().size(), QLatin1Char('x')));
    m_ui->apiKeyEdit->clear();
    for (ImportCandidate& candidate : m_candidates)
        candidate.key.fill(QLatin1Char('x'));
    m_candidates.clear();
}

bool ApiKeyPage::isComplete() const
{
    return !apiKey().isEmpty() && keyProblem(apiKey()).isEmpty();
}

void ApiKeyPage::importSelected()
{
    const int index = m_ui->importCombo->currentIndex();
    if (index < 0 || index >= m_candidates.size())
        return;
    const ImportCandidate& candidate = m_candidates.at(index);
    m_importedFile.reset();
    if (!candidate.filePath.isEmpty()) {
        ImportCandidate file = candidate;
        file.key.clear();
        m_importedFile = file;
        m_importedDigest = QCryptographicHash::hash(candidate.key.trimmed().toUtf8(), QCryptographicHash::Sha256);
    }
    m_ui->apiKeyEdit->setText(candidate.key);
    if (candidate.readableByOthers) {
        m_ui->keyProblemLabel->setText(tr("Other users of this computer can read %1. After Keydeck has saved the key, "
                                          "consider deleting that file.")
                                           .arg(candidate.filePath));
        m_ui->keyProblemLabel->setVisible(true);
    }
}

void ApiKeyPage::updateProblem()
{
    // An edited key no longer comes from the imported file: do not offer to delete that file later.
    if (m_importedFile && !m_clearing
        && QCryptographicHash::hash(apiKey().toUtf8(), QCryptographicHash::Sha256) != m_importedDigest)
        m_importedFile.reset();
    const QString problem = keyProblem(m_ui->apiKeyEdit->text());
    m_ui->keyProblemLabel->setText(problem);
    m_ui->keyProblemLabel->setVisible(!problem.isEmpty());
}
