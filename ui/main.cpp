#include "Application.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    // --version and --help answer without a window: over SSH, with no display, a QApplication would abort first.
    if (Application::onlyPrints(argc, argv)) {
        QCoreApplication app(argc, argv);
        if (const std::optional<int> answered = Application::answerWithoutWindow(app))
            return *answered;
    }
    QApplication app(argc, argv);
    return Application::run(app);
}
