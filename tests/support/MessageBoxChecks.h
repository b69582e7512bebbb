#pragma once

// For the suites that program MessageBox answers (ui/widgets/MessageBox.h). Header-only: keydeck_test_support does
// not link the widgets library, the suites that include this do.

#include "widgets/MessageBox.h"

#include <QString>
#include <QTest>

/**
 * Every programmed answer was used: one left over means a question the test expected never came, and it would
 * answer the next test's question instead. Clears the queue first, so a failure never leaks into the next test.
 * Call it in cleanup() (docs/RELIABILITY.md, "Test honesty").
 */
#define KD_VERIFY_NO_PENDING_ANSWERS()                                                                                 \
    do {                                                                                                               \
        const int kdLeft_ = MessageBox::pendingAnswers();                                                              \
        MessageBox::clearNextAnswers();                                                                                \
        QVERIFY2(kdLeft_ == 0,                                                                                         \
                 qPrintable(QStringLiteral("%1 programmed MessageBox answer(s) left unused: a question the test "      \
                                           "expected never came")                                                      \
                                .arg(kdLeft_)));                                                                       \
    } while (false)
