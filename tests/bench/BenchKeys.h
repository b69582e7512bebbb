#pragma once

namespace Bench {

/** bench_keydeck --keychain RUNS: GUI stalls of a keychain write and read (inside tests/support/with-keyring.sh). */
void benchKeychain(int runs);
/** bench_keydeck --keygen RUNS: Ed25519 generation + write against `ssh-keygen -t ed25519` as a process. */
void benchKeygen(int runs);

} // namespace Bench
