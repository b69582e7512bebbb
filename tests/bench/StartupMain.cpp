// bench_startup_keydeck: the real app (Application::run, "--demo vast") with a paint probe. Prints the monotonic
// time of the main window's first paint and of the first paint after the demo account opened, then exits.
// Started by bench_keydeck --startup, which takes the launch time just before starting this process. With
// KEYDECK_BENCH_EXIT_AT_PAINT set it exits at the first paint, so that a profiler sees start-up alone.

#include "Application.h"
#include "BenchSupport.h"
#include "MainWindow.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>

#include <cstdio>
#include <cstdlib>

namespace {

/** Watches every paint event for one inside the main window. */
class PaintProbe : public QObject
{
public:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::Paint || !watched->isWidgetType())
            return false;
        auto* window = qobject_cast<MainWindow*>(static_cast<QWidget*>(watched)->window());
        if (!window)
            return false;
        if (!m_painted) {
            m_painted = true;
            std::printf("PAINT %.3f\n", Bench::monotonicMs());
            std::fflush(stdout);
            if (qEnvironmentVariableIsSet("KEYDECK_BENCH_EXIT_AT_PAINT"))
                std::_Exit(0);
        }
        if (window->openAccount()) {
            // The demo account is open and its tabs are being painted: done. _Exit skips the teardown, which is
            // not part of start-up and would only make the driver wait.
            std::printf("ACCOUNT %.3f\n", Bench::monotonicMs());
            std::fflush(stdout);
            std::_Exit(0);
        }
        return false;
    }

private:
    bool m_painted = false;
};

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    PaintProbe probe;
    app.installEventFilter(&probe);
    QTimer::singleShot(60000, &app, [] {
        std::fprintf(stderr, "bench_startup_keydeck: the demo account was not shown within 60 s\n");
        std::_Exit(1);
    });
    return Application::run(app);
}
