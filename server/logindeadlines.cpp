#include "logindeadlines.h"

#include "clientsession.h"
#include "monotonicclock.h"

#include <QList>
#include <algorithm>

LoginDeadlines::LoginDeadlines(std::chrono::seconds timeout, QObject *parent)
    : QObject(parent), m_timer(this), m_timeout(timeout)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &LoginDeadlines::onTimer);
}

void LoginDeadlines::setTimeout(std::chrono::seconds timeout)
{
    m_timeout = timeout;
    arm();
}

void LoginDeadlines::add(ClientSession *session, qint64 nowMs)
{
    m_queue.push_back({nowMs, session});
    if (m_queue.size() == 1)
        arm();
    else if (m_queue.size() >= m_sweepAt)
        sweep();
}

void LoginDeadlines::sweep()
{
    // Order is kept, so the front's deadline (and the timer) stays right.
    std::erase_if(m_queue, [](const Entry &e) { return !e.session || e.session->isActive(); });
    m_sweepAt = std::max(MinSweepSize, 2 * m_queue.size());
    arm();
}

void LoginDeadlines::onTimer()
{
    const qint64 now = MonotonicClock::nowMs();
    const qint64 timeoutMs = std::chrono::milliseconds(m_timeout).count();
    // Taken off first, told after: a receiver closing a connection may come back here through add().
    QList<QPointer<ClientSession>> expired;
    while (!m_queue.empty() && m_queue.front().arrivedMs + timeoutMs <= now) {
        if (m_queue.front().session && !m_queue.front().session->isActive())
            expired.append(m_queue.front().session);
        m_queue.pop_front();
    }
    if (m_queue.empty())
        m_queue = {}; // a burst's blocks go back
    arm();
    for (const QPointer<ClientSession> &session : std::as_const(expired)) {
        if (session && !session->isActive())
            emit loginOverdue(session);
    }
}

void LoginDeadlines::arm()
{
    if (m_queue.empty()) {
        m_timer.stop();
        return;
    }
    const qint64 deadline = m_queue.front().arrivedMs + std::chrono::milliseconds(m_timeout).count();
    m_timer.start(std::chrono::milliseconds(std::max<qint64>(0, deadline - MonotonicClock::nowMs())));
}
