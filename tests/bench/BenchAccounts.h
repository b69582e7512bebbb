#pragma once

namespace Bench {

/**
 * bench_keydeck --open-account RUNS (issue 24 items 2 and 3), over HTTPS with 150 ms added to every answer: the click
 * on an account until every tab left its loading state, against one request over a fresh connection; and switching
 * back to an account opened before until its data is on screen. The sandbox must already serve TLS (useHttps).
 */
void benchOpenAccount(int runs);

} // namespace Bench
