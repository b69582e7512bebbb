#include "security/FingerprintInput.h"

#include <QRegularExpression>

namespace Security {

FingerprintInput FingerprintInput::read(const QString& text)
{
    FingerprintInput input;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return input;
    static const QRegularExpression sha256(QStringLiteral("^SHA256:([A-Za-z0-9+/]{43})=?$"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression md5(QStringLiteral("^(MD5:)?[0-9a-f]{2}(:[0-9a-f]{2}){15}$"),
                                        QRegularExpression::CaseInsensitiveOption);
    // The base64 part is case-sensitive; only the prefix may be typed in any case.
    const QRegularExpressionMatch match = sha256.match(trimmed);
    if (match.hasMatch()) {
        input.status = Status::Valid;
        input.fingerprint = QStringLiteral("SHA256:") + match.captured(1);
        return input;
    }
    input.status = md5.match(trimmed).hasMatch() ? Status::Md5 : Status::Malformed;
    return input;
}

} // namespace Security
