#include "dialogs/help/ShortcutSheet.h"

#include <QAction>
#include <QCoreApplication>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QShortcut>
#include <QTabWidget>
#include <QWidget>

#include <optional>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ShortcutSheet", text);
}

/** A menu or button text without its mnemonic marker ("Re&move Account…" → "Remove Account…"). */
QString withoutMnemonic(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

/** Pages make their QShortcuts from the standard keys; a QShortcut without whatsThis is described by its key. */
QString standardKeyDescription(const QKeySequence& keys)
{
    static const struct
    {
        QKeySequence::StandardKey key;
        const char* does;
    } known[] = {
        {QKeySequence::Refresh, QT_TRANSLATE_NOOP("ShortcutSheet", "Refresh")},
        {QKeySequence::New, QT_TRANSLATE_NOOP("ShortcutSheet", "Create a new item")},
        {QKeySequence::Delete, QT_TRANSLATE_NOOP("ShortcutSheet", "Delete the selected item")},
        {QKeySequence::Find, QT_TRANSLATE_NOOP("ShortcutSheet", "Focus the filter")},
        {QKeySequence::Copy, QT_TRANSLATE_NOOP("ShortcutSheet", "Copy")},
        {QKeySequence::Save, QT_TRANSLATE_NOOP("ShortcutSheet", "Save")},
    };
    for (const auto& entry : known) {
        if (QKeySequence::keyBindings(entry.key).contains(keys))
            return tr(entry.does);
    }
    return {};
}

/**
 * The window's tab that holds @p widget (the outermost one: a page may have tabs of its own). Sets @p inTab when
 * there is one; nullopt when that tab is hidden.
 */
std::optional<QString> tabOf(QWidget* widget, QWidget* window, bool* inTab)
{
    *inTab = false;
    QTabWidget* outerTabs = nullptr;
    int outerIndex = -1;
    for (QWidget* w = widget; w && w != window; w = w->parentWidget()) {
        QWidget* stack = w->parentWidget();
        auto* tabs = stack ? qobject_cast<QTabWidget*>(stack->parentWidget()) : nullptr;
        const int index = tabs ? tabs->indexOf(w) : -1;
        if (index >= 0) {
            outerTabs = tabs;
            outerIndex = index;
        }
    }
    if (!outerTabs)
        return QString();
    *inTab = true;
    if (!outerTabs->isTabVisible(outerIndex))
        return std::nullopt;
    return withoutMnemonic(outerTabs->tabText(outerIndex));
}

/**
 * Where a shortcut owned by @p scope acts: its tab, and the list it is bound to for a widget shortcut ("SSH Keys:
 * Registered SSH keys"); "Window" for the window's own. nullopt when its tab is hidden.
 */
std::optional<QString> placeOf(QWidget* scope, Qt::ShortcutContext context, QWidget* window)
{
    if (!scope || scope == window || qobject_cast<QMenu*>(scope) || qobject_cast<QMenuBar*>(scope))
        return tr("Window");
    bool inTab = false;
    const std::optional<QString> tab = tabOf(scope, window, &inTab);
    if (!tab)
        return std::nullopt;
    const bool onWidget = context == Qt::WidgetShortcut || context == Qt::WidgetWithChildrenShortcut;
    QString list = onWidget ? scope->accessibleName() : QString();
    if (!inTab)
        return list.isEmpty() ? tr("Window") : list;
    // A page named like its tab ("SSH keys" on SSH Keys) adds nothing.
    if (list.compare(*tab, Qt::CaseInsensitive) == 0)
        list.clear();
    return list.isEmpty() ? *tab : tr("%1: %2").arg(*tab, list);
}

/** The widget an action's shortcut is bound to: the first one it was added to that is not a menu. */
QWidget* scopeOf(QAction* action)
{
    for (QObject* object : action->associatedObjects()) {
        auto* widget = qobject_cast<QWidget*>(object);
        if (widget && !qobject_cast<QMenu*>(widget) && !qobject_cast<QMenuBar*>(widget))
            return widget;
    }
    return qobject_cast<QWidget*>(action->parent());
}

void add(QList<ShortcutEntry>& entries, const QString& keys, const QString& where, const QString& does)
{
    for (ShortcutEntry& entry : entries) {
        if (entry.keys == keys && entry.does == does) {
            if (!entry.where.split(QStringLiteral(", ")).contains(where))
                entry.where += QStringLiteral(", ") + where;
            return;
        }
    }
    entries.append({keys, where, does});
}

} // namespace

namespace ShortcutSheet {

QList<ShortcutEntry> collect(QWidget* window)
{
    QList<ShortcutEntry> entries;
    const QList<QAction*> actions = window->findChildren<QAction*>();
    for (QAction* action : actions) {
        if (action->shortcut().isEmpty() || !action->isVisible())
            continue;
        const std::optional<QString> where = placeOf(scopeOf(action), action->shortcutContext(), window);
        if (!where)
            continue;
        QStringList keys;
        for (const QKeySequence& sequence : action->shortcuts())
            keys.append(sequence.toString(QKeySequence::NativeText));
        const QString text = withoutMnemonic(action->text());
        add(entries, keys.join(QStringLiteral(" / ")), *where, text.isEmpty() ? action->toolTip() : text);
    }
    const QList<QShortcut*> shortcuts = window->findChildren<QShortcut*>();
    for (QShortcut* shortcut : shortcuts) {
        if (shortcut->key().isEmpty() || !shortcut->isEnabled())
            continue;
        const std::optional<QString> where
            = placeOf(qobject_cast<QWidget*>(shortcut->parent()), shortcut->context(), window);
        if (!where)
            continue;
        const QString does
            = shortcut->whatsThis().isEmpty() ? standardKeyDescription(shortcut->key()) : shortcut->whatsThis();
        add(entries, shortcut->key().toString(QKeySequence::NativeText), *where, does);
    }
    return entries;
}

} // namespace ShortcutSheet
