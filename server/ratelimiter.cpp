#include "ratelimiter.h"

#include <algorithm>
#include <cmath>

bool TokenBucket::take(qint64 nowMs, qint64 *retryAfterMs, int cost)
{
    if (m_rate <= 0 || m_burst <= 0)
        return true;
    if (m_lastMs >= 0)
        m_tokens = std::min(m_burst, m_tokens + double(std::max<qint64>(0, nowMs - m_lastMs)) * m_rate / 1000.0);
    m_lastMs = nowMs;
    const double need = std::min(double(cost), m_burst);
    if (m_tokens >= need) {
        m_tokens -= need;
        return true;
    }
    *retryAfterMs = qint64(std::ceil((need - m_tokens) * 1000.0 / m_rate));
    return false;
}

qint64 LoginThrottle::waitFor(const QString &key, qint64 nowMs) const
{
    const auto it = m_records.constFind(key);
    return it == m_records.constEnd() ? 0 : std::max<qint64>(0, it->notBeforeMs - nowMs);
}

void LoginThrottle::failed(const QString &key, qint64 nowMs)
{
    Record &r = m_records[key];
    ++r.failures;
    r.lastMs = nowMs;
    if (r.failures > m_free) {
        const int doublings = std::min(r.failures - m_free - 1, 30);
        r.notBeforeMs = nowMs + std::min(m_maxDelayMs, qint64(1000) << doublings);
    }
}

void LoginThrottle::forgetOlderThan(qint64 cutoffMs)
{
    m_records.removeIf(
        [cutoffMs](const auto &it) { return it.value().lastMs < cutoffMs && it.value().notBeforeMs < cutoffMs; });
}
