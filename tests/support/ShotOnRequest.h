#pragma once

#include <QCoreApplication>
#include <QString>
#include <QWidget>

/**
 * Saves a picture of @p w as DIR/@p name.png when KEYDECK_SCREENSHOT_DIR=DIR is set, for looking at the UI while
 * a test drives it; never a check. Header-only: only widget tests include it (keydeck_test_support has no Widgets).
 */
inline void saveShotOnRequest(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("KEYDECK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::sendPostedEvents();
    w->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}
