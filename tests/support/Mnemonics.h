#pragma once

#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QStringList>
#include <QTabBar>
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

/** Alt+letter → the texts that answer to it, gathered by the functions below. */
using MnemonicMap = QMap<QChar, QStringList>;

/**
 * Notes the Alt+letters of the controls in @p root shown in @p window: buddied labels, buttons, group boxes, the
 * visible tabs of tab bars and the menu bar's menus.
 */
inline void collectMnemonics(const QWidget* root, const QWidget* window, MnemonicMap& byLetter)
{
    auto note = [&](const QWidget* widget, const QString& text) {
        if (widget != window && !widget->isVisibleTo(window))
            return;
        const QChar letter = mnemonicOf(text);
        if (!letter.isNull())
            byLetter[letter] << text;
    };
    for (const QLabel* label : root->findChildren<QLabel*>()) {
        if (label->buddy())
            note(label, label->text());
    }
    for (const QAbstractButton* button : root->findChildren<QAbstractButton*>())
        note(button, button->text());
    for (const QGroupBox* box : root->findChildren<QGroupBox*>())
        note(box, box->title());
    for (const QTabBar* bar : root->findChildren<QTabBar*>()) {
        for (int i = 0; i < bar->count(); ++i) {
            if (bar->isTabVisible(i))
                note(bar, bar->tabText(i));
        }
    }
    for (const QMenuBar* bar : root->findChildren<QMenuBar*>()) {
        for (const QAction* action : bar->actions()) {
            if (action->isVisible())
                note(bar, action->text());
        }
    }
}

/** The letters of @p byLetter that more than one text shares, as "Alt+f: &File / &Filter:". */
inline QStringList sharedLetters(const MnemonicMap& byLetter)
{
    QStringList duplicates;
    for (auto it = byLetter.cbegin(); it != byLetter.cend(); ++it) {
        if (it.value().size() > 1)
            duplicates << QStringLiteral("Alt+%1: %2").arg(it.key(), it.value().join(QStringLiteral(" / ")));
    }
    return duplicates;
}

/**
 * The Alt+letters that more than one control of @p window answers to (issue 18 item 8): buddied labels, buttons,
 * group boxes, tabs and menu bar entries shown in the window. Each entry names the letter and the texts that share
 * it; empty when every letter reaches one control.
 */
inline QStringList duplicateMnemonics(const QWidget* window)
{
    MnemonicMap byLetter;
    collectMnemonics(window, window, byLetter);
    return sharedLetters(byLetter);
}

/** The same for the visible entries of each menu of @p bar: an open menu's letters must differ. */
inline QStringList duplicateMenuMnemonics(const QMenuBar* bar)
{
    QStringList duplicates;
    for (const QAction* top : bar->actions()) {
        const QMenu* menu = top->menu();
        if (!menu)
            continue;
        MnemonicMap byLetter;
        for (const QAction* action : menu->actions()) {
            const QChar letter = mnemonicOf(action->text());
            if (action->isVisible() && !action->isSeparator() && !letter.isNull())
                byLetter[letter] << action->text();
        }
        for (const QString& shared : sharedLetters(byLetter))
            duplicates << menu->title() + QStringLiteral(": ") + shared;
    }
    return duplicates;
}

} // namespace TestSupport
