// libFuzzer target: every Vast.ai DTO parser (VastJson) on any JSON a server could send, and the SSH key list's
// byte-level reader (VastJson::sshKeysFromBody, simdjson on-demand) against the QJsonDocument path: whatever the reader
// accepts must be valid JSON that sshKeys() reads to the same keys.
#include "FuzzJson.h"

#include "providers/VastJson.h"

#include <cstdio>
#include <cstdlib>

namespace {

bool same(const QList<SshKey>& a, const QList<SshKey>& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const SshKey& x = a[i];
        const SshKey& y = b[i];
        if (x.id != y.id || x.name != y.name || x.publicKey != y.publicKey || x.createdAt != y.createdAt
            || x.createdAt.timeSpec() != y.createdAt.timeSpec() || x.teamId != y.teamId
            || x.serverFingerprint != y.serverFingerprint)
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto value = Fuzz::json(data, size);
    const auto fast = VastJson::sshKeysFromBody(QByteArrayView(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (fast) {
        const auto reference = value ? VastJson::sshKeys(*value) : std::nullopt;
        if (!reference || reference->unreadable != 0 || !same(*fast, reference->items)) {
            std::fprintf(stderr, "sshKeysFromBody read %s differently from QJsonDocument + sshKeys()\n",
                         value ? "this list" : "a body QJsonDocument refuses");
            std::abort();
        }
    }
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
    (void)VastJson::auditEvents(*value);
    (void)VastJson::twoFactorSession(*value);
    (void)VastJson::reportsSuccess(*value);
    return 0;
}
