// keydeck-demo-sandbox: the module DemoMode loads (demo/DemoSandbox.h), SandboxServer behind the DemoSandbox
// interface.
#include "demo/DemoSandbox.h"
#include "sandbox/SandboxServer.h"

namespace {

class ModuleSandbox final : public DemoSandbox
{
public:
    bool start(const QString& databasePath, QString* error) override
    {
        SandboxServer::Options options;
        options.port = 0; // a new free port every run, so a second Keydeck or a stale port never collides
        options.databasePath = databasePath;
        return m_server.start(options, error);
    }

    QUrl baseUrl() const override { return m_server.baseUrl(); }

    SandboxDemo seedDemo() override { return m_server.seedDemo(); }

private:
    SandboxServer m_server;
};

} // namespace

extern "C" Q_DECL_EXPORT DemoSandbox* keydeck_create_demo_sandbox()
{
    return new ModuleSandbox;
}
