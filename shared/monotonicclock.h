// The one clock for intervals: heartbeats, rate limits, throttles, expiry, path lifetimes. It is steady,
// so a step of the wall clock (NTP, a resumed virtual machine) neither drops sessions nor stops timeouts.
// Wall time (QDateTime) is only for timestamps people see.
#pragma once

#include <QtGlobal>
#include <chrono>

namespace MonotonicClock {

// Milliseconds since an arbitrary fixed point (the machine's boot); only differences mean anything.
inline qint64 nowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

} // namespace MonotonicClock
