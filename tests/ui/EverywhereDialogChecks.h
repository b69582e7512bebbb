#pragma once

#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QString>
#include <QStringList>
#include <QTreeWidget>
#include <QWidget>

// What the tests of the overview's two actions across accounts (issue 23) read from their dialogs: each row's place
// and result, as the user sees them and by the engine's stable name.
namespace EverywhereDialogChecks {

/** Each row's place ("Vast", "Spheron · team Ada's Lab") → its result's stable name ("removed", "failed"). */
inline QMap<QString, QString> results(QWidget* dialog)
{
    QMap<QString, QString> byPlace;
    auto* view = dialog->findChild<QTreeWidget*>(QStringLiteral("placesView"));
    if (!view)
        return byPlace;
    const int resultColumn = view->columnCount() - 1;
    for (int i = 0; i < view->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = view->topLevelItem(i);
        byPlace.insert(item->text(0), item->data(resultColumn, Qt::UserRole).toString());
    }
    return byPlace;
}

/** The result text the user reads for @p place. */
inline QString resultText(QWidget* dialog, const QString& place)
{
    auto* view = dialog->findChild<QTreeWidget*>(QStringLiteral("placesView"));
    for (int i = 0; view && i < view->topLevelItemCount(); ++i) {
        if (view->topLevelItem(i)->text(0) == place)
            return view->topLevelItem(i)->text(view->columnCount() - 1);
    }
    return {};
}

inline QPushButton* button(QWidget* dialog, const char* name)
{
    return dialog->findChild<QPushButton*>(QLatin1String(name));
}

/** Writes @p line as `~/.ssh/<name>.pub` under @p home; false on failure. */
inline bool writePublicKey(const QString& home, const QString& name, const QString& line)
{
    if (!QDir().mkpath(home + QStringLiteral("/.ssh")))
        return false;
    QFile file(home + QStringLiteral("/.ssh/") + name + QStringLiteral(".pub"));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    return file.write((line + QLatin1Char('\n')).toUtf8()) > 0;
}

} // namespace EverywhereDialogChecks
