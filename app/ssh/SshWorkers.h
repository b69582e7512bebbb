#pragma once

class QThreadPool;

namespace SshWorkers {

/**
 * The threads that run libssh's slow work (key generation, private key files), apart from Qt's global pool, and
 * joined while QCoreApplication is destroyed (qAddPostRoutine). libcrypto frees a thread's own state (its random
 * generator, caches) in that thread's exit handler, and that handler leaks it once libcrypto's atexit cleanup has
 * run. Qt's global pool, and a static pool, join their threads during exit(), after that cleanup when libcrypto was
 * first used later than the pool was made: under load a worker was still ending then, and LeakSanitizer reported
 * libcrypto's objects (issue 21 item 16, docs/RELIABILITY.md "Sanitizers"). Threads also end as soon as they have
 * no job (expiry 0). Call only from the main thread.
 */
QThreadPool* pool();

} // namespace SshWorkers
