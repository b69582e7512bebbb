#include "sandbox/SandboxLog.h"

Q_LOGGING_CATEGORY(lcSandbox, "keydeck.sandbox", QtInfoMsg)
