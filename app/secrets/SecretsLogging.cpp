#include "secrets/SecretsLogging.h"

Q_LOGGING_CATEGORY(lcKeychain, "keydeck.keychain")
