// New connections per peer address over time: a client closed for flooding that comes straight back gets a
// fresh request budget, so how often one address may come back is limited too.
#pragma once

#include "ratelimiter.h"

#include <QHash>
#include <QHostAddress>

class ConnectionRate
{
public:
    // `perSecond` new connections per address, `burst` at once; 0: no limit.
    ConnectionRate(double perSecond = 0, double burst = 0) : m_rate(perSecond), m_burst(burst) {}

    // Takes one connection from the address's allowance; false when there is none left. Now and then
    // forgets the addresses whose allowance has refilled, so the table holds only recent visitors.
    bool admit(const QHostAddress &address, qint64 nowMs);
    int addresses() const { return int(m_buckets.size()); }

private:
    double m_rate;
    double m_burst;
    qint64 m_lastSweepMs = 0;
    QHash<QHostAddress, std::pair<TokenBucket, qint64>> m_buckets; // and when it was last used
};
