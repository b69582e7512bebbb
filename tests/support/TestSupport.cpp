#include "TestSupport.h"

#include <QtGlobal>

namespace TestSupport {

QString sourceDir()
{
    return qEnvironmentVariable("KEYDECK_SOURCE_DIR");
}

QString binaryDir()
{
    return qEnvironmentVariable("KEYDECK_BINARY_DIR");
}

bool hasPrivateKeyring()
{
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")
        && !qEnvironmentVariableIsEmpty("KEYDECK_TEST_KEYRING_PASSWORD");
}

} // namespace TestSupport
