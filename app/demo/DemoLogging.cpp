#include "demo/DemoLogging.h"

Q_LOGGING_CATEGORY(lcDemo, "keydeck.demo", QtInfoMsg)
