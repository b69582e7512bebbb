#include "core/TestOverrides.h"

#include "KeydeckBuildOptions.h"

#include <QtGlobal>

namespace TestOverrides {

bool honoured()
{
    return KEYDECK_HONOUR_TEST_OVERRIDES != 0;
}

QString value(const char* variable)
{
    return value(variable, honoured());
}

QString value(const char* variable, bool honour)
{
    if (honour)
        return qEnvironmentVariable(variable);
    if (qEnvironmentVariableIsSet(variable))
        qWarning("%s is honoured only by test builds; ignoring it.", variable);
    return {};
}

} // namespace TestOverrides
