// The server's abuse limits: a token bucket for a session's messages, and a growing delay after failed logins.
#pragma once

#include <QHash>
#include <QString>

// Allows `burst` events at once, refilled at `ratePerSecond`. A rate or a burst of 0 means no limit.
class TokenBucket
{
public:
    TokenBucket(double ratePerSecond = 0, double burst = 1) : m_rate(ratePerSecond), m_burst(burst), m_tokens(burst) {}

    // Takes `cost` tokens (at most the burst). When too few are left, takes none and returns false and how
    // long until there are enough. nowMs comes from MonotonicClock.
    bool take(qint64 nowMs, qint64 *retryAfterMs, int cost = 1);

private:
    double m_rate;
    double m_burst;
    double m_tokens;
    qint64 m_lastMs = -1;
};

// After each failed login for a key (an address or an account), the next attempt must wait twice as long as
// the last time: 1 s, 2 s, 4 s ... up to a maximum. A success clears the key; old records are forgotten.
class LoginThrottle
{
public:
    LoginThrottle(int freeAttempts, qint64 maxDelayMs) : m_free(freeAttempts), m_maxDelayMs(maxDelayMs) {}

    // 0 when an attempt may go ahead now, otherwise the milliseconds to wait.
    qint64 waitFor(const QString &key, qint64 nowMs) const;
    void failed(const QString &key, qint64 nowMs);
    void succeeded(const QString &key) { m_records.remove(key); }
    void forgetOlderThan(qint64 cutoffMs);

private:
    struct Record
    {
        int failures = 0;
        qint64 lastMs = 0;
        qint64 notBeforeMs = 0;
    };
    int m_free;
    qint64 m_maxDelayMs;
    QHash<QString, Record> m_records;
};
