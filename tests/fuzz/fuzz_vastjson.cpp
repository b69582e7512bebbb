// libFuzzer target: every Vast.ai DTO parser (VastJson) on any JSON a server could send.
#include "FuzzJson.h"

#include "providers/VastJson.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto value = Fuzz::json(data, size);
    if (!value)
        return 0;
    (void)VastJson::userProfile(*value);
    (void)VastJson::sshKeys(*value);
    (void)VastJson::sshKey(*value);
    (void)VastJson::apiKeys(*value);
    (void)VastJson::createdApiKey(*value);
    (void)VastJson::resetApiKey(*value);
    (void)VastJson::envVars(*value);
    (void)VastJson::sessions(*value);
    (void)VastJson::twoFactorSession(*value);
    (void)VastJson::reportsSuccess(*value);
    return 0;
}
