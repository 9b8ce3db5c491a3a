// The server's event dispatcher, built on Linux epoll. Qt's Unix dispatcher rebuilds a poll() set of every
// open socket on each pass of the event loop, so with thousands of clients each pass cost more than the
// work it found; here a pass costs what is ready. Timers (with Qt's rules for each timer type), socket
// notifiers (hang-ups, files that epoll refuses, bad descriptors), posted events and wake-ups behave as Qt's
// QEventDispatcherUNIX; tests/server/tst_server_epolldispatcher.cpp runs the same cases against both.
#pragma once

#include <QAbstractEventDispatcher>
#include <QHash>
#include <QList>
#include <QSet>
#include <atomic>
#include <chrono>
#include <set>
#include <unordered_map>

class EpollEventDispatcher : public QAbstractEventDispatcherV2
{
    Q_OBJECT
public:
    explicit EpollEventDispatcher(QObject *parent = nullptr);
    ~EpollEventDispatcher() override;

    bool processEvents(QEventLoop::ProcessEventsFlags flags) override;

    void registerSocketNotifier(QSocketNotifier *notifier) override;
    void unregisterSocketNotifier(QSocketNotifier *notifier) override;

    void registerTimer(Qt::TimerId timerId, Duration interval, Qt::TimerType timerType, QObject *object) override;
    bool unregisterTimer(Qt::TimerId timerId) override;
    bool unregisterTimers(QObject *object) override;
    QList<TimerInfoV2> timersForObject(QObject *object) const override;
    Duration remainingTime(Qt::TimerId timerId) const override;

    void wakeUp() override;
    void interrupt() override;

private:
    using Clock = std::chrono::steady_clock;

    struct Watch
    {
        QSocketNotifier *read = nullptr;
        QSocketNotifier *write = nullptr;
        QSocketNotifier *exception = nullptr;
        bool inEpoll = false;
        bool alwaysReady = false; // epoll refused it (a regular file, /dev/null): ready on every pass, as poll() says
    };
    struct Timer
    {
        Duration interval;
        Qt::TimerType type;
        QObject *object;
        Clock::time_point due;
        bool inEvent = false; // its QTimerEvent is being handled: a nested event loop must not send another
    };

    // Brings the epoll set in line with the notifiers recorded for fd; 0, or the errno of what epoll refused.
    int updateWatch(int fd);
    // Milliseconds epoll may sleep: until the next timer is due, or -1 when no timer is set.
    int sleepBudgetMs() const;
    bool alwaysReadyWaiting() const;
    // Sends QTimerEvents for the timers due now (not those registered while doing so); how many were sent.
    int activateTimers();
    void markPending(int fd, quint32 events, bool nested);
    void markPending(QSocketNotifier *notifier, bool nested);
    // Sends the pending notifiers their events; one that is disabled or deleted meanwhile is dropped from the list.
    int activateSocketNotifiers();

    int m_epoll = -1;
    int m_wakeFd = -1;
    std::atomic_bool m_interrupted{false};
    std::atomic_bool m_wokenFromAnotherThread{false}; // see the end of processEvents()
    QHash<int, Watch> m_watches;
    QSet<int> m_alwaysReady;                                  // descriptors whose watch is alwaysReady
    QList<QSocketNotifier *> m_pending;                       // found ready in this pass, not yet activated
    std::unordered_map<int, Timer> m_timers;                  // by timer id
    std::set<std::pair<Clock::time_point, int>> m_timerQueue; // (due, id), soonest first
    // Timer ids by object, so that destroying one of 10,000 sockets does not scan every timer.
    std::unordered_multimap<QObject *, int> m_timersByObject;
};
