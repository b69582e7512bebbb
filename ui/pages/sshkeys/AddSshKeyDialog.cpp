#include "pages/sshkeys/AddSshKeyDialog.h"
#include "ui_AddSshKeyDialog.h"

#include "core/RequestTracker.h"
#include "pages/sshkeys/SshKeyUi.h"
#include "providers/ConsoleProvider.h"
#include "providers/Reconcile.h"
#include "ssh/LocalKeys.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMimeData>
#include <QPushButton>

namespace {
QString g_nextOpenFileName;
bool g_hasNextOpenFileName = false;
} // namespace

AddSshKeyDialog::AddSshKeyDialog(ConsoleProvider* provider, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::AddSshKeyDialog)
    , m_provider(provider)
    , m_requests(new RequestTracker(this))
{
    m_ui->setupUi(this);
    m_ui->busyBar->hide();
    m_ui->errorLabel->hide();
    m_ui->validationLabel->hide();
    m_ui->fingerprintLabel->setText(tr("Shown once the key is valid."));
    // The dialog widened when a fingerprint appeared (issue 18 item 22): the label keeps room for an Ed25519 one
    // from the start, asks for no more, and wraps a longer text at its spaces.
    {
        const QString sample
            = tr("%1 (%2, %n bit(s))", nullptr, 256)
                  .arg(QStringLiteral("SHA256:abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ"), QStringLiteral("ED25519"));
        m_ui->fingerprintLabel->setMinimumWidth(m_ui->fingerprintLabel->fontMetrics().horizontalAdvance(sample));
        m_ui->fingerprintLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        m_ui->fingerprintLabel->setWordWrap(true);
    }
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Add Key"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("addKeyButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));

    // Only Spheron AI stores a name; Vast.ai keys are labelled by their comment (docs/api/vast-endpoints.md §3.2).
    m_ui->nameLabel->setVisible(needsName());
    m_ui->nameEdit->setVisible(needsName());

    // A dropped file is read as a key file, not pasted as its URL (QPlainTextEdit's default).
    m_ui->keyEdit->installEventFilter(this);
    m_ui->keyEdit->viewport()->installEventFilter(this);
    m_ui->keyEdit->viewport()->setAcceptDrops(true);

    connect(m_ui->keyEdit, &QPlainTextEdit::textChanged, this, &AddSshKeyDialog::revalidate);
    connect(m_ui->nameEdit, &QLineEdit::textEdited, this, [this] {
        m_nameTouched = true;
        revalidate();
    });
    connect(m_ui->browseButton, &QPushButton::clicked, this, &AddSshKeyDialog::browse);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AddSshKeyDialog::submit);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_requests, &RequestTracker::busyChanged, this, &AddSshKeyDialog::showBusy);
    revalidate();
}

AddSshKeyDialog::~AddSshKeyDialog() = default;

bool AddSshKeyDialog::needsName() const
{
    return m_provider && m_provider->providerId() == QLatin1String("spheron");
}

void AddSshKeyDialog::setTeamId(const QString& teamId)
{
    m_teamId = teamId;
}

void AddSshKeyDialog::setRegisteredKeys(const QList<SshKey>& keys)
{
    m_registered = keys;
    revalidate();
}

void AddSshKeyDialog::setEditTarget(const SshKey& key)
{
    m_editing = true;
    m_editTarget = key;
    setWindowTitle(tr("Edit SSH Key"));
    m_ui->introLabel->setText(tr("Replace the text of this key. The new key takes the old one's place on the "
                                 "account; instances that already have the old key keep it."));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    setKeyText(key.publicKey.trimmed());
}

void AddSshKeyDialog::setName(const QString& name)
{
    m_ui->nameEdit->setText(name);
    m_nameTouched = !name.isEmpty();
    revalidate();
}

void AddSshKeyDialog::setKeyText(const QString& text)
{
    m_ui->keyEdit->setPlainText(text);
}

void AddSshKeyDialog::setNextOpenFileName(const QString& path)
{
    g_nextOpenFileName = path;
    g_hasNextOpenFileName = true;
}

bool AddSshKeyDialog::loadFile(const QString& path)
{
    const LocalKey local = LocalKeys::read(path);
    if (local.isValid()) {
        setKeyText(local.key.authorizedKeysLine());
        if (needsName() && !m_nameTouched && local.key.comment().isEmpty())
            m_ui->nameEdit->setText(QFileInfo(path).completeBaseName());
        return true;
    }
    // Do not put the file's text in the form: it may be a private key (pitfalls: it never leaves the machine).
    m_ui->keyEdit->clear();
    const QString reason = local.errorMessage();
    SshKeyUi::showMessage(m_ui->validationLabel,
                          tr("%1 cannot be added: %2").arg(QDir::toNativeSeparators(path), reason),
                          SshKeyUi::Tone::Error);
    return false;
}

void AddSshKeyDialog::browse()
{
    QString path;
    if (g_hasNextOpenFileName) {
        path = g_nextOpenFileName;
        g_hasNextOpenFileName = false;
    } else {
        path = QFileDialog::getOpenFileName(this, tr("Choose a Public Key"), QDir::homePath() + QStringLiteral("/.ssh"),
                                            tr("Public keys (*.pub);;All files (*)"));
    }
    if (!path.isEmpty())
        loadFile(path);
}

QString AddSshKeyDialog::droppedFile(const QMimeData* mime) const
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile())
            return url.toLocalFile();
    }
    return {};
}

void AddSshKeyDialog::dragEnterEvent(QDragEnterEvent* event)
{
    if (!m_requests->isBusy() && !droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void AddSshKeyDialog::dropEvent(QDropEvent* event)
{
    const QString path = droppedFile(event->mimeData());
    if (m_requests->isBusy() || path.isEmpty())
        return;
    event->acceptProposedAction();
    loadFile(path);
}

bool AddSshKeyDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->keyEdit || watched == m_ui->keyEdit->viewport()) {
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto* drag = static_cast<QDragMoveEvent*>(event);
            if (!droppedFile(drag->mimeData()).isEmpty()) {
                drag->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto* drop = static_cast<QDropEvent*>(event);
            if (!droppedFile(drop->mimeData()).isEmpty()) {
                dropEvent(drop);
                return true;
            }
        }
    }
    return QDialog::eventFilter(watched, event);
}

void AddSshKeyDialog::revalidate()
{
    const QString text = m_ui->keyEdit->toPlainText();
    m_key = PublicKey::parse(text);
    m_duplicateRow = -1;
    m_duplicateLabel.clear();

    if (m_key.status() == PublicKey::Status::PrivateKey) {
        // Clear the private key at once so it is neither shown nor sent; the explanation stays.
        const QString message = tr("This is a private key. Never share it: paste the public key instead, the "
                                   "line in the file that ends in .pub. Nothing was sent.");
        const QSignalBlocker blocker(m_ui->keyEdit);
        m_ui->keyEdit->clear();
        if (!m_nameTouched)
            m_ui->nameEdit->clear();
        m_key = PublicKey();
        m_ui->fingerprintLabel->setText(tr("Shown once the key is valid."));
        SshKeyUi::showMessage(m_ui->validationLabel, message, SshKeyUi::Tone::Error);
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }

    if (m_key.isValid()) {
        m_ui->fingerprintLabel->setText(
            tr("%1 (%2, %n bit(s))", nullptr, m_key.bits()).arg(m_key.fingerprint(), m_key.typeLabel()));
        if (needsName() && !m_nameTouched)
            m_ui->nameEdit->setText(m_key.comment());
        for (int i = 0; i < m_registered.size(); ++i) {
            const SshKey& registered = m_registered.at(i);
            if (m_editing && registered.id == m_editTarget.id)
                continue;
            // By type and key data, not by parsing every registered key on each keystroke (thousands of keys).
            if (m_key.hasIdentityOf(registered.publicKey)) {
                m_duplicateRow = i;
                m_duplicateLabel
                    = registered.name.isEmpty() ? PublicKey::parse(registered.publicKey).comment() : registered.name;
                if (m_duplicateLabel.isEmpty())
                    m_duplicateLabel = m_key.fingerprint();
                break;
            }
        }
    } else {
        m_ui->fingerprintLabel->setText(tr("Shown once the key is valid."));
    }

    if (m_duplicateRow >= 0) {
        SshKeyUi::showMessage(
            m_ui->validationLabel,
            tr("This key is already registered as “%1”. Nothing needs to be uploaded.").arg(m_duplicateLabel),
            SshKeyUi::Tone::Error);
    } else if (m_editing && m_key.isValid() && m_key.sameKeyAs(PublicKey::parse(m_editTarget.publicKey))
               && m_key.comment() == PublicKey::parse(m_editTarget.publicKey).comment()) {
        SshKeyUi::showMessage(m_ui->validationLabel, tr("Paste the new key text to replace this one."),
                              SshKeyUi::Tone::Neutral);
    } else if (const QString same = sameNameWarning(); !same.isEmpty()) {
        SshKeyUi::showMessage(m_ui->validationLabel, same, SshKeyUi::Tone::Warning);
    } else if (m_key.isValid() && !m_key.warnings().isEmpty()) {
        SshKeyUi::showMessage(m_ui->validationLabel, m_key.warningMessages().join(QLatin1Char(' ')),
                              SshKeyUi::Tone::Warning);
    } else if (m_key.isValid()) {
        SshKeyUi::showMessage(m_ui->validationLabel, tr("This is a valid public key."), SshKeyUi::Tone::Good);
    } else if (m_key.status() == PublicKey::Status::Empty) {
        SshKeyUi::showMessage(m_ui->validationLabel, {}, SshKeyUi::Tone::Neutral);
    } else {
        SshKeyUi::showMessage(m_ui->validationLabel, m_key.errorMessage(), SshKeyUi::Tone::Error);
    }

    if (needsName() && m_key.isValid() && m_ui->nameEdit->text().trimmed().isEmpty() && m_duplicateRow < 0)
        SshKeyUi::showMessage(m_ui->validationLabel, tr("Spheron AI needs a name for the key."),
                              SshKeyUi::Tone::Warning);

    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(canSubmit());
}

QString AddSshKeyDialog::sameNameWarning() const
{
    if (!m_key.isValid())
        return {};
    QList<SshKey> others = m_registered;
    if (m_editing)
        others.removeIf([this](const SshKey& k) { return k.id == m_editTarget.id; });
    return SshKeyUi::sameNameWarning(others, needsName() ? m_ui->nameEdit->text() : m_key.comment());
}

bool AddSshKeyDialog::canSubmit() const
{
    if (m_abandoned || m_requests->isBusy() || !m_provider || !m_key.isValid() || m_duplicateRow >= 0)
        return false;
    if (needsName() && m_ui->nameEdit->text().trimmed().isEmpty())
        return false;
    if (m_editing) {
        const PublicKey old = PublicKey::parse(m_editTarget.publicKey);
        if (m_key.sameKeyAs(old) && m_key.comment() == old.comment())
            return false;
    }
    return true;
}

void AddSshKeyDialog::showBusy(bool busy)
{
    m_ui->busyBar->setVisible(busy);
    m_ui->nameEdit->setReadOnly(busy);
    m_ui->keyEdit->setReadOnly(busy);
    m_ui->browseButton->setEnabled(!busy);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(canSubmit());
}

void AddSshKeyDialog::showMessage(const QString& text, bool error)
{
    SshKeyUi::showMessage(m_ui->errorLabel, text, error ? SshKeyUi::Tone::Error : SshKeyUi::Tone::Neutral);
}

void AddSshKeyDialog::submit()
{
    if (!canSubmit())
        return;
    showMessage({}, false);
    QObject* request = m_requests->start();
    // Send the canonical line (re-exported type and base64, sanitised comment), not the raw paste.
    const QString line = m_key.authorizedKeysLine();
    m_sentLine = line;
    // A lost answer is settled by Reconcile: the key found registered is this upload (the form refuses a key
    // that is registered already).
    auto done = m_requests->done(request, [this](const Reconcile::SshKeyAdded& outcome) {
        if (!outcome.ok()) {
            showMessage(SshKeyUi::notUploadedMessage(outcome.state, outcome.error), true);
            return;
        }
        emit keyUploaded(outcome.value ? *outcome.value : *outcome.found);
        accept();
    });
    if (m_editing)
        Reconcile::updateSshKey(m_provider, m_editTarget.id, line, request, done);
    else
        Reconcile::addSshKey(m_provider, m_ui->nameEdit->text().trimmed(), line, m_teamId, request, done);
}

void AddSshKeyDialog::reject()
{
    if (!m_editing && !m_abandoned && m_requests->isBusy()) {
        abandonUpload();
        return;
    }
    QDialog::reject();
}

void AddSshKeyDialog::abandonUpload()
{
    // The POST may have reached the server already (or may still): closing silently left a key the user believed
    // was not sent (issue 18 item 1). Stop waiting, say so, and look for it in the list.
    m_abandoned = true;
    m_requests->cancelAll();
    const QString cancelled = tr("The upload was cancelled, but the key may still arrive. Checking the key list…");
    showMessage(cancelled, false);
    emit uploadAbandoned(cancelled);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("&Close"));
    QObject* request = m_requests->start();
    Reconcile::checkAbandonedSshKey(m_provider, m_sentLine, m_teamId, request,
                                    m_requests->done(request, [this](const Reconcile::SshKeyAdded& outcome) {
                                        showMessage(SshKeyUi::abandonedUploadMessage(outcome), !outcome.ok());
                                        if (outcome.ok() && outcome.found)
                                            emit keyUploaded(*outcome.found);
                                    }));
}
