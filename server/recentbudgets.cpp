#include "recentbudgets.h"

#include <algorithm>

void RecentBudgets::remember(const QString &accountKey, const Budgets &budgets, qint64 nowMs)
{
    forgetOld(nowMs);
    m_entries.insert(accountKey, Entry{budgets, nowMs});
}

std::optional<RecentBudgets::Budgets> RecentBudgets::take(const QString &accountKey, qint64 nowMs)
{
    const auto it = m_entries.constFind(accountKey);
    if (it == m_entries.cend())
        return std::nullopt;
    const Entry entry = *it;
    m_entries.erase(it);
    if (nowMs - entry.savedMs > KeepMs)
        return std::nullopt;
    return entry.budgets;
}

void RecentBudgets::forgetOld(qint64 nowMs)
{
    // A sweep every tenth of KeepMs, or when the table has doubled since the last one (a login storm),
    // keeps it to the sessions that ended lately at a cost spread over the insertions.
    if (nowMs - m_lastSweepMs < KeepMs / 10 && m_entries.size() < 2 * std::max<qsizetype>(m_sizeAfterSweep, 1000))
        return;
    m_lastSweepMs = nowMs;
    m_entries.removeIf([nowMs](const auto &entry) { return nowMs - entry.value().savedMs > KeepMs; });
    m_sizeAfterSweep = m_entries.size();
}
