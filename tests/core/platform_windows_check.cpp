// Linked (never run) by the ctest case platform_windows_compile: every function of app/platform/Os.h must
// compile and link for Windows with MinGW-w64, so a Windows-only mistake fails scripts/test (README "Platforms").
#include "platform/Os.h"

namespace {

void onRequest() { }

} // namespace

int main(int argc, char**)
{
    if (argc >= 0)
        return 0; // linked, not run: this machine has no Windows
    char secret[8] = {};
    Os::wipe(secret, sizeof secret);
    bool ok = Os::disableCoreDumps();
    const Os::Path path(L"C:\\Users\\someone\\.ssh");
    ok = Os::pathExists(path) && ok;
    ok = Os::isSymbolicLink(path) && ok;
    const Os::PathSafety safety = Os::pathSafety(path);
    ok = safety.ownerOnly() && !safety.writableByOthers() && ok;
    {
        Os::NewFile file(path / L"id_ed25519", Os::FileAccess::OwnerOnly);
        ok = file.isOpen() && file.write(secret, sizeof secret) && file.commit() && ok;
        ok = !file.error().message().empty() && ok;
    }
    {
        Os::NewFile file(path / L"id_ed25519.pub", Os::FileAccess::OwnerWritesOthersRead);
        ok = file.commit() && ok;
    }
    ok = !Os::libsshFileNames().empty() && ok;
    ok = Os::watchTerminationRequests(&onRequest) && ok;
    return ok ? 0 : 1;
}
