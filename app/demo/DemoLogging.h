#pragma once

#include <QLoggingCategory>

/** The demo module's logging category, "keydeck.demo". Never log a key through it. */
Q_DECLARE_LOGGING_CATEGORY(lcDemo)
