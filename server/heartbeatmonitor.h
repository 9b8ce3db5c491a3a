// Notices silent clients: pings those quiet for an interval, and reports those silent past the timeout.
#pragma once

#include <QObject>
#include <QSet>
#include <QTimer>
#include <chrono>

class ClientSession;

class HeartbeatMonitor : public QObject
{
    Q_OBJECT
public:
    HeartbeatMonitor(std::chrono::milliseconds interval, std::chrono::milliseconds timeout, QObject *parent = nullptr);

    void track(ClientSession *session) { m_sessions.insert(session); }
    void untrack(ClientSession *session) { m_sessions.remove(session); }
    std::chrono::milliseconds interval() const { return m_interval; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

signals:
    void pingDue(ClientSession *session);
    void timedOut(ClientSession *session);

private:
    void onSweep();

    QTimer m_timer;
    std::chrono::milliseconds m_interval;
    std::chrono::milliseconds m_timeout;
    QSet<ClientSession *> m_sessions;
};
