#include "wizard/WizardLogging.h"

Q_LOGGING_CATEGORY(lcWizard, "keydeck.wizard", QtInfoMsg)
