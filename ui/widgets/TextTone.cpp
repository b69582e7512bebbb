#include "widgets/TextTone.h"

#include <QPalette>
#include <QWidget>

QString TextTone::color(const QWidget* widget, Tone tone)
{
    const bool dark = widget && widget->palette().color(QPalette::Window).lightness() < 128;
    switch (tone) {
    case Tone::Neutral:
        break;
    case Tone::Good:
        return dark ? QStringLiteral("#7bd88f") : QStringLiteral("#1e7b34");
    case Tone::Warning:
        return dark ? QStringLiteral("#ffcc66") : QStringLiteral("#8a5a00");
    case Tone::Error:
        return dark ? QStringLiteral("#ff8a80") : QStringLiteral("#b3261e");
    }
    return {};
}

QString TextTone::styleSheet(const QWidget* widget, Tone tone, const QString& extra)
{
    const QString name = color(widget, tone);
    if (name.isEmpty())
        return extra;
    const QString sheet = QStringLiteral("color: %1;").arg(name);
    return extra.isEmpty() ? sheet : extra + u' ' + sheet;
}
