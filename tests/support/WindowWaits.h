#pragma once

#include <QProgressBar>
#include <QTest>
#include <QWidget>

namespace TestSupport {

/**
 * Waits until the main window's busy indicator (objectName "busyIndicator") is hidden: every page's loads have
 * ended. False when there is no indicator or it stays shown for 20 s.
 */
inline bool waitUntilIdle(QWidget* window)
{
    auto* busy = window->findChild<QProgressBar*>(QStringLiteral("busyIndicator"));
    // Let queued loads start before judging the indicator.
    QTest::qWait(50);
    return busy && QTest::qWaitFor([&] { return !busy->isVisible(); }, 20000);
}

} // namespace TestSupport
