// Closes connections that do not log in in time, with one timer for all of them: a new connection costs a
// queue entry, not a timer of its own. All wait the same time, so the queue, in order of arrival, is in
// order of deadline; a new time (a reload) applies to those already waiting too.
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <chrono>
#include <deque>

class ClientSession;

class LoginDeadlines : public QObject
{
    Q_OBJECT
public:
    explicit LoginDeadlines(std::chrono::seconds timeout, QObject *parent = nullptr);

    void setTimeout(std::chrono::seconds timeout);
    void add(ClientSession *session, qint64 nowMs);
    // Entries still queued. One whose session logged in or went stays until its deadline, or until the
    // queue is swept: at most about twice the sessions still waiting, however fast connections come and go.
    qsizetype queued() const { return qsizetype(m_queue.size()); }

signals:
    // Its time is up and it has not logged in.
    void loginOverdue(ClientSession *session);

private:
    void onTimer();
    void arm();
    void sweep();

    struct Entry
    {
        qint64 arrivedMs;
        QPointer<ClientSession> session; // null once it is gone
    };
    std::deque<Entry> m_queue;
    std::size_t m_sweepAt = MinSweepSize;
    static constexpr std::size_t MinSweepSize = 1024;
    QTimer m_timer;
    std::chrono::seconds m_timeout;
};
