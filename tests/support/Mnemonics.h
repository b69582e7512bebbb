#pragma once

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QMap>
#include <QStringList>
#include <QWidget>

namespace TestSupport {

/** The Alt+letter of @p text ("Con&firm" → 'f'), lower-cased; a null QChar when it has none ("&&" is a literal &). */
inline QChar mnemonicOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

/**
 * The Alt+letters that more than one control of @p window answers to (issue 18 item 8): buddied labels, buttons
 * and group boxes shown in the window. Each entry names the letter and the texts that share it; empty when every
 * letter reaches one control.
 */
inline QStringList duplicateMnemonics(const QWidget* window)
{
    QMap<QChar, QStringList> byLetter;
    auto note = [&](const QWidget* widget, const QString& text) {
        if (!widget->isVisibleTo(window))
            return;
        const QChar letter = mnemonicOf(text);
        if (!letter.isNull())
            byLetter[letter] << text;
    };
    for (const QLabel* label : window->findChildren<QLabel*>()) {
        if (label->buddy())
            note(label, label->text());
    }
    for (const QAbstractButton* button : window->findChildren<QAbstractButton*>())
        note(button, button->text());
    for (const QGroupBox* box : window->findChildren<QGroupBox*>())
        note(box, box->title());
    QStringList duplicates;
    for (auto it = byLetter.cbegin(); it != byLetter.cend(); ++it) {
        if (it.value().size() > 1)
            duplicates << QStringLiteral("Alt+%1: %2").arg(it.key(), it.value().join(QStringLiteral(" / ")));
    }
    return duplicates;
}

} // namespace TestSupport
