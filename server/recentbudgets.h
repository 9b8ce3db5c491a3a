// The budgets of accounts whose session ended lately, so that a client closed for flooding (or one that
// logs out and in again) does not come back with fresh ones: its next session goes on with the request
// budget and the message limit the last one left, refilled for the time between. Kept for KeepMs, long
// enough for a budget at the defaults to be full again (requests in 10 s, refusals in 50 s).
#pragma once

#include "ratelimiter.h"
#include "requestbudget.h"

#include <QHash>
#include <QString>
#include <optional>

class RecentBudgets
{
public:
    static constexpr qint64 KeepMs = 60'000;

    struct Budgets
    {
        RequestBudget requests;
        TokenBucket messages;
    };

    void remember(const QString &accountKey, const Budgets &budgets, qint64 nowMs);
    // What the account's last session left, if it ended within KeepMs.
    std::optional<Budgets> take(const QString &accountKey, qint64 nowMs);
    qsizetype size() const { return m_entries.size(); }

private:
    struct Entry
    {
        Budgets budgets;
        qint64 savedMs = 0;
    };
    void forgetOld(qint64 nowMs);

    QHash<QString, Entry> m_entries;
    qint64 m_lastSweepMs = 0;
    qsizetype m_sizeAfterSweep = 0;
};
