// A helper of tst_sanitizers (asan preset only): does one thing the sanitizers must report, chosen by argv[1],
// so the sanitized suite proves that its options and suppressions still let a real finding through.
// Every bad access is in this file's own (instrumented) code: ASan does not see accesses inside the
// uninstrumented Qt libraries.
#include <QCoreApplication>
#include <QObject>
#include <QTimer>

#include <climits>
#include <cstdio>
#include <cstring>

namespace {

/** What a forgotten reply or dialog looks like: a parentless QObject made in a slot and never freed. */
void leakOnPurpose()
{
    auto* orphan = new QObject;
    orphan->setObjectName(QStringLiteral("keydeck-sanitizer-canary"));
}

struct Payload
{
    int value = 1;
};

// GCC sees this one at compile time too; the point here is that ASan sees it at run time.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wuse-after-free"
int useAfterFreeOnPurpose()
{
    auto* payload = new Payload;
    delete payload;
    return payload->value;
}
#pragma GCC diagnostic pop

int overflowOnPurpose(int value)
{
    return value + 1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const char* mode = argc > 1 ? argv[1] : "";
    if (std::strcmp(mode, "leak") == 0) {
        // Allocated while the event loop dispatches a timer (through the GLib dispatcher), like the app's slots,
        // so a suppression that matches on the event loop's libraries would hide it.
        QTimer::singleShot(0, &app, [] {
            leakOnPurpose();
            QCoreApplication::quit();
        });
        return QCoreApplication::exec();
    }
    if (std::strcmp(mode, "use-after-free") == 0)
        return useAfterFreeOnPurpose();
    if (std::strcmp(mode, "signed-overflow") == 0) {
        volatile int big = INT_MAX;
        return overflowOnPurpose(big) == 0 ? 0 : 3;
    }
    std::fprintf(stderr, "usage: %s leak|use-after-free|signed-overflow\n", argv[0]);
    return 2;
}
