#pragma once

#include <chrono>

namespace cd {

// How often and how patiently a retryable failure is retried: exponential backoff with
// jitter, every delay within [baseDelay, maxDelay]. Tests shrink the delays to milliseconds.
struct RetryPolicy final
{
    int maxAttempts = 5; // including the first; 1 disables retries
    std::chrono::milliseconds baseDelay{200};
    std::chrono::milliseconds maxDelay{20000};

    // The delay before retry number `retry` (1 = the second attempt). `random` in [0, 1)
    // places it between half of the exponential step and the full step ("equal jitter"), so
    // concurrent clients spread out while the delay still grows; throttling doubles the step.
    std::chrono::milliseconds delayBefore(int retry, double random, bool throttled = false) const;
    // A server's Retry-After (seconds) is honoured within the same bounds.
    std::chrono::milliseconds clamp(std::chrono::milliseconds delay) const;
};

} // namespace cd
