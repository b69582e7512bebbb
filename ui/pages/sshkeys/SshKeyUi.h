#pragma once

#include "providers/Dto.h"

#include <QString>

#include <functional>
#include <optional>

class ConsoleProvider;
class QLabel;
class QObject;
class QWidget;

/** Small presentation helpers shared by the SSH Keys page and its dialogs. */
namespace SshKeyUi {

/** What a message label is showing; the colour follows the palette so dark themes stay readable. */
enum class Tone { Neutral, Good, Warning, Error };

/** Shows @p text in @p label with @p tone (hides the label when @p text is empty). */
void showMessage(QLabel* label, const QString& text, Tone tone);

/** True when the widget's window background is dark (for choosing readable accent colours). */
bool isDark(const QWidget* widget);

/** Expands a leading "~/" and makes a bare file name relative to @p sshDirectory. */
QString expandKeyPath(const QString& text, const QString& sshDirectory);

/** What findUploadedKey() learnt from a fresh list. */
struct UploadCheck
{
    bool listed = false; ///< false: the list could not be read either, so nothing is known
    std::optional<SshKey> key; ///< the registered key with @p line's type and key data, when there is one
};

/**
 * After an upload whose answer was lost (ApiError::answerLost: the server may have acted, tst_faultmatrix),
 * lists the keys of @p teamId and looks for @p line's key among them, so that the dialog neither sends it twice
 * nor claims it failed.
 */
void findUploadedKey(ConsoleProvider* provider, const QString& teamId, const QString& line, QObject* context,
                     std::function<void(const UploadCheck&)> done);

/** The message after a lost answer whose key was not found (or could not be looked for); the form is kept. */
QString lostUploadMessage(const UploadCheck& check);

} // namespace SshKeyUi
