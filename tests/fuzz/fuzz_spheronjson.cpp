// libFuzzer target: every Spheron AI DTO parser (SpheronJson) on any JSON a server could send.
#include "FuzzJson.h"

#include "providers/SpheronJson.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto value = Fuzz::json(data, size);
    if (!value)
        return 0;
    (void)SpheronJson::sshKeys(*value);
    (void)SpheronJson::sshKey(*value);
    (void)SpheronJson::balance(*value);
    return 0;
}
