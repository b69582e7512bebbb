#pragma once

#include <QLoggingCategory>

/** The ssh module's logging category, "keydeck.ssh". Never log a private key or a passphrase. */
Q_DECLARE_LOGGING_CATEGORY(lcSsh)
