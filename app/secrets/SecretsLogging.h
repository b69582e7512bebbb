#pragma once

#include <QLoggingCategory>

/** The secrets module's logging category, `keydeck.keychain`. Never log a secret through it. */
Q_DECLARE_LOGGING_CATEGORY(lcKeychain)
