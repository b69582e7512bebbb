#pragma once

namespace Bench {

/**
 * bench_keydeck --security RUNS (issue 24 item 5): the security overview, opened with Ctrl+0 in a real window, over
 * five accounts (three Vast.ai, two Spheron AI) of 1,000 SSH keys each, every key older than 90 days and none on
 * this computer, so that each key is two findings. From the last answer's arrival to the overview painted, and the
 * longest GUI-thread stall from Ctrl+0 until then; the same five accounts with only the demo's keys are the baseline.
 */
void benchSecurity(int runs);

} // namespace Bench
