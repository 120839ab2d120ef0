#pragma once

namespace cd {

// Test hook for crash-safety tests: when the environment names this point in
// CLUSTERDECK_CRASH_POINT ("name" or "name:N" for the N-th time it is reached), the process
// kills itself with SIGKILL right there, as a power cut or `kill -9` would. Costs one
// comparison when unset; the variable is read once.
void crashPoint(const char *name);

} // namespace cd
