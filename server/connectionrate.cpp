#include "connectionrate.h"

bool ConnectionRate::admit(const QHostAddress &address, qint64 nowMs)
{
    if (m_rate <= 0 || m_burst <= 0)
        return true;
    // Idle long enough to have refilled completely: forgetting it changes nothing.
    if (const qint64 refillMs = qint64(m_burst / m_rate * 1000.0) + 1; nowMs - m_lastSweepMs > refillMs) {
        m_lastSweepMs = nowMs;
        m_buckets.removeIf([nowMs, refillMs](const auto &it) { return nowMs - it.value().second > refillMs; });
    }
    auto it = m_buckets.find(address);
    if (it == m_buckets.end())
        it = m_buckets.insert(address, {TokenBucket(m_rate, m_burst), nowMs});
    it->second = nowMs;
    qint64 unused = 0;
    return it->first.take(nowMs, &unused);
}
