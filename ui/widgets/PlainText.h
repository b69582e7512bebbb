#pragma once

#include <QString>

/**
 * Text that other people control (key, team and device names, server messages) shown literally.
 *
 * Qt renders a QLabel with Qt::AutoText, a tooltip, and an item view's ToolTipRole as rich text whenever
 * Qt::mightBeRichText() says so; a key named `<a href=…>Session expired</a>` would become a link, and `<img>` or
 * markup could disguise which key a dialog is about (docs/SECURITY.md, "Foreign text is plain text").
 */
namespace PlainText {

/** @p text as a tooltip Qt shows literally: unchanged when Qt would take it as plain text, else escaped HTML. */
QString toolTip(const QString& text);

} // namespace PlainText
