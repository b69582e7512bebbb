#include "ssh/SshWorkers.h"

#include <QThreadPool>

QThreadPool* SshWorkers::pool()
{
    // A function-local static: built on first use, and its destructor (at exit) waits for every job and thread.
    static QThreadPool workers;
    static const bool configured = [] {
        workers.setExpiryTimeout(0);
        return true;
    }();
    Q_UNUSED(configured);
    return &workers;
}
