#pragma once

class QThreadPool;

namespace SshWorkers {

/**
 * The threads that run libssh's slow work (key generation, private key files), apart from Qt's global pool. Each
 * thread ends as soon as it has no job (expiry 0), and libcrypto frees a thread's own state (its random generator
 * and caches) only when that thread ends: on Qt's global pool an idle thread outlives the job by 30 s, so a process
 * that ended within that time, a test for instance, left that state unreleased, which LeakSanitizer reported
 * (issue 21 item 16, docs/RELIABILITY.md "Sanitizers"). The pool is waited for when the process ends.
 */
QThreadPool* pool();

} // namespace SshWorkers
