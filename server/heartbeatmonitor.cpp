#include "heartbeatmonitor.h"
#include "monotonicclock.h"

#include "clientsession.h"

HeartbeatMonitor::HeartbeatMonitor(std::chrono::milliseconds interval, std::chrono::milliseconds timeout,
                                   QObject *parent)
    : QObject(parent), m_timer(this), m_interval(interval), m_timeout(timeout)
{
    // Sweeping at half the interval keeps a timeout's detection within half an interval of its deadline.
    m_timer.setInterval(std::max(std::chrono::milliseconds(25), interval / 2));
    connect(&m_timer, &QTimer::timeout, this, &HeartbeatMonitor::onSweep);
    m_timer.start();
}

void HeartbeatMonitor::onSweep()
{
    const qint64 now = MonotonicClock::nowMs();
    QList<ClientSession *> silent;
    QList<ClientSession *> quiet;
    for (ClientSession *s : std::as_const(m_sessions)) {
        const qint64 idle = now - s->lastHeardMs();
        if (idle >= m_timeout.count())
            silent.append(s);
        else if (idle >= m_interval.count())
            quiet.append(s);
    }
    // Collected first, acted on after: the receivers change m_sessions.
    for (ClientSession *s : std::as_const(quiet))
        emit pingDue(s);
    for (ClientSession *s : std::as_const(silent)) {
        m_sessions.remove(s);
        emit timedOut(s);
    }
}
