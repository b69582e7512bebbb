#include "widgets/PlainText.h"

#include <QTextDocument>

namespace PlainText {

QString toolTip(const QString& text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    // convertFromPlainText escapes <, > and & and keeps line breaks as <br>, so the tooltip reads as typed.
    return Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

} // namespace PlainText
