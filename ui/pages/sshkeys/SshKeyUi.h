#pragma once

#include "net/ApiError.h"
#include "providers/Reconcile.h"
#include "widgets/TextTone.h"

#include <QString>

class QLabel;
class QWidget;

/** Small presentation helpers shared by the SSH Keys page and its dialogs. */
namespace SshKeyUi {

/** What a message label is showing; the colour follows the palette so dark themes stay readable (widgets/TextTone). */
using Tone = TextTone::Tone;

/** Shows @p text in @p label with @p tone (hides the label when @p text is empty). */
void showMessage(QLabel* label, const QString& text, Tone tone);

/**
 * The passphrase rules of every form that sets one (Generate, the overview's Add a Passphrase): how strong it is
 * (PassphraseStrength) in @p strengthLabel, and whether the confirmation agrees in @p matchLabel.
 * @return true when @p confirmation equals @p passphrase.
 */
bool showPassphraseState(QLabel* strengthLabel, QLabel* matchLabel, const QString& passphrase,
                         const QString& confirmation);

/** True when the widget's window background is dark (for choosing readable accent colours). */
bool isDark(const QWidget* widget);

/** Expands a leading "~/" and makes a bare file name relative to @p sshDirectory. */
QString expandKeyPath(const QString& text, const QString& sshDirectory);

/**
 * Why an upload (or edit) did not happen, in words: after a lost answer, whether Keydeck could check the list
 * (Reconcile::State::NotDone: the key is not there, try again; Unknown: look first); otherwise the server's reason.
 */
QString notUploadedMessage(Reconcile::State state, const ApiError& error);

/** How a registered key is called: its name, else its comment (Vast.ai keys have no name). */
QString keyLabel(const SshKey& key);

/**
 * Issue 18 item 19: a warning (not a refusal) when @p label is already how one of @p registered is called, so two
 * keys would look the same in the list; empty when it is not, or @p label is empty.
 */
QString sameNameWarning(const QList<SshKey>& registered, const QString& label);

/**
 * What an upload the user cancelled turned out to be (Reconcile::checkAbandonedSshKey), in words: it arrived, it is
 * not there (yet: it may still arrive), or the list could not be read.
 */
QString abandonedUploadMessage(const Reconcile::SshKeyAdded& outcome);

/**
 * Why key @p label was not deleted, in words: after a lost answer, whether Keydeck could check the list
 * (Reconcile::State::NotDone: try again; Unknown: refresh first); otherwise the server's reason.
 */
QString notDeletedMessage(const Reconcile::SshKeyDeleted& outcome, const QString& label);

} // namespace SshKeyUi
