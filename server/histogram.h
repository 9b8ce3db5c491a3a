// A latency histogram in Prometheus' form: fixed upper bounds in seconds, a count per bucket, the sum and the
// count of all. Observing is an index search and two additions, cheap enough for every message.
#pragma once

#include <QList>
#include <algorithm>
#include <initializer_list>

class Histogram
{
public:
    explicit Histogram(std::initializer_list<double> upperBoundsSeconds)
        : m_bounds(upperBoundsSeconds), m_counts(m_bounds.size() + 1, 0)
    {}

    void observe(double seconds)
    {
        const auto bucket = std::lower_bound(m_bounds.cbegin(), m_bounds.cend(), seconds) - m_bounds.cbegin();
        ++m_counts[bucket];
        m_sum += seconds;
        ++m_count;
    }
    void observeMs(qint64 ms) { observe(double(ms) / 1000.0); }
    void observeNs(qint64 ns) { observe(double(ns) / 1e9); }

    const QList<double> &bounds() const { return m_bounds; }
    // Observations at most bounds()[i] (Prometheus' cumulative "le" buckets); the last is +Inf.
    QList<qint64> cumulative() const
    {
        QList<qint64> out(m_counts.size());
        qint64 running = 0;
        for (qsizetype i = 0; i < m_counts.size(); ++i)
            out[i] = running += m_counts[i];
        return out;
    }
    double sum() const { return m_sum; }
    qint64 count() const { return m_count; }

    // Buckets for what takes a millisecond or so on an idle server and seconds under strain.
    static Histogram latency()
    {
        return Histogram{0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};
    }

private:
    QList<double> m_bounds;
    QList<qint64> m_counts;
    double m_sum = 0;
    qint64 m_count = 0;
};
