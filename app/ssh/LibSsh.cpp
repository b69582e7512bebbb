#include "ssh/LibSsh.h"

#include "core/TestOverrides.h"
#include "platform/Platform.h"
#include "ssh/SshLogging.h"

#include <QLibrary>

namespace {

struct Loaded
{
    LibSsh functions;
    bool ok = false;
    QString error;
};

template <typename Function>
bool resolve(QLibrary& library, const char* name, Function* out, QString* error)
{
    *out = reinterpret_cast<Function>(library.resolve(name));
    if (!*out && error->isEmpty())
        *error = QStringLiteral("libssh has no %1: %2").arg(QLatin1String(name), library.errorString());
    return *out != nullptr;
}

Loaded load()
{
    Loaded loaded;
    const QString override = TestOverrides::value("KEYDECK_LIBSSH"); // test builds only (docs/SECURITY.md)
    // Never unloaded: keys and strings it allocated may outlive any one caller.
    static QLibrary library;
    // The file name differs per system (libssh.so.4, libssh.4.dylib, ssh.dll: platform/Os.h); the first that
    // loads wins, and the first failure is the one reported.
    const QStringList names = override.isEmpty() ? Platform::libsshFileNames() : QStringList {override};
    for (const QString& name : names) {
        library.setFileName(name);
        if (library.load())
            break;
        if (loaded.error.isEmpty())
            loaded.error = library.errorString();
    }
    if (!library.isLoaded()) {
        qCWarning(lcSsh) << "could not load libssh:" << loaded.error;
        return loaded;
    }
    loaded.error.clear();
    LibSsh& f = loaded.functions;
    QString& e = loaded.error;
    loaded.ok = resolve(library, "ssh_key_free", &f.keyFree, &e) && resolve(library, "ssh_key_type", &f.keyType, &e)
        && resolve(library, "ssh_key_type_to_char", &f.keyTypeToChar, &e)
        && resolve(library, "ssh_string_free_char", &f.stringFreeChar, &e)
        && resolve(library, "ssh_pki_import_pubkey_base64", &f.importPubkeyBase64, &e)
        && resolve(library, "ssh_pki_export_pubkey_base64", &f.exportPubkeyBase64, &e)
        && resolve(library, "ssh_pki_export_privkey_base64", &f.exportPrivkeyBase64, &e)
        && resolve(library, "ssh_pki_import_privkey_base64", &f.importPrivkeyBase64, &e)
        && resolve(library, "ssh_pki_generate", &f.generate, &e);
    f.version = reinterpret_cast<decltype(f.version)>(library.resolve("ssh_version"));
    if (!loaded.ok)
        qCWarning(lcSsh) << "could not use libssh:" << loaded.error;
    return loaded;
}

const Loaded& loaded()
{
    static const Loaded instance = load(); // thread-safe initialisation: generation runs on a worker thread
    return instance;
}

} // namespace

const LibSsh* LibSsh::get()
{
    return loaded().ok ? &loaded().functions : nullptr;
}

QString LibSsh::loadError()
{
    return loaded().error;
}

QString LibSsh::versionString()
{
    const LibSsh* libssh = get();
    if (!libssh || !libssh->version)
        return {};
    // ssh_version(0) always answers: any version is at least 0.
    return QString::fromLatin1(libssh->version(0));
}
