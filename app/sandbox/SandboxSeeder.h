#pragma once

#include "sandbox/SandboxDemo.h"

class SandboxStore;

/** Fills a SandboxStore with demo accounts that look real in screenshots, and with bulk data for benchmarks. */
namespace SandboxSeeder {

/** Replaces every row of @p store with the demo accounts; returns their freshly generated credentials. */
SandboxDemo seedDemo(SandboxStore& store);

/**
 * Adds @p count generated ed25519 keys to @p account (seeding the demo first if it is missing), created
 * @p minAgeDays to @p minAgeDays + 399 days ago.
 */
int seedSshKeys(SandboxStore& store, SandboxAccount account, int count, int minAgeDays = 0);

} // namespace SandboxSeeder
