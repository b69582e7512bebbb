#pragma once

#include <QStringList>

class QApplication;

namespace Application {

/**
 * The composition root: sets the application's identity, parses the command line, installs
 * translations, builds the services and shows the first window, then runs the event loop.
 * main() only constructs the QApplication and calls this.
 */
int run(QApplication& app);
/** The same with @p arguments (the program name first) instead of the application's own command line. */
int run(QApplication& app, const QStringList& arguments);

} // namespace Application
