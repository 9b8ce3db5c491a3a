// How many connections each peer address has open, for the per-address limits.
#pragma once

#include <QHash>
#include <QHostAddress>

class AddressCounts
{
public:
    int count(const QHostAddress &address) const { return m_counts.value(address); }
    void add(const QHostAddress &address) { ++m_counts[address]; }
    void remove(const QHostAddress &address)
    {
        // Addresses with none left are forgotten, so the table stays as small as the open connections.
        if (const auto it = m_counts.find(address); it != m_counts.end() && --*it <= 0)
            m_counts.erase(it);
    }

private:
    QHash<QHostAddress, int> m_counts;
};
