#pragma once

class QApplication;

namespace Application {

/**
 * The composition root: sets the application's identity, parses the command line, installs
 * translations, builds the services and shows the first window, then runs the event loop.
 * main() only constructs the QApplication and calls this.
 */
int run(QApplication& app);

} // namespace Application
