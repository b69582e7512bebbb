#pragma once

#include <QLoggingCategory>

/** The onboarding wizard's logging category, "keydeck.wizard". Never log a key or a passphrase through it. */
Q_DECLARE_LOGGING_CATEGORY(lcWizard)
