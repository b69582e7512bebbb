#pragma once

#include <QLoggingCategory>

/** The network and providers module's one category, "keydeck.api". Never log keys, headers or bodies. */
Q_DECLARE_LOGGING_CATEGORY(lcApi)
