#include "providers/net/retrypolicy.h"

#include <algorithm>
#include <cmath>

namespace cd {

std::chrono::milliseconds RetryPolicy::clamp(std::chrono::milliseconds delay) const
{
    const auto low = std::max(baseDelay, std::chrono::milliseconds(0));
    const auto high = std::max(maxDelay, low);
    return std::clamp(delay, low, high);
}

std::chrono::milliseconds RetryPolicy::delayBefore(int retry, double random, bool throttled) const
{
    using Rep = std::chrono::milliseconds::rep;
    const int exponent = std::clamp(retry - 1 + (throttled ? 1 : 0), 0, 30);
    const double base = double(std::max<Rep>(baseDelay.count(), 0));
    const double cap = double(std::max<Rep>(maxDelay.count(), baseDelay.count()));
    const double step = std::min(cap, base * std::ldexp(1.0, exponent));
    const double low = std::max(base, step / 2);
    const double value = low + std::clamp(random, 0.0, 1.0) * (step - low);
    return clamp(std::chrono::milliseconds(std::llround(value)));
}

} // namespace cd
