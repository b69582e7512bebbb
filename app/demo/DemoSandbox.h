#pragma once

#include "sandbox/SandboxDemo.h"

#include <QString>
#include <QUrl>

#include <memory>

/**
 * The demo's local server as DemoMode uses it. The sandbox (SandboxServer, with QtHttpServer, QtWebSockets and
 * QtSql) lives in a module that only the demo loads, so that a normal start of Keydeck does not load, relocate and
 * map those libraries (docs/PERFORMANCE.md, start-up; docs/SANDBOX.md).
 */
class DemoSandbox
{
public:
    virtual ~DemoSandbox() = default;

    /**
     * Opens (creating or migrating) the SQLite file @p databasePath and listens on a free port of 127.0.0.1.
     * @p error gets an English sentence on failure.
     */
    virtual bool start(const QString& databasePath, QString* error) = 0;
    /** http://127.0.0.1:<port>, once started. */
    virtual QUrl baseUrl() const = 0;
    /** Resets the database to the demo accounts and returns their fresh credentials. */
    virtual SandboxDemo seedDemo() = 0;

    /**
     * Loads the sandbox module and makes a server, not started; null with a translated sentence in @p error when
     * the module is missing or cannot be loaded. The module is looked for in KEYDECK_SANDBOX_MODULE (a file, the
     * only place tried when set; test builds only, core/TestOverrides.h), beside the executable (Windows, the build
     * tree) and in the installed library folder (<libdir>/keydeck).
     */
    static std::unique_ptr<DemoSandbox> load(QString* error);
    /** Where load() looks, in order (file names without platform prefix or suffix, as QLibrary takes them). */
    static QStringList moduleCandidates();
};

/** The module's one export (extern "C", by this name): a new, not started server owned by the caller. */
using KeydeckCreateDemoSandbox = DemoSandbox* (*)();
inline constexpr char KeydeckCreateDemoSandboxSymbol[] = "keydeck_create_demo_sandbox";
