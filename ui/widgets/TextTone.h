#pragma once

#include <QString>

class QWidget;

/**
 * Coloured text that stays readable in light and dark (View → Appearance): each tone has a colour for a light and
 * one for a dark window, chosen by the widget's palette when the text is set (4.5:1 or more on either window;
 * tst_appearance).
 */
namespace TextTone {

enum class Tone { Neutral, Good, Warning, Error };

/** The colour name for @p tone on @p widget's palette; empty for Neutral. */
QString color(const QWidget* widget, Tone tone);
/** "color: …;" for a style sheet (with @p extra before it, e.g. "font-weight: bold;"); @p extra alone for Neutral. */
QString styleSheet(const QWidget* widget, Tone tone, const QString& extra = {});

} // namespace TextTone
