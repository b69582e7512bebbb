#include "pages/sshkeys/SshKeyUi.h"

#include "ssh/PassphraseStrength.h"
#include "ssh/PublicKey.h"
#include "widgets/TextTone.h"

#include <QCoreApplication>
#include <QDir>
#include <QLabel>
#include <QPalette>

namespace SshKeyUi {

void showMessage(QLabel* label, const QString& text, Tone tone)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    const QString color = TextTone::color(label, tone);
    // Only when it changes: setting a style sheet re-polishes the label and re-lays out its window (every word-
    // wrapped label measured again) even when it is the same sheet, on every list load and every keystroke in
    // the dialogs (docs/PERFORMANCE.md).
    const QString sheet = color.isEmpty() ? QString() : QStringLiteral("color: %1;").arg(color);
    if (label->styleSheet() != sheet)
        label->setStyleSheet(sheet);
}

bool showPassphraseState(QLabel* strengthLabel, QLabel* matchLabel, const QString& passphrase,
                         const QString& confirmation)
{
    const PassphraseStrength::Result strength = PassphraseStrength::evaluate(passphrase);
    Tone tone = Tone::Neutral;
    switch (strength.level) {
    case PassphraseStrength::Level::Empty:
    case PassphraseStrength::Level::Weak:
        tone = Tone::Warning;
        break;
    case PassphraseStrength::Level::Fair:
        tone = Tone::Neutral;
        break;
    case PassphraseStrength::Level::Strong:
        tone = Tone::Good;
        break;
    }
    showMessage(strengthLabel, strength.message, tone);
    // The passphrases' agreement is said under the fields it is about, aligned with them (issue 18 item 22). The
    // sentences keep the Generate dialog's context, where the catalogs have them.
    const bool mismatch = confirmation != passphrase;
    showMessage(matchLabel,
                !mismatch ? QString()
                    : confirmation.isEmpty()
                    ? QCoreApplication::translate("GenerateSshKeyDialog", "Type the passphrase again to confirm it.")
                    : QCoreApplication::translate("GenerateSshKeyDialog", "The two passphrases do not match."),
                Tone::Warning);
    return !mismatch;
}

QString expandKeyPath(const QString& text, const QString& sshDirectory)
{
    QString path = text.trimmed();
    if (path == QLatin1String("~"))
        return QDir::homePath();
    if (path.startsWith(QLatin1String("~/")))
        path = QDir::homePath() + path.mid(1);
    if (!path.contains(QLatin1Char('/')) && !path.contains(QDir::separator()))
        path = QDir(sshDirectory).filePath(path);
    return QDir::cleanPath(path);
}

QString notUploadedMessage(Reconcile::State state, const ApiError& error)
{
    if (state == Reconcile::State::Unknown) {
        return QCoreApplication::translate("SshKeyUi",
                                           "No readable answer came back from the server, and Keydeck could not check "
                                           "whether the key was added. Look at the key list before you "
                                           "try again.");
    }
    if (error.answerLost()) {
        return QCoreApplication::translate("SshKeyUi",
                                           "No readable answer came back from the server, and the key was not added; "
                                           "you can try again.");
    }
    // docs/api/vast-endpoints.md §3.2: an API key working for a team cannot add account SSH keys (issue 19 item 3).
    if (error.serverCode() == QLatin1String("team_ssh_keys_not_supported")) {
        return QCoreApplication::translate("SshKeyUi",
                                           "Vast.ai adds SSH keys only to a personal account, and this API key works "
                                           "in a team. Nothing was added. Add the key with an API key of your "
                                           "personal account, or in the Vast.ai console after switching to your "
                                           "personal account.");
    }
    return error.userMessage();
}

QString keyLabel(const SshKey& key)
{
    return !key.name.trimmed().isEmpty() ? key.name.trimmed() : PublicKey::parse(key.publicKey).comment();
}

QString sameNameWarning(const QList<SshKey>& registered, const QString& label)
{
    const QString wanted = label.trimmed();
    if (wanted.isEmpty())
        return {};
    for (const SshKey& key : registered) {
        if (keyLabel(key).compare(wanted, Qt::CaseInsensitive) == 0) {
            return QCoreApplication::translate("SshKeyUi",
                                               "Another registered key is already called “%1”. You can add this one "
                                               "too, but the two will be hard to tell apart: consider another name.")
                .arg(wanted);
        }
    }
    return {};
}

QString abandonedUploadMessage(const Reconcile::SshKeyAdded& outcome)
{
    switch (outcome.state) {
    case Reconcile::State::Done:
    case Reconcile::State::AlreadyDone:
        return QCoreApplication::translate("SshKeyUi",
                                           "The upload was cancelled, but the key had already reached the server: it "
                                           "is registered.");
    case Reconcile::State::NotDone:
        return QCoreApplication::translate("SshKeyUi",
                                           "The upload was cancelled. The key is not registered now, but the server "
                                           "may still add it: refresh the key list (F5) before you add it again.");
    case Reconcile::State::Unknown:
        break;
    }
    return QCoreApplication::translate("SshKeyUi",
                                       "The upload was cancelled, and Keydeck could not read the key list to check "
                                       "it (%1). The key may still arrive: refresh the list (F5) before you add it "
                                       "again.")
        .arg(outcome.rereadError.userMessage());
}

QString notDeletedMessage(const Reconcile::SshKeyDeleted& outcome, const QString& label)
{
    // The page's translation context: the page composed these messages before, and the catalogs have them there.
    if (outcome.state == Reconcile::State::Unknown && outcome.answerLost()) {
        return QCoreApplication::translate(
                   "SshKeysPage",
                   "No readable answer came back from the server, and Keydeck could not check whether "
                   "“%1” was deleted. Refresh the list before you try again.")
            .arg(label);
    }
    if (outcome.answerLost()) {
        return QCoreApplication::translate(
                   "SshKeysPage",
                   "No readable answer came back from the server, and “%1” was not deleted; you can try again.")
            .arg(label);
    }
    return outcome.error.userMessage();
}

} // namespace SshKeyUi
