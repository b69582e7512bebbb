#pragma once

#include <QStringList>

#include <optional>

class QApplication;
class QCoreApplication;

namespace Application {

/**
 * The composition root: sets the application's identity, parses the command line, installs
 * translations, builds the services and shows the first window, then runs the event loop.
 * main() only constructs the QApplication and calls this.
 */
int run(QApplication& app);
/** The same with @p arguments (the program name first) instead of the application's own command line. */
int run(QApplication& app, const QStringList& arguments);

/**
 * Whether the command line (@p argc, @p argv as main() got them) asks only for something printed: --version or
 * --help. Over SSH without a display a QApplication aborts before it could print; main() answers these with a
 * QCoreApplication instead.
 */
bool onlyPrints(int argc, char* argv[]);
/** Answers an onlyPrints() command line without a window: its exit code, or none when it asks for a window after all.
 */
std::optional<int> answerWithoutWindow(QCoreApplication& app);

} // namespace Application
