#include "demo/DemoSandbox.h"

#include "core/TestOverrides.h"
#include "demo/DemoLogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibrary>
#include <QStringList>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("DemoSandbox", text);
}

const QString kModuleName = QStringLiteral("keydeck-demo-sandbox");

} // namespace

QStringList DemoSandbox::moduleCandidates()
{
    const QString overridden = TestOverrides::value("KEYDECK_SANDBOX_MODULE"); // test builds only (docs/SECURITY.md)
    if (!overridden.isEmpty())
        return {overridden};
    const QDir appDir(QCoreApplication::applicationDirPath());
    // Only folders that belong to the installation or the build tree: a module is code that runs in Keydeck.
    return {appDir.filePath(kModuleName),
            QDir::cleanPath(appDir.filePath(QStringLiteral(KEYDECK_MODULE_DIR_FROM_BINDIR "/") + kModuleName))};
}

std::unique_ptr<DemoSandbox> DemoSandbox::load(QString* error)
{
    QString lastError;
    for (const QString& candidate : moduleCandidates()) {
        QLibrary library(candidate);
        if (!library.load()) {
            lastError = library.errorString();
            continue;
        }
        // Stays loaded for the rest of the run (QLibrary does not unload on destruction): the server's code is in it.
        const auto create = reinterpret_cast<KeydeckCreateDemoSandbox>(library.resolve(KeydeckCreateDemoSandboxSymbol));
        if (!create) {
            lastError = library.errorString();
            continue;
        }
        qCInfo(lcDemo) << "demo sandbox module:" << library.fileName();
        return std::unique_ptr<DemoSandbox>(create());
    }
    qCWarning(lcDemo) << "the demo sandbox module could not be loaded:" << lastError;
    *error = tr("The local demo is not available: its server module could not be loaded (%1).").arg(lastError);
    return {};
}
