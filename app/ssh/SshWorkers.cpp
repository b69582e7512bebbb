#include "ssh/SshWorkers.h"

#include <QCoreApplication>
#include <QThreadPool>

namespace {

QThreadPool* s_workers = nullptr;

/** Runs while QCoreApplication is destroyed, so before exit() and its atexit handlers (libcrypto's cleanup). */
void joinWorkers()
{
    // ~QThreadPool waits for the jobs and then for each thread to end, so every thread's libcrypto state is freed
    // by its own thread-exit handler while libcrypto still stands.
    delete s_workers;
    s_workers = nullptr;
}

} // namespace

QThreadPool* SshWorkers::pool()
{
    if (!s_workers) {
        s_workers = new QThreadPool;
        s_workers->setExpiryTimeout(0);
        qAddPostRoutine(joinWorkers);
    }
    return s_workers;
}
